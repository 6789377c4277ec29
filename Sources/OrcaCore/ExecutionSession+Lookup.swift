// ExecutionSession+Lookup.swift — callback, blocking and async lookups (spec rule C6).

import Dispatch

extension ExecutionSession {
    /// Looks `symbols` up along `searchOrder` and calls `onComplete` exactly once, on some
    /// thread, with every found symbol once each has reached `requiredState`, or with an error:
    /// `OrcError.symbolsNotFound` for missing required symbols, `.failedToMaterialize` naming the
    /// symbols that failed, or an error thrown by a generator. Units defining the symbols are
    /// materialized on the dispatcher.
    public func lookup(
        _ symbols: SymbolLookupSet, searchOrder: JITDylibSearchOrder, requiredState: SymbolState = .ready,
        kind: LookupKind = .staticLookup,
        onComplete: @escaping @Sendable (Result<SymbolMap, any Error>) -> Void
    ) {
        let query = QueryRecord(requiredState: requiredState, delivery: .callback { onComplete($0.map { $0.symbols }) })
        issue(symbols, searchOrder: searchOrder, kind: kind, reportOrigins: false, query: query)
    }

    /// Like `lookup(_:searchOrder:requiredState:kind:onComplete:)`, and also reports which
    /// JITDylib each symbol was found in: what a linker needs to record its dependencies (ORC's
    /// RegisterDependencies).
    public func lookupWithOrigins(
        _ symbols: SymbolLookupSet, searchOrder: JITDylibSearchOrder, requiredState: SymbolState = .ready,
        kind: LookupKind = .staticLookup,
        onComplete: @escaping @Sendable (Result<LookupResult, any Error>) -> Void
    ) {
        let query = QueryRecord(requiredState: requiredState, delivery: .callback(onComplete))
        issue(symbols, searchOrder: searchOrder, kind: kind, reportOrigins: true, query: query)
    }

    /// Runs the generators, then registers the query. Returns false, having failed the query
    /// (its callback called, or its error recorded), if a generator threw.
    @discardableResult
    private func issue(
        _ symbols: SymbolLookupSet, searchOrder: JITDylibSearchOrder, kind: LookupKind, reportOrigins: Bool, query: QueryRecord
    ) -> Bool {
        do {
            try runGenerators(for: symbols, searchOrder: searchOrder, kind: kind)
        } catch {
            update { state, effects in state.finish(query, error: error, effects: &effects) }
            return false
        }
        update { state, effects in
            state.issueQuery(symbols, in: searchOrder, reportOrigins: reportOrigins, query: query, effects: &effects)
        }
        return true
    }

    /// Blocking form of `lookup(_:searchOrder:requiredState:kind:onComplete:)`.
    public func lookup(
        _ symbols: SymbolLookupSet, searchOrder: JITDylibSearchOrder, requiredState: SymbolState = .ready,
        kind: LookupKind = .staticLookup
    ) throws -> SymbolMap {
        try blockingLookup(symbols, searchOrder: searchOrder, requiredState: requiredState, kind: kind).map
    }

    /// Issues a query and blocks until it finishes. A query that finished before it is waited
    /// for (the usual case with an in-place dispatcher) makes no semaphore.
    private func blockingLookup(
        _ symbols: SymbolLookupSet, searchOrder: JITDylibSearchOrder, requiredState: SymbolState, kind: LookupKind
    ) throws -> ResolvedSymbols {
        let query = QueryRecord(requiredState: requiredState, delivery: .blocking)
        issue(symbols, searchOrder: searchOrder, kind: kind, reportOrigins: false, query: query)
        return try wait(for: query)
    }

    /// Blocks until a blocking query finishes; returns its results or throws its error.
    private func wait(for query: QueryRecord) throws -> ResolvedSymbols {
        // A finished query (the usual case with in-place materialization) is read under the
        // same lock that finds it finished.
        let (outcome, semaphore) = state.withLock { _ -> (Result<ResolvedSymbols, any Error>?, DispatchSemaphore?) in
            if query.isFinished { return (query.error.map { .failure($0) } ?? .success(query.results), nil) }
            let semaphore = DispatchSemaphore(value: 0)
            query.waiter = semaphore
            return (nil, semaphore)
        }
        if let outcome { return try outcome.get() }
        semaphore?.wait()
        let (results, error) = state.withLock { _ in (query.results, query.error) }
        if let error { throw error }
        return results
    }

    /// `async` form of `lookup(_:searchOrder:requiredState:kind:onComplete:)`.
    public func lookup(
        _ symbols: SymbolLookupSet, searchOrder: JITDylibSearchOrder, requiredState: SymbolState = .ready,
        kind: LookupKind = .staticLookup
    ) async throws -> SymbolMap {
        try await withCheckedThrowingContinuation { continuation in
            lookup(symbols, searchOrder: searchOrder, requiredState: requiredState, kind: kind) { continuation.resume(with: $0) }
        }
    }

    /// Looks `names` up in `jitDylibs`, in order, matching all symbols (hidden ones included).
    public func lookup(
        _ names: [SymbolName], in jitDylibs: [JITDylib], requiredState: SymbolState = .ready
    ) throws -> SymbolMap {
        try lookup(SymbolLookupSet(names), searchOrder: jitDylibs.map { JITDylibSearchEntry($0, .matchAllSymbols) },
                   requiredState: requiredState)
    }

    /// `async` form of `lookup(_:in:requiredState:)`.
    public func lookup(
        _ names: [SymbolName], in jitDylibs: [JITDylib], requiredState: SymbolState = .ready
    ) async throws -> SymbolMap {
        try await lookup(SymbolLookupSet(names), searchOrder: jitDylibs.map { JITDylibSearchEntry($0, .matchAllSymbols) },
                         requiredState: requiredState)
    }

    /// Looks one ready symbol up in `jitDylib` (all symbols match). A symbol that is already
    /// ready is answered with one hash probe under the session lock and no allocation.
    public func lookup(_ name: SymbolName, in jitDylib: JITDylib) throws -> ExecutorSymbol {
        if let ready = readySymbol(name, in: jitDylib) { return ready }
        let results: ResolvedSymbols
        switch update({ state, effects in state.issueQuery(single: name, in: jitDylib, effects: &effects) }) {
        case let .ready(symbol):
            return symbol
        case let .issued(query):
            results = try wait(for: query)
        case .needsGenerators:
            results = try blockingLookup(
                SymbolLookupSet([name]), searchOrder: [JITDylibSearchEntry(jitDylib, .matchAllSymbols)], requiredState: .ready, kind: .staticLookup)
        }
        guard let symbol = results.symbol(named: name) else { throw OrcError.symbolsNotFound(symbols: [name.string], searchOrder: []) }
        return symbol
    }

    /// Interns `name` and looks it up in `jitDylib` like `lookup(_:in:)` for a `SymbolName`.
    public func lookup(_ name: String, in jitDylib: JITDylib) throws -> ExecutorSymbol {
        try lookup(intern(name), in: jitDylib)
    }

    /// `async` form of `lookup(_:in:)`.
    public func lookup(_ name: SymbolName, in jitDylib: JITDylib) async throws -> ExecutorSymbol {
        if let ready = readySymbol(name, in: jitDylib) { return ready }
        return try single(name, await lookup([name], in: [jitDylib]))
    }

    /// `async` form of `lookup(_:in:)`.
    public func lookup(_ name: String, in jitDylib: JITDylib) async throws -> ExecutorSymbol {
        try await lookup(intern(name), in: jitDylib)
    }

    /// The flags of `symbols` along `searchOrder`, running generators but materializing nothing.
    public func lookupFlags(
        _ symbols: SymbolLookupSet, searchOrder: JITDylibSearchOrder, kind: LookupKind = .staticLookup
    ) throws -> [SymbolName: SymbolFlags] {
        try runGenerators(for: symbols, searchOrder: searchOrder, kind: kind)
        return try state.withLock { state throws(OrcError) in try state.flags(of: symbols, in: searchOrder) }
    }

    private func readySymbol(_ name: SymbolName, in jitDylib: JITDylib) -> ExecutorSymbol? {
        state.withLock { state in
            guard let entry = state.dylibs[jitDylib.id]?.symbols[name], entry.state == .ready, !entry.hasError else {
                return nil
            }
            return ExecutorSymbol(address: entry.address, flags: entry.flags)
        }
    }

    private func single(_ name: SymbolName, _ result: SymbolMap) throws -> ExecutorSymbol {
        guard let symbol = result[name] else { throw OrcError.symbolsNotFound(symbols: [name.string], searchOrder: []) }
        return symbol
    }

    /// Walks the search order and lets each JITDylib's generators define the names that no
    /// earlier JITDylib had. Runs without the session lock; one generator pass per JITDylib at a
    /// time.
    private func runGenerators(for symbols: SymbolLookupSet, searchOrder: JITDylibSearchOrder, kind: LookupKind) throws {
        var remaining = symbols
        for entry in searchOrder where !remaining.isEmpty {
            let (missing, generators) = state.withLock { $0.undefinedNames(of: remaining, in: entry.jitDylib.id) }
            guard !generators.isEmpty, !missing.isEmpty else {
                remaining = missing
                continue
            }
            remaining = try entry.jitDylib.generatorLock.withLock { _ in
                var missing = missing
                for generator in generators where !missing.isEmpty {
                    try generator.tryToGenerate(kind, jitDylib: entry.jitDylib, flags: entry.flags, names: missing)
                    missing = state.withLock { $0.undefinedNames(of: missing, in: entry.jitDylib.id).names }
                }
                return missing
            }
        }
    }
}
