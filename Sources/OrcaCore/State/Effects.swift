// Effects.swift — work decided under the session lock and run after it is released.

import Dispatch

/// Work decided under the session lock and run after it is released. Most state changes decide
/// none: the lists are made on the first effect, so an empty `Effects` costs nothing to make or
/// drop. Elements are named structs, not tuples, so that dropping them runs code made for them.
struct Effects {
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

    /// A weak definition that lost to a strong one.
    struct Discard: Sendable {
        let unit: any MaterializationUnit
        let jitDylib: JITDylib
        let name: SymbolName
    }

    /// The first materialization (a new responsibility, holding its unit), kept inline:
    /// starting one unit (a lookup's usual effect) then makes no lists at all.
    private(set) var firstMaterialization: ResponsibilityRecord?
    /// The lists, once there is an effect (other than a first materialization).
    private(set) var lists: EffectLists?

    private mutating func made() -> EffectLists {
        if let lists { return lists }
        let made = EffectLists()
        lists = made
        return made
    }

    mutating func append(completion: Completion) { made().completions.append(completion) }
    mutating func append(wakeUp: DispatchSemaphore) { made().wakeUps.append(wakeUp) }
    mutating func append(materialization: ResponsibilityRecord) {
        if firstMaterialization == nil { firstMaterialization = materialization } else { made().materializations.append(materialization) }
    }
    mutating func append(discard: Discard) { made().discards.append(discard) }
    mutating func append(released: any Sendable) { made().released.append(released) }
    mutating func append(readyAction: @escaping @Sendable () -> Void) { made().readyActions.append(readyAction) }
}

/// The effects of one state change, by kind. Owned by one `Effects` value, which one thread
/// fills under the session lock and then runs: only that thread touches the lists, so their
/// run-time exclusivity checks are off.
final class EffectLists {
    @exclusivity(unchecked) var completions: [Effects.Completion] = []
    /// Threads blocked on queries that just finished.
    @exclusivity(unchecked) var wakeUps: [DispatchSemaphore] = []
    @exclusivity(unchecked) var materializations: [ResponsibilityRecord] = []
    @exclusivity(unchecked) var discards: [Effects.Discard] = []
    /// User objects dropped by the state, released only after the lock is gone (their deinit may
    /// call into the session).
    @exclusivity(unchecked) var released: [any Sendable] = []
    /// Ready actions whose symbols just became ready; they run before `completions`.
    @exclusivity(unchecked) var readyActions: [@Sendable () -> Void] = []
}
