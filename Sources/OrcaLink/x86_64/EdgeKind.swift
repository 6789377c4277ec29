// EdgeKind.swift — x86-64 fixup kinds. The ELF reader maps relocation types to these; the GOT
// and stub pass rewrites some; `applyFixup` computes and writes each.

/// What an edge writes.
enum EdgeKind: UInt8 {
    /// S + A, 64 bits (R_X86_64_64).
    case pointer64
    /// S + A, must fit in 32 bits unsigned (R_X86_64_32).
    case pointer32
    /// S + A, must fit in 32 bits signed (R_X86_64_32S).
    case pointer32Signed
    /// S + A - P, 32 bits signed (R_X86_64_PC32).
    case delta32
    /// S + A - P, 64 bits (R_X86_64_PC64).
    case delta64
    /// A branch: S + A - P, 32 bits; through a stub when S is out of reach (R_X86_64_PLT32).
    case branch32
    /// G + A - P where G is S's GOT entry (R_X86_64_GOTPCREL, GOTPCRELX, REX_GOTPCRELX).
    case gotEntryDelta32
    /// Like `gotEntryDelta32`, and the instruction may be relaxed to reach S directly
    /// (R_X86_64_GOTPCRELX).
    case gotEntryDelta32Relaxable
    /// Like `gotEntryDelta32Relaxable` for instructions with a REX prefix (R_X86_64_REX_GOTPCRELX).
    case gotEntryDelta32RelaxableREX
    /// G + A - P, 64 bits (R_X86_64_GOTPCREL64).
    case gotEntryDelta64
    /// S + A - GOT, 64 bits (R_X86_64_GOTOFF64).
    case deltaFromGOT64
    /// GOT + A - P, 32 bits (R_X86_64_GOTPC32).
    case gotBaseDelta32
    /// GOT + A - P, 64 bits (R_X86_64_GOTPC64).
    case gotBaseDelta64
    /// Z + A where Z is the symbol's size (R_X86_64_SIZE32).
    case size32
    /// Z + A, 64 bits (R_X86_64_SIZE64).
    case size64
    /// The address of S's `tls_index` pair (module, offset) - P (R_X86_64_TLSGD).
    case tlsGlobalDynamic
    /// The address of this module's `tls_index` pair (module, 0) - P (R_X86_64_TLSLD).
    case tlsLocalDynamic
    /// S's offset in its module's TLS block + A, 32 bits (R_X86_64_DTPOFF32).
    case dtpOffset32
    /// The same, 64 bits (R_X86_64_DTPOFF64).
    case dtpOffset64
    /// S's TLS module number (the first word of a `tls_index` pair; made by the GOT pass).
    case tlsModule64

    /// Width of the field written, in bytes.
    var width: UInt64 {
        switch self {
        case .pointer64, .delta64, .gotEntryDelta64, .deltaFromGOT64, .gotBaseDelta64, .size64, .dtpOffset64, .tlsModule64: 8
        default: 4
        }
    }

    /// Whether the edge reaches its target through a GOT entry.
    var usesGOT: Bool {
        switch self {
        case .gotEntryDelta32, .gotEntryDelta32Relaxable, .gotEntryDelta32RelaxableREX, .gotEntryDelta64: true
        default: false
        }
    }

    /// The ELF relocation this kind comes from, for error messages.
    var relocationName: String {
        switch self {
        case .pointer64: "R_X86_64_64"
        case .pointer32: "R_X86_64_32"
        case .pointer32Signed: "R_X86_64_32S"
        case .delta32: "R_X86_64_PC32"
        case .delta64: "R_X86_64_PC64"
        case .branch32: "R_X86_64_PLT32"
        case .gotEntryDelta32: "R_X86_64_GOTPCREL"
        case .gotEntryDelta32Relaxable: "R_X86_64_GOTPCRELX"
        case .gotEntryDelta32RelaxableREX: "R_X86_64_REX_GOTPCRELX"
        case .gotEntryDelta64: "R_X86_64_GOTPCREL64"
        case .deltaFromGOT64: "R_X86_64_GOTOFF64"
        case .gotBaseDelta32: "R_X86_64_GOTPC32"
        case .gotBaseDelta64: "R_X86_64_GOTPC64"
        case .size32: "R_X86_64_SIZE32"
        case .size64: "R_X86_64_SIZE64"
        case .tlsGlobalDynamic: "R_X86_64_TLSGD"
        case .tlsLocalDynamic: "R_X86_64_TLSLD"
        case .dtpOffset32: "R_X86_64_DTPOFF32"
        case .dtpOffset64: "R_X86_64_DTPOFF64"
        case .tlsModule64: "R_X86_64_DTPMOD64"
        }
    }

    /// The kind for an x86-64 relocation type (not R_X86_64_NONE), or nil if Orca does not
    /// support it (see `unsupported`).
    init?(relocationType type: UInt32) {
        switch type {
        case 1: self = .pointer64
        case 2: self = .delta32
        case 4: self = .branch32
        case 9: self = .gotEntryDelta32
        case 10: self = .pointer32
        case 11: self = .pointer32Signed
        case 24: self = .delta64
        case 25: self = .deltaFromGOT64
        case 26: self = .gotBaseDelta32
        case 28: self = .gotEntryDelta64
        case 29: self = .gotBaseDelta64
        case 32: self = .size32
        case 33: self = .size64
        case 17: self = .dtpOffset64
        case 19: self = .tlsGlobalDynamic
        case 20: self = .tlsLocalDynamic
        case 21: self = .dtpOffset32
        case 41: self = .gotEntryDelta32Relaxable
        case 42: self = .gotEntryDelta32RelaxableREX
        default: return nil
        }
    }

    /// The error for a relocation type `init(relocationType:)` does not support, naming it, the
    /// section and the symbol, with a hint where the compiler can avoid it.
    static func unsupported(relocationType type: UInt32, file: String, section: String, symbol: String) -> LinkError {
        let name = unsupportedRelocationNames[type].map { "R_X86_64_\($0)" } ?? "relocation type \(type)"
        let hint = [18, 22, 23].contains(type)
            ? " (initial-exec / local-exec thread-local access needs the thread pointer's static block, which JIT'd code has not: compile with -fPIC)"
            : [34, 35, 36].contains(type) ? " (TLS descriptors: compile with -mtls-dialect=gnu)" : ""
        return LinkError.unsupported(file: file, detail: "\(name) in section \(section) against symbol '\(symbol)'\(hint)")
    }

    private static let unsupportedRelocationNames: [UInt32: String] = [
        3: "GOT32", 5: "COPY", 6: "GLOB_DAT", 7: "JUMP_SLOT", 8: "RELATIVE", 12: "16", 13: "PC16", 14: "8", 15: "PC8",
        16: "DTPMOD64", 17: "DTPOFF64", 18: "TPOFF64", 19: "TLSGD", 20: "TLSLD", 21: "DTPOFF32", 22: "GOTTPOFF",
        23: "TPOFF32", 27: "GOT64", 30: "GOTPLT64", 31: "PLTOFF64", 34: "GOTPC32_TLSDESC", 35: "TLSDESC_CALL",
        36: "TLSDESC", 37: "IRELATIVE", 38: "RELATIVE64",
    ]
}
