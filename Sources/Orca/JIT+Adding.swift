// JIT+Adding.swift — adding IR, objects and archives.

import OrcaCore
import OrcaLLVM
import OrcaLink

extension JIT {
    /// Adds `module` to `jitDylib` (main by default) under `tracker` (the JITDylib's default
    /// tracker by default). Its symbols are defined at once; it is compiled when one is first
    /// looked up. With an object cache, a module whose bitcode (names aside) was compiled before is linked
    /// from the cache instead.
    ///
    /// - Throws: `LLVMError` (module already added, for another machine, invalid IR),
    ///   `OrcError.duplicateDefinition`. The module is not taken when this throws.
    public func addIRModule(_ module: ThreadSafeModule, to jitDylib: JITDylib? = nil, tracker: ResourceTracker? = nil) throws {
        let jitDylib = jitDylib ?? mainJITDylib
        guard let cache = options.objectCache else { return try irLayer.add(module, to: jitDylib, tracker: tracker) }
        let key = try cache.key(for: module, configuration: cacheConfiguration)
        if let object = cache.object(for: key) {
            try objectLayer.add(ObjectFile(name: module.name, bytes: object), to: jitDylib, tracker: tracker)
            module.dispose()
        } else {
            try irLayer.add(module, to: jitDylib, tracker: tracker, cacheKey: key)
        }
    }

    /// Parses textual IR and adds it as a module named `name` (see `addIRModule`). With an
    /// object cache, text compiled before is linked from the cache without being parsed.
    ///
    /// - Throws: `LLVMError.unreadableIR` with LLVM's message, and what `addIRModule` throws.
    public func addIR(text: String, name: String = "module", to jitDylib: JITDylib? = nil, tracker: ResourceTracker? = nil) throws {
        try addIR(bytes: Array(text.utf8), name: name, to: jitDylib, tracker: tracker)
    }

    /// Reads bitcode (or textual IR) and adds it as a module named `name` (see `addIRModule`).
    /// With an object cache, bitcode compiled before is linked from the cache without being read.
    ///
    /// - Throws: `LLVMError.unreadableIR` with LLVM's message, and what `addIRModule` throws.
    public func addBitcode(_ bytes: [UInt8], name: String = "module", to jitDylib: JITDylib? = nil, tracker: ResourceTracker? = nil) throws {
        try addIR(bytes: bytes, name: name, to: jitDylib, tracker: tracker)
    }

    private func addIR(bytes: [UInt8], name: String, to jitDylib: JITDylib?, tracker: ResourceTracker?) throws {
        let jitDylib = jitDylib ?? mainJITDylib
        let cache = options.objectCache
        let key = cache?.key(for: bytes, configuration: cacheConfiguration)
        if let cache, let key, let object = cache.object(for: key) {
            return try objectLayer.add(ObjectFile(name: name, bytes: object), to: jitDylib, tracker: tracker)
        }
        try irLayer.add(ThreadSafeModule(parsing: bytes, name: name), to: jitDylib, tracker: tracker, cacheKey: key)
    }

    /// Adds a relocatable object to `jitDylib` (main by default) under `tracker`; it is linked
    /// when one of its symbols is first looked up.
    ///
    /// - Throws: `LinkError` if it is malformed or unsupported, `OrcError.duplicateDefinition`.
    public func addObjectFile(_ object: ObjectFile, to jitDylib: JITDylib? = nil, tracker: ResourceTracker? = nil) throws {
        try objectLayer.add(object, to: jitDylib ?? mainJITDylib, tracker: tracker)
    }

    /// Makes the symbols of a shared library (opened with dlopen, for good) visible to
    /// `jitDylib` (main by default), searched before the host process.
    ///
    /// - Throws: `LinkError` if the library cannot be opened.
    public func addLibrary(_ path: String, to jitDylib: JITDylib? = nil) throws {
        addGenerator(try DynamicLibrarySymbols.open(path), to: jitDylib ?? mainJITDylib)
    }

    /// Makes the members of a static archive available to `jitDylib` (main by default): a member
    /// is added, under `tracker`, when it defines a symbol a lookup or a link needs. Searched
    /// before the host process.
    ///
    /// - Throws: `LinkError` if the archive cannot be read.
    public func addArchive(_ path: String, to jitDylib: JITDylib? = nil, tracker: ResourceTracker? = nil) throws {
        addGenerator(try StaticArchive(path: path, layer: objectLayer, tracker: tracker), to: jitDylib ?? mainJITDylib)
    }

    /// Adds `generator` to `jitDylib`, keeping the host process's symbols last in the main
    /// JITDylib, as a native link searches libc last.
    private func addGenerator(_ generator: any DefinitionGenerator, to jitDylib: JITDylib) {
        if jitDylib === mainJITDylib, let hostSymbols {
            jitDylib.removeGenerator(hostSymbols)
            jitDylib.addGenerator(generator)
            jitDylib.addGenerator(hostSymbols)
        } else {
            jitDylib.addGenerator(generator)
        }
    }
}
