// GOTAndStubsPass.swift — gives every GOT-relative access a GOT entry and every branch to code
// outside the graph a stub (`jmp *entry(%rip)`), before layout. Once addresses are known,
// `Fixups` relaxes accesses whose target is in reach back to direct ones.

enum GOTAndStubsPass {
    static let globalOffsetTableName = "_GLOBAL_OFFSET_TABLE_"
    static let stubSize = 8

    /// Adds `.got` and `.stubs` sections as needed and redirects edges through them.
    static func run(_ graph: inout LinkGraph) {
        var gotEntries = [Int32](repeating: -1, count: graph.symbols.count)
        var stubs = [Int32](repeating: -1, count: graph.symbols.count)
        var got: Int?
        var stubSection: Int?
        var gotBytes: [UInt8] = []
        var stubBytes: [UInt8] = []
        var newEdges: [Edge] = []

        func gotSection(_ graph: inout LinkGraph) -> Int {
            if let got { return got }
            let index = graph.addSection(GraphSection(name: ".got", permission: .read, alignment: 8, size: 0, content: .synthesized([])))
            got = index
            return index
        }

        /// A new zeroed slot of `size` bytes in the GOT, with a local symbol for it.
        func gotSlot(_ name: String, size: Int, _ graph: inout LinkGraph) -> (section: Int, offset: UInt64, symbol: Int32) {
            let section = gotSection(&graph)
            let offset = UInt64(gotBytes.count)
            gotBytes.append(contentsOf: repeatElement(0, count: size))
            let symbol = Int32(graph.addSymbol(GraphSymbol(
                name: .text(name), definition: .defined(section: section, offset: offset), size: UInt64(size),
                isGlobal: false, isWeak: false, isExported: false, isCallable: false)))
            return (section, offset, symbol)
        }

        func gotEntry(for target: Int32, _ graph: inout LinkGraph) -> Int32 {
            if gotEntries[Int(target)] >= 0 { return gotEntries[Int(target)] }
            let slot = gotSlot("GOT entry", size: 8, &graph)
            newEdges.append(Edge(section: Int32(slot.section), offset: slot.offset, kind: .pointer64, symbol: target, addend: 0))
            gotEntries[Int(target)] = slot.symbol
            return slot.symbol
        }

        func stub(for target: Int32, _ graph: inout LinkGraph) -> Int32 {
            if stubs[Int(target)] >= 0 { return stubs[Int(target)] }
            let entry = gotEntry(for: target, &graph)
            let section = stubSection ?? graph.addSection(GraphSection(name: ".stubs", permission: .readExecute, alignment: 8, size: 0, content: .synthesized([])))
            stubSection = section
            let offset = UInt64(stubBytes.count)
            stubBytes.append(contentsOf: [0xff, 0x25, 0, 0, 0, 0, 0xcc, 0xcc])
            let symbol = Int32(graph.addSymbol(GraphSymbol(
                name: .text("stub"), definition: .defined(section: section, offset: offset), size: 8,
                isGlobal: false, isWeak: false, isExported: false, isCallable: true)))
            newEdges.append(Edge(section: Int32(section), offset: offset + 2, kind: .delta32, symbol: entry, addend: -4))
            stubs[Int(target)] = symbol
            return symbol
        }

        // Made on first use: most objects have no thread-locals.
        var tlsPairs: [Int32] = []
        var localDynamicPair: Int32 = -1
        /// A `tls_index` pair (module, offset) for `target` in the GOT.
        func threadLocalPair(for target: Int32, _ graph: inout LinkGraph) -> Int32 {
            let slot = gotSlot("tls_index", size: 16, &graph)
            newEdges.append(Edge(section: Int32(slot.section), offset: slot.offset, kind: .tlsModule64, symbol: target, addend: 0))
            newEdges.append(Edge(section: Int32(slot.section), offset: slot.offset + 8, kind: .dtpOffset64, symbol: target, addend: 0))
            return slot.symbol
        }

        for index in graph.edges.indices {
            let edge = graph.edges[index]
            if edge.kind == .tlsGlobalDynamic {
                if tlsPairs.isEmpty { tlsPairs = [Int32](repeating: -1, count: graph.symbols.count) }
                if tlsPairs[Int(edge.symbol)] < 0 { tlsPairs[Int(edge.symbol)] = threadLocalPair(for: edge.symbol, &graph) }
                graph.edges[index].kind = .delta32
                graph.edges[index].symbol = tlsPairs[Int(edge.symbol)]
            } else if edge.kind == .tlsLocalDynamic {
                if localDynamicPair < 0 {
                    // The module's own pair: (this module, offset 0).
                    let base = Int32(graph.addSymbol(GraphSymbol(
                        name: .text("TLS block"), definition: .threadLocal(offset: 0), size: 0,
                        isGlobal: false, isWeak: false, isExported: false, isCallable: false)))
                    localDynamicPair = threadLocalPair(for: base, &graph)
                }
                graph.edges[index].kind = .delta32
                graph.edges[index].symbol = localDynamicPair
            } else if edge.kind.usesGOT {
                graph.edges[index].originalTarget = edge.symbol
                graph.edges[index].symbol = gotEntry(for: edge.symbol, &graph)
            } else if isOutsideGraph(edge.symbol, graph) && isBranch(edge, graph) {
                graph.edges[index].kind = .branch32
                graph.edges[index].originalTarget = edge.symbol
                graph.edges[index].symbol = stub(for: edge.symbol, &graph)
            }
        }
        let needsGOTBase = !graph.globalOffsetTableReferences.isEmpty
            || graph.edges.contains { $0.kind == .deltaFromGOT64 || $0.kind == .gotBaseDelta32 || $0.kind == .gotBaseDelta64 }
        if needsGOTBase {
            let section = gotSection(&graph)
            for index in graph.globalOffsetTableReferences {
                graph.symbols[index].definition = .defined(section: section, offset: 0)
            }
        }
        graph.edges.append(contentsOf: newEdges)
        if let got {
            graph.sections[got].content = .synthesized(gotBytes)
            graph.sections[got].size = UInt64(max(gotBytes.count, 8))
            if gotBytes.isEmpty { graph.sections[got].content = .zeroFill }
        }
        if let stubSection {
            graph.sections[stubSection].content = .synthesized(stubBytes)
            graph.sections[stubSection].size = UInt64(stubBytes.count)
        }
        graph.globalOffsetTable = got
    }

    private static func isExternal(_ symbol: GraphSymbol) -> Bool {
        if case .external = symbol.definition { return true }
        return false
    }

    /// Whether the target's address will not be inside this graph's memory.
    private static func isOutsideGraph(_ symbol: Int32, _ graph: LinkGraph) -> Bool {
        switch graph.symbols[Int(symbol)].definition {
        case .external, .absolute: true
        case .defined, .threadLocal: false
        }
    }

    /// PLT32 edges, and PC32 edges on a `call` or `jmp` (older compilers' calls to externals).
    private static func isBranch(_ edge: Edge, _ graph: LinkGraph) -> Bool {
        if edge.kind == .branch32 { return true }
        guard edge.kind == .delta32, edge.offset >= 1, case let .file(range) = graph.sections[Int(edge.section)].content else {
            return false
        }
        let opcode = graph.bytes[range.lowerBound + Int(edge.offset) - 1]
        return opcode == 0xe8 || opcode == 0xe9
    }
}
