// Unsupported.swift — the functions of LLVM 14's ORC C API that Orca does not provide: lazy
// re-exports, indirect stubs and lazy call-through managers, emitting through the IR transform
// layer, the object transform layer, object dumping. They are exported anyway, so that a
// host calling one gets a clear message instead of LLVM's implementation working on Orca's
// objects: those returning an LLVMErrorRef return an error, the others print a line on stderr
// and abort. (Their parameters are not declared: nothing of them is read.)

import CLLVM
import Glibc

/// Stops the process with a line naming the function.
private func unsupported(_ function: String) -> Never {
    let line = "orca-llvm14: \(function) is not provided by Orca (see Orca's README, C API)\n"
    _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    abort()
}

/// An error naming the function.
private func unsupportedError(_ function: String) -> LLVMErrorRef {
    llvmError("\(function) is not provided by Orca (see Orca's README, C API)")
}


/// Not provided by Orca: LLVM 14's `LLVMOrcLazyReexports` (llvm-c/Orc.h) stops with a message instead.
@_cdecl("LLVMOrcLazyReexports")
public func unsupportedLazyReexports() { unsupported("LLVMOrcLazyReexports") }













/// Not provided by Orca: LLVM 14's `LLVMOrcIRTransformLayerEmit` (llvm-c/Orc.h) stops with a message instead.
@_cdecl("LLVMOrcIRTransformLayerEmit")
public func unsupportedIRTransformLayerEmit() { unsupported("LLVMOrcIRTransformLayerEmit") }


/// Not provided by Orca: LLVM 14's `LLVMOrcObjectTransformLayerSetTransform` (llvm-c/Orc.h) stops with a message instead.
@_cdecl("LLVMOrcObjectTransformLayerSetTransform")
public func unsupportedObjectTransformLayerSetTransform() { unsupported("LLVMOrcObjectTransformLayerSetTransform") }

/// Not provided by Orca: LLVM 14's `LLVMOrcCreateLocalIndirectStubsManager` (llvm-c/Orc.h) stops with a message instead.
@_cdecl("LLVMOrcCreateLocalIndirectStubsManager")
public func unsupportedCreateLocalIndirectStubsManager() { unsupported("LLVMOrcCreateLocalIndirectStubsManager") }

/// Not provided by Orca: LLVM 14's `LLVMOrcDisposeIndirectStubsManager` (llvm-c/Orc.h) stops with a message instead.
@_cdecl("LLVMOrcDisposeIndirectStubsManager")
public func unsupportedDisposeIndirectStubsManager() { unsupported("LLVMOrcDisposeIndirectStubsManager") }

/// Not provided by Orca: LLVM 14's `LLVMOrcDisposeLazyCallThroughManager` (llvm-c/Orc.h) stops with a message instead.
@_cdecl("LLVMOrcDisposeLazyCallThroughManager")
public func unsupportedDisposeLazyCallThroughManager() { unsupported("LLVMOrcDisposeLazyCallThroughManager") }

/// Not provided by Orca: LLVM 14's `LLVMOrcCreateDumpObjects` (llvm-c/Orc.h) stops with a message instead.
@_cdecl("LLVMOrcCreateDumpObjects")
public func unsupportedCreateDumpObjects() { unsupported("LLVMOrcCreateDumpObjects") }

/// Not provided by Orca: LLVM 14's `LLVMOrcDisposeDumpObjects` (llvm-c/Orc.h) stops with a message instead.
@_cdecl("LLVMOrcDisposeDumpObjects")
public func unsupportedDisposeDumpObjects() { unsupported("LLVMOrcDisposeDumpObjects") }

/// Not provided by Orca: LLVM 14's `LLVMOrcLLJITGetObjTransformLayer` (llvm-c/LLJIT.h) stops with a message instead.
@_cdecl("LLVMOrcLLJITGetObjTransformLayer")
public func unsupportedLLJITGetObjTransformLayer() { unsupported("LLVMOrcLLJITGetObjTransformLayer") }







/// Not provided by Orca: LLVM 14's `LLVMOrcCreateLocalLazyCallThroughManager` (llvm-c/Orc.h) returns an LLVM error saying so.
@_cdecl("LLVMOrcCreateLocalLazyCallThroughManager")
public func unsupportedCreateLocalLazyCallThroughManager() -> LLVMErrorRef? { unsupportedError("LLVMOrcCreateLocalLazyCallThroughManager") }

/// Not provided by Orca: LLVM 14's `LLVMOrcDumpObjects_CallOperator` (llvm-c/Orc.h) returns an LLVM error saying so.
@_cdecl("LLVMOrcDumpObjects_CallOperator")
public func unsupportedDumpObjectsCallOperator() -> LLVMErrorRef? { unsupportedError("LLVMOrcDumpObjects_CallOperator") }
