// ThreadSafeModules.swift — thread-safe contexts and modules through the C API.

import CLLVM
import OrcaCore
import OrcaLLVM

/// Contexts that hosts own, each guarded by one shared lock: LLVM's C API lets a host wrap a
/// module of its own LLVMContext with a ThreadSafeContext of another context (PostgreSQL does),
/// and Orca then guards the module's real context instead.
enum BorrowedContexts {
    private struct WeakContext: @unchecked Sendable {
        // Invariant: only read under the table's lock.
        weak var context: ThreadSafeContext?
    }

    private static let table = Locked<[UInt: WeakContext]>([:])

    /// The guard for `context`, made on first use; it lives while modules of it do.
    static func guarding(_ context: LLVMContextRef) -> ThreadSafeContext {
        table.withLock { table in
            let key = UInt(bitPattern: UnsafeRawPointer(context))
            if let existing = table[key]?.context { return existing }
            let made = ThreadSafeContext(borrowing: context)
            table = table.filter { $0.value.context != nil }
            table[key] = WeakContext(context: made)
            return made
        }
    }
}

/// LLVM 14's `LLVMOrcCreateNewThreadSafeContext` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateNewThreadSafeContext")
public func createNewThreadSafeContext() -> LLVMOrcThreadSafeContextRef? {
    Handle.retained(ThreadSafeContext())
}

/// LLVM 14's `LLVMOrcThreadSafeContextGetContext` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcThreadSafeContextGetContext")
public func threadSafeContextGetContext(_ context: LLVMOrcThreadSafeContextRef?) -> LLVMContextRef? {
    Handle.object(context, as: ThreadSafeContext.self).unguardedContext
}

/// LLVM 14's `LLVMOrcDisposeThreadSafeContext` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeThreadSafeContext")
public func disposeThreadSafeContext(_ context: LLVMOrcThreadSafeContextRef?) {
    Handle.release(context)
}

/// LLVM 14's `LLVMOrcCreateNewThreadSafeModule` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcCreateNewThreadSafeModule")
public func createNewThreadSafeModule(_ module: LLVMModuleRef?, _ context: LLVMOrcThreadSafeContextRef?) -> LLVMOrcThreadSafeModuleRef? {
    guard let module else { return nil }
    let given = Handle.object(context, as: ThreadSafeContext.self)
    let guarding = given.unguardedContext == LLVMGetModuleContext(module) ? given : BorrowedContexts.guarding(LLVMGetModuleContext(module))
    // The module is of the guarding context by construction, so this cannot throw.
    guard let threadSafe = try? ThreadSafeModule(module: module, context: guarding) else { return nil }
    return Handle.retained(threadSafe)
}

/// LLVM 14's `LLVMOrcDisposeThreadSafeModule` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcDisposeThreadSafeModule")
public func disposeThreadSafeModule(_ module: LLVMOrcThreadSafeModuleRef?) {
    Handle.release(module)
}

/// LLVM 14's `LLVMOrcThreadSafeModuleWithModuleDo` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcThreadSafeModuleWithModuleDo")
public func threadSafeModuleWithModuleDo(
    _ module: LLVMOrcThreadSafeModuleRef?, _ function: LLVMOrcGenericIRModuleOperationFunction?, _ context: UnsafeMutableRawPointer?
) -> LLVMErrorRef? {
    do {
        return try Handle.object(module, as: ThreadSafeModule.self).withModule { function?(context, $0) }
    } catch {
        return llvmError(error)
    }
}
