// IRCompiler.swift — optimizes and compiles modules for the host, on any number of threads.

import CLLVM
import OrcaCore
import OrcaLink

/// Compiles LLVM modules to ELF objects for the host (position-independent, small code model) at
/// one code generation level, and optimizes them with LLVM's new pass manager. TargetMachines and
/// their code generation pipelines are built once and reused: each thread compiling at a given
/// moment takes one from a pool (making one the first time), so different modules compile in
/// parallel. Thread-safe.
public final class IRCompiler: Sendable {
    /// The machine compiled for.
    public let target: HostTarget
    /// The code generation level.
    public let level: OptimizationLevel
    /// Whether modules are checked with LLVM's verifier when they are added (an invalid module
    /// is then an error instead of undefined behaviour in code generation).
    public let verifiesModules: Bool
    private let idle = Locked<[CodegenWorker]>([])

    /// A compiler for the host at `level`. `verifiesModules: false` skips LLVM's verifier, as
    /// LLVM's own LLJIT does, for hosts that only add modules they built correctly.
    ///
    /// - Throws: `LLVMError.target` if LLVM cannot generate code for this machine.
    public init(level: OptimizationLevel = .O2, verifiesModules: Bool = true) throws {
        target = try HostTarget.current()
        self.level = level
        self.verifiesModules = verifiesModules
        let first = try CodegenWorker(target: target, level: level)
        idle.withLock { $0.append(first) }
    }

    /// Compiles `module` to an object named after it. The module must have passed `prepare`.
    func compile(_ module: LLVMModuleRef, name: String) throws(LLVMError) -> ObjectFile {
        OrcaPrepareModuleForLoading(module)
        let bytes = try withWorker { worker in worker.emit(module) }
        return ObjectFile(name: name, bytes: bytes)
    }

    /// Runs LLVM's `default<On>` pipeline on `module`, for this compiler's target.
    func optimize(_ module: LLVMModuleRef, name: String, level: OptimizationLevel) throws(LLVMError) {
        try withWorker { (worker) throws(LLVMError) in
            let options = LLVMCreatePassBuilderOptions()
            defer { LLVMDisposePassBuilderOptions(options) }
            if let message = LLVMMessage.take(LLVMRunPasses(module, level.pipeline, worker.machine, options)) {
                throw LLVMError.optimizationFailed(module: name, message: message)
            }
        }
    }

    /// Checks that `module` can be compiled here: a triple and data layout for this machine
    /// (missing ones are set to the host's) and, if `verifiesModules`, valid IR.
    ///
    /// - Throws: `LLVMError.wrongTarget`, `.wrongDataLayout`, `.invalidModule` (LLVM's verifier
    ///   message).
    func prepare(_ module: LLVMModuleRef, name: String) throws(LLVMError) {
        let triple = String(cString: LLVMGetTarget(module))
        guard target.accepts(triple) else { throw LLVMError.wrongTarget(module: name, triple: triple, host: target.triple) }
        if triple.isEmpty { LLVMSetTarget(module, target.triple) }
        let layout = String(cString: LLVMGetDataLayoutStr(module))
        if layout.isEmpty {
            LLVMSetDataLayout(module, target.dataLayout)
        } else if layout != target.dataLayout {
            throw LLVMError.wrongDataLayout(module: name, layout: layout, host: target.dataLayout)
        }
        guard verifiesModules else { return }
        var message: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(module, LLVMReturnStatusAction, &message) != 0 {
            throw LLVMError.invalidModule(module: name, message: LLVMMessage.take(message))
        }
        LLVMDisposeMessage(message)
    }

    /// Everything about this compiler that changes the objects it makes — LLVM's version, the
    /// target triple, CPU and features, the code generation level — for object cache keys.
    public var configuration: String {
        "llvm-14|\(target.triple)|\(target.cpu)|\(target.features)|codegen-O\(level.rawValue)"
    }

    private func withWorker<T>(_ body: (CodegenWorker) throws(LLVMError) -> T) throws(LLVMError) -> T {
        let worker: CodegenWorker
        if let idleWorker = idle.withLock({ $0.popLast() }) {
            worker = idleWorker
        } else {
            worker = try CodegenWorker(target: target, level: level)
        }
        defer { idle.withLock { $0.append(worker) } }
        return try body(worker)
    }
}
