// Fixups.swift — computes and writes every edge of a laid-out graph (x86-64), relaxing GOT
// loads and stub calls to direct accesses when the target is within ±2 GiB.

enum Fixups {
    /// Writes every edge where `memory` puts its section's bytes (every edge was checked to lie
    /// inside its section when the graph was built).
    static func apply(_ graph: LinkGraph, memory: GraphWriteView) throws(LinkError) {
        let gotBase = graph.globalOffsetTable.map { graph.sections[$0].address } ?? 0
        // Edges come grouped by section: its place in memory is found once per group.
        var currentSection: Int32 = -1
        var sectionBase: UnsafeMutableRawPointer?
        var sectionAddress: UInt64 = 0
        for edge in graph.edges {
            if edge.section != currentSection {
                currentSection = edge.section
                sectionBase = memory.pointer(to: graph.sections[Int(edge.section)])
                sectionAddress = graph.sections[Int(edge.section)].address
            }
            guard let base = sectionBase else { continue }
            let place = base + Int(edge.offset)
            let fixupAddress = Int64(bitPattern: sectionAddress &+ edge.offset)
            var target = Int64(bitPattern: graph.address(of: Int(edge.symbol)))
            var original: Int64 { edge.originalTarget >= 0 ? Int64(bitPattern: graph.address(of: Int(edge.originalTarget))) : 0 }

            func outOfRange(_ value: Int64) -> LinkError {
                let symbol = graph.name(of: Int(edge.originalTarget >= 0 ? edge.originalTarget : edge.symbol))
                return LinkError.relocationOutOfRange(file: graph.file, section: graph.sectionName(Int(edge.section)), offset: edge.offset,
                                                      relocation: edge.kind.relocationName, symbol: symbol, value: value)
            }
            func write32(_ value: Int64, signed: Bool = true) throws(LinkError) {
                let fits = signed ? Int64(Int32.min)...Int64(Int32.max) ~= value : 0...Int64(UInt32.max) ~= value
                guard fits else { throw outOfRange(value) }
                place.storeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian, as: UInt32.self)
            }
            func write64(_ value: Int64) { place.storeBytes(of: UInt64(bitPattern: value).littleEndian, as: UInt64.self) }
            func reaches(_ address: Int64) -> Bool { Int64(Int32.min)...Int64(Int32.max) ~= address &+ edge.addend &- fixupAddress }

            switch edge.kind {
            case .pointer64:
                write64(target &+ edge.addend)
            case .pointer32:
                try write32(target &+ edge.addend, signed: false)
            case .pointer32Signed:
                try write32(target &+ edge.addend)
            case .delta32:
                try write32(target &+ edge.addend &- fixupAddress)
            case .delta64:
                write64(target &+ edge.addend &- fixupAddress)
            case .branch32:
                if edge.originalTarget >= 0 && reaches(original) { target = original }
                try write32(target &+ edge.addend &- fixupAddress)
            case .gotEntryDelta32:
                try write32(target &+ edge.addend &- fixupAddress)
            case .gotEntryDelta32Relaxable, .gotEntryDelta32RelaxableREX:
                if reaches(original), relax(place, offset: edge.offset, addend: edge.addend) {
                    target = original
                }
                try write32(target &+ edge.addend &- fixupAddress)
            case .gotEntryDelta64:
                write64(target &+ edge.addend &- fixupAddress)
            case .deltaFromGOT64:
                write64(target &+ edge.addend &- Int64(bitPattern: gotBase))
            case .gotBaseDelta32:
                try write32(Int64(bitPattern: gotBase) &+ edge.addend &- fixupAddress)
            case .gotBaseDelta64:
                write64(Int64(bitPattern: gotBase) &+ edge.addend &- fixupAddress)
            case .size32:
                try write32(Int64(bitPattern: graph.symbols[Int(edge.symbol)].size) &+ edge.addend, signed: false)
            case .size64:
                write64(Int64(bitPattern: graph.symbols[Int(edge.symbol)].size) &+ edge.addend)
            case .tlsModule64, .dtpOffset64, .dtpOffset32:
                guard let location = graph.threadLocalLocation(of: Int(edge.symbol)) else {
                    throw LinkError.unsupported(file: graph.file, detail: "\(edge.kind.relocationName) in \(graph.sectionName(Int(edge.section))) against '\(graph.name(of: Int(edge.symbol)))', which is not thread-local")
                }
                if edge.kind == .tlsModule64 {
                    write64(Int64(location.module))
                } else if edge.kind == .dtpOffset64 {
                    write64(Int64(location.offset) &+ edge.addend)
                } else {
                    try write32(Int64(location.offset) &+ edge.addend)
                }
            case .tlsGlobalDynamic, .tlsLocalDynamic:
                preconditionFailure("the GOT pass turns \(edge.kind.relocationName) into a GOT-relative access")
            }
        }
    }

    /// Rewrites the instruction around a GOTPCRELX field to address its target directly, when it
    /// is one the ABI allows relaxing: `mov foo@GOTPCREL(%rip), %reg` becomes `lea foo(%rip),
    /// %reg`; `call *foo@GOTPCREL(%rip)` becomes `addr32 call foo`. Returns false (and changes
    /// nothing) otherwise. `jmp *foo@GOTPCREL(%rip)` keeps its GOT entry (relaxing it would
    /// move the field).
    private static func relax(_ place: UnsafeMutableRawPointer, offset: UInt64, addend: Int64) -> Bool {
        guard offset >= 2 else { return false }
        let opcode = place.load(fromByteOffset: -2, as: UInt8.self)
        let modrm = place.load(fromByteOffset: -1, as: UInt8.self)
        guard canRelax(opcode: opcode, modrm: modrm, addend: addend) else { return false }
        if opcode == 0x8b {
            place.storeBytes(of: 0x8d, toByteOffset: -2, as: UInt8.self)
        } else {
            place.storeBytes(of: 0x67, toByteOffset: -2, as: UInt8.self)
            place.storeBytes(of: 0xe8, toByteOffset: -1, as: UInt8.self)
        }
        return true
    }

    /// Whether a GOTPCRELX field after `opcode` and `modrm` with `addend` belongs to an
    /// instruction `relax` rewrites: `mov foo@GOTPCREL(%rip), %reg` or `call *foo@GOTPCREL(%rip)`.
    static func canRelax(opcode: UInt8, modrm: UInt8, addend: Int64) -> Bool {
        addend == -4 && ((opcode == 0x8b && modrm & 0xc7 == 0x05) || (opcode == 0xff && modrm == 0x15))
    }
}
