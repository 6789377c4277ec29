// IRBenchmark.swift — `orca bench ir`: IR parsed, compiled, linked, called and removed, Orca and
// LLVM 14's LLJIT side by side.

import CLLVM
import Foundation
import Orca

struct IRBenchmark: ChildProcessBenchmark {
    static let name = "ir"

    let cycles: Int
    let sections: Set<String>

    /// The module both sides compile each cycle (the same text, parsed into a new context).
    static let module = """
        define i32 @twice(i32 %x) {
          %a = add i32 %x, 1
          %b = mul i32 %a, 2
          ret i32 %b
        }
        """

    /// Cycles run before measuring, on both sides.
    var warmUp: Int { min(200, cycles / 4) }

    /// LLVM 14's figures, measured by this executable in a child process (`--llvm-baseline`) so
    /// that resident memory is per side.
    struct Baseline {
        var cycle: (seconds: Double, residentGrowth: Int)?

        var lines: [String] { cycle.map { ["llvm-ir-cycle \($0.seconds) \($0.residentGrowth)"] } ?? [] }

        init() {}

        init(parsing output: String) {
            cycle = ChildBaseline.figures("llvm-ir-cycle", count: 2, in: output).flatMap { f in Int(exactly: f[1]).map { (f[0], $0) } }
        }
    }

    func measureBaselineLines() throws -> [String] {
        var baseline = Baseline()
        baseline.cycle = try LLJITBaseline.irCycle(cycles: cycles, warmUp: warmUp, ir: Self.module)
        return baseline.lines
    }

    func run(into report: inout BenchReport) throws {
        let output = try ChildBaseline.run(["bench", "ir", "--llvm-baseline", "--cycles", "\(cycles)"])
        guard let llvm = Baseline(parsing: output).cycle else { throw LLVMBaselineError(description: "the LLVM 14 baseline printed no IR figure") }
        if sections.contains("cycle") {
            let (seconds, growth) = try orcaCycle(JIT())
            report.compare("parse IR + add + codegen + lookup + call + remove", orca: seconds * 1e6, llvm: llvm.seconds * 1e6, unit: "µs")
            report.single("  RSS growth over \(cycles) cycles", orca: "\(growth / 1024) KiB", llvm: "\(llvm.residentGrowth / 1024) KiB")
        }
        if sections.contains("cached") {
            let cache = try ObjectCache()
            let jit = try JIT(options: JITOptions(objectCache: cache))
            let (seconds, growth) = try orcaCycle(jit)
            let statistics = cache.statistics
            guard statistics.stores == 1, jit.compileLayer.modulesCompiled == 1 else {
                throw LLVMBaselineError(description: "the cached cycle compiled \(jit.compileLayer.modulesCompiled) modules")
            }
            report.compare("  the same with an object-cache hit", orca: seconds * 1e6, llvm: llvm.seconds * 1e6, unit: "µs")
            report.single("  RSS growth over \(cycles) cycles", orca: "\(growth / 1024) KiB", ratio: "(\(statistics.hits) hits, 1 compile)")
            report.note("LLJIT's C API has no object cache: its figure beside the cached one is its ordinary cycle.")
        }
        if sections.contains("floor") {
            report.single("  LLVM's own share: context + parse + -O2 code generation + dispose", orca: BenchReport.format(try llvmFloor() * 1e6, "µs"))
            report.note("LLVM's own share is the cycle's LLVM work alone, with the code generation pipeline built once and reused (as Orca does): no linking, lookup or removal.")
        }
        report.note("both sides parse the IR into a new LLVMContext each cycle and generate code at -O2 (LLJIT's default) without IR optimization; \(warmUp) warm-up cycles each.")
    }

    /// Seconds per cycle of LLVM's part of the cycle alone: a new context, parsing, -O2 code
    /// generation into memory through a pipeline built once, disposal.
    private func llvmFloor() throws -> Double {
        let host = try HostTarget.current()
        var target: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMGetTargetFromTriple(host.triple, &target, &message) == 0, let target,
              let machine = LLVMCreateTargetMachine(target, host.triple, host.cpu, host.features, LLVMCodeGenLevelDefault, LLVMRelocPIC, LLVMCodeModelSmall)
        else { throw LLVMBaselineError(description: "no TargetMachine for \(host.triple)") }
        defer { LLVMDisposeTargetMachine(machine) }
        guard let pipeline = OrcaCreateCodegenPipeline(machine) else { throw LLVMBaselineError(description: "no code generation pipeline") }
        defer { OrcaDisposeCodegenPipeline(pipeline) }
        let text = Array(Self.module.utf8)
        var size = 0
        func once() throws {
            let context = LLVMContextCreate()
            defer { LLVMContextDispose(context) }
            let buffer = text.withUnsafeBufferPointer { LLVMCreateMemoryBufferWithMemoryRangeCopy($0.baseAddress, $0.count, "m") }
            var module: LLVMModuleRef?
            guard LLVMParseIRInContext(context, buffer, &module, &message) == 0, let module else {
                throw LLVMBaselineError(description: "LLVM could not parse the benchmark's module")
            }
            defer { LLVMDisposeModule(module) }
            LLVMSetTarget(module, host.triple)
            LLVMSetDataLayout(module, host.dataLayout)
            var bytes: UnsafePointer<CChar>?
            var count = 0
            OrcaCodegenPipelineEmit(pipeline, module, &bytes, &count)
            size += count
        }
        for _ in 0..<warmUp { try once() }
        let seconds = try measure { for _ in 0..<cycles { try once() } }
        precondition(size > 0)
        return seconds / Double(cycles)
    }

    typealias IntFunction = @convention(c) (Int32) -> Int32

    /// Seconds per cycle and resident growth over the measured cycles.
    private func orcaCycle(_ jit: JIT) throws -> (Double, Int) {
        var sum: Int64 = 0
        func once(_ index: Int) throws {
            let tracker = jit.mainJITDylib.createResourceTracker()
            try jit.addIR(text: Self.module, name: "m", tracker: tracker)
            sum += Int64(try jit.lookup("twice", as: IntFunction.self)(Int32(index & 1023)))
            try tracker.remove()
        }
        for index in 0..<warmUp { try once(index) }
        let before = residentBytes()
        let seconds = try measure { for index in 0..<cycles { try once(index) } }
        precondition(sum != 0)
        return (seconds / Double(cycles), residentBytes() - before)
    }
}
