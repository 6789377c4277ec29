// DynamicLibrarySymbols.swift — definitions from libraries the dynamic loader knows: the host
// process itself (what it links, like libc) or a shared library opened by path.

import Glibc
import OrcaCore

/// Defines requested symbols as absolute symbols at the addresses the dynamic loader gives
/// (dlsym), optionally filtered (ORC's DynamicLibrarySearchGenerator).
public final class DynamicLibrarySymbols: DefinitionGenerator {
    /// What the generator searches, for messages.
    public let name: String
    private let handle: UInt
    private let allow: @Sendable (String) -> Bool

    /// Searches the host process and every library it has loaded (dlsym with RTLD_DEFAULT).
    public static func hostProcess(allow: @escaping @Sendable (String) -> Bool = { _ in true }) -> DynamicLibrarySymbols {
        DynamicLibrarySymbols(name: "<host process>", handle: 0, allow: allow)
    }

    /// Opens the shared library at `path` (dlopen, RTLD_NOW | RTLD_GLOBAL) and searches it.
    public static func open(_ path: String, allow: @escaping @Sendable (String) -> Bool = { _ in true }) throws -> DynamicLibrarySymbols {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL) else {
            let message = dlerror().map { String(cString: $0) } ?? "unknown error"
            throw LinkError.system(call: "dlopen", errno: 0, detail: message)
        }
        return DynamicLibrarySymbols(name: path, handle: UInt(bitPattern: handle), allow: allow)
    }

    private init(name: String, handle: UInt, allow: @escaping @Sendable (String) -> Bool) {
        self.name = name
        self.handle = handle
        self.allow = allow
    }

    /// The address the dynamic loader has for `symbol`, if any.
    public func address(of symbol: String) -> ExecutorAddress? {
        guard allow(symbol), let address = dlsym(UnsafeMutableRawPointer(bitPattern: handle), symbol) else { return nil }
        return ExecutorAddress(rawValue: UInt64(UInt(bitPattern: address)))
    }

    public func tryToGenerate(_ kind: LookupKind, jitDylib: JITDylib, flags: JITDylibLookupFlags, names: SymbolLookupSet) throws {
        var found = SymbolMap()
        for (name, _) in names {
            if let address = address(of: name.string) { found[name] = ExecutorSymbol(address: address, flags: .exported) }
        }
        if !found.isEmpty { try jitDylib.define(absoluteSymbols(found)) }
    }
}
