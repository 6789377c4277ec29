// ObjectLinker.swift — links one object for one materialization responsibility: build the
// graph, add GOT entries and stubs, allocate, publish the object's addresses, resolve its
// references along the link order, copy and fix up, record the memory, emit.

import OrcaCore

struct ObjectLinker {
    let elf: ELFFile
    let globalNames: [SymbolName?]
    let layer: ObjectLinkingLayer
    let responsibility: MaterializationResponsibility

    func link() {
        guard let session = layer.session else {
            responsibility.failMaterialization(OrcError.jitDylibRemoved(responsibility.jitDylib.name))
            return
        }
        var graph: LinkGraph
        var memory = LinkedMemory()
        let manager: JITMemoryManager
        let isLow: Bool
        do {
            graph = try ELFLinkGraphBuilder.build(elf, session: session, globalNames: globalNames, commonSize: layer.commonSize)
            let owned = responsibility.symbols
            externalizeDiscardedDefinitions(&graph, owned: owned)
            GOTAndStubsPass.run(&graph)
            isLow = layer.placement == .low32Bit || CopyRelocations.needsLowMemory(graph)
            manager = isLow ? try layer.lowMemory() : layer.memory
            let allocations = try GraphLayout.allocate(&graph, in: manager)
            if isLow { memory.low = allocations } else { memory.nearHost = allocations }
            try responsibility.notifyResolved(definitions(of: graph, owned: owned))
        } catch {
            fail(error, freeing: memory, session: session)
            return
        }
        let (lookupSet, externals) = references(of: graph)
        let laidOut = graph, allocated = memory
        let finish: @Sendable (Result<LookupResult, any Error>) -> Void = { result in
            var memory = allocated
            let found: LookupResult
            do {
                found = try result.mapError { undefinedSymbolsError($0, file: laidOut.file) }.get()
                var graph = laidOut
                for (name, indices) in externals {
                    let address = found.symbols[name]?.address.rawValue ?? 0
                    for index in indices { graph.symbols[index].address = address }
                }
                let copies = try copyFarData(&graph, in: manager)
                if isLow { memory.low += copies } else { memory.nearHost += copies }
                let pointers = GraphLayout.copyContents(graph, to: isLow ? memory.low : memory.nearHost, in: manager)
                try Fixups.apply(graph, memory: pointers)
            } catch {
                fail(error, freeing: memory, session: session)
                return
            }
            do {
                try responsibility.withResourceKeyDo { key in layer.record(memory, under: key) }
            } catch {
                // The tracker was removed while linking: nothing was recorded, so free here.
                fail(error, freeing: memory, session: session)
                return
            }
            do {
                try responsibility.notifyEmitted(dependencies: found.origins)
            } catch {
                // The memory is recorded under the tracker and goes with it.
                session.reportError(error)
                responsibility.failMaterialization(error)
            }
        }
        if lookupSet.isEmpty {
            finish(.success(LookupResult(symbols: [:], origins: [:])))
        } else {
            session.lookupWithOrigins(lookupSet, searchOrder: responsibility.jitDylib.linkOrder, requiredState: .resolved, onComplete: finish)
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
            case .defined, .absolute: graph.symbols[index].definition = .external(weakReference: false)
            case .external: break
            }
        }
    }

    /// The addresses of the symbols this responsibility defines.
    private func definitions(of graph: LinkGraph, owned: [SymbolName: SymbolFlags]) -> SymbolMap {
        var result = SymbolMap(minimumCapacity: owned.count)
        for (index, symbol) in graph.symbols.enumerated() {
            guard let name = symbol.linkName, let flags = owned[name] else { continue }
            switch symbol.definition {
            case .defined, .absolute:
                result[name] = ExecutorSymbol(address: ExecutorAddress(rawValue: graph.address(of: index)), flags: flags)
            case .external:
                continue
            }
        }
        return result
    }

    /// The names the graph refers to but does not define, and which symbols stand for each.
    private func references(of graph: LinkGraph) -> (SymbolLookupSet, [SymbolName: [Int]]) {
        var externals: [SymbolName: [Int]] = [:]
        var weakOnly: [SymbolName: Bool] = [:]
        for (index, symbol) in graph.symbols.enumerated() {
            guard case let .external(weakReference) = symbol.definition, let name = symbol.linkName else { continue }
            externals[name, default: []].append(index)
            weakOnly[name] = (weakOnly[name] ?? true) && weakReference
        }
        var lookup = SymbolLookupSet([])
        for (name, weak) in weakOnly { lookup.add(name, flags: weak ? .weaklyReferencedSymbol : .requiredSymbol) }
        return (lookup, externals)
    }

    private func fail(_ error: any Error, freeing memory: LinkedMemory, session: ExecutionSession) {
        layer.free(memory)
        session.reportError(error)
        responsibility.failMaterialization(error)
    }
}

/// A lookup's "not found" names the object whose references could not be resolved.
private func undefinedSymbolsError(_ error: any Error, file: String) -> any Error {
    guard case let .symbolsNotFound(symbols, _)? = error as? OrcError else { return error }
    return LinkError.undefinedSymbols(file: file, symbols: symbols)
}
