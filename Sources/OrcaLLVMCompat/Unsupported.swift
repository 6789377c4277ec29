// Unsupported.swift — the functions of LLVM 14's ORC C API that Orca does not provide: custom
// materialization units and responsibilities, lazy re-exports, indirect stubs and lazy
// call-through managers, transform layers, object dumping. They are exported anyway, so that a
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

@_cdecl("LLVMOrcCreateCustomMaterializationUnit")
public func unsupportedCreateCustomMaterializationUnit() { unsupported("LLVMOrcCreateCustomMaterializationUnit") }

@_cdecl("LLVMOrcLazyReexports")
public func unsupportedLazyReexports() { unsupported("LLVMOrcLazyReexports") }

@_cdecl("LLVMOrcDisposeMaterializationResponsibility")
public func unsupportedDisposeMaterializationResponsibility() { unsupported("LLVMOrcDisposeMaterializationResponsibility") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetTargetDylib")
public func unsupportedMaterializationResponsibilityGetTargetDylib() { unsupported("LLVMOrcMaterializationResponsibilityGetTargetDylib") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetExecutionSession")
public func unsupportedMaterializationResponsibilityGetExecutionSession() { unsupported("LLVMOrcMaterializationResponsibilityGetExecutionSession") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetSymbols")
public func unsupportedMaterializationResponsibilityGetSymbols() { unsupported("LLVMOrcMaterializationResponsibilityGetSymbols") }

@_cdecl("LLVMOrcDisposeCSymbolFlagsMap")
public func unsupportedDisposeCSymbolFlagsMap() { unsupported("LLVMOrcDisposeCSymbolFlagsMap") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetInitializerSymbol")
public func unsupportedMaterializationResponsibilityGetInitializerSymbol() { unsupported("LLVMOrcMaterializationResponsibilityGetInitializerSymbol") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetRequestedSymbols")
public func unsupportedMaterializationResponsibilityGetRequestedSymbols() { unsupported("LLVMOrcMaterializationResponsibilityGetRequestedSymbols") }

@_cdecl("LLVMOrcDisposeSymbols")
public func unsupportedDisposeSymbols() { unsupported("LLVMOrcDisposeSymbols") }

@_cdecl("LLVMOrcMaterializationResponsibilityFailMaterialization")
public func unsupportedMaterializationResponsibilityFailMaterialization() { unsupported("LLVMOrcMaterializationResponsibilityFailMaterialization") }

@_cdecl("LLVMOrcMaterializationResponsibilityAddDependencies")
public func unsupportedMaterializationResponsibilityAddDependencies() { unsupported("LLVMOrcMaterializationResponsibilityAddDependencies") }

@_cdecl("LLVMOrcMaterializationResponsibilityAddDependenciesForAll")
public func unsupportedMaterializationResponsibilityAddDependenciesForAll() { unsupported("LLVMOrcMaterializationResponsibilityAddDependenciesForAll") }

@_cdecl("LLVMOrcObjectLayerEmit")
public func unsupportedObjectLayerEmit() { unsupported("LLVMOrcObjectLayerEmit") }

@_cdecl("LLVMOrcIRTransformLayerEmit")
public func unsupportedIRTransformLayerEmit() { unsupported("LLVMOrcIRTransformLayerEmit") }

@_cdecl("LLVMOrcIRTransformLayerSetTransform")
public func unsupportedIRTransformLayerSetTransform() { unsupported("LLVMOrcIRTransformLayerSetTransform") }

@_cdecl("LLVMOrcObjectTransformLayerSetTransform")
public func unsupportedObjectTransformLayerSetTransform() { unsupported("LLVMOrcObjectTransformLayerSetTransform") }

@_cdecl("LLVMOrcCreateLocalIndirectStubsManager")
public func unsupportedCreateLocalIndirectStubsManager() { unsupported("LLVMOrcCreateLocalIndirectStubsManager") }

@_cdecl("LLVMOrcDisposeIndirectStubsManager")
public func unsupportedDisposeIndirectStubsManager() { unsupported("LLVMOrcDisposeIndirectStubsManager") }

@_cdecl("LLVMOrcDisposeLazyCallThroughManager")
public func unsupportedDisposeLazyCallThroughManager() { unsupported("LLVMOrcDisposeLazyCallThroughManager") }

@_cdecl("LLVMOrcCreateDumpObjects")
public func unsupportedCreateDumpObjects() { unsupported("LLVMOrcCreateDumpObjects") }

@_cdecl("LLVMOrcDisposeDumpObjects")
public func unsupportedDisposeDumpObjects() { unsupported("LLVMOrcDisposeDumpObjects") }

@_cdecl("LLVMOrcLLJITGetObjTransformLayer")
public func unsupportedLLJITGetObjTransformLayer() { unsupported("LLVMOrcLLJITGetObjTransformLayer") }

@_cdecl("LLVMOrcLLJITGetIRTransformLayer")
public func unsupportedLLJITGetIRTransformLayer() { unsupported("LLVMOrcLLJITGetIRTransformLayer") }

@_cdecl("LLVMOrcMaterializationResponsibilityNotifyResolved")
public func unsupportedMaterializationResponsibilityNotifyResolved() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityNotifyResolved") }

@_cdecl("LLVMOrcMaterializationResponsibilityNotifyEmitted")
public func unsupportedMaterializationResponsibilityNotifyEmitted() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityNotifyEmitted") }

@_cdecl("LLVMOrcMaterializationResponsibilityDefineMaterializing")
public func unsupportedMaterializationResponsibilityDefineMaterializing() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityDefineMaterializing") }

@_cdecl("LLVMOrcMaterializationResponsibilityReplace")
public func unsupportedMaterializationResponsibilityReplace() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityReplace") }

@_cdecl("LLVMOrcMaterializationResponsibilityDelegate")
public func unsupportedMaterializationResponsibilityDelegate() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityDelegate") }

@_cdecl("LLVMOrcCreateLocalLazyCallThroughManager")
public func unsupportedCreateLocalLazyCallThroughManager() -> LLVMErrorRef? { unsupportedError("LLVMOrcCreateLocalLazyCallThroughManager") }

@_cdecl("LLVMOrcDumpObjects_CallOperator")
public func unsupportedDumpObjectsCallOperator() -> LLVMErrorRef? { unsupportedError("LLVMOrcDumpObjects_CallOperator") }
