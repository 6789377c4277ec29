// JIT.swift — the facade: a session, a main JITDylib, the layers and host symbols, wired (ORC's
// LLJIT).

import OrcaCore
import OrcaLLVM
import OrcaLink

/// A ready-to-use JIT (the LLJIT analogue): an `ExecutionSession` with a main JITDylib, an
/// `ObjectLinkingLayer`, an `IRCompileLayer` (behind an optimizing `IRTransformLayer` when
/// `optimization` is set) and, last in the main JITDylib's generators, the host process's
/// symbols. Add IR, objects and archives under resource trackers; look functions up and call
/// them; remove a tracker to get its code's memory back. Ending the JIT (`shutdown()`, or
/// releasing it) runs the destructors of the code still loaded. Thread-safe.
public final class JIT: Sendable {
    /// The session everything lives in.
    public let session: ExecutionSession
    /// The JITDylib that `add…` functions use unless given another.
    public let mainJITDylib: JITDylib
    /// Links objects (compiled modules and added objects).
    public let objectLayer: ObjectLinkingLayer
    /// Compiles modules into `objectLayer`.
    public let compileLayer: IRCompileLayer
    /// Where modules go: `compileLayer`, or the optimizing layer above it.
    public let irLayer: any IRLayer
    /// How the JIT was set up.
    public let options: JITOptions
    let hostSymbols: DynamicLibrarySymbols?
    /// Describes the IR optimization and code generation applied, for object cache keys.
    let cacheConfiguration: String

    /// A JIT set up by `options`.
    ///
    /// - Throws: `LLVMError.target` if LLVM cannot compile for this machine; a `LinkError` if a
    ///   library in `options.libraries` cannot be opened or JIT memory cannot be reserved.
    public init(options: JITOptions = JITOptions()) throws {
        self.options = options
        let dispatcher: any TaskDispatcher = options.compileThreads > 0
            ? ThreadPoolTaskDispatcher(maximumThreads: options.compileThreads) : InPlaceTaskDispatcher()
        session = ExecutionSession(dispatcher: dispatcher)
        mainJITDylib = try session.createJITDylib(named: "main")
        objectLayer = try ObjectLinkingLayer(session: session, memory: options.memory, placement: options.placement)
        let compiler = try IRCompiler(level: options.codegen)
        let compileLayer = IRCompileLayer(objectLayer: objectLayer, compiler: compiler, cache: options.objectCache)
        self.compileLayer = compileLayer
        irLayer = options.optimization.map { IRTransformLayer(base: compileLayer, optimizingAt: $0) } ?? compileLayer
        cacheConfiguration = "orca-object-1|\(compiler.configuration)|opt-\(options.optimization.map { "O\($0.rawValue)" } ?? "none")"
        for library in options.libraries { mainJITDylib.addGenerator(try DynamicLibrarySymbols.open(library)) }
        hostSymbols = options.hostProcessSymbols ? DynamicLibrarySymbols.hostProcess() : nil
        if let hostSymbols { mainJITDylib.addGenerator(hostSymbols) }
    }

    /// Bytes of JIT memory reserved, committed and in use by linked code, in the regions this
    /// JIT's code uses (see `JITOptions.memory`).
    public var memoryStatistics: MemoryStatistics { objectLayer.memoryStatistics }

    /// Runs the destructors of all code still loaded (as at process exit), then removes every
    /// JITDylib. Later adds and lookups fail. Releasing the JIT does this too.
    ///
    /// - Throws: the combined errors of the removals.
    public func shutdown() throws {
        try session.endSession()
    }

    deinit {
        try? session.endSession()
    }
}
