// IRTransformLayer.swift — changes modules before passing them on (ORC's IRTransformLayer).

import CLLVM
import OrcaCore
import OrcaLink

/// An IR layer that applies `transform` to each module, on the thread that materializes it and
/// with the module's context locked, then passes it to `base`. An error thrown by the transform
/// fails the module's symbols.
public final class IRTransformLayer: IRLayer {
    /// Changes a module in place (called with its context's lock held).
    public typealias Transform = @Sendable (_ module: LLVMModuleRef, _ name: String) throws -> Void

    /// The layer modules go to next.
    public let base: any IRLayer
    private let transform: Transform

    public var objectLayer: ObjectLinkingLayer { base.objectLayer }
    public var compiler: IRCompiler { base.compiler }

    /// A layer applying `transform` before `base`.
    public init(base: any IRLayer, transform: @escaping Transform) {
        self.base = base
        self.transform = transform
    }

    /// A layer that optimizes each module with LLVM's `default<On>` pipeline for `level` (new
    /// pass manager), for the host, before `base`.
    public convenience init(base: any IRLayer, optimizingAt level: OptimizationLevel) {
        let compiler = base.compiler
        self.init(base: base) { module, name in try compiler.optimize(module, name: name, level: level) }
    }

    public func emit(_ responsibility: MaterializationResponsibility, module: ThreadSafeModule, slot: ObjectSlot) {
        do {
            let transform = transform
            try module.withModule { llvmModule in try transform(llvmModule, module.name) }
            base.emit(responsibility, module: module, slot: slot)
        } catch {
            responsibility.failMaterialization(error)
        }
    }
}
