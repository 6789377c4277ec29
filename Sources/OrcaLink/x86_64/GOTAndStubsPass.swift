// GOTAndStubsPass.swift — gives every GOT-relative access a GOT entry and every branch to code
// outside the graph a stub (`jmp *entry(%rip)`), before layout. Once addresses are known,
// `Fixups` relaxes accesses whose target is in reach back to direct ones. A relaxable GOT load
// of a symbol the graph defines itself gets no entry at all: its target is in the same JIT
// memory, always in reach, so `Fixups` relaxes it to a direct access.

enum GOTAndStubsPass {
    static let stubSize = 8

    /// Adds `.got` and `.stubs` sections as needed and redirects edges through them.
    static func run(_ graph: inout LinkGraph) {
        var pass = State()
        var needsGOTBase = !graph.globalOffsetTableReferences.isEmpty
        for index in 0..<graph.edges.count {
            let edge = graph.edges[index]
            if edge.kind == .tlsGlobalDynamic {
                graph.edges[index].kind = .delta32
                graph.edges[index].symbol = pass.threadLocalPair(for: edge.symbol, &graph)
            } else if edge.kind == .tlsLocalDynamic {
                graph.edges[index].kind = .delta32
                graph.edges[index].symbol = pass.localDynamicPair(&graph)
            } else if edge.kind.usesGOT {
                graph.edges[index].originalTarget = edge.symbol
                let relaxable = edge.kind == .gotEntryDelta32Relaxable || edge.kind == .gotEntryDelta32RelaxableREX
                if !(relaxable && isDefinedInGraph(edge.symbol, graph) && isRelaxable(edge, graph)) {
                    graph.edges[index].symbol = pass.gotEntry(for: edge.symbol, &graph)
                }
            } else if edge.kind == .deltaFromGOT64 || edge.kind == .gotBaseDelta32 || edge.kind == .gotBaseDelta64 {
                needsGOTBase = true
            } else if isOutsideGraph(edge.symbol, graph) && isBranch(edge, graph) {
                graph.edges[index].kind = .branch32
                graph.edges[index].originalTarget = edge.symbol
                graph.edges[index].symbol = pass.stub(for: edge.symbol, &graph)
            }
        }
        if needsGOTBase {
            let section = pass.gotSection(&graph)
            for index in graph.globalOffsetTableReferences {
                graph.symbols[index].definition = .defined(section: section, offset: 0)
            }
        }
        if let got = pass.got {
            // Entries start zeroed; their pointer edges fill them in.
            graph.sections[got].size = UInt64(max(pass.gotSize, 8))
        }
        if let stubs = pass.stubSection {
            graph.sections[stubs].content = .synthesized(graph.synthesized.count..<(graph.synthesized.count + pass.stubBytes.count))
            graph.synthesized += pass.stubBytes
            graph.sections[stubs].size = UInt64(pass.stubBytes.count)
        }
        graph.globalOffsetTable = pass.got
    }

    /// What the pass has added so far. Tables by symbol are made on first use: most objects
    /// need few entries and no stubs or thread-local pairs.
    private struct State {
        var gotEntries: [Int32] = []
        var stubs: [Int32] = []
        var threadLocalPairs: [Int32] = []
        var localDynamic: Int32 = -1
        var got: Int?
        var gotSize = 0
        var stubSection: Int?
        var stubBytes: [UInt8] = []

        mutating func gotSection(_ graph: inout LinkGraph) -> Int {
            if let got { return got }
            let index = graph.addSection(GraphSection(name: .text(".got"), permission: .read, alignment: 8, size: 0, content: .zeroFill))
            got = index
            return index
        }

        /// A new zeroed slot of `size` bytes in the GOT, with a local symbol for it.
        mutating func gotSlot(_ name: StaticString, size: Int, _ graph: inout LinkGraph) -> (section: Int, offset: UInt64, symbol: Int32) {
            let section = gotSection(&graph)
            let offset = UInt64(gotSize)
            gotSize += size
            let symbol = Int32(graph.addSymbol(GraphSymbol(
                name: .text(name), definition: .defined(section: section, offset: offset), size: UInt64(size),
                isGlobal: false, isWeak: false, isExported: false, isCallable: false)))
            return (section, offset, symbol)
        }

        mutating func gotEntry(for target: Int32, _ graph: inout LinkGraph) -> Int32 {
            if gotEntries.isEmpty { gotEntries = [Int32].filled(with: -1, count: graph.symbols.count) }
            if gotEntries[Int(target)] >= 0 { return gotEntries[Int(target)] }
            let slot = gotSlot("GOT entry", size: 8, &graph)
            graph.edges.append(Edge(section: Int32(slot.section), offset: slot.offset, kind: .pointer64, symbol: target, addend: 0))
            gotEntries[Int(target)] = slot.symbol
            return slot.symbol
        }

        mutating func stub(for target: Int32, _ graph: inout LinkGraph) -> Int32 {
            if stubs.isEmpty { stubs = [Int32].filled(with: -1, count: graph.symbols.count) }
            if stubs[Int(target)] >= 0 { return stubs[Int(target)] }
            let entry = gotEntry(for: target, &graph)
            let section = stubSection ?? graph.addSection(GraphSection(
                name: .text(".stubs"), permission: .readExecute, alignment: 8, size: 0, content: .zeroFill))
            stubSection = section
            let offset = UInt64(stubBytes.count)
            stubBytes.append(contentsOf: [0xff, 0x25, 0, 0, 0, 0, 0xcc, 0xcc])
            let symbol = Int32(graph.addSymbol(GraphSymbol(
                name: .text("stub"), definition: .defined(section: section, offset: offset), size: UInt64(stubSize),
                isGlobal: false, isWeak: false, isExported: false, isCallable: true)))
            graph.edges.append(Edge(section: Int32(section), offset: offset + 2, kind: .delta32, symbol: entry, addend: -4))
            stubs[Int(target)] = symbol
            return symbol
        }

        /// `target`'s `tls_index` pair (module, offset) in the GOT.
        mutating func threadLocalPair(for target: Int32, _ graph: inout LinkGraph) -> Int32 {
            if threadLocalPairs.isEmpty { threadLocalPairs = [Int32].filled(with: -1, count: graph.symbols.count) }
            if threadLocalPairs[Int(target)] < 0 { threadLocalPairs[Int(target)] = newPair(for: target, &graph) }
            return threadLocalPairs[Int(target)]
        }

        /// The module's own pair: (this module, offset 0).
        mutating func localDynamicPair(_ graph: inout LinkGraph) -> Int32 {
            if localDynamic < 0 {
                let base = Int32(graph.addSymbol(GraphSymbol(
                    name: .text("TLS block"), definition: .threadLocal(offset: 0), size: 0,
                    isGlobal: false, isWeak: false, isExported: false, isCallable: false)))
                localDynamic = newPair(for: base, &graph)
            }
            return localDynamic
        }

        private mutating func newPair(for target: Int32, _ graph: inout LinkGraph) -> Int32 {
            let slot = gotSlot("tls_index", size: 16, &graph)
            graph.edges.append(Edge(section: Int32(slot.section), offset: slot.offset, kind: .tlsModule64, symbol: target, addend: 0))
            graph.edges.append(Edge(section: Int32(slot.section), offset: slot.offset + 8, kind: .dtpOffset64, symbol: target, addend: 0))
            return slot.symbol
        }
    }

    /// Whether the target's address will not be inside this graph's memory.
    private static func isOutsideGraph(_ symbol: Int32, _ graph: LinkGraph) -> Bool {
        switch graph.symbols[Int(symbol)].definition {
        case .external, .absolute: true
        case .defined, .threadLocal: false
        }
    }

    /// Whether the target lies in one of the graph's own sections.
    private static func isDefinedInGraph(_ symbol: Int32, _ graph: LinkGraph) -> Bool {
        if case .defined = graph.symbols[Int(symbol)].definition { return true }
        return false
    }

    /// The byte `distance` bytes before the edge's field in the object file, if the field lies
    /// in the file's bytes that far in.
    private static func byte(before distance: Int, _ edge: Edge, _ graph: LinkGraph) -> UInt8? {
        guard edge.offset >= UInt64(distance), case let .file(range) = graph.sections[Int(edge.section)].content else { return nil }
        return graph.bytes[graph.bytes.startIndex + range.lowerBound + Int(edge.offset) - distance]
    }

    /// Whether `Fixups` can turn the GOT load at the edge into a direct access.
    private static func isRelaxable(_ edge: Edge, _ graph: LinkGraph) -> Bool {
        guard let opcode = byte(before: 2, edge, graph), let modrm = byte(before: 1, edge, graph) else { return false }
        return Fixups.canRelax(opcode: opcode, modrm: modrm, addend: edge.addend)
    }

    /// PLT32 edges, and PC32 edges on a `call` or `jmp` (older compilers' calls to externals).
    private static func isBranch(_ edge: Edge, _ graph: LinkGraph) -> Bool {
        if edge.kind == .branch32 { return true }
        guard let opcode = byte(before: 1, edge, graph) else { return false }
        return opcode == 0xe8 || opcode == 0xe9
    }
}
