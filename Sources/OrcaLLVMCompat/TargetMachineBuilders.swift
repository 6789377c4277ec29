// TargetMachineBuilders.swift — JITTargetMachineBuilder through the C API: the triple and code
// generation level a JIT compiles with.

import CLLVM
import Glibc
import OrcaLLVM

/// What an `LLVMOrcJITTargetMachineBuilderRef` stands for. Orca compiles for the host CPU and its
/// features; the builder carries the triple (checked against the host) and the level.
final class CompatTargetMachineBuilder {
    var triple: String
    let level: OptimizationLevel

    init(triple: String, level: OptimizationLevel) {
        self.triple = triple
        self.level = level
    }
}

/// LLVM 14's `LLVMOrcJITTargetMachineBuilderDetectHost` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcJITTargetMachineBuilderDetectHost")
public func jitTargetMachineBuilderDetectHost(_ result: UnsafeMutablePointer<LLVMOrcJITTargetMachineBuilderRef?>?) -> LLVMErrorRef? {
    catchingLLVMError {
        result?.pointee = Handle.retained(CompatTargetMachineBuilder(triple: try HostTarget.current().triple, level: .O2))
    }
}

/// LLVM 14's `LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine")
public func jitTargetMachineBuilderCreateFromTargetMachine(_ machine: LLVMTargetMachineRef?) -> LLVMOrcJITTargetMachineBuilderRef? {
    guard let machine else { return nil }
    let triple = LLVMGetTargetMachineTriple(machine).map { string in
        defer { LLVMDisposeMessage(string) }
        return String(cString: string)
    } ?? ""
    let level = OptimizationLevel(rawValue: Int(OrcaTargetMachineGetOptLevel(machine).rawValue)) ?? .O2
    LLVMDisposeTargetMachine(machine)   // the builder takes the machine over
    return Handle.retained(CompatTargetMachineBuilder(triple: triple, level: level))
}

/// LLVM 14's `LLVMOrcDisposeJITTargetMachineBuilder` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeJITTargetMachineBuilder")
public func disposeJITTargetMachineBuilder(_ builder: LLVMOrcJITTargetMachineBuilderRef?) {
    Handle.release(builder)
}

/// LLVM 14's `LLVMOrcJITTargetMachineBuilderGetTargetTriple` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcJITTargetMachineBuilderGetTargetTriple")
public func jitTargetMachineBuilderGetTargetTriple(_ builder: LLVMOrcJITTargetMachineBuilderRef?) -> UnsafeMutablePointer<CChar>? {
    strdup(Handle.object(builder, as: CompatTargetMachineBuilder.self).triple)   // freed by LLVMDisposeMessage
}

/// LLVM 14's `LLVMOrcJITTargetMachineBuilderSetTargetTriple` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcJITTargetMachineBuilderSetTargetTriple")
public func jitTargetMachineBuilderSetTargetTriple(_ builder: LLVMOrcJITTargetMachineBuilderRef?, _ triple: UnsafePointer<CChar>?) {
    Handle.object(builder, as: CompatTargetMachineBuilder.self).triple = String(cString: triple!)
}
