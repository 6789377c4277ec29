// JITOptions.swift — how a `JIT` compiles, where it finds symbols, what it caches.

import OrcaLLVM
import OrcaLink

/// How a `JIT` is set up. The defaults match LLVM's LLJIT: no IR optimization, code generation
/// at `-O2`, compiling on the thread that looks a symbol up, the host process's symbols visible.
public struct JITOptions: Sendable {
    /// IR optimization before code generation (LLVM's `default<On>` pipeline), or none.
    public var optimization: OptimizationLevel?
    /// The code generation level.
    public var codegen: OptimizationLevel
    /// Threads that compile and link in parallel; 0 compiles on the thread whose lookup needs the
    /// code.
    public var compileThreads: Int
    /// Whether JIT'd code sees the symbols of the host process (libc and whatever is loaded).
    public var hostProcessSymbols: Bool
    /// Shared libraries (paths) whose symbols JIT'd code sees, searched in order before the host
    /// process.
    public var libraries: [String]
    /// Where compiled objects are cached, if anywhere.
    public var objectCache: ObjectCache?
    /// Where linked code goes (`.low32Bit` for programs of non-PIC objects).
    public var placement: ObjectLinkingLayer.Placement
    /// The JIT memory region for position-independent code: the process-wide one if nil (shared
    /// by every JIT of the process, so its statistics count them all), or one of the JIT's own.
    public var memory: JITMemoryManager?

    public init(
        optimization: OptimizationLevel? = nil, codegen: OptimizationLevel = .O2, compileThreads: Int = 0,
        hostProcessSymbols: Bool = true, libraries: [String] = [], objectCache: ObjectCache? = nil,
        placement: ObjectLinkingLayer.Placement = .automatic, memory: JITMemoryManager? = nil
    ) {
        self.memory = memory
        self.optimization = optimization
        self.codegen = codegen
        self.compileThreads = compileThreads
        self.hostProcessSymbols = hostProcessSymbols
        self.libraries = libraries
        self.objectCache = objectCache
        self.placement = placement
    }
}
