// Effects.swift — work decided under the session lock and run after it is released.

import Dispatch

/// Work decided under the session lock and run after it is released. Elements are named
/// structs, not tuples, so that dropping them runs code made for them.
struct Effects: Sendable {
    /// A callback lookup's answer.
    struct Completion: Sendable {
        let onComplete: @Sendable (Result<LookupResult, any Error>) -> Void
        let results: ResolvedSymbols
        let origins: [JITDylib: Set<SymbolName>]
        let error: (any Error)?

        /// Calls the callback.
        func deliver() {
            if let error { onComplete(.failure(error)) } else { onComplete(.success(LookupResult(symbols: results.map, origins: origins))) }
        }
    }

    /// A unit to materialize, for a new responsibility.
    struct Materialization: Sendable {
        let unit: any MaterializationUnit
        let record: ResponsibilityRecord
    }

    /// A weak definition that lost to a strong one.
    struct Discard: Sendable {
        let unit: any MaterializationUnit
        let jitDylib: JITDylib
        let name: SymbolName
    }

    var completions = EffectList<Completion>()
    /// Threads blocked on queries that just finished.
    var wakeUps = EffectList<DispatchSemaphore>()
    var materializations = EffectList<Materialization>()
    var discards = EffectList<Discard>()
    /// User objects dropped by the state, released only after the lock is gone (their deinit may
    /// call into the session).
    var released = EffectList<any Sendable>()
    /// Ready actions whose symbols just became ready; they run before `completions`.
    var readyActions = EffectList<@Sendable () -> Void>()
}

/// An append-only list that allocates, and costs anything to drop, only once something is in
/// it: most state changes leave most kinds of effects empty.
struct EffectList<Element> {
    private var elements: [Element]?

    init() {}

    mutating func append(_ element: Element) {
        if elements == nil { elements = [element] } else { elements!.append(element) }
    }

    /// Calls `body` on each element, in order.
    func forEach(_ body: (Element) -> Void) {
        guard let elements else { return }
        for element in elements { body(element) }
    }
}

extension EffectList: Sendable where Element: Sendable {}
