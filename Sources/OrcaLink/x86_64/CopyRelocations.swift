// CopyRelocations.swift — what a system linker does with copy relocations, for JIT'd code: a
// 32-bit data reference to a host variable out of reach gets a copy of the variable in JIT
// memory, and every reference of the object uses the copy. Only code that cannot reach the
// host's libraries needs this (non-PIC code, which must live below 2 GiB); the copy is taken
// when the object is linked.

enum CopyRelocations {
    /// Whether the graph uses 32-bit absolute addresses of its own symbols (non-PIC code), and
    /// so must be placed below 2 GiB.
    static func needsLowMemory(_ graph: LinkGraph) -> Bool {
        graph.edges.contains { edge in
            guard edge.kind == .pointer32 || edge.kind == .pointer32Signed else { return false }
            if case .absolute = graph.symbols[Int(edge.symbol)].definition { return false }
            return true
        }
    }

    /// External symbols (resolved, not yet fixed up) that some 32-bit data reference cannot reach.
    static func symbolsNeedingCopies(_ graph: LinkGraph) -> [Int] {
        var result = Set<Int>()
        for edge in graph.edges where edge.kind == .delta32 || edge.kind == .pointer32 || edge.kind == .pointer32Signed {
            let symbol = Int(edge.symbol)
            guard case .external = graph.symbols[symbol].definition, graph.symbols[symbol].address != 0 else { continue }
            let target = Int64(bitPattern: graph.symbols[symbol].address) &+ edge.addend
            let place = Int64(bitPattern: graph.sections[Int(edge.section)].address &+ edge.offset)
            let value = edge.kind == .delta32 ? target &- place : target
            let fits = edge.kind == .pointer32 ? 0...Int64(UInt32.max) ~= value : Int64(Int32.min)...Int64(Int32.max) ~= value
            if !fits { result.insert(symbol) }
        }
        return result.sorted()
    }
}
