// HostTarget.swift — the machine Orca compiles IR for (this one), as LLVM describes it.

import CLLVM

/// The host as LLVM's code generator sees it: triple, CPU, CPU features and data layout.
/// Getting it initializes LLVM's native target, asm printer and asm parser, once per process.
public struct HostTarget: Sendable, Hashable {
    /// The target triple, e.g. `x86_64-pc-linux-gnu`.
    public let triple: String
    /// The host CPU's name as LLVM knows it, e.g. `znver3`.
    public let cpu: String
    /// The host CPU's features, e.g. `+sse2,+avx2,…`.
    public let features: String
    /// The data layout LLVM's x86-64 target uses; modules must have it (or none).
    public let dataLayout: String

    /// The host, or the error LLVM gave when asked about it.
    public static func current() throws -> HostTarget { try cached.get() }

    private static let cached: Result<HostTarget, LLVMError> = Result {
        guard LLVMInitializeNativeTarget() == 0, LLVMInitializeNativeAsmPrinter() == 0, LLVMInitializeNativeAsmParser() == 0
        else { throw LLVMError.target(message: "LLVM has no native target for this machine") }
        let triple = LLVMMessage.take(LLVMGetDefaultTargetTriple())
        let cpu = LLVMMessage.take(LLVMGetHostCPUName())
        let features = LLVMMessage.take(LLVMGetHostCPUFeatures())
        var host = HostTarget(triple: triple, cpu: cpu, features: features, dataLayout: "")
        let machine = try host.makeTargetMachine(level: .O0)
        defer { LLVMDisposeTargetMachine(machine) }
        let layout = LLVMCreateTargetDataLayout(machine)
        defer { LLVMDisposeTargetData(layout) }
        host = HostTarget(triple: triple, cpu: cpu, features: features, dataLayout: LLVMMessage.take(LLVMCopyStringRepOfTargetData(layout)))
        return host
    }.mapError { $0 as! LLVMError }

    /// A new TargetMachine for position-independent code (small code model: all JIT'd code and
    /// data lie within ±2 GiB of each other, and calls to far host functions go through stubs).
    func makeTargetMachine(level: OptimizationLevel) throws(LLVMError) -> LLVMTargetMachineRef {
        var target: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMGetTargetFromTriple(triple, &target, &message) == 0, let target else {
            throw LLVMError.target(message: LLVMMessage.take(message))
        }
        guard let machine = LLVMCreateTargetMachine(target, triple, cpu, features, level.codegen, LLVMRelocPIC, LLVMCodeModelSmall) else {
            throw LLVMError.target(message: "cannot create a TargetMachine for \(triple) (\(cpu))")
        }
        return machine
    }

    /// Whether code for `moduleTriple` runs here: an empty triple, or x86-64 for Linux or an
    /// unspecified system.
    func accepts(_ moduleTriple: String) -> Bool {
        guard !moduleTriple.isEmpty else { return true }
        let parts = moduleTriple.split(separator: "-", omittingEmptySubsequences: false)
        let hostArchitecture = triple.split(separator: "-").first ?? ""
        guard parts[0] == hostArchitecture || (parts[0] == "amd64" && hostArchitecture == "x86_64") else { return false }
        let system = parts.count > 2 ? parts[2] : ""
        return system.hasPrefix("linux") || system == "unknown" || system.isEmpty
    }
}
