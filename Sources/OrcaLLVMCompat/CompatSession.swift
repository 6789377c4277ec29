// CompatSession.swift — an ExecutionSession of the C API: Orca's session, its symbol pool, and
// the error reporter a host installs.

import CLLVM
import OrcaCore

/// What an `LLVMOrcExecutionSessionRef` stands for.
final class CompatSession: Sendable {
    let session: ExecutionSession
    let pool: CompatSymbolPool

    init(session: ExecutionSession) {
        self.session = session
        pool = CompatSymbolPool(session: session)
        Self.registry.withLock { $0[ObjectIdentifier(session)] = WeakSession(compat: self) }
    }

    deinit {
        let key = ObjectIdentifier(session)
        Self.registry.withLock { $0[key] = nil }
    }

    private struct WeakSession: @unchecked Sendable {
        // Invariant: only read under the registry's lock; the entry is removed in deinit.
        weak var compat: CompatSession?
    }

    private static let registry = Locked<[ObjectIdentifier: WeakSession]>([:])

    /// The C API's view of `session` (for generators, which get only a JITDylib).
    static func of(_ session: ExecutionSession?) -> CompatSession? {
        guard let session else { return nil }
        return registry.withLock { $0[ObjectIdentifier(session)]?.compat }
    }
}

/// LLVM 14's `LLVMOrcExecutionSessionSetErrorReporter` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcExecutionSessionSetErrorReporter")
public func executionSessionSetErrorReporter(
    _ session: LLVMOrcExecutionSessionRef?, _ reporter: LLVMOrcErrorReporterFunction?, _ context: UnsafeMutableRawPointer?
) {
    let host = HostContext(pointer: context)
    Handle.object(session, as: CompatSession.self).session.errorReporter = { error in
        reporter?(host.pointer, llvmError(error))
    }
}

/// LLVM 14's `LLVMOrcExecutionSessionCreateBareJITDylib` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcExecutionSessionCreateBareJITDylib")
public func executionSessionCreateBareJITDylib(_ session: LLVMOrcExecutionSessionRef?, _ name: UnsafePointer<CChar>?) -> LLVMOrcJITDylibRef? {
    let compat = Handle.object(session, as: CompatSession.self)
    guard let jitDylib = try? compat.session.createJITDylib(named: String(cString: name!)) else { return nil }
    return Handle.borrowed(jitDylib)
}

/// LLVM 14's `LLVMOrcExecutionSessionCreateJITDylib` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcExecutionSessionCreateJITDylib")
public func executionSessionCreateJITDylib(
    _ session: LLVMOrcExecutionSessionRef?, _ result: UnsafeMutablePointer<LLVMOrcJITDylibRef?>?, _ name: UnsafePointer<CChar>?
) -> LLVMErrorRef? {
    let compat = Handle.object(session, as: CompatSession.self)
    return catchingLLVMError {
        result?.pointee = Handle.borrowed(try compat.session.createJITDylib(named: String(cString: name!)))
    }
}

/// LLVM 14's `LLVMOrcExecutionSessionGetJITDylibByName` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcExecutionSessionGetJITDylibByName")
public func executionSessionGetJITDylibByName(_ session: LLVMOrcExecutionSessionRef?, _ name: UnsafePointer<CChar>?) -> LLVMOrcJITDylibRef? {
    Handle.object(session, as: CompatSession.self).session.jitDylib(named: String(cString: name!)).map { Handle.borrowed($0) }
}
