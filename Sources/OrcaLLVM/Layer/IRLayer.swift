// IRLayer.swift — a layer that takes LLVM modules (ORC's IRLayer), and the unit it defines for
// each module.

import OrcaCore
import OrcaLink

/// A layer of LLVM modules. `add(_:to:tracker:)` defines a module's symbols at once, from its
/// IR; the module is handed to `emit(_:module:slot:)` when one of them is first looked up. Layers
/// stack: a transform layer changes a module and passes it on, and the compile layer at the
/// bottom turns it into an object for its `objectLayer`.
public protocol IRLayer: AnyObject, Sendable {
    /// Where compiled objects are linked.
    var objectLayer: ObjectLinkingLayer { get }
    /// The compiler that checks modules for the host (and compiles them at the bottom).
    var compiler: IRCompiler { get }

    /// Processes `module` for `responsibility` and passes it on (to the next layer or, compiled,
    /// to the object layer with `slot`). Never throws: failures fail the responsibility.
    func emit(_ responsibility: MaterializationResponsibility, module: ThreadSafeModule, slot: ObjectSlot)
}

extension IRLayer {
    /// Defines the symbols `module` defines in `jitDylib`, owned by `tracker` (or the default
    /// tracker), and takes the module over: it is compiled when one of them is first looked up
    /// (on the session's dispatcher) and disposed of then, or when the tracker is removed first.
    ///
    /// - Throws: `LLVMError` if the module was already added, is for another machine, is not
    ///   valid IR or uses what Orca cannot link; `OrcError.duplicateDefinition` if it defines a
    ///   symbol that is already defined. The module is not taken when this throws.
    ///
    /// With a `cacheKey`, the compiled object is stored under it in the compile layer's cache.
    public func add(_ module: ThreadSafeModule, to jitDylib: JITDylib, tracker: ResourceTracker? = nil, cacheKey: ObjectCache.Key? = nil) throws {
        guard let session = objectLayer.session else { throw OrcError.jitDylibRemoved(jitDylib.name) }
        let compiler = compiler
        let (interface, owned) = try module.claim(cacheKey: cacheKey) { llvmModule in
            try compiler.prepare(llvmModule, name: module.name)
            return try ModuleInterface(of: llvmModule, name: module.name, session: session)
        }
        do {
            try objectLayer.define(in: jitDylib, tracker: tracker, name: module.name, hasInitializers: interface.hasInitializers) { slot in
                var symbols = interface.symbols
                if let initializer = slot.initializer { symbols[initializer] = .materializationSideEffectsOnly }
                return IRMaterializationUnit(module: owned, symbols: symbols, slot: slot, layer: self)
            }
        } catch {
            module.restore(from: owned)
            throw error
        }
    }
}

/// A module waiting to be compiled: its symbols were read from its IR when it was added.
struct IRMaterializationUnit: MaterializationUnit {
    let module: ThreadSafeModule
    let symbols: [SymbolName: SymbolFlags]
    let slot: ObjectSlot
    let layer: any IRLayer

    var name: String { module.name }

    func materialize(_ responsibility: MaterializationResponsibility) {
        layer.emit(responsibility, module: module, slot: slot)
    }

    /// A weak definition that lost to an existing one: its compiled copy binds to the winner
    /// when the object is linked, so the module is left as it is.
    func discard(_ jitDylib: JITDylib, symbol: SymbolName) {}
}
