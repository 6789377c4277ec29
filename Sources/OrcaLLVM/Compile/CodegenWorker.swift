// CodegenWorker.swift — one TargetMachine and the code generation pipeline built for it.

import CLLVM

/// A TargetMachine with its reusable code generation pipeline. Used by one thread at a time:
/// `IRCompiler` hands workers out from its pool and takes them back.
final class CodegenWorker: @unchecked Sendable {
    // Invariant: only the thread that took this worker from the pool uses `machine` and
    // `pipeline`; the pool's lock orders one user after the next.
    nonisolated(unsafe) let machine: LLVMTargetMachineRef
    private nonisolated(unsafe) let pipeline: OrcaCodegenPipelineRef

    init(target: HostTarget, level: OptimizationLevel) throws(LLVMError) {
        machine = try target.makeTargetMachine(level: level)
        guard let pipeline = OrcaCreateCodegenPipeline(machine) else {
            LLVMDisposeTargetMachine(machine)
            throw LLVMError.target(message: "\(target.triple) cannot emit object files")
        }
        self.pipeline = pipeline
    }

    /// Compiles `module` to ELF object bytes.
    func emit(_ module: LLVMModuleRef) -> [UInt8] {
        var bytes: UnsafePointer<CChar>?
        var size = 0
        OrcaCodegenPipelineEmit(pipeline, module, &bytes, &size)
        guard let bytes, size > 0 else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: bytes, count: size))
    }

    deinit {
        OrcaDisposeCodegenPipeline(pipeline)
        LLVMDisposeTargetMachine(machine)
    }
}
