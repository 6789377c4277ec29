// IRCompileLayer.swift — compiles modules to objects and links them (ORC's IRCompileLayer).

import OrcaCore
import OrcaLink

/// The bottom IR layer: compiles each module with `compiler` on the thread that materializes it
/// and hands the object to `objectLayer` under the same tracker. With a `cache`, each object is
/// stored under the key its module was added with (see `JIT`), so the same IR added again is
/// linked from the cache without being optimized or compiled. Thread-safe.
public final class IRCompileLayer: IRLayer {
    public let objectLayer: ObjectLinkingLayer
    public let compiler: IRCompiler
    /// Where compiled objects are kept for modules added with a cache key.
    public let cache: ObjectCache?
    private let counts = Locked(0)

    /// A layer compiling with `compiler` into `objectLayer`, storing objects in `cache`.
    public init(objectLayer: ObjectLinkingLayer, compiler: IRCompiler, cache: ObjectCache? = nil) {
        self.objectLayer = objectLayer
        self.compiler = compiler
        self.cache = cache
    }

    /// How many modules this layer has compiled.
    public var modulesCompiled: Int { counts.withLock { $0 } }

    public func emit(_ responsibility: MaterializationResponsibility, module: ThreadSafeModule, slot: ObjectSlot) {
        do {
            let compiler = compiler
            let (object, key) = try module.consume { llvmModule, key in
                (try compiler.compile(llvmModule, name: module.name), key)
            }
            counts.withLock { $0 += 1 }
            if let cache, let key { cache.store(object.bytes, for: key) }
            objectLayer.emit(object, slot: slot, for: responsibility)
        } catch {
            responsibility.failMaterialization(error)
        }
    }
}
