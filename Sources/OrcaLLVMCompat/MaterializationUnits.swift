// MaterializationUnits.swift — materialization units made through the C API.

import CLLVM
import OrcaCore

/// What an `LLVMOrcMaterializationUnitRef` stands for, until a JITDylib takes the unit.
final class UnitBox {
    let unit: any MaterializationUnit
    init(_ unit: any MaterializationUnit) { self.unit = unit }
}

/// LLVM 14's `LLVMOrcAbsoluteSymbols` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcAbsoluteSymbols")
public func absoluteSymbolsUnit(_ symbols: LLVMOrcCSymbolMapPairs?, _ count: Int) -> LLVMOrcMaterializationUnitRef? {
    var map = SymbolMap(minimumCapacity: count)
    for index in 0..<count {
        let pair = symbols![index]
        let entry = Handle.object(pair.Name, as: PoolEntry.self)
        map[entry.name] = ExecutorSymbol(address: ExecutorAddress(rawValue: pair.Sym.Address), flags: symbolFlags(pair.Sym.Flags))
        entry.pool.release(entry)   // the unit took the name's reference
    }
    return Handle.retained(UnitBox(absoluteSymbols(map)))
}

/// LLVM 14's `LLVMOrcDisposeMaterializationUnit` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeMaterializationUnit")
public func disposeMaterializationUnit(_ unit: LLVMOrcMaterializationUnitRef?) {
    Handle.release(unit)
}
