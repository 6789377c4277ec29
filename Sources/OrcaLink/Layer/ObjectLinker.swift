// ObjectLinker.swift — links one object for one materialization responsibility: build the
// graph, add GOT entries and stubs, allocate, publish the object's addresses, resolve its
// references along the link order, copy and fix up, record the memory, emit.

import OrcaCore

struct ObjectLinker {
    /// The parsed object and what the layer knows of it.
    let object: ObjectMaterializationUnit
    let responsibility: MaterializationResponsibility

    private var layer: ObjectLinkingLayer { object.layer }
    private var sequence: UInt64 { object.sequence }

    func link() {
        let session = responsibility.executionSession
        var graph: LinkGraph
        var placement: Placement
        let owned = responsibility.symbols
        do {
            graph = try ELFLinkGraphBuilder.build(
                object.elf, session: session, globalNames: object.scan.globalNames, discarded: object.discarded, commonSize: layer.commonSize)
            externalizeDiscardedDefinitions(&graph, owned: owned)
            if graph.hasThreadLocals { graph.threadLocalModule = ThreadLocalStorage.reserveModule() }
            GOTAndStubsPass.run(&graph)
            let isLow = layer.placement == .low32Bit || CopyRelocations.needsLowMemory(graph)
            placement = Placement(manager: isLow ? try layer.lowMemory() : layer.memory, isLow: isLow)
            placement.memory.allocations = try GraphLayout.allocate(&graph, in: placement.manager)
        } catch {
            fail(error, freeing: LinkedMemory(), session: session)
            return
        }
        let defined = definitions(of: graph, owned: owned)
        let references = references(of: graph)
        placement.externals = references.externals
        placement.runtimeBindings = references.runtime
        guard !references.lookup.isEmpty else {
            // Nothing to wait for: the symbols are resolved when they are emitted.
            finish(&graph, placement, .success(LookupResult(symbols: [:], origins: [:])), resolving: defined, session: session)
            return
        }
        do {
            try responsibility.notifyResolved(defined)
        } catch {
            fail(error, freeing: placement.memory, session: session)
            return
        }
        let handOver = LinkGraphHandOver(graph), placed = placement
        session.lookupWithOrigins(references.lookup, searchOrder: responsibility.jitDylib.linkOrder, requiredState: .resolved) { result in
            var graph = handOver.take()
            finish(&graph, placed, result, resolving: [], session: session)
        }
    }

    /// Where a graph is laid out and what binding its references needs.
    private struct Placement: Sendable {
        let manager: JITMemoryManager
        let isLow: Bool
        var memory = LinkedMemory()
        /// Graph symbols standing for external names, and for names Orca binds itself.
        var externals: [Int] = []
        var runtimeBindings: [Int] = []

        init(manager: JITMemoryManager, isLow: Bool) {
            self.manager = manager
            self.isLow = isLow
        }
    }

    /// Binds the references, copies and fixes up, records the memory and emits (with the
    /// object's initializers to run once it is ready), resolving `defined` first if they are
    /// not resolved yet.
    private func finish(
        _ graph: inout LinkGraph, _ placement: Placement, _ result: Result<LookupResult, any Error>, resolving defined: [ResolvedSymbol],
        session: ExecutionSession
    ) {
        var memory = placement.memory
        let found: LookupResult
        let initializers: [LifetimeEntry]
        do {
            found = try result.mapError { undefinedSymbolsError($0, file: graph.file) }.get()
            for index in placement.externals {
                graph.symbols[index].address = graph.symbols[index].linkName.flatMap { found.symbols[$0] }?.address.rawValue ?? 0
            }
            try bindRuntime(&graph, placement)
            if !placement.externals.isEmpty {
                let copies = try copyFarData(&graph, in: placement.manager)
                if !copies.isEmpty { memory.allocations += copies }
            }
            let view = GraphWriteView(manager: placement.manager)
            GraphLayout.copyContents(graph, to: view)
            try Fixups.apply(graph, memory: view)
            let lifetime = LifetimeFunctions.collect(graph, memory: view, object: sequence)
            // Only now, with the fixups written and read back, may the write view's pages be
            // dropped: dropping them between the copy and the fixups would fault them in again.
            var written = 0
            for allocation in memory.allocations where allocation.permission != .readWrite { written += allocation.size }
            if written > 0 { placement.manager.wroteThroughWriteView(written) }
            initializers = lifetime.initializers
            memory.finalizers = lifetime.finalizers
            if graph.threadLocalModule != 0 {
                let parts = graph.threadLocalImage.map { (address: graph.sections[$0.section].address, size: Int(graph.sections[$0.section].size), offset: Int($0.offset)) }
                ThreadLocalStorage.register(graph.threadLocalModule, ThreadLocalStorage.Template(
                    parts: parts, size: Int(graph.threadLocalSize), alignment: Int(graph.threadLocalAlignment)))
                memory.threadLocalModules = [graph.threadLocalModule]
            }
            if graph.hasExceptionData, let frames = graph.ehFrameSection, let register = JITRuntime.registerFrame {
                register(UnsafeRawPointer(bitPattern: UInt(graph.sections[frames].address)))
                memory.ehFrames = [graph.sections[frames].address]
            }
        } catch {
            fail(error, freeing: memory, session: session)
            return
        }
        do {
            let recorded = memory
            try responsibility.withResourceKeyDo { key in layer.record(recorded, under: key) }
        } catch {
            // The tracker was removed while linking: nothing was recorded, so free here.
            fail(error, freeing: memory, session: session)
            return
        }
        do {
            let toRun = initializers, layer = layer, jitDylib = responsibility.jitDylib
            let onReady: (@Sendable () -> Void)? = toRun.isEmpty ? nil : { @Sendable in layer.initializersReady(toRun, in: jitDylib) }
            if defined.isEmpty {
                try responsibility.notifyEmitted(dependencies: found.origins, onReady: onReady)
            } else {
                try responsibility.notifyResolvedAndEmitted(defined, dependencies: found.origins, onReady: onReady)
            }
        } catch {
            // The memory is recorded under the tracker and goes with it.
            session.reportError(error)
            responsibility.failMaterialization(error)
        }
    }

    /// Binds `__dso_handle`, `__cxa_atexit` and `atexit` to the tracker's runtime (JITRuntime).
    private func bindRuntime(_ graph: inout LinkGraph, _ placement: Placement) throws {
        guard !placement.runtimeBindings.isEmpty else { return }
        let dso: (handle: UInt64, atexitThunk: UInt64) = try responsibility.withResourceKeyDo { key in
            try layer.dsoHandle(for: key, in: placement.manager, isLow: placement.isLow)
        }
        for index in placement.runtimeBindings {
            let name = graph.symbols[index].linkName?.string
            if name == JITRuntime.dsoHandleName {
                graph.symbols[index].address = dso.handle
            } else if name == ThreadLocalStorage.getAddressName {
                graph.symbols[index].address = ThreadLocalStorage.getAddressAddress
            } else if name == JITRuntime.atexitName {
                graph.symbols[index].address = dso.atexitThunk
            } else {
                graph.symbols[index].address = JITRuntime.cxaAtexitAddress
            }
        }
    }

    /// Gives host variables that 32-bit data references cannot reach a copy within reach (see
    /// CopyRelocations).
    private func copyFarData(_ graph: inout LinkGraph, in manager: JITMemoryManager) throws(LinkError) -> [JITAllocation] {
        var copies: [JITAllocation] = []
        for symbol in CopyRelocations.symbolsNeedingCopies(graph) {
            let address = graph.symbols[symbol].address
            if layer.isJITMemory(address) {
                throw LinkError.unsupported(file: graph.file, detail: "32-bit reference to '\(graph.name(of: symbol))', which lies out of 32-bit reach in JIT memory for position-independent code (link all of a non-PIC program's objects through a layer with placement .low32Bit, as `orca run` does)")
            }
            guard let host = SystemMemory.hostSymbol(at: UInt(address)) else {
                throw LinkError.unsupported(file: graph.file, detail: "host symbol '\(graph.name(of: symbol))' is out of 32-bit reach and the dynamic loader does not know its size (compile with -fPIC)")
            }
            // A function gets a canonical stub (its address for this code, like a PLT entry of a
            // non-PIC executable); a variable gets a copy (like a copy relocation).
            let size = host.isFunction ? 16 : max(host.size, 1)
            let copy = try manager.allocate(size: size, alignment: 16, permission: host.isFunction ? .readExecute : .readWrite)
            copies.append(copy)
            if host.isFunction {
                SystemMemory.writeJump(to: UInt64(address), at: manager.writablePointer(copy))
            } else {
                SystemMemory.copy(from: UInt(address), to: manager.writablePointer(copy), size: size)
            }
            for index in graph.symbols.indices where graph.symbols[index].linkName == graph.symbols[symbol].linkName {
                graph.symbols[index].address = copy.address
            }
        }
        return copies
    }

    /// Weak definitions that lost to another definition are references to the winner.
    private func externalizeDiscardedDefinitions(_ graph: inout LinkGraph, owned: [SymbolName: SymbolFlags]) {
        for index in graph.symbols.indices {
            guard let name = graph.symbols[index].linkName, owned[name] == nil else { continue }
            switch graph.symbols[index].definition {
            case .defined, .absolute, .threadLocal: graph.symbols[index].definition = .external(weakReference: false)
            case .external: break
            }
        }
    }

    /// The addresses of the symbols this responsibility defines.
    private func definitions(of graph: LinkGraph, owned: [SymbolName: SymbolFlags]) -> [ResolvedSymbol] {
        var result: [ResolvedSymbol] = []
        result.reserveCapacity(owned.count)
        for index in graph.symbols.indices {
            guard let name = graph.symbols[index].linkName, let flags = owned[name] else { continue }
            switch graph.symbols[index].definition {
            case .defined, .absolute, .threadLocal:
                result.append(ResolvedSymbol(name: name, symbol: ExecutorSymbol(address: ExecutorAddress(rawValue: graph.address(of: index)), flags: flags)))
            case .external:
                continue
            }
        }
        return result
    }

    /// The names the graph refers to but does not define, the symbols standing for them, and
    /// the references Orca binds itself (`__dso_handle`, `__cxa_atexit`, `atexit`: see
    /// JITRuntime).
    private func references(of graph: LinkGraph) -> (lookup: SymbolLookupSet, externals: [Int], runtime: [Int]) {
        var externals: [Int] = []
        // Per name: its place in the lookup set, and whether every reference to it is weak.
        var seen: [SymbolName: (position: Int, weakOnly: Bool)] = [:]
        var lookup = SymbolLookupSet([])
        var runtime: [Int] = []
        let runtimeNames = layer.runtimeNames
        for index in graph.symbols.indices {
            guard case let .external(weakReference) = graph.symbols[index].definition, let name = graph.symbols[index].linkName else { continue }
            if runtimeNames.contains(name) {
                runtime.append(index)
                continue
            }
            if externals.isEmpty {
                // A generous guess at the count, so that the tables grow rarely.
                externals.reserveCapacity(graph.symbols.count - index)
                seen.reserveCapacity(graph.symbols.count - index)
            }
            externals.append(index)
            if let known = seen[name] {
                if known.weakOnly && !weakReference {
                    seen[name] = (known.position, false)
                    lookup.entries[known.position].flags = .requiredSymbol
                }
            } else {
                seen[name] = (lookup.entries.count, weakReference)
                lookup.add(name, flags: weakReference ? .weaklyReferencedSymbol : .requiredSymbol)
            }
        }
        return (lookup, externals, runtime)
    }

    private func fail(_ error: any Error, freeing memory: LinkedMemory, session: ExecutionSession) {
        layer.free(memory)
        session.reportError(error)
        responsibility.failMaterialization(error)
    }
}

/// A graph handed from `link()` to the `finish` that its lookup completes with, so that `finish`
/// owns it alone and fixes it up in place rather than copying its arrays.
private final class LinkGraphHandOver: @unchecked Sendable {
    // Invariant: `graph` is read once, by `take()` in the one `finish` call a lookup makes (a
    // lookup completes exactly once); nothing else touches it.
    private var graph: LinkGraph?

    init(_ graph: LinkGraph) { self.graph = graph }

    func take() -> LinkGraph {
        defer { graph = nil }
        return graph!
    }
}

/// A lookup's "not found" names the object whose references could not be resolved.
private func undefinedSymbolsError(_ error: any Error, file: String) -> any Error {
    guard case let .symbolsNotFound(symbols, _)? = error as? OrcError else { return error }
    return LinkError.undefinedSymbols(file: file, symbols: symbols)
}
