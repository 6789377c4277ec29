// JITDylib.swift — a symbol table with a link order and generators (spec rules C2, R1, R2, R7).


/// A JIT "dynamic library": a table of symbols, each owned by a resource tracker, plus the link
/// order its code is linked against and the generators asked for symbols it lacks.
///
/// A `JITDylib` is a handle: its state lives in its session, behind the session's lock, so every
/// method is thread-safe. After the JITDylib is removed (or its session is gone) operations that
/// change it throw `OrcError.jitDylibRemoved`.
public final class JITDylib: Sendable, Hashable, CustomStringConvertible {
    /// The name, unique in its session.
    public let name: String
    let id: DylibID
    /// The session, while it exists.
    public weak let session: ExecutionSession?
    /// Serialises generator passes over this JITDylib (never held with the session lock).
    let generatorLock = Locked(())

    init(name: String, id: DylibID, session: ExecutionSession) {
        self.name = name
        self.id = id
        self.session = session
    }

    public var description: String { "JITDylib(\(name))" }

    public static func == (lhs: JITDylib, rhs: JITDylib) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    /// Hashes the JITDylib's serial number directly (see IdentityHashing.swift).
    public func _rawHashValue(seed: Int) -> Int { mixedHash(id.value, seed: seed) }

    private func liveSession() throws(OrcError) -> ExecutionSession {
        guard let session else { throw OrcError.jitDylibRemoved(name) }
        return session
    }

    // MARK: Trackers

    /// The tracker that owns definitions added without one (rule R1). It is replaced by a fresh
    /// one when it is removed, transferred or the JITDylib is cleared; after the JITDylib is
    /// removed this returns a defunct tracker.
    public var defaultResourceTracker: ResourceTracker {
        session?.state.withLock { $0.dylibs[id]?.defaultTracker }
            ?? ResourceTracker(jitDylib: self, key: ResourceKey(rawValue: 0), isDefault: true)
    }

    /// A new tracker with a unique key (rule R1). The JITDylib does not keep it alive (rule R8).
    public func createResourceTracker() -> ResourceTracker {
        session?.createTracker(for: self) ?? ResourceTracker(jitDylib: self, key: ResourceKey(rawValue: 0), isDefault: false)
    }

    // MARK: Definitions

    /// Adds `unit`'s symbols, owned by `tracker` or the default tracker (rule R2). Nothing is
    /// materialized until one of them is looked up.
    ///
    /// - Throws: `OrcError.duplicateDefinition` (and nothing changes) if a strong symbol is
    ///   already defined; `OrcError.trackerOfOtherJITDylib`; `OrcError.resourceTrackerDefunct`.
    public func define(_ unit: some MaterializationUnit, tracker: ResourceTracker? = nil) throws {
        guard try define(unit, tracker: tracker, in: liveSession()) else { throw OrcError.jitDylibRemoved(name) }
    }

    /// `define(_:tracker:)` through `session`, which the caller holds (so that this JITDylib's
    /// reference to its session need not be loaded), if it is this JITDylib's.
    package func define(_ unit: some MaterializationUnit, tracker: ResourceTracker?, through session: ExecutionSession) throws {
        if try !define(unit, tracker: tracker, in: session) { try define(unit, tracker: tracker) }
    }

    /// Defines `unit` in `session`'s state; false (and nothing defined) if this JITDylib is not
    /// one of `session`'s.
    private func define(_ unit: some MaterializationUnit, tracker: ResourceTracker?, in session: ExecutionSession) throws -> Bool {
        if let tracker, tracker.jitDylib !== self {
            throw OrcError.trackerOfOtherJITDylib(tracker: tracker.jitDylib.name, jitDylib: name)
        }
        let symbols = unit.symbols
        return try session.update { state, effects throws(OrcError) -> Bool in
            guard state.dylibs[id]?.handle === self else { return false }
            guard !state.isEnded else { throw OrcError.jitDylibRemoved(name) }
            try state.define(unit, symbols: symbols, in: self, tracker: tracker?.key, effects: &effects)
            return true
        }
    }

    /// Removes every tracker of this JITDylib, the default one included (rule R7). The JITDylib
    /// stays usable with a fresh default tracker.
    ///
    /// - Throws: the combined errors of the resource managers.
    public func clear() throws {
        let session = try liveSession()
        let keys = session.state.withLock { state -> [ResourceKey] in
            guard let dylib = state.dylibs[id] else { return [] }
            let created = dylib.trackers.keys.filter { $0 != dylib.defaultTracker.key }
            return created.sorted { $0.rawValue > $1.rawValue } + [dylib.defaultTracker.key]
        }
        var errors: [any Error] = []
        for key in keys {
            do { try session.removeTracker(key: key, of: self) } catch { errors.append(error) }
        }
        if let error = OrcError.combine(errors) { throw error }
    }

    // MARK: Link order and generators

    /// The JITDylibs that code in this one is linked against, in search order. Initially this
    /// JITDylib itself, matching all symbols.
    public var linkOrder: JITDylibSearchOrder {
        session?.state.withLock { $0.dylibs[id]?.linkOrder } ?? []
    }

    /// Replaces the link order. With `linkAgainstThisJITDylibFirst` (the default) this JITDylib
    /// is searched first, matching all symbols, unless `order` already starts with it.
    public func setLinkOrder(_ order: JITDylibSearchOrder, linkAgainstThisJITDylibFirst: Bool = true) {
        var order = order
        if linkAgainstThisJITDylibFirst && order.first?.jitDylib !== self {
            order.insert(JITDylibSearchEntry(self, .matchAllSymbols), at: 0)
        }
        session?.state.withLock { $0.dylibs[id]?.linkOrder = order }
    }

    /// Appends `jitDylib` to the link order.
    public func addToLinkOrder(_ jitDylib: JITDylib, _ flags: JITDylibLookupFlags = .matchExportedSymbolsOnly) {
        session?.state.withLock { $0.dylibs[id]?.linkOrder.append(JITDylibSearchEntry(jitDylib, flags)) }
    }

    /// Adds a generator, asked after the ones added before it.
    public func addGenerator(_ generator: any DefinitionGenerator) {
        session?.state.withLock { $0.dylibs[id]?.generators.append(generator) }
    }

    /// Removes a generator.
    public func removeGenerator(_ generator: any DefinitionGenerator) {
        let removed = session?.state.withLock { state -> [any DefinitionGenerator] in
            let matching = state.dylibs[id]?.generators.filter { $0 === generator } ?? []
            state.dylibs[id]?.generators.removeAll { $0 === generator }
            return matching
        }
        _ = removed
    }

    // MARK: Inspection

    /// The state of `name` in this JITDylib's table, or nil if it is not defined here.
    public func state(of name: SymbolName) -> SymbolState? {
        session?.state.withLock { $0.dylibs[id]?.symbols[name]?.state }
    }

    /// The declared flags of `name`, or nil if it is not defined here.
    public func flags(of name: SymbolName) -> SymbolFlags? {
        session?.state.withLock { $0.dylibs[id]?.symbols[name]?.flags }
    }

    /// Whether `name` failed to materialize (it stays in the table, failing lookups, until its
    /// tracker is removed).
    public func hasError(_ name: SymbolName) -> Bool {
        session?.state.withLock { $0.dylibs[id]?.symbols[name]?.hasError } ?? false
    }

    /// The number of symbols in the table.
    public var symbolCount: Int { session?.state.withLock { $0.dylibs[id]?.symbols.count } ?? 0 }

    /// The key of the tracker that owns `name`, if `name` is defined here.
    public func owningTrackerKey(of name: SymbolName) -> ResourceKey? {
        session?.state.withLock { $0.dylibs[id]?.symbols[name]?.owner }
    }
}
