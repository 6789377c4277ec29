// Generators.swift — definition generators made through the C API: the host process, a shared
// library, a static archive, and a host's own callback.

import CLLVM
import OrcaCore
import OrcaLink

/// A generator calling a C host's function (LLVMOrcCreateCustomCAPIDefinitionGenerator). The
/// function sees the names as pool entries it may retain, and usually defines some of them in
/// the JITDylib it is given.
final class CAPIDefinitionGenerator: DefinitionGenerator {
    let function: LLVMOrcCAPIDefinitionGeneratorTryToGenerateFunction
    let context: HostContext

    init(function: LLVMOrcCAPIDefinitionGeneratorTryToGenerateFunction, context: HostContext) {
        self.function = function
        self.context = context
    }

    func tryToGenerate(_ kind: LookupKind, jitDylib: JITDylib, flags: JITDylibLookupFlags, names: SymbolLookupSet) throws {
        guard let pool = CompatSession.of(jitDylib.session)?.pool else { return }
        var elements = names.entries.map { name, lookupFlags in
            LLVMOrcCLookupSetElement(
                Name: pool.retainedEntry(name),
                LookupFlags: lookupFlags == .requiredSymbol ? LLVMOrcSymbolLookupFlagsRequiredSymbol : LLVMOrcSymbolLookupFlagsWeaklyReferencedSymbol)
        }
        defer { for element in elements { releaseSymbolStringPoolEntry(element.Name) } }
        var lookupState: LLVMOrcLookupStateRef?
        let error = elements.withUnsafeMutableBufferPointer { buffer in
            function(Handle.borrowed(self), context.pointer, &lookupState, kind == .staticLookup ? LLVMOrcLookupKindStatic : LLVMOrcLookupKindDLSym,
                     Handle.borrowed(jitDylib),
                     flags == .matchAllSymbols ? LLVMOrcJITDylibLookupFlagsMatchAllSymbols : LLVMOrcJITDylibLookupFlagsMatchExportedSymbolsOnly,
                     buffer.baseAddress, buffer.count)
        }
        if let error {
            let message = LLVMGetErrorMessage(error)
            defer { LLVMDisposeErrorMessage(message) }
            throw CompatError(description: message.map { String(cString: $0) } ?? "definition generator failed")
        }
    }
}

/// A search generator with a host's symbol filter: names the filter rejects are not searched.
final class FilteredGenerator: DefinitionGenerator {
    let base: any DefinitionGenerator
    let filter: LLVMOrcSymbolPredicate
    let context: HostContext

    init(base: any DefinitionGenerator, filter: LLVMOrcSymbolPredicate, context: HostContext) {
        self.base = base
        self.filter = filter
        self.context = context
    }

    func tryToGenerate(_ kind: LookupKind, jitDylib: JITDylib, flags: JITDylibLookupFlags, names: SymbolLookupSet) throws {
        guard let pool = CompatSession.of(jitDylib.session)?.pool else { return }
        var allowed = SymbolLookupSet([])
        for (name, lookupFlags) in names.entries {
            let entry = pool.retainedEntry(name)
            if filter(context.pointer, entry) != 0 { allowed.add(name, flags: lookupFlags) }
            releaseSymbolStringPoolEntry(entry)
        }
        if !allowed.isEmpty { try base.tryToGenerate(kind, jitDylib: jitDylib, flags: flags, names: allowed) }
    }
}

/// `generator`, behind the host's filter if it gave one, as a retained reference.
private func searchGenerator(
    _ generator: any DefinitionGenerator, _ filter: LLVMOrcSymbolPredicate?, _ context: UnsafeMutableRawPointer?
) -> LLVMOrcDefinitionGeneratorRef {
    guard let filter else { return Handle.retained(generator) }
    return Handle.retained(FilteredGenerator(base: generator, filter: filter, context: HostContext(pointer: context)))
}

/// LLVM 14's `LLVMOrcCreateCustomCAPIDefinitionGenerator` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateCustomCAPIDefinitionGenerator")
public func createCustomCAPIDefinitionGenerator(
    _ function: LLVMOrcCAPIDefinitionGeneratorTryToGenerateFunction?, _ context: UnsafeMutableRawPointer?
) -> LLVMOrcDefinitionGeneratorRef? {
    guard let function else { return nil }
    return Handle.retained(CAPIDefinitionGenerator(function: function, context: HostContext(pointer: context)))
}

/// LLVM 14's `LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess")
public func createDynamicLibrarySearchGeneratorForProcess(
    _ result: UnsafeMutablePointer<LLVMOrcDefinitionGeneratorRef?>?, _ globalPrefix: CChar,
    _ filter: LLVMOrcSymbolPredicate?, _ filterContext: UnsafeMutableRawPointer?
) -> LLVMErrorRef? {
    guard globalPrefix == 0 else { return llvmError("Orca: a global prefix is not used on ELF") }
    result?.pointee = searchGenerator(DynamicLibrarySymbols.hostProcess(), filter, filterContext)
    return nil
}

/// LLVM 14's `LLVMOrcCreateDynamicLibrarySearchGeneratorForPath` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateDynamicLibrarySearchGeneratorForPath")
public func createDynamicLibrarySearchGeneratorForPath(
    _ result: UnsafeMutablePointer<LLVMOrcDefinitionGeneratorRef?>?, _ path: UnsafePointer<CChar>?, _ globalPrefix: CChar,
    _ filter: LLVMOrcSymbolPredicate?, _ filterContext: UnsafeMutableRawPointer?
) -> LLVMErrorRef? {
    guard globalPrefix == 0 else { return llvmError("Orca: a global prefix is not used on ELF") }
    return catchingLLVMError {
        result?.pointee = searchGenerator(try DynamicLibrarySymbols.open(String(cString: path!)), filter, filterContext)
    }
}

/// LLVM 14's `LLVMOrcCreateStaticLibrarySearchGeneratorForPath` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateStaticLibrarySearchGeneratorForPath")
public func createStaticLibrarySearchGeneratorForPath(
    _ result: UnsafeMutablePointer<LLVMOrcDefinitionGeneratorRef?>?, _ objectLayer: LLVMOrcObjectLayerRef?,
    _ path: UnsafePointer<CChar>?, _ targetTriple: UnsafePointer<CChar>?
) -> LLVMErrorRef? {
    catchingLLVMError {
        let layer = Handle.object(objectLayer, as: CompatObjectLayer.self).layer
        result?.pointee = Handle.retained(try StaticArchive(path: String(cString: path!), layer: layer))
    }
}

/// LLVM 14's `LLVMOrcDisposeDefinitionGenerator` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeDefinitionGenerator")
public func disposeDefinitionGenerator(_ generator: LLVMOrcDefinitionGeneratorRef?) {
    Handle.release(generator)
}
