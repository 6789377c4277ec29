// ThreadSafeContext.swift — an LLVMContext with the lock that guards it.

import CLLVM
import OrcaCore

/// An `LLVMContext` and its lock (ORC's ThreadSafeContext). LLVM contexts are not thread-safe, so
/// a context and everything in it — modules, types, values — is touched only inside
/// `withContext(_:)`. Modules may share a context (they are then compiled one at a time) or have
/// one each (compiled in parallel). The context is disposed of when the last module and the
/// last reference to it are gone.
public final class ThreadSafeContext: @unchecked Sendable {
    // Invariant: `context` is used only while `lock` is held, and (if owned) disposed of in
    // deinit, when no ThreadSafeModule (each holds a reference to its context) can use it any
    // more.
    private let lock = Locked(())
    private nonisolated(unsafe) let context: LLVMContextRef
    private let ownsContext: Bool

    /// A new, empty LLVM context.
    public init() {
        context = LLVMContextCreate()
        ownsContext = true
    }

    /// Guards an LLVM context someone else owns and disposes of (after every module of it is
    /// gone): for C hosts whose modules live in a context of their own.
    package init(borrowing context: LLVMContextRef) {
        self.context = context
        ownsContext = false
    }

    /// The context, without its lock: for the C API's LLVMOrcThreadSafeContextGetContext, whose
    /// callers take on the locking themselves.
    package var unguardedContext: LLVMContextRef { context }

    /// Whether `context` is the LLVMContext this object guards (a comparison of identities: the context
    /// itself is not touched, so no lock is needed).
    func guards(_ context: LLVMContextRef?) -> Bool { context == self.context }

    /// Runs `body` with the context, holding its lock. `body` must not let the context or
    /// anything in it escape, and must not call back into Orca with a module of this context.
    public func withContext<T, Failure: Error>(_ body: (LLVMContextRef) throws(Failure) -> T) throws(Failure) -> T {
        try lock.withLock { (_: inout Void) throws(Failure) -> T in try body(context) }
    }

    deinit {
        if ownsContext { LLVMContextDispose(context) }
    }
}
