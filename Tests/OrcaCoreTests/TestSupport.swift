// TestSupport.swift — units, resource managers, probes, lookup recorders and error helpers shared by the core's tests.

import OrcaCore

/// A thread-safe box for a value tests observe across threads.
final class Box<Value: Sendable>: Sendable {
    private let storage: Locked<Value>
    init(_ value: Value) { storage = Locked(value) }
    var value: Value { storage.withLock { $0 } }
    func set(_ value: Value) { storage.withLock { $0 = value } }
    func update<R: Sendable>(_ body: (inout Value) -> R) -> R { storage.withLock { body(&$0) } }
}

/// Sets a flag when the last reference to it goes away (observes that a unit was dropped).
final class LifetimeProbe: Sendable {
    let destroyed: Box<Bool>
    init(_ destroyed: Box<Bool>) { self.destroyed = destroyed }
    deinit { destroyed.set(true) }
}

/// A unit whose behaviour is given by closures (ORC's SimpleMaterializationUnit).
struct SimpleUnit: MaterializationUnit {
    var name = "simple"
    let symbols: [SymbolName: SymbolFlags]
    let onMaterialize: @Sendable (MaterializationResponsibility) -> Void
    var onDiscard: @Sendable (JITDylib, SymbolName) -> Void = { _, _ in }
    var probe: LifetimeProbe? = nil

    func materialize(_ responsibility: MaterializationResponsibility) { onMaterialize(responsibility) }
    func discard(_ jitDylib: JITDylib, symbol: SymbolName) { onDiscard(jitDylib, symbol) }
}

/// Records an integer per key, like ORC's SimpleResourceManager; handlers can be replaced.
final class SimpleResourceManager: ResourceManager {
    let records = Box<[ResourceKey: Int]>([:])
    let removals = Box<[ResourceKey]>([])
    let transfers = Box<[(destination: ResourceKey, source: ResourceKey)]>([])
    let removeError: (any Error)?

    init(removeError: (any Error)? = nil) { self.removeError = removeError }

    func record(_ key: ResourceKey, _ amount: Int = 1) { records.update { $0[key, default: 0] += amount } }

    func handleRemoveResources(_ jitDylib: JITDylib, key: ResourceKey) throws {
        removals.update { $0.append(key) }
        records.update { _ = $0.removeValue(forKey: key) }
        if let removeError { throw removeError }
    }

    func handleTransferResources(_ jitDylib: JITDylib, destination: ResourceKey, source: ResourceKey) {
        transfers.update { $0.append((destination, source)) }
        records.update { records in
            if let moved = records.removeValue(forKey: source) { records[destination, default: 0] += moved }
        }
    }
}

/// An error with a message, for tests that need their own error to pass through.
struct TestError: Error, Equatable, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A session with one JITDylib and four names, like ORC's CoreAPIsBasedStandardTest.
struct Fixture {
    let session: ExecutionSession
    let jd: JITDylib
    let foo, bar, baz, qux: SymbolName
    let fooSymbol = ExecutorSymbol(address: 0x1000, flags: .exported)
    let barSymbol = ExecutorSymbol(address: 0x2000, flags: .exported)
    let bazSymbol = ExecutorSymbol(address: 0x3000, flags: .exported)
    let quxSymbol = ExecutorSymbol(address: 0x4000, flags: .exported)

    init(dispatcher: any TaskDispatcher = InPlaceTaskDispatcher()) throws {
        session = ExecutionSession(dispatcher: dispatcher)
        jd = try session.createJITDylib(named: "JD")
        (foo, bar, baz, qux) = (session.intern("foo"), session.intern("bar"), session.intern("baz"), session.intern("qux"))
    }

    /// A unit defining `name` that resolves and emits it at `symbol` when materialized, after
    /// running `before` with its responsibility.
    func unit(
        _ name: SymbolName, _ symbol: ExecutorSymbol,
        before: @escaping @Sendable (MaterializationResponsibility) -> Void = { _ in }
    ) -> SimpleUnit {
        SimpleUnit(symbols: [name: symbol.flags]) { responsibility in
            before(responsibility)
            do {
                try responsibility.notifyResolved([name: symbol])
                try responsibility.notifyEmitted()
            } catch {
                responsibility.failMaterialization(error)
            }
        }
    }

    /// A unit that keeps its responsibility in `stash` instead of finishing.
    func stashingUnit(_ symbols: [SymbolName: SymbolFlags], into stash: Box<MaterializationResponsibility?>) -> SimpleUnit {
        SimpleUnit(symbols: symbols) { stash.set($0) }
    }

    /// Registers a new `SimpleResourceManager` with the session and returns it.
    func registerResourceManager() -> SimpleResourceManager {
        let manager = SimpleResourceManager()
        session.register(resourceManager: manager)
        return manager
    }

    /// Whether `name` is in `jd`'s table (a flags lookup that materializes nothing).
    func isDefined(_ name: SymbolName, in dylib: JITDylib? = nil) throws -> Bool {
        let flags = try session.lookupFlags(
            SymbolLookupSet([name], flags: .weaklyReferencedSymbol), searchOrder: [JITDylibSearchEntry(dylib ?? jd, .matchAllSymbols)])
        return flags[name] != nil
    }
}

/// Whether `error` is the `OrcError` case that `matches` accepts.
func isOrcError(_ error: (any Error)?, _ matches: (OrcError) -> Bool) -> Bool {
    guard let orcError = error as? OrcError else { return false }
    return matches(orcError)
}

/// Records every completion of a callback lookup.
final class LookupCompletions: Sendable {
    private let outcomes = Box<[Result<SymbolMap, any Error>]>([])

    var handler: @Sendable (Result<SymbolMap, any Error>) -> Void {
        { outcome in self.outcomes.update { $0.append(outcome) } }
    }

    var count: Int { outcomes.value.count }

    var symbols: SymbolMap? {
        guard let last = outcomes.value.last, case let .success(map) = last else { return nil }
        return map
    }

    var error: (any Error)? {
        guard let last = outcomes.value.last, case let .failure(error) = last else { return nil }
        return error
    }
}

/// Runs `body`, returning what it threw.
func thrownError(_ body: () throws -> Void) -> (any Error)? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}

/// The payload of an `OrcError.failedToMaterialize`, names sorted.
func failedSymbols(_ error: (any Error)?) -> [String: [String]]? {
    guard case let .failedToMaterialize(symbols, _)? = error as? OrcError else { return nil }
    return symbols.mapValues { $0.sorted() }
}

/// The underlying error of an `OrcError.failedToMaterialize`.
func underlyingError(_ error: (any Error)?) -> (any Error)? {
    guard case let .failedToMaterialize(_, underlying)? = error as? OrcError else { return nil }
    return underlying
}
