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

    var completions: [Completion] = []
    /// Threads blocked on queries that just finished.
    var wakeUps: [DispatchSemaphore] = []
    var materializations: [Materialization] = []
    var discards: [Discard] = []
    /// User objects dropped by the state, released only after the lock is gone (their deinit may
    /// call into the session).
    var released: [any Sendable] = []
    /// Ready actions whose symbols just became ready; they run before `completions`.
    var readyActions: [@Sendable () -> Void] = []
}
