// ResourceManager.swift — resource keys and the listener interface that frees resources
// (spec rules R1, R3, R5, R9).

/// An opaque, unique key for one resource tracker. Layers record their resources under it.
public struct ResourceKey: Hashable, Sendable, CustomStringConvertible {
    let rawValue: UInt64

    public var description: String { "ResourceKey(\(rawValue))" }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Hashes the serial key directly (see IdentityHashing.swift).
    public func _rawHashValue(seed: Int) -> Int { mixedHash(rawValue, seed: seed) }
}

/// Something that owns resources recorded under `ResourceKey`s — usually a layer.
///
/// Register it with `ExecutionSession.register(resourceManager:)`. It records resources only
/// inside `MaterializationResponsibility.withResourceKeyDo(_:)`, which is atomic with respect to
/// removal and transfer, so nothing is ever recorded under a key that was removed.
public protocol ResourceManager: AnyObject, Sendable {
    /// Frees every resource recorded under `key`. Called after the tracker became defunct, without
    /// the session lock, in reverse order of registration. Errors from all managers are combined
    /// and thrown by `ResourceTracker.remove()`.
    func handleRemoveResources(_ jitDylib: JITDylib, key: ResourceKey) throws

    /// Moves every resource recorded under `source` to `destination`. Called while the session
    /// lock is held (so the move is atomic with removal): it must be quick and must not call back
    /// into the session.
    func handleTransferResources(_ jitDylib: JITDylib, destination: ResourceKey, source: ResourceKey)

    /// Called by `ExecutionSession.endSession()` before it removes the JITDylibs, without the
    /// session lock, in reverse order of registration: the moment to run work that must happen
    /// across all trackers in one order (for example process-exit destructors).
    func handleSessionEnd()
}

extension ResourceManager {
    /// Nothing to do by default.
    public func handleSessionEnd() {}
}
