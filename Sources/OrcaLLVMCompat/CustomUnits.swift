// CustomUnits.swift — materialization units whose code is the host's own callbacks
// (LLVMOrcCreateCustomMaterializationUnit), and the responsibilities those callbacks receive.

import CLLVM
import Glibc
import OrcaCore

/// A host's callbacks and context for one custom unit. The context goes to `materialize` (which
/// then owns it) or, if the unit is dropped unmaterialized, to `destroy`.
final class CustomUnitCallbacks: @unchecked Sendable {
    // Invariant: `context` is read and cleared only under `lock`, so exactly one of materialize
    // and destroy receives it.
    private let lock = Locked(())
    private nonisolated(unsafe) var context: UnsafeMutableRawPointer?
    private nonisolated(unsafe) var materialized = false
    let materializeFunction: LLVMOrcMaterializationUnitMaterializeFunction
    let discardFunction: LLVMOrcMaterializationUnitDiscardFunction?
    let destroyFunction: LLVMOrcMaterializationUnitDestroyFunction?

    init(context: UnsafeMutableRawPointer?, materialize: LLVMOrcMaterializationUnitMaterializeFunction,
         discard: LLVMOrcMaterializationUnitDiscardFunction?, destroy: LLVMOrcMaterializationUnitDestroyFunction?) {
        self.context = context
        materializeFunction = materialize
        discardFunction = discard
        destroyFunction = destroy
    }

    /// The context, for materialization: afterwards `destroy` is not called.
    func takeContext() -> UnsafeMutableRawPointer? {
        lock.withLock { _ in
            materialized = true
            return context
        }
    }

    /// The context while the unit is still unmaterialized (for discard).
    var currentContext: UnsafeMutableRawPointer? { lock.withLock { _ in context } }

    deinit {
        if !materialized { destroyFunction?(context) }
    }
}

/// A unit calling a C host's materialize / discard functions.
struct CustomMaterializationUnit: MaterializationUnit {
    let name: String
    let symbols: [SymbolName: SymbolFlags]
    let initializer: SymbolName?
    let callbacks: CustomUnitCallbacks

    func materialize(_ responsibility: MaterializationResponsibility) {
        let context = callbacks.takeContext()
        let compat = CompatResponsibility(responsibility, initializer: initializer)
        callbacks.materializeFunction(context, Handle.retained(compat))
    }

    func discard(_ jitDylib: JITDylib, symbol: SymbolName) {
        guard let discard = callbacks.discardFunction, let pool = CompatSession.of(jitDylib.session)?.pool else { return }
        let entry = pool.retainedEntry(symbol)
        discard(callbacks.currentContext, Handle.borrowed(jitDylib), entry)
        releaseSymbolStringPoolEntry(entry)
    }
}

/// What an `LLVMOrcMaterializationResponsibilityRef` stands for: Orca's responsibility, the
/// dependencies the host adds before emitting, and the entries it has been handed (kept alive
/// as long as the responsibility, as LLVM's are).
final class CompatResponsibility: @unchecked Sendable {
    // Invariant: `dependencies` and `handedOut` are touched only under `lock`.
    private let lock = Locked(())
    let responsibility: MaterializationResponsibility
    let initializer: SymbolName?
    let pool: CompatSymbolPool?
    private nonisolated(unsafe) var dependencies: [SymbolName?: [JITDylib: Set<SymbolName>]] = [:]
    private nonisolated(unsafe) var handedOut: [OpaquePointer] = []

    init(_ responsibility: MaterializationResponsibility, initializer: SymbolName?) {
        self.responsibility = responsibility
        self.initializer = initializer
        pool = CompatSession.of(responsibility.jitDylib.session)?.pool
    }

    /// An entry for `name` that stays valid while this responsibility lives.
    func entry(_ name: SymbolName) -> OpaquePointer? {
        guard let entry = pool?.retainedEntry(name) else { return nil }
        lock.withLock { _ in handedOut.append(entry) }
        return entry
    }

    /// Records dependencies of `name` (of every symbol if nil).
    func addDependencies(of name: SymbolName?, _ added: [JITDylib: Set<SymbolName>]) {
        lock.withLock { _ in
            for (jitDylib, names) in added { dependencies[name, default: [:]][jitDylib, default: []].formUnion(names) }
        }
    }

    /// Emits every symbol, each with its own dependencies and those added for all.
    func notifyEmitted() throws {
        let recorded = lock.withLock { _ in dependencies }
        let shared = recorded[nil] ?? [:]
        var groups: [SymbolDependenceGroup] = []
        var plain = Set<SymbolName>()
        for name in responsibility.symbols.keys {
            guard let own = recorded[name] else { plain.insert(name); continue }
            groups.append(SymbolDependenceGroup(symbols: [name], dependencies: own.merging(shared) { $0.union($1) }))
        }
        if !plain.isEmpty { groups.append(SymbolDependenceGroup(symbols: plain, dependencies: shared)) }
        try responsibility.notifyEmitted(groups)
    }

    deinit {
        for entry in handedOut { releaseSymbolStringPoolEntry(entry) }
    }
}

/// The names of a C array of entries the host hands over (releasing them if `consumed`).
private func names(_ entries: UnsafeMutablePointer<LLVMOrcSymbolStringPoolEntryRef?>?, _ count: Int, consumed: Bool) -> [SymbolName] {
    (0..<count).map { index in
        let entry = Handle.object(entries![index], as: PoolEntry.self)
        if consumed { entry.pool.release(entry) }
        return entry.name
    }
}

/// A C dependence map as Orca's (taking over the names' references).
private func dependenceMap(_ pairs: LLVMOrcCDependenceMapPairs?, _ count: Int) -> [JITDylib: Set<SymbolName>] {
    var map: [JITDylib: Set<SymbolName>] = [:]
    for index in 0..<count {
        let pair = pairs![index]
        map[Handle.object(pair.JD, as: JITDylib.self), default: []].formUnion(names(pair.Names.Symbols, pair.Names.Length, consumed: true))
    }
    return map
}

/// Symbol flags pairs as Orca's (taking over the names' references).
private func flagsMap(_ pairs: LLVMOrcCSymbolFlagsMapPairs?, _ count: Int) -> [SymbolName: SymbolFlags] {
    var map: [SymbolName: SymbolFlags] = [:]
    for index in 0..<count {
        let entry = Handle.object(pairs![index].Name, as: PoolEntry.self)
        map[entry.name] = symbolFlags(pairs![index].Flags)
        entry.pool.release(entry)
    }
    return map
}

/// LLVM 14's `LLVMOrcCreateCustomMaterializationUnit` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateCustomMaterializationUnit")
public func createCustomMaterializationUnit(
    _ name: UnsafePointer<CChar>?, _ context: UnsafeMutableRawPointer?, _ symbols: LLVMOrcCSymbolFlagsMapPairs?, _ count: Int,
    _ initializer: LLVMOrcSymbolStringPoolEntryRef?, _ materialize: LLVMOrcMaterializationUnitMaterializeFunction?,
    _ discard: LLVMOrcMaterializationUnitDiscardFunction?, _ destroy: LLVMOrcMaterializationUnitDestroyFunction?
) -> LLVMOrcMaterializationUnitRef? {
    var initializerName: SymbolName?
    if let initializer {
        let entry = Handle.object(initializer, as: PoolEntry.self)
        initializerName = entry.name
        entry.pool.release(entry)   // the reference given for InitSym itself
    }
    let callbacks = CustomUnitCallbacks(context: context, materialize: materialize!, discard: discard, destroy: destroy)
    let unit = CustomMaterializationUnit(name: name.map { String(cString: $0) } ?? "custom", symbols: flagsMap(symbols, count),
                                         initializer: initializerName, callbacks: callbacks)
    return Handle.retained(UnitBox(unit))
}

/// LLVM 14's `LLVMOrcDisposeMaterializationResponsibility` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeMaterializationResponsibility")
public func disposeMaterializationResponsibility(_ responsibility: LLVMOrcMaterializationResponsibilityRef?) {
    Handle.release(responsibility)
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityGetTargetDylib` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityGetTargetDylib")
public func materializationResponsibilityGetTargetDylib(_ responsibility: LLVMOrcMaterializationResponsibilityRef?) -> LLVMOrcJITDylibRef? {
    Handle.borrowed(Handle.object(responsibility, as: CompatResponsibility.self).responsibility.jitDylib)
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityGetExecutionSession` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityGetExecutionSession")
public func materializationResponsibilityGetExecutionSession(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?
) -> LLVMOrcExecutionSessionRef? {
    let session = Handle.object(responsibility, as: CompatResponsibility.self).responsibility.jitDylib.session
    return CompatSession.of(session).map { Handle.borrowed($0) }
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityGetSymbols` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityGetSymbols")
public func materializationResponsibilityGetSymbols(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?, _ count: UnsafeMutablePointer<Int>?
) -> LLVMOrcCSymbolFlagsMapPairs? {
    let compat = Handle.object(responsibility, as: CompatResponsibility.self)
    let symbols = compat.responsibility.symbols.sorted { $0.key < $1.key }
    count?.pointee = symbols.count
    let pairs = UnsafeMutablePointer<LLVMOrcCSymbolFlagsMapPair>.allocate(capacity: max(1, symbols.count))
    for (index, (name, flags)) in symbols.enumerated() {
        pairs[index] = LLVMOrcCSymbolFlagsMapPair(Name: compat.entry(name), Flags: cSymbolFlags(flags))
    }
    return pairs
}

/// LLVM 14's `LLVMOrcDisposeCSymbolFlagsMap` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeCSymbolFlagsMap")
public func disposeCSymbolFlagsMap(_ pairs: LLVMOrcCSymbolFlagsMapPairs?) {
    pairs?.deallocate()
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityGetInitializerSymbol` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityGetInitializerSymbol")
public func materializationResponsibilityGetInitializerSymbol(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?
) -> LLVMOrcSymbolStringPoolEntryRef? {
    let compat = Handle.object(responsibility, as: CompatResponsibility.self)
    return compat.initializer.flatMap { compat.entry($0) }
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityGetRequestedSymbols` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityGetRequestedSymbols")
public func materializationResponsibilityGetRequestedSymbols(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?, _ count: UnsafeMutablePointer<Int>?
) -> UnsafeMutablePointer<LLVMOrcSymbolStringPoolEntryRef?>? {
    let compat = Handle.object(responsibility, as: CompatResponsibility.self)
    let requested = compat.responsibility.requestedSymbols.sorted()
    count?.pointee = requested.count
    let entries = UnsafeMutablePointer<LLVMOrcSymbolStringPoolEntryRef?>.allocate(capacity: max(1, requested.count))
    for (index, name) in requested.enumerated() { entries[index] = compat.entry(name) }
    return entries
}

/// LLVM 14's `LLVMOrcDisposeSymbols` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeSymbols")
public func disposeSymbols(_ symbols: UnsafeMutablePointer<LLVMOrcSymbolStringPoolEntryRef?>?) {
    symbols?.deallocate()
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityNotifyResolved` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityNotifyResolved")
public func materializationResponsibilityNotifyResolved(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?, _ symbols: LLVMOrcCSymbolMapPairs?, _ count: Int
) -> LLVMErrorRef? {
    // LLVM records the addresses and keeps the flags the symbols were defined with; Orca's core
    // checks that both agree, so the declared flags are passed on.
    let compat = Handle.object(responsibility, as: CompatResponsibility.self)
    let declared = compat.responsibility.symbols
    var map = SymbolMap(minimumCapacity: count)
    for index in 0..<count {
        let pair = symbols![index]
        let entry = Handle.object(pair.Name, as: PoolEntry.self)
        let flags = declared[entry.name] ?? symbolFlags(pair.Sym.Flags)
        map[entry.name] = ExecutorSymbol(address: ExecutorAddress(rawValue: pair.Sym.Address), flags: flags)
        entry.pool.release(entry)
    }
    return catchingLLVMError { try compat.responsibility.notifyResolved(map) }
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityNotifyEmitted` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityNotifyEmitted")
public func materializationResponsibilityNotifyEmitted(_ responsibility: LLVMOrcMaterializationResponsibilityRef?) -> LLVMErrorRef? {
    catchingLLVMError { try Handle.object(responsibility, as: CompatResponsibility.self).notifyEmitted() }
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityDefineMaterializing` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityDefineMaterializing")
public func materializationResponsibilityDefineMaterializing(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?, _ pairs: LLVMOrcCSymbolFlagsMapPairs?, _ count: Int
) -> LLVMErrorRef? {
    let symbols = flagsMap(pairs, count)
    return catchingLLVMError {
        _ = try Handle.object(responsibility, as: CompatResponsibility.self).responsibility.defineMaterializing(symbols)
    }
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityFailMaterialization` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityFailMaterialization")
public func materializationResponsibilityFailMaterialization(_ responsibility: LLVMOrcMaterializationResponsibilityRef?) {
    Handle.object(responsibility, as: CompatResponsibility.self).responsibility.failMaterialization()
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityReplace` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityReplace")
public func materializationResponsibilityReplace(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?, _ unit: LLVMOrcMaterializationUnitRef?
) -> LLVMErrorRef? {
    let box = Handle.take(unit, as: UnitBox.self)
    return catchingLLVMError { try Handle.object(responsibility, as: CompatResponsibility.self).responsibility.replace(box.unit) }
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityDelegate` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityDelegate")
public func materializationResponsibilityDelegate(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?, _ symbols: UnsafeMutablePointer<LLVMOrcSymbolStringPoolEntryRef?>?,
    _ count: Int, _ result: UnsafeMutablePointer<LLVMOrcMaterializationResponsibilityRef?>?
) -> LLVMErrorRef? {
    let compat = Handle.object(responsibility, as: CompatResponsibility.self)
    let delegated = Set(names(symbols, count, consumed: false))
    return catchingLLVMError {
        let made = try compat.responsibility.delegate(delegated)
        result?.pointee = Handle.retained(CompatResponsibility(made, initializer: nil))
    }
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityAddDependencies` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityAddDependencies")
public func materializationResponsibilityAddDependencies(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?, _ name: LLVMOrcSymbolStringPoolEntryRef?,
    _ dependencies: LLVMOrcCDependenceMapPairs?, _ count: Int
) {
    Handle.object(responsibility, as: CompatResponsibility.self)
        .addDependencies(of: CompatSymbolPool.name(name), dependenceMap(dependencies, count))
}

/// LLVM 14's `LLVMOrcMaterializationResponsibilityAddDependenciesForAll` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcMaterializationResponsibilityAddDependenciesForAll")
public func materializationResponsibilityAddDependenciesForAll(
    _ responsibility: LLVMOrcMaterializationResponsibilityRef?, _ dependencies: LLVMOrcCDependenceMapPairs?, _ count: Int
) {
    Handle.object(responsibility, as: CompatResponsibility.self).addDependencies(of: nil, dependenceMap(dependencies, count))
}
