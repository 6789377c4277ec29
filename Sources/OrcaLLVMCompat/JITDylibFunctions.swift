// JITDylibFunctions.swift — JITDylibs and resource trackers through the C API.

import CLLVM
import OrcaCore

@_cdecl("LLVMOrcJITDylibCreateResourceTracker")
public func jitDylibCreateResourceTracker(_ jitDylib: LLVMOrcJITDylibRef?) -> LLVMOrcResourceTrackerRef? {
    Handle.retained(Handle.object(jitDylib, as: JITDylib.self).createResourceTracker())
}

@_cdecl("LLVMOrcJITDylibGetDefaultResourceTracker")
public func jitDylibGetDefaultResourceTracker(_ jitDylib: LLVMOrcJITDylibRef?) -> LLVMOrcResourceTrackerRef? {
    Handle.retained(Handle.object(jitDylib, as: JITDylib.self).defaultResourceTracker)
}

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

@_cdecl("LLVMOrcJITDylibClear")
public func jitDylibClear(_ jitDylib: LLVMOrcJITDylibRef?) -> LLVMErrorRef? {
    catchingLLVMError { try Handle.object(jitDylib, as: JITDylib.self).clear() }
}

@_cdecl("LLVMOrcJITDylibAddGenerator")
public func jitDylibAddGenerator(_ jitDylib: LLVMOrcJITDylibRef?, _ generator: LLVMOrcDefinitionGeneratorRef?) {
    let generator = Handle.take(generator, as: AnyObject.self) as! any DefinitionGenerator
    Handle.object(jitDylib, as: JITDylib.self).addGenerator(generator)
}

@_cdecl("LLVMOrcReleaseResourceTracker")
public func releaseResourceTracker(_ tracker: LLVMOrcResourceTrackerRef?) {
    Handle.release(tracker)
}

@_cdecl("LLVMOrcResourceTrackerTransferTo")
public func resourceTrackerTransferTo(_ source: LLVMOrcResourceTrackerRef?, _ destination: LLVMOrcResourceTrackerRef?) {
    let source = Handle.object(source, as: ResourceTracker.self)
    do {
        try source.transfer(to: Handle.object(destination, as: ResourceTracker.self))
    } catch {
        source.jitDylib.session?.reportError(error)
    }
}

@_cdecl("LLVMOrcResourceTrackerRemove")
public func resourceTrackerRemove(_ tracker: LLVMOrcResourceTrackerRef?) -> LLVMErrorRef? {
    let tracker = Handle.object(tracker, as: ResourceTracker.self)
    let result = catchingLLVMError { try tracker.remove() }
    CompatStatistics.trackerRemoved(succeeded: result == nil)
    return result
}
