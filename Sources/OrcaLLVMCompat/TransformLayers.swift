// TransformLayers.swift — LLJIT's IR transform layer through the C API: a host's function that
// may change (or replace) each module before it is compiled, on the thread that materializes it.

import CLLVM
import OrcaCore
import OrcaLLVM
import OrcaLink

/// What an `LLVMOrcIRTransformLayerRef` stands for: the layer every module an LLJIT is given goes
/// through, applying the host's transform (none until one is set) before compiling.
final class CompatIRTransformLayer: IRLayer, @unchecked Sendable {
    // Invariant: `transform` is read and written only under `lock`.
    private let lock = Locked(())
    private nonisolated(unsafe) var transform: (function: LLVMOrcIRTransformLayerTransformFunction, context: HostContext)?
    let base: IRCompileLayer

    var objectLayer: ObjectLinkingLayer { base.objectLayer }
    var compiler: IRCompiler { base.compiler }

    init(base: IRCompileLayer) { self.base = base }

    func setTransform(_ function: LLVMOrcIRTransformLayerTransformFunction?, context: UnsafeMutableRawPointer?) {
        lock.withLock { _ in transform = function.map { ($0, HostContext(pointer: context)) } }
    }

    func emit(_ responsibility: MaterializationResponsibility, module: ThreadSafeModule, slot: ObjectSlot) {
        guard let transform = lock.withLock({ _ in transform }) else { return base.emit(responsibility, module: module, slot: slot) }
        // The host gets the module as a reference it may replace, and the responsibility on loan.
        var moduleReference: LLVMOrcThreadSafeModuleRef? = Handle.retained(module)
        let borrowed = Handle.retained(CompatResponsibility(responsibility, initializer: slot.initializer))
        let error = transform.function(transform.context.pointer, &moduleReference, borrowed)
        Handle.release(borrowed)
        let transformed = Handle.take(moduleReference, as: ThreadSafeModule.self)
        if let error {
            let message = LLVMGetErrorMessage(error)
            defer { LLVMDisposeErrorMessage(message) }
            responsibility.failMaterialization(CompatError(description: message.map { String(cString: $0) } ?? "IR transform failed"))
            return
        }
        base.emit(responsibility, module: transformed, slot: slot)
    }
}

/// LLVM 14's `LLVMOrcLLJITGetIRTransformLayer` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITGetIRTransformLayer")
public func llJITGetIRTransformLayer(_ jit: LLVMOrcLLJITRef?) -> LLVMOrcIRTransformLayerRef? {
    Handle.borrowed(Handle.object(jit, as: CompatLLJIT.self).transformLayer)
}

/// LLVM 14's `LLVMOrcIRTransformLayerSetTransform` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcIRTransformLayerSetTransform")
public func irTransformLayerSetTransform(
    _ layer: LLVMOrcIRTransformLayerRef?, _ function: LLVMOrcIRTransformLayerTransformFunction?, _ context: UnsafeMutableRawPointer?
) {
    Handle.object(layer, as: CompatIRTransformLayer.self).setTransform(function, context: context)
}
