// ThreadSafeModule.swift — an LLVM module together with the context that guards it.

import CLLVM
import OrcaCore

/// An LLVM module and its `ThreadSafeContext` (ORC's ThreadSafeModule): the module is touched
/// only with its context's lock held. Adding it to a JIT hands it over: it is compiled once and
/// then disposed of, and a second add fails with `LLVMError.moduleConsumed`. A module never added
/// is disposed of with this object.
public final class ThreadSafeModule: @unchecked Sendable {
    // Invariant: `module` and `cacheKey` are read and written only while the context's lock is
    // held (through `context.withContext`).
    private nonisolated(unsafe) var module: LLVMModuleRef?
    private nonisolated(unsafe) var storedCacheKey: ObjectCache.Key?
    /// The context the module lives in.
    public let context: ThreadSafeContext
    /// The module's identifier (for error messages and object names).
    public let name: String

    /// Takes ownership of `module`, which must have been created in `context`'s LLVMContext.
    /// May be called inside `context.withContext` (where modules are built); the caller must not
    /// use the module afterwards except through this object.
    ///
    /// - Throws: `LLVMError.foreignContext` if it belongs to another context (which this
    ///   context's lock would not guard); the module is then not taken.
    public init(module: LLVMModuleRef, context: ThreadSafeContext) throws(LLVMError) {
        var length = 0
        let identifier = LLVMGetModuleIdentifier(module, &length).map { String(cString: $0) } ?? "module"
        guard context.guards(LLVMGetModuleContext(module)) else { throw LLVMError.foreignContext(module: identifier) }
        self.module = module
        self.context = context
        name = identifier
    }

    /// Parses textual IR (`.ll`) or bitcode (`.bc`, recognized by its magic number) into a new
    /// module named `name` in `context` (a new context by default).
    ///
    /// - Throws: `LLVMError.unreadableIR` with LLVM's message (line and column for text).
    public convenience init(parsing bytes: [UInt8], name: String, context: ThreadSafeContext = ThreadSafeContext()) throws(LLVMError) {
        let module = try context.withContext { (llvmContext) throws(LLVMError) -> LLVMModuleRef in
            // LLVM takes ownership of the buffer (a copy, NUL-terminated as its lexer needs).
            let buffer = bytes.withUnsafeBufferPointer { LLVMCreateMemoryBufferWithMemoryRangeCopy($0.baseAddress, $0.count, name) }
            var module: LLVMModuleRef?
            var message: UnsafeMutablePointer<CChar>?
            guard LLVMParseIRInContext(llvmContext, buffer, &module, &message) == 0, let module else {
                throw LLVMError.unreadableIR(module: name, message: LLVMMessage.take(message))
            }
            return module
        }
        try self.init(module: module, context: context)
    }

    /// Parses textual IR into a new module named `name` in `context` (a new context by default).
    ///
    /// - Throws: `LLVMError.unreadableIR` with LLVM's message.
    public convenience init(parsingIR text: String, name: String = "module", context: ThreadSafeContext = ThreadSafeContext()) throws(LLVMError) {
        try self.init(parsing: Array(text.utf8), name: name, context: context)
    }

    /// Runs `body` with the module, holding its context's lock. `body` must not keep the module.
    ///
    /// - Throws: `LLVMError.moduleConsumed` if the module was handed to a JIT; else what `body`
    ///   throws.
    public func withModule<T>(_ body: (LLVMModuleRef) throws -> T) throws -> T {
        try context.withContext { _ in
            guard let module else { throw LLVMError.moduleConsumed(module: name) }
            return try body(module)
        }
    }

    /// The module as bitcode.
    ///
    /// - Throws: `LLVMError.moduleConsumed` if the module was handed to a JIT.
    public func bitcode() throws -> [UInt8] {
        try withModule { Self.bitcode(of: $0) }
    }

    /// `module` as bitcode (the caller holds its context's lock).
    static func bitcode(of module: LLVMModuleRef) -> [UInt8] {
        let buffer = LLVMWriteBitcodeToMemoryBuffer(module)
        defer { LLVMDisposeMemoryBuffer(buffer) }
        return [UInt8](UnsafeRawBufferPointer(start: LLVMGetBufferStart(buffer), count: LLVMGetBufferSize(buffer)))
    }

    /// Disposes of the module now; it counts as handed over (`LLVMError.moduleConsumed` for
    /// later uses). Does nothing if it was handed over already.
    public func dispose() {
        context.withContext { _ in
            if let module { LLVMDisposeModule(module) }
            module = nil
        }
    }

    /// Runs `body` with the module and then disposes of it (under the context's lock), whether
    /// `body` succeeds or not.
    func consume<T>(_ body: (LLVMModuleRef, ObjectCache.Key?) throws -> T) throws -> T {
        try context.withContext { _ in
            guard let module else { throw LLVMError.moduleConsumed(module: name) }
            defer {
                LLVMDisposeModule(module)
                self.module = nil
            }
            return try body(module, storedCacheKey)
        }
    }

    /// Marks the module as handed over to a unit (`LLVMError.moduleConsumed` for anyone else
    /// adding it), recording the object-cache key its object is to be stored under. Runs
    /// `body` with the module first, all under the lock; nothing is marked if `body` throws.
    func claim<T>(cacheKey: ObjectCache.Key?, _ body: (LLVMModuleRef) throws -> T) throws -> (T, ThreadSafeModule) {
        try context.withContext { _ in
            guard let module else { throw LLVMError.moduleConsumed(module: name) }
            let result = try body(module)
            self.module = nil
            return (result, ThreadSafeModule(claimed: module, context: context, name: name, cacheKey: cacheKey))
        }
    }

    /// Takes the module back from `claimed` (made by `claim`), when handing it over failed.
    func restore(from claimed: ThreadSafeModule) {
        context.withContext { _ in
            module = claimed.module
            claimed.module = nil
        }
    }

    private init(claimed module: LLVMModuleRef, context: ThreadSafeContext, name: String, cacheKey: ObjectCache.Key?) {
        self.module = module
        self.context = context
        self.name = name
        storedCacheKey = cacheKey
    }

    deinit {
        if let module {
            context.withContext { _ in LLVMDisposeModule(module) }
        }
    }
}
