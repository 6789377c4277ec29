// QueryRecord.swift — a lookup waiting for symbols, and how its answer is delivered (rule C6).

import Dispatch

/// Where a query's answer goes.
enum QueryDelivery: Sendable {
    /// To a callback, run once outside the session lock.
    case callback(@Sendable (Result<LookupResult, any Error>) -> Void)
    /// Into the record itself, for the thread blocked on it (see `QueryRecord.waiter`).
    case blocking
}

/// A symbol's name and where it was resolved to.
package struct ResolvedSymbol: Sendable {
    package let name: SymbolName
    package let symbol: ExecutorSymbol

    package init(name: SymbolName, symbol: ExecutorSymbol) {
        self.name = name
        self.symbol = symbol
    }
}

/// Symbols found by a query, in order. The first is kept inline: most lookups ask for one.
struct ResolvedSymbols: Sendable {
    private var first: (SymbolName, ExecutorSymbol)?
    private var rest: [ResolvedSymbol] = []

    /// Makes room for `count` symbols in all.
    mutating func reserveCapacity(_ count: Int) { rest.reserveCapacity(count - 1) }

    mutating func append(_ name: SymbolName, _ symbol: ExecutorSymbol) {
        if first == nil { first = (name, symbol) } else { rest.append(ResolvedSymbol(name: name, symbol: symbol)) }
    }

    /// The symbol found for `name`.
    func symbol(named name: SymbolName) -> ExecutorSymbol? {
        if let first, first.0 == name { return first.1 }
        return rest.first { $0.name == name }?.symbol
    }

    /// As a map.
    var map: SymbolMap {
        guard let first else { return [:] }
        var map: SymbolMap = [first.0: first.1]
        for resolved in rest { map[resolved.name] = resolved.symbol }
        return map
    }
}

/// A lookup waiting for symbols to reach its required state. A class, so that the symbols it
/// waits on hold it directly.
final class QueryRecord: @unchecked Sendable {
    // Invariant that makes this Sendable: touched only with the session lock held (which makes
    // the run-time exclusivity checks of its fields redundant: they are off).
    let requiredState: SymbolState
    let delivery: QueryDelivery
    @exclusivity(unchecked) var origins: [JITDylib: Set<SymbolName>] = [:]
    @exclusivity(unchecked) var outstanding = 0
    @exclusivity(unchecked) var results = ResolvedSymbols()
    /// The symbols it waits on (the first inline: most queries wait on one).
    @exclusivity(unchecked) private var firstWaitedOn: SymbolKey?
    @exclusivity(unchecked) private var moreWaitedOn: [SymbolKey] = []
    /// True once completed or failed: it then never completes again.
    @exclusivity(unchecked) var isFinished = false
    /// For blocking delivery: the error it failed with, and the semaphore of the thread waiting
    /// for it to finish, if one is.
    @exclusivity(unchecked) var error: (any Error)?
    @exclusivity(unchecked) var waiter: DispatchSemaphore?

    init(requiredState: SymbolState, delivery: QueryDelivery) {
        self.requiredState = requiredState
        self.delivery = delivery
    }

    /// Makes room for `count` results.
    func reserveCapacity(_ count: Int) { results.reserveCapacity(count) }

    /// Notes that the query waits on `key`.
    func wait(on key: SymbolKey) {
        if firstWaitedOn == nil { firstWaitedOn = key } else { moreWaitedOn.append(key) }
    }

    /// The symbols the query waits on.
    var waitedOn: [SymbolKey] { (firstWaitedOn.map { [$0] } ?? []) + moreWaitedOn }
}

/// The queries waiting on one symbol. The first is kept inline: usually one lookup waits.
struct QueryList {
    private var first: QueryRecord?
    private var rest: [QueryRecord] = []

    var isEmpty: Bool { first == nil }

    mutating func append(_ query: QueryRecord) {
        if first == nil { first = query } else { rest.append(query) }
    }

    /// Drops `query` from the list.
    mutating func remove(_ query: QueryRecord) {
        if first === query {
            first = rest.isEmpty ? nil : rest.removeFirst()
        } else {
            rest.removeAll { $0 === query }
        }
    }

    /// Calls `body` on each query, in the order they were added.
    func forEach(_ body: (QueryRecord) -> Void) {
        guard let first else { return }
        body(first)
        for query in rest { body(query) }
    }

    func contains(where predicate: (QueryRecord) -> Bool) -> Bool {
        guard let first else { return false }
        return predicate(first) || rest.contains(where: predicate)
    }

    /// The queries, as an array.
    var all: [QueryRecord] {
        var all: [QueryRecord] = []
        forEach { all.append($0) }
        return all
    }
}

extension SessionState {
    /// Hands the new state of `name` (in `table`) to the queries waiting on it; completes those
    /// that are done.
    func notifyQueries(_ name: SymbolName, in table: DylibState, reached state: SymbolState, effects: inout Effects) {
        guard let pending = table.materializing[name]?.pendingQueries, !pending.isEmpty,
              pending.contains(where: { $0.isFinished || $0.requiredState <= state }),
              let entry = table.symbols[name]
        else { return }
        var remaining = QueryList()
        pending.forEach { query in
            guard !query.isFinished else { return }
            guard query.requiredState <= state else {
                remaining.append(query)
                return
            }
            if !entry.flags.contains(.materializationSideEffectsOnly) {
                query.results.append(name, ExecutorSymbol(address: entry.address, flags: entry.flags))
            }
            query.outstanding -= 1
            if query.outstanding == 0 { finish(query, error: nil, effects: &effects) }
        }
        table.materializing[name]!.pendingQueries = remaining
    }

    /// Fails a query once: detaches it from every symbol it waits on.
    func failQuery(_ query: QueryRecord, _ error: any Error, effects: inout Effects) {
        guard !query.isFinished else { return }
        for key in query.waitedOn {
            dylibs[key.dylib]?.materializing[key.name]?.pendingQueries.remove(query)
        }
        finish(query, error: error, effects: &effects)
    }

    /// Completes a query with its results, or with `error`.
    func finish(_ query: QueryRecord, error: (any Error)?, effects: inout Effects) {
        query.isFinished = true
        switch query.delivery {
        case let .callback(onComplete):
            effects.append(completion: Effects.Completion(onComplete: onComplete, results: query.results, origins: query.origins, error: error))
        case .blocking:
            query.error = error
            if let waiter = query.waiter { effects.append(wakeUp: waiter) }
        }
    }
}
