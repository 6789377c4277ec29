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
func unsupportedCreateCustomMaterializationUnit() { unsupported("LLVMOrcCreateCustomMaterializationUnit") }

@_cdecl("LLVMOrcLazyReexports")
func unsupportedLazyReexports() { unsupported("LLVMOrcLazyReexports") }

@_cdecl("LLVMOrcDisposeMaterializationResponsibility")
func unsupportedDisposeMaterializationResponsibility() { unsupported("LLVMOrcDisposeMaterializationResponsibility") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetTargetDylib")
func unsupportedMaterializationResponsibilityGetTargetDylib() { unsupported("LLVMOrcMaterializationResponsibilityGetTargetDylib") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetExecutionSession")
func unsupportedMaterializationResponsibilityGetExecutionSession() { unsupported("LLVMOrcMaterializationResponsibilityGetExecutionSession") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetSymbols")
func unsupportedMaterializationResponsibilityGetSymbols() { unsupported("LLVMOrcMaterializationResponsibilityGetSymbols") }

@_cdecl("LLVMOrcDisposeCSymbolFlagsMap")
func unsupportedDisposeCSymbolFlagsMap() { unsupported("LLVMOrcDisposeCSymbolFlagsMap") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetInitializerSymbol")
func unsupportedMaterializationResponsibilityGetInitializerSymbol() { unsupported("LLVMOrcMaterializationResponsibilityGetInitializerSymbol") }

@_cdecl("LLVMOrcMaterializationResponsibilityGetRequestedSymbols")
func unsupportedMaterializationResponsibilityGetRequestedSymbols() { unsupported("LLVMOrcMaterializationResponsibilityGetRequestedSymbols") }

@_cdecl("LLVMOrcDisposeSymbols")
func unsupportedDisposeSymbols() { unsupported("LLVMOrcDisposeSymbols") }

@_cdecl("LLVMOrcMaterializationResponsibilityFailMaterialization")
func unsupportedMaterializationResponsibilityFailMaterialization() { unsupported("LLVMOrcMaterializationResponsibilityFailMaterialization") }

@_cdecl("LLVMOrcMaterializationResponsibilityAddDependencies")
func unsupportedMaterializationResponsibilityAddDependencies() { unsupported("LLVMOrcMaterializationResponsibilityAddDependencies") }

@_cdecl("LLVMOrcMaterializationResponsibilityAddDependenciesForAll")
func unsupportedMaterializationResponsibilityAddDependenciesForAll() { unsupported("LLVMOrcMaterializationResponsibilityAddDependenciesForAll") }

@_cdecl("LLVMOrcObjectLayerEmit")
func unsupportedObjectLayerEmit() { unsupported("LLVMOrcObjectLayerEmit") }

@_cdecl("LLVMOrcIRTransformLayerEmit")
func unsupportedIRTransformLayerEmit() { unsupported("LLVMOrcIRTransformLayerEmit") }

@_cdecl("LLVMOrcIRTransformLayerSetTransform")
func unsupportedIRTransformLayerSetTransform() { unsupported("LLVMOrcIRTransformLayerSetTransform") }

@_cdecl("LLVMOrcObjectTransformLayerSetTransform")
func unsupportedObjectTransformLayerSetTransform() { unsupported("LLVMOrcObjectTransformLayerSetTransform") }

@_cdecl("LLVMOrcCreateLocalIndirectStubsManager")
func unsupportedCreateLocalIndirectStubsManager() { unsupported("LLVMOrcCreateLocalIndirectStubsManager") }

@_cdecl("LLVMOrcDisposeIndirectStubsManager")
func unsupportedDisposeIndirectStubsManager() { unsupported("LLVMOrcDisposeIndirectStubsManager") }

@_cdecl("LLVMOrcDisposeLazyCallThroughManager")
func unsupportedDisposeLazyCallThroughManager() { unsupported("LLVMOrcDisposeLazyCallThroughManager") }

@_cdecl("LLVMOrcCreateDumpObjects")
func unsupportedCreateDumpObjects() { unsupported("LLVMOrcCreateDumpObjects") }

@_cdecl("LLVMOrcDisposeDumpObjects")
func unsupportedDisposeDumpObjects() { unsupported("LLVMOrcDisposeDumpObjects") }

@_cdecl("LLVMOrcLLJITGetObjTransformLayer")
func unsupportedLLJITGetObjTransformLayer() { unsupported("LLVMOrcLLJITGetObjTransformLayer") }

@_cdecl("LLVMOrcLLJITGetIRTransformLayer")
func unsupportedLLJITGetIRTransformLayer() { unsupported("LLVMOrcLLJITGetIRTransformLayer") }

@_cdecl("LLVMOrcMaterializationResponsibilityNotifyResolved")
func unsupportedMaterializationResponsibilityNotifyResolved() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityNotifyResolved") }

@_cdecl("LLVMOrcMaterializationResponsibilityNotifyEmitted")
func unsupportedMaterializationResponsibilityNotifyEmitted() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityNotifyEmitted") }

@_cdecl("LLVMOrcMaterializationResponsibilityDefineMaterializing")
func unsupportedMaterializationResponsibilityDefineMaterializing() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityDefineMaterializing") }

@_cdecl("LLVMOrcMaterializationResponsibilityReplace")
func unsupportedMaterializationResponsibilityReplace() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityReplace") }

@_cdecl("LLVMOrcMaterializationResponsibilityDelegate")
func unsupportedMaterializationResponsibilityDelegate() -> LLVMErrorRef? { unsupportedError("LLVMOrcMaterializationResponsibilityDelegate") }

@_cdecl("LLVMOrcCreateLocalLazyCallThroughManager")
func unsupportedCreateLocalLazyCallThroughManager() -> LLVMErrorRef? { unsupportedError("LLVMOrcCreateLocalLazyCallThroughManager") }

@_cdecl("LLVMOrcDumpObjects_CallOperator")
func unsupportedDumpObjectsCallOperator() -> LLVMErrorRef? { unsupportedError("LLVMOrcDumpObjects_CallOperator") }
