// JITDylibFunctions.swift — JITDylibs and resource trackers through the C API.

import CLLVM
import OrcaCore

/// LLVM 14's `LLVMOrcJITDylibCreateResourceTracker` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcJITDylibCreateResourceTracker")
public func jitDylibCreateResourceTracker(_ jitDylib: LLVMOrcJITDylibRef?) -> LLVMOrcResourceTrackerRef? {
    Handle.retained(Handle.object(jitDylib, as: JITDylib.self).createResourceTracker())
}

/// LLVM 14's `LLVMOrcJITDylibGetDefaultResourceTracker` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcJITDylibGetDefaultResourceTracker")
public func jitDylibGetDefaultResourceTracker(_ jitDylib: LLVMOrcJITDylibRef?) -> LLVMOrcResourceTrackerRef? {
    Handle.retained(Handle.object(jitDylib, as: JITDylib.self).defaultResourceTracker)
}

/// LLVM 14's `LLVMOrcJITDylibDefine` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcJITDylibDefine")
public func jitDylibDefine(_ jitDylib: LLVMOrcJITDylibRef?, _ unit: LLVMOrcMaterializationUnitRef?) -> LLVMErrorRef? {
    let box = Handle.object(unit, as: UnitBox.self)
    do {
        try Handle.object(jitDylib, as: JITDylib.self).define(box.unit)
    } catch {
        return llvmError(error)   // the caller keeps the unit
    }
    Handle.release(unit)   // the JITDylib took it
    return nil
}

/// LLVM 14's `LLVMOrcJITDylibClear` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcJITDylibClear")
public func jitDylibClear(_ jitDylib: LLVMOrcJITDylibRef?) -> LLVMErrorRef? {
    catchingLLVMError { try Handle.object(jitDylib, as: JITDylib.self).clear() }
}

/// LLVM 14's `LLVMOrcJITDylibAddGenerator` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcJITDylibAddGenerator")
public func jitDylibAddGenerator(_ jitDylib: LLVMOrcJITDylibRef?, _ generator: LLVMOrcDefinitionGeneratorRef?) {
    let generator = Handle.take(generator, as: AnyObject.self) as! any DefinitionGenerator
    Handle.object(jitDylib, as: JITDylib.self).addGenerator(generator)
}

/// LLVM 14's `LLVMOrcReleaseResourceTracker` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcReleaseResourceTracker")
public func releaseResourceTracker(_ tracker: LLVMOrcResourceTrackerRef?) {
    Handle.release(tracker)
}

/// LLVM 14's `LLVMOrcResourceTrackerTransferTo` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcResourceTrackerTransferTo")
public func resourceTrackerTransferTo(_ source: LLVMOrcResourceTrackerRef?, _ destination: LLVMOrcResourceTrackerRef?) {
    let source = Handle.object(source, as: ResourceTracker.self)
    do {
        try source.transfer(to: Handle.object(destination, as: ResourceTracker.self))
    } catch {
        source.jitDylib.session?.reportError(error)
    }
}

/// LLVM 14's `LLVMOrcResourceTrackerRemove` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcResourceTrackerRemove")
public func resourceTrackerRemove(_ tracker: LLVMOrcResourceTrackerRef?) -> LLVMErrorRef? {
    let tracker = Handle.object(tracker, as: ResourceTracker.self)
    let result = catchingLLVMError { try tracker.remove() }
    CompatStatistics.trackerRemoved(succeeded: result == nil)
    return result
}
