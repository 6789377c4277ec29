// ExecutionSession.swift — the root of a JIT's state (spec rule C1).


/// Owns JITDylibs, the symbol-name pool, the registered resource managers, an error reporter
/// and a task dispatcher. Every method is thread-safe.
///
/// All JIT state sits behind one lock held only for short, allocation-light critical sections;
/// materialization, generators, resource managers' removals and lookup callbacks run outside it.
public final class ExecutionSession: Sendable {
    /// The pool interning this session's symbol names.
    public let symbolStringPool = SymbolStringPool()
    /// Where materializations run.
    public let dispatcher: any TaskDispatcher

    let state = Locked(SessionState())
    private let reporter = Locked<@Sendable (any Error) -> Void>({ _ in })

    /// Creates a session whose materializations run on `dispatcher` (by default in place, on the
    /// thread whose lookup triggered them).
    public init(dispatcher: any TaskDispatcher = InPlaceTaskDispatcher()) {
        self.dispatcher = dispatcher
        dispatchesInPlace = dispatcher is InPlaceTaskDispatcher
    }

    /// Whether the dispatcher runs tasks on the thread that dispatches them, so that running a
    /// materialization directly is the same (and makes no task closure).
    private let dispatchesInPlace: Bool

    /// Interns `name` in this session's pool.
    public func intern(_ name: String) -> SymbolName { symbolStringPool.intern(name) }

    /// Interns the name whose UTF-8 bytes are `bytes` in this session's pool (no `String` is
    /// made for a name interned before).
    public func intern(utf8 bytes: UnsafeRawBufferPointer) -> SymbolName { symbolStringPool.intern(utf8: bytes) }

    /// Receives errors that have no caller to go to (for example a materialization that failed
    /// while nothing was waiting for it). The default drops them.
    public var errorReporter: @Sendable (any Error) -> Void {
        get { reporter.withLock { $0 } }
        set { reporter.withLock { $0 = newValue } }
    }

    /// Hands `error` to the error reporter.
    public func reportError(_ error: any Error) { errorReporter(error) }

    // MARK: JITDylibs

    /// Creates an empty JITDylib whose link order is itself (all symbols).
    ///
    /// - Throws: `OrcError.jitDylibNameInUse` if the name is taken.
    public func createJITDylib(named name: String) throws -> JITDylib {
        try state.withLock { state throws(OrcError) in
            guard state.dylibNames[name] == nil else { throw OrcError.jitDylibNameInUse(name) }
            let id = state.makeID()
            let handle = JITDylib(name: name, id: id, session: self)
            let placeholder = ResourceTracker(jitDylib: handle, key: ResourceKey(rawValue: 0), isDefault: true)
            state.dylibs[id] = DylibState(
                handle: handle, defaultTracker: placeholder, linkOrder: [JITDylibSearchEntry(handle, .matchAllSymbols)])
            state.dylibs[id]!.defaultTracker = state.makeTracker(in: id, handle: handle, isDefault: true)
            state.dylibNames[name] = id
            state.dylibCreationOrder.append(id)
            return handle
        }
    }

    /// The JITDylib called `name`, if it exists.
    public func jitDylib(named name: String) -> JITDylib? {
        state.withLock { state in state.dylibNames[name].flatMap { state.dylibs[$0]?.handle } }
    }

    /// Clears `jitDylib` (removing every tracker, rule R7) and removes it from the session. Search
    /// orders that still name it find nothing in it; defining into it is an error.
    ///
    /// - Throws: the combined errors of the removal and of the resource managers.
    public func removeJITDylib(_ jitDylib: JITDylib) throws {
        var errors: [any Error] = []
        do { try jitDylib.clear() } catch { errors.append(error) }
        let released = state.withLock { state -> DylibState? in
            guard let dylib = state.dylibs.removeValue(forKey: jitDylib.id) else { return nil }
            state.dylibNames[dylib.handle.name] = nil
            state.dylibCreationOrder.removeAll { $0 == jitDylib.id }
            return dylib
        }
        if released == nil { errors.append(OrcError.jitDylibRemoved(jitDylib.name)) }
        if let error = OrcError.combine(errors) { throw error }
    }

    /// Removes every JITDylib, newest first, then shuts the dispatcher down (waiting for running
    /// tasks). Later definitions and lookups fail.
    ///
    /// - Throws: the combined errors of all removals.
    public func endSession() throws {
        let (dylibs, managers) = state.withLock { state in
            state.isEnded = true
            return (state.dylibCreationOrder.reversed().compactMap { state.dylibs[$0]?.handle }, state.resourceManagers)
        }
        for manager in managers.reversed() { manager.handleSessionEnd() }
        var errors: [any Error] = []
        for dylib in dylibs {
            do { try removeJITDylib(dylib) } catch { errors.append(error) }
        }
        dispatcher.shutdown()
        if let error = OrcError.combine(errors) { throw error }
    }

    // MARK: Resource managers

    /// Registers a manager to be told of removals and transfers (rule R9).
    public func register(resourceManager: any ResourceManager) {
        state.withLock { $0.resourceManagers.append(resourceManager) }
    }

    /// Stops telling `resourceManager` of removals and transfers.
    public func deregister(resourceManager: any ResourceManager) {
        state.withLock { $0.resourceManagers.removeAll { $0 === resourceManager } }
    }

    // MARK: Running deferred work

    /// Runs the work a state change decided on, after the lock is released: discards, ready
    /// actions, lookup completions, then materializations on the dispatcher.
    func run(_ effects: borrowing Effects) {
        if let lists = effects.lists {
            for discard in lists.discards { discard.unit.discard(discard.jitDylib, symbol: discard.name) }
            for action in lists.readyActions { action() }
            for completion in lists.completions { completion.deliver() }
            for waiter in lists.wakeUps { waiter.signal() }
        }
        if let first = effects.firstMaterialization { start(first) }
        if let lists = effects.lists { for materialization in lists.materializations { start(materialization) } }
    }

    /// Hands a new responsibility's unit its responsibility, on the dispatcher.
    private func start(_ record: ResponsibilityRecord) {
        guard let unit = record.takeUnit() else { return }
        let responsibility = MaterializationResponsibility(session: self, record: record)
        if dispatchesInPlace { unit.materialize(responsibility) } else { dispatcher.dispatch { unit.materialize(responsibility) } }
    }

    /// Runs `body` on the state under the lock, then runs the effects it produced.
    func update<Result: Sendable, Failure: Error>(
        _ body: (inout SessionState, inout Effects) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var effects = Effects()
        // The effects run once the lock is released, whether `body` returned or threw.
        defer { run(effects) }
        return try state.withLock { state throws(Failure) in try body(&state, &effects) }
    }
}
