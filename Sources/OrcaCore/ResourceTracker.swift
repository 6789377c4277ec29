// ResourceTracker.swift — the user's handle for removing code (spec rules R1–R8).

import Synchronization

/// A handle on a set of definitions and the resources made from them, in one JITDylib.
///
/// `remove()` and `transfer(to:)` may be called at any time from any thread, even while the
/// tracker's units are materializing on other threads. Trackers have shared ownership: when the
/// last reference to a live tracker created by `JITDylib.createResourceTracker()` goes away, what
/// it owns is transferred to the JITDylib's default tracker (rule R8).
public final class ResourceTracker: Sendable, Hashable, CustomStringConvertible {
    /// The JITDylib whose definitions this tracker owns.
    public let jitDylib: JITDylib
    /// The tracker's unique key, under which resource managers record resources.
    public let key: ResourceKey
    /// Whether this is its JITDylib's default tracker, owned by the JITDylib itself.
    public let isDefault: Bool

    init(jitDylib: JITDylib, key: ResourceKey, isDefault: Bool) {
        self.jitDylib = jitDylib
        self.key = key
        self.isDefault = isDefault
    }

    /// Set once `remove()` made the tracker defunct, so that releasing it need not ask the
    /// session.
    private let isRemoved = Atomic<Bool>(false)

    deinit {
        if !isDefault && !isRemoved.load(ordering: .relaxed) { jitDylib.session?.trackerReleased(key: key, of: jitDylib) }
    }

    /// True once the tracker was removed or transferred to another, or its JITDylib was cleared
    /// or removed. A defunct tracker cannot be used to define anything.
    public var isDefunct: Bool { jitDylib.session?.isDefunct(key, of: jitDylib) ?? true }

    /// Removes everything the tracker owns (rule R3): its symbols leave the symbol table, units
    /// not yet materialized are dropped, in-flight materializations get errors, lookups waiting
    /// on its symbols fail, and every resource manager frees the resources recorded under `key`.
    /// Removing a defunct tracker does nothing.
    ///
    /// - Throws: the combined errors of the resource managers, if any failed.
    public func remove() throws {
        defer { isRemoved.store(true, ordering: .relaxed) }
        try jitDylib.session?.removeTracker(key: key, of: jitDylib)
    }

    /// Hands everything this tracker owns to `destination` (rule R5), which must belong to the
    /// same JITDylib; afterwards this tracker is defunct. Transferring to itself does nothing.
    ///
    /// - Throws: `OrcError.trackerOfOtherJITDylib` or `OrcError.resourceTrackerDefunct`.
    public func transfer(to destination: ResourceTracker) throws {
        guard destination.jitDylib === jitDylib else {
            throw OrcError.trackerOfOtherJITDylib(tracker: destination.jitDylib.name, jitDylib: jitDylib.name)
        }
        guard let session = jitDylib.session else { throw OrcError.jitDylibRemoved(jitDylib.name) }
        try session.transferTracker(source: key, destination: destination.key, of: jitDylib)
    }

    public var description: String { "ResourceTracker(\(jitDylib.name), \(key.rawValue)\(isDefault ? ", default" : ""))" }

    public static func == (lhs: ResourceTracker, rhs: ResourceTracker) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
