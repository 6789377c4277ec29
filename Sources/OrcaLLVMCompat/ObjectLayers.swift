// ObjectLayers.swift — object linking layers through the C API. Where LLVM makes a RuntimeDyld
// layer, Orca makes its own ObjectLinkingLayer.

import CLLVM
import OrcaCore
import OrcaLink

/// What an `LLVMOrcObjectLayerRef` stands for.
final class CompatObjectLayer {
    let layer: ObjectLinkingLayer
    /// JIT event listeners the host registered (GDB, perf). Orca accepts them but does not notify
    /// them: JIT'd code is not announced to debuggers or profilers through them.
    var eventListeners: [OpaquePointer] = []

    init(layer: ObjectLinkingLayer) { self.layer = layer }
}

/// The bytes of a memory buffer the C API hands over, which is then disposed of.
func takeBuffer(_ buffer: LLVMMemoryBufferRef?) -> ObjectFile {
    guard let buffer else { return ObjectFile(name: "object", bytes: []) }
    defer { LLVMDisposeMemoryBuffer(buffer) }
    let bytes = [UInt8](UnsafeRawBufferPointer(start: LLVMGetBufferStart(buffer), count: LLVMGetBufferSize(buffer)))
    return ObjectFile(name: "object", bytes: bytes)
}

/// LLVM 14's `LLVMOrcCreateRTDyldObjectLinkingLayerWithSectionMemoryManager` (llvm-c/OrcEE.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateRTDyldObjectLinkingLayerWithSectionMemoryManager")
public func createRTDyldObjectLinkingLayerWithSectionMemoryManager(_ session: LLVMOrcExecutionSessionRef?) -> LLVMOrcObjectLayerRef? {
    let compat = Handle.object(session, as: CompatSession.self)
    guard let layer = try? ObjectLinkingLayer(session: compat.session) else { return nil }
    return Handle.retained(CompatObjectLayer(layer: layer))
}

/// LLVM 14's `LLVMOrcRTDyldObjectLinkingLayerRegisterJITEventListener` (llvm-c/OrcEE.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcRTDyldObjectLinkingLayerRegisterJITEventListener")
public func rtDyldObjectLinkingLayerRegisterJITEventListener(_ layer: LLVMOrcObjectLayerRef?, _ listener: LLVMJITEventListenerRef?) {
    guard let listener else { return }
    Handle.object(layer, as: CompatObjectLayer.self).eventListeners.append(listener)
}

/// LLVM 14's `LLVMOrcObjectLayerAddObjectFile` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcObjectLayerAddObjectFile")
public func objectLayerAddObjectFile(_ layer: LLVMOrcObjectLayerRef?, _ jitDylib: LLVMOrcJITDylibRef?, _ buffer: LLVMMemoryBufferRef?) -> LLVMErrorRef? {
    let object = takeBuffer(buffer)
    return catchingLLVMError { try Handle.object(layer, as: CompatObjectLayer.self).layer.add(object, to: Handle.object(jitDylib)) }
}

/// LLVM 14's `LLVMOrcObjectLayerAddObjectFileWithRT` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcObjectLayerAddObjectFileWithRT")
public func objectLayerAddObjectFileWithRT(
    _ layer: LLVMOrcObjectLayerRef?, _ tracker: LLVMOrcResourceTrackerRef?, _ buffer: LLVMMemoryBufferRef?
) -> LLVMErrorRef? {
    let object = takeBuffer(buffer)
    let tracker = Handle.object(tracker, as: ResourceTracker.self)
    return catchingLLVMError {
        try Handle.object(layer, as: CompatObjectLayer.self).layer.add(object, to: tracker.jitDylib, tracker: tracker)
    }
}

/// LLVM 14's `LLVMOrcObjectLayerEmit` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules: the
/// object is linked for the responsibility, and both are taken over.
@_cdecl("LLVMOrcObjectLayerEmit")
public func objectLayerEmit(
    _ layer: LLVMOrcObjectLayerRef?, _ responsibility: LLVMOrcMaterializationResponsibilityRef?, _ buffer: LLVMMemoryBufferRef?
) {
    let compat = Handle.take(responsibility, as: CompatResponsibility.self)
    Handle.object(layer, as: CompatObjectLayer.self).layer.emit(takeBuffer(buffer), for: compat.responsibility)
}

/// LLVM 14's `LLVMOrcDisposeObjectLayer` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeObjectLayer")
public func disposeObjectLayer(_ layer: LLVMOrcObjectLayerRef?) {
    Handle.release(layer)
}
