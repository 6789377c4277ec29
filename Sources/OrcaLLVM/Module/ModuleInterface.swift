// ModuleInterface.swift — the symbols a module defines, read from its IR before it is compiled.

import CLLVM
import OrcaCore

/// What a module will define once compiled: its global definitions with their flags, and whether
/// it has initializers (static constructors, or data placed in an initializer section).
struct ModuleInterface {
    var symbols: [SymbolName: SymbolFlags] = [:]
    var hasInitializers = false

    /// Reads the interface of `module` (under its context's lock). Linkage gives weakness
    /// (weak, linkonce and common definitions are weak), visibility gives exportedness (hidden
    /// symbols are not exported), and functions are callable. Local, private, appending and
    /// available_externally globals are not part of the interface.
    ///
    /// - Throws: `LLVMError.unsupported` for an ifunc, which Orca cannot link.
    init(of module: LLVMModuleRef, name: String, session: ExecutionSession) throws(LLVMError) {
        if LLVMGetFirstGlobalIFunc(module) != nil {
            throw LLVMError.unsupported(module: name, detail: "ifunc '\(Self.name(of: LLVMGetFirstGlobalIFunc(module)!))'")
        }
        var function = LLVMGetFirstFunction(module)
        while let value = function {
            add(value, callable: true, session: session)
            function = LLVMGetNextFunction(value)
        }
        var global = LLVMGetFirstGlobal(module)
        while let value = global {
            if let section = LLVMGetSection(value).map({ String(cString: $0) }),
               section.hasPrefix(".init_array") || section.hasPrefix(".preinit_array") || section.hasPrefix(".ctors") {
                hasInitializers = true
            }
            add(value, callable: false, session: session)
            global = LLVMGetNextGlobal(value)
        }
        var alias = LLVMGetFirstGlobalAlias(module)
        while let value = alias {
            add(value, callable: LLVMGetTypeKind(LLVMGlobalGetValueType(value)) == LLVMFunctionTypeKind, session: session)
            alias = LLVMGetNextGlobalAlias(value)
        }
        if LLVMGetNamedGlobal(module, "llvm.global_ctors") != nil { hasInitializers = true }
    }

    private mutating func add(_ value: LLVMValueRef, callable: Bool, session: ExecutionSession) {
        guard LLVMIsDeclaration(value) == 0 else { return }
        var flags: SymbolFlags = []
        switch LLVMGetLinkage(value) {
        case LLVMExternalLinkage:
            break
        case LLVMWeakAnyLinkage, LLVMWeakODRLinkage, LLVMLinkOnceAnyLinkage, LLVMLinkOnceODRLinkage, LLVMCommonLinkage:
            flags.insert(.weak)
        default:
            return
        }
        if LLVMGetVisibility(value) != LLVMHiddenVisibility { flags.insert(.exported) }
        if callable { flags.insert(.callable) }
        symbols[session.intern(Self.name(of: value))] = flags
    }

    /// A global's symbol name: its IR name, without the `\1` that marks a name not to mangle.
    private static func name(of value: LLVMValueRef) -> String {
        var length = 0
        guard let characters = LLVMGetValueName2(value, &length) else { return "" }
        var name = String(decoding: UnsafeRawBufferPointer(start: characters, count: length), as: UTF8.self)
        if name.hasPrefix("\u{1}") { name.removeFirst() }
        return name
    }
}
