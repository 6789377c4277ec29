// LLJIT.swift — LLVM 14's LLJIT through the C API, on Orca: a session with a main JITDylib, an
// ObjectLinkingLayer and an IRCompileLayer compiling with the host's libLLVM-14.

import CLLVM
import Glibc
import OrcaCore
import OrcaLLVM
import OrcaLink

/// What an `LLVMOrcLLJITBuilderRef` stands for.
final class CompatLLJITBuilder {
    var targetMachineBuilder: CompatTargetMachineBuilder?
    var objectLayerCreator: (function: LLVMOrcLLJITBuilderObjectLinkingLayerCreatorFunction, context: HostContext)?
}

/// What an `LLVMOrcLLJITRef` stands for. Compiles on the thread that looks a symbol up (LLJIT's
/// default: no compile threads), so it starts no threads.
final class CompatLLJIT {
    let compat: CompatSession
    let main: JITDylib
    let objectLayer: CompatObjectLayer
    let compileLayer: IRCompileLayer
    /// Where added modules go: the host's transform (if it sets one), then `compileLayer`.
    let transformLayer: CompatIRTransformLayer
    let triple: UnsafeMutablePointer<CChar>
    let dataLayout: UnsafeMutablePointer<CChar>

    init(builder: CompatLLJITBuilder) throws {
        let machine = try builder.targetMachineBuilder ?? CompatTargetMachineBuilder(triple: HostTarget.current().triple, level: .O2)
        // LLJIT does not verify modules; neither does its replacement (PostgreSQL's are large).
        let compiler = try IRCompiler(level: machine.level, verifiesModules: false)
        guard compiler.target.triple == machine.triple || machine.triple.isEmpty
            || machine.triple.split(separator: "-").first == compiler.target.triple.split(separator: "-").first
        else { throw CompatError(description: "Orca compiles for \(compiler.target.triple), not \(machine.triple)") }
        let session = ExecutionSession()
        compat = CompatSession(session: session)
        main = try session.createJITDylib(named: "main")
        if let creator = builder.objectLayerCreator {
            let made = creator.function(creator.context.pointer, Handle.borrowed(compat), machine.triple)
            guard made != nil else { throw CompatError(description: "the object linking layer creator returned no layer") }
            objectLayer = Handle.take(made, as: CompatObjectLayer.self)
        } else {
            objectLayer = CompatObjectLayer(layer: try ObjectLinkingLayer(session: session))
        }
        compileLayer = IRCompileLayer(objectLayer: objectLayer.layer, compiler: compiler)
        transformLayer = CompatIRTransformLayer(base: compileLayer)
        triple = strdup(compiler.target.triple)
        dataLayout = strdup(compiler.target.dataLayout)
        CompatStatistics.register(compileLayer)
    }

    deinit {
        free(triple)
        free(dataLayout)
    }
}

/// LLVM 14's `LLVMOrcCreateLLJITBuilder` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateLLJITBuilder")
public func createLLJITBuilder() -> LLVMOrcLLJITBuilderRef? {
    Handle.retained(CompatLLJITBuilder())
}

/// LLVM 14's `LLVMOrcDisposeLLJITBuilder` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeLLJITBuilder")
public func disposeLLJITBuilder(_ builder: LLVMOrcLLJITBuilderRef?) {
    Handle.release(builder)
}

/// LLVM 14's `LLVMOrcLLJITBuilderSetJITTargetMachineBuilder` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITBuilderSetJITTargetMachineBuilder")
public func llJITBuilderSetJITTargetMachineBuilder(_ builder: LLVMOrcLLJITBuilderRef?, _ machine: LLVMOrcJITTargetMachineBuilderRef?) {
    Handle.object(builder, as: CompatLLJITBuilder.self).targetMachineBuilder = Handle.take(machine, as: CompatTargetMachineBuilder.self)
}

/// LLVM 14's `LLVMOrcLLJITBuilderSetObjectLinkingLayerCreator` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITBuilderSetObjectLinkingLayerCreator")
public func llJITBuilderSetObjectLinkingLayerCreator(
    _ builder: LLVMOrcLLJITBuilderRef?, _ function: LLVMOrcLLJITBuilderObjectLinkingLayerCreatorFunction?, _ context: UnsafeMutableRawPointer?
) {
    Handle.object(builder, as: CompatLLJITBuilder.self).objectLayerCreator = function.map { ($0, HostContext(pointer: context)) }
}

/// LLVM 14's `LLVMOrcCreateLLJIT` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateLLJIT")
public func createLLJIT(_ result: UnsafeMutablePointer<LLVMOrcLLJITRef?>?, _ builder: LLVMOrcLLJITBuilderRef?) -> LLVMErrorRef? {
    let builder = builder.map { Handle.take($0, as: CompatLLJITBuilder.self) } ?? CompatLLJITBuilder()
    return catchingLLVMError { result?.pointee = Handle.retained(try CompatLLJIT(builder: builder)) }
}

/// LLVM 14's `LLVMOrcDisposeLLJIT` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeLLJIT")
public func disposeLLJIT(_ jit: LLVMOrcLLJITRef?) -> LLVMErrorRef? {
    guard let jit else { return nil }
    let compat = Handle.object(jit, as: CompatLLJIT.self)
    let error = catchingLLVMError { try compat.compat.session.endSession() }
    CompatStatistics.retire(compat.compileLayer)
    Handle.release(jit)
    CompatStatistics.write()
    return error
}

/// LLVM 14's `LLVMOrcLLJITGetExecutionSession` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITGetExecutionSession")
public func llJITGetExecutionSession(_ jit: LLVMOrcLLJITRef?) -> LLVMOrcExecutionSessionRef? {
    Handle.borrowed(Handle.object(jit, as: CompatLLJIT.self).compat)
}

/// LLVM 14's `LLVMOrcLLJITGetMainJITDylib` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITGetMainJITDylib")
public func llJITGetMainJITDylib(_ jit: LLVMOrcLLJITRef?) -> LLVMOrcJITDylibRef? {
    Handle.borrowed(Handle.object(jit, as: CompatLLJIT.self).main)
}

/// LLVM 14's `LLVMOrcLLJITGetTripleString` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITGetTripleString")
public func llJITGetTripleString(_ jit: LLVMOrcLLJITRef?) -> UnsafePointer<CChar>? {
    UnsafePointer(Handle.object(jit, as: CompatLLJIT.self).triple)
}

/// LLVM 14's `LLVMOrcLLJITGetDataLayoutStr` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITGetDataLayoutStr")
public func llJITGetDataLayoutStr(_ jit: LLVMOrcLLJITRef?) -> UnsafePointer<CChar>? {
    UnsafePointer(Handle.object(jit, as: CompatLLJIT.self).dataLayout)
}

/// LLVM 14's `LLVMOrcLLJITGetGlobalPrefix` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITGetGlobalPrefix")
public func llJITGetGlobalPrefix(_ jit: LLVMOrcLLJITRef?) -> CChar {
    0   // ELF adds no prefix to symbol names
}

/// LLVM 14's `LLVMOrcLLJITMangleAndIntern` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITMangleAndIntern")
public func llJITMangleAndIntern(_ jit: LLVMOrcLLJITRef?, _ name: UnsafePointer<CChar>?) -> LLVMOrcSymbolStringPoolEntryRef? {
    Handle.object(jit, as: CompatLLJIT.self).compat.pool.retainedEntry(String(cString: name!))
}

/// LLVM 14's `LLVMOrcLLJITAddObjectFile` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITAddObjectFile")
public func llJITAddObjectFile(_ jit: LLVMOrcLLJITRef?, _ jitDylib: LLVMOrcJITDylibRef?, _ buffer: LLVMMemoryBufferRef?) -> LLVMErrorRef? {
    objectLayerAddObjectFile(Handle.borrowed(Handle.object(jit, as: CompatLLJIT.self).objectLayer), jitDylib, buffer)
}

/// LLVM 14's `LLVMOrcLLJITAddObjectFileWithRT` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITAddObjectFileWithRT")
public func llJITAddObjectFileWithRT(_ jit: LLVMOrcLLJITRef?, _ tracker: LLVMOrcResourceTrackerRef?, _ buffer: LLVMMemoryBufferRef?) -> LLVMErrorRef? {
    objectLayerAddObjectFileWithRT(Handle.borrowed(Handle.object(jit, as: CompatLLJIT.self).objectLayer), tracker, buffer)
}

/// LLVM 14's `LLVMOrcLLJITAddLLVMIRModule` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITAddLLVMIRModule")
public func llJITAddLLVMIRModule(_ jit: LLVMOrcLLJITRef?, _ jitDylib: LLVMOrcJITDylibRef?, _ module: LLVMOrcThreadSafeModuleRef?) -> LLVMErrorRef? {
    addModule(jit, module, to: Handle.object(jitDylib, as: JITDylib.self), tracker: nil)
}

/// LLVM 14's `LLVMOrcLLJITAddLLVMIRModuleWithRT` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITAddLLVMIRModuleWithRT")
public func llJITAddLLVMIRModuleWithRT(_ jit: LLVMOrcLLJITRef?, _ tracker: LLVMOrcResourceTrackerRef?, _ module: LLVMOrcThreadSafeModuleRef?) -> LLVMErrorRef? {
    let tracker = Handle.object(tracker, as: ResourceTracker.self)
    return addModule(jit, module, to: tracker.jitDylib, tracker: tracker)
}

/// Adds a module the C API hands over (whatever happens, the host may not use it again).
private func addModule(_ jit: LLVMOrcLLJITRef?, _ module: LLVMOrcThreadSafeModuleRef?, to jitDylib: JITDylib, tracker: ResourceTracker?) -> LLVMErrorRef? {
    let module = Handle.take(module, as: ThreadSafeModule.self)
    let result = catchingLLVMError { try Handle.object(jit, as: CompatLLJIT.self).transformLayer.add(module, to: jitDylib, tracker: tracker) }
    if result == nil { CompatStatistics.moduleAdded() }
    return result
}

/// LLVM 14's `LLVMOrcLLJITLookup` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITLookup")
public func llJITLookup(_ jit: LLVMOrcLLJITRef?, _ result: UnsafeMutablePointer<LLVMOrcExecutorAddress>?, _ name: UnsafePointer<CChar>?) -> LLVMErrorRef? {
    let jit = Handle.object(jit, as: CompatLLJIT.self)
    return catchingLLVMError {
        let session = jit.compat.session
        let symbol = session.intern(String(cString: name!))
        let found = try session.lookup(SymbolLookupSet([symbol]), searchOrder: [JITDylibSearchEntry(jit.main, .matchAllSymbols)])
        result?.pointee = found[symbol]?.address.rawValue ?? 0
    }
}

/// LLVM 14's `LLVMOrcLLJITGetObjLinkingLayer` (llvm-c/LLJIT.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcLLJITGetObjLinkingLayer")
public func llJITGetObjLinkingLayer(_ jit: LLVMOrcLLJITRef?) -> LLVMOrcObjectLayerRef? {
    Handle.borrowed(Handle.object(jit, as: CompatLLJIT.self).objectLayer)
}
