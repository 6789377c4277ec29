// MaterializationResponsibility.swift — a unit's obligation to produce its symbols (spec rules
// C5, R4, R5, R9).

/// Symbols emitted together and what they depend on.
public struct SymbolDependenceGroup: Sendable {
    /// Symbols of the responsibility.
    public var symbols: Set<SymbolName>
    /// Symbols they refer to, by JITDylib. They become ready only once all of these are emitted.
    public var dependencies: [JITDylib: Set<SymbolName>]

    public init(symbols: Set<SymbolName>, dependencies: [JITDylib: Set<SymbolName>]) {
        self.symbols = symbols
        self.dependencies = dependencies
    }
}

/// The right and the duty to materialize a set of symbols in one JITDylib.
///
/// Handed to `MaterializationUnit.materialize(_:)`. The unit resolves the symbols
/// (`notifyResolved`), then emits them (`notifyEmitted`), or fails them; it may split the work
/// with `delegate` / `replace` or add symbols with `defineMaterializing`. If the owning tracker
/// is removed meanwhile, every call throws `OrcError.resourceTrackerDefunct` and
/// `withResourceKeyDo` does not run its body (rule R4). If the last reference to a
/// responsibility goes away before it finished, its remaining symbols fail. Thread-safe.
public final class MaterializationResponsibility: Sendable {
    let session: ExecutionSession
    /// The session the responsibility belongs to (which it keeps alive).
    package var executionSession: ExecutionSession { session }
    /// The responsibility's state, touched only under the session lock.
    let record: ResponsibilityRecord
    /// The JITDylib the symbols are defined in.
    public let jitDylib: JITDylib

    init(session: ExecutionSession, record: ResponsibilityRecord) {
        self.session = session
        self.record = record
        jitDylib = record.jitDylib
    }

    deinit {
        let (record, dylibName) = (record, jitDylib.name)
        let abandoned = session.update { state, effects in state.releaseResponsibility(record, effects: &effects) }
        if !abandoned.isEmpty {
            session.reportError(OrcError.failedToMaterialize(
                symbols: [dylibName: abandoned.map(\.string)], underlying: nil))
        }
    }

    /// The symbols this responsibility still has to resolve and emit, with their flags.
    public var symbols: [SymbolName: SymbolFlags] {
        session.state.withLock { _ in record.symbols }
    }

    /// The symbols that lookups are currently waiting for (a subset of `symbols`).
    public var requestedSymbols: Set<SymbolName> {
        session.state.withLock { $0.requestedSymbols(responsibility: record) }
    }

    /// Records addresses; queries that only need resolved symbols complete.
    ///
    /// - Throws: `OrcError.resourceTrackerDefunct`, `.symbolsNotInResponsibility`,
    ///   `.symbolFlagsMismatch`, or `.failedToMaterialize` if a dependency already failed them.
    public func notifyResolved(_ symbols: SymbolMap) throws {
        try session.update { state, effects throws(OrcError) in try state.resolve(symbols, responsibility: record, effects: &effects) }
    }

    /// `notifyResolved(_:)` for symbols listed in an array (each once), as linkers have them.
    package func notifyResolved(_ symbols: [ResolvedSymbol]) throws {
        try session.update { state, effects throws(OrcError) in try state.resolve(symbols, responsibility: record, effects: &effects) }
    }

    /// Emits every symbol of the responsibility, each depending on the symbols of its group.
    /// Symbols become ready when everything they depend on is emitted (cycles allowed).
    ///
    /// - Throws: `OrcError.resourceTrackerDefunct`, `.symbolsNotResolved`, or (after which the
    ///   responsibility has failed as a whole) `.failedToMaterialize` if some of its symbols
    ///   already failed, `.unsatisfiedDependencies` if a dependency failed or is gone.
    ///
    /// `onReady` runs once all of these symbols are ready, on the thread that made them ready,
    /// without the session lock, and before any lookup waiting for them to be ready completes
    /// (the place for initializers). It never runs if they fail or are removed first.
    public func notifyEmitted(_ groups: [SymbolDependenceGroup], onReady: (@Sendable () -> Void)? = nil) throws {
        try session.update { state, effects throws(OrcError) in
            try state.emit(dependencies: groups, responsibility: record, onReady: onReady, effects: &effects)
        }
    }

    /// Emits every symbol of the responsibility; all of them depend on `dependencies`. `onReady`
    /// as for `notifyEmitted(_:onReady:)`.
    public func notifyEmitted(dependencies: [JITDylib: Set<SymbolName>] = [:], onReady: (@Sendable () -> Void)? = nil) throws {
        try session.update { state, effects throws(OrcError) in
            try state.emit(allDependingOn: dependencies, responsibility: record, onReady: onReady, effects: &effects)
        }
    }

    /// `notifyResolved(_:)` and then `notifyEmitted(dependencies:onReady:)` under one acquisition
    /// of the session lock, for a linker that has nothing to look up between the two.
    package func notifyResolvedAndEmitted(
        _ symbols: [ResolvedSymbol], dependencies: [JITDylib: Set<SymbolName>], onReady: (@Sendable () -> Void)?
    ) throws {
        try session.update { state, effects throws(OrcError) in
            try state.resolveAndEmit(symbols, dependencies: dependencies, responsibility: record, onReady: onReady, effects: &effects)
        }
    }

    /// Fails every remaining symbol: lookups waiting for them, and symbols depending on them,
    /// fail with `OrcError.failedToMaterialize` carrying `error`.
    public func failMaterialization(_ error: (any Error)? = nil) {
        session.update { state, effects in state.failResponsibility(record, underlying: error, effects: &effects) }
    }

    /// Hands the symbols of `unit` (a subset of `symbols`) back to the JITDylib as a new,
    /// unmaterialized unit under the same tracker. It runs at once if a lookup is waiting for
    /// any of them.
    public func replace(_ unit: some MaterializationUnit) throws {
        let unitSymbols = unit.symbols
        try session.update { state, effects throws(OrcError) in
            try state.replace(responsibility: record, with: unit, symbols: unitSymbols, effects: &effects)
        }
    }

    /// Moves `names` (a subset of `symbols`) into a new responsibility with the same tracker.
    public func delegate(_ names: Set<SymbolName>) throws -> MaterializationResponsibility {
        let delegated = try session.state.withLock { state throws(OrcError) in try state.delegate(names, responsibility: record) }
        return MaterializationResponsibility(session: session, record: delegated)
    }

    /// Adds newly discovered symbols to this responsibility. Weak ones that already exist are
    /// left out; returns those actually added.
    ///
    /// - Throws: `OrcError.duplicateDefinition` if a strong one already exists.
    @discardableResult
    public func defineMaterializing(_ symbols: [SymbolName: SymbolFlags]) throws -> [SymbolName: SymbolFlags] {
        try session.state.withLock { state throws(OrcError) in try state.defineMaterializing(symbols, responsibility: record) }
    }

    /// Runs `body` with the key of the tracker that currently owns this responsibility, while
    /// the session lock is held, so a removal or transfer cannot happen meanwhile (rule R9).
    /// `body` must be short and must not call into the session.
    ///
    /// - Throws: `OrcError.resourceTrackerDefunct` (and `body` does not run) if the tracker was
    ///   removed; otherwise whatever `body` throws.
    public func withResourceKeyDo<T: Sendable>(_ body: (ResourceKey) throws -> T) throws -> T {
        try session.state.withLock { state in
            let record = try state.liveResponsibility(record)
            return try body(record.tracker.key)
        }
    }
}
