// LinkGraph.swift — an object file as data: sections, symbols and edges in flat arrays,
// addressed by integer index. Built in one pass over the object; passes transform it; the
// linker lays it out in JIT memory and applies its edges.

import OrcaCore

/// Memory protection a section needs once linked.
public enum MemoryPermission: Int, Sendable, CaseIterable, CustomStringConvertible {
    case readExecute
    case read
    case readWrite

    public var description: String {
        switch self {
        case .readExecute: "r-x"
        case .read: "r--"
        case .readWrite: "rw-"
        }
    }
}

/// A section to be placed in JIT memory.
struct GraphSection {
    var name: GraphName
    var permission: MemoryPermission
    var alignment: UInt64
    var size: UInt64
    /// Where the initial contents are: a range of the file's bytes, a range of the bytes passes
    /// built (`LinkGraph.synthesized`), or nothing (zero-filled).
    var content: Content
    /// Assigned when the graph is laid out.
    var address: UInt64 = 0

    enum Content {
        case file(Range<Int>)
        case synthesized(Range<Int>)
        case zeroFill
    }
}

/// How a symbol is defined, if at all.
enum SymbolDefinition {
    /// At `offset` inside section `section`.
    case defined(section: Int, offset: UInt64)
    /// Defined elsewhere; a weak reference resolves to 0 when nothing defines it.
    case external(weakReference: Bool)
    /// At a fixed address.
    case absolute(UInt64)
    /// A thread-local variable at `offset` in the graph's TLS block.
    case threadLocal(offset: UInt64)
}

/// Where a symbol's or a section's name is: in the object's string tables (read only when
/// needed, for messages), or text a pass made up.
enum GraphName {
    case symbolTable(UInt32)
    case sectionTable(UInt32)
    case text(StaticString)
}

/// A symbol of the graph: ELF symbols plus those passes add (GOT entries, stubs).
struct GraphSymbol {
    var name: GraphName
    /// The interned name, for symbols that take part in JITDylib lookups.
    var linkName: SymbolName?
    var definition: SymbolDefinition
    var size: UInt64
    var isGlobal: Bool
    var isWeak: Bool
    var isExported: Bool
    var isCallable: Bool
    /// Resolved address, once known.
    var address: UInt64 = 0
}

/// A fixup: at `offset` in `section`, write `kind`'s value computed from `symbol` and `addend`.
struct Edge {
    var section: Int32
    var offset: UInt64
    var kind: EdgeKind
    var symbol: Int32
    var addend: Int64
    /// For edges redirected through a GOT entry or stub: the symbol originally referenced, so
    /// that the access can be relaxed to a direct one when it is in reach.
    var originalTarget: Int32 = -1
}

/// An object file's contents, ready for passes and layout.
struct LinkGraph {
    let file: String
    /// The file's bytes (offsets are from their start index: they may be a slice of an archive).
    let bytes: ArraySlice<UInt8>
    /// Contents passes made up (stubs), which `.synthesized` sections point into.
    var synthesized: [UInt8] = []
    var sections: [GraphSection] = []
    var symbols: [GraphSymbol] = []
    var edges: [Edge] = []
    /// The GOT section, if the graph has one (its start is _GLOBAL_OFFSET_TABLE_).
    var globalOffsetTable: Int?
    /// External symbols named _GLOBAL_OFFSET_TABLE_ (they stand for the GOT's start).
    var globalOffsetTableReferences: [Int] = []
    /// Sections of initializer and finalizer pointers.
    var lifetimeSections: [LifetimeSection] = []
    /// The `.eh_frame` section (with room for a terminator after it), if any.
    var ehFrameSection: Int?
    /// Whether the object has exception-handling data (LSDAs, a personality routine), so that
    /// its frames must be registered with the unwinder.
    var hasExceptionData = false
    /// The thread-local block: .tdata sections (graph sections holding the initial image) at their
    /// offsets, then .tbss, and the block's size and alignment.
    var threadLocalImage: [(section: Int, offset: UInt64)] = []
    var threadLocalSize: UInt64 = 0
    var threadLocalAlignment: UInt64 = 1
    /// The TLS module the graph's thread-locals belong to, once linking reserved one.
    var threadLocalModule: UInt64 = 0
    /// ELF section index → offset in the TLS block, for the object's TLS sections.
    var threadLocalOffsets: [Int: UInt64] = [:]

    var hasThreadLocals: Bool { threadLocalSize > 0 || symbols.contains { if case .threadLocal = $0.definition { true } else { false } } }
    /// The object's symbol and section-name string tables.
    let symbolNames: Range<Int>
    let sectionNames: Range<Int>

    init(file: String, bytes: ArraySlice<UInt8>, symbolNames: Range<Int> = 0..<0, sectionNames: Range<Int> = 0..<0) {
        self.file = file
        self.bytes = bytes
        self.symbolNames = symbolNames
        self.sectionNames = sectionNames
    }

    /// A symbol's name, for messages.
    func name(of symbol: Int) -> String { string(symbols[symbol].name) ?? "#\(symbol)" }

    /// A section's name, for messages.
    func sectionName(_ section: Int) -> String { string(sections[section].name) ?? "#\(section)" }

    private func string(_ name: GraphName) -> String? {
        func string(at offset: UInt32, in table: Range<Int>) -> String? {
            let start = table.lowerBound + Int(offset)
            guard start < table.upperBound else { return nil }
            let base = bytes.startIndex
            let end = bytes[(base + start)..<(base + table.upperBound)].firstIndex(of: 0) ?? (base + table.upperBound)
            return String(decoding: bytes[(base + start)..<end], as: UTF8.self)
        }
        switch name {
        case let .symbolTable(offset): return string(at: offset, in: symbolNames)
        case let .sectionTable(offset): return string(at: offset, in: sectionNames)
        case let .text(text): return text.description
        }
    }

    @discardableResult
    mutating func addSection(_ section: GraphSection) -> Int {
        sections.append(section)
        return sections.count - 1
    }

    @discardableResult
    mutating func addSymbol(_ symbol: GraphSymbol) -> Int {
        symbols.append(symbol)
        return symbols.count - 1
    }

    /// The address a symbol stands for, once sections are laid out and externals resolved.
    func address(of symbol: Int) -> UInt64 {
        switch symbols[symbol].definition {
        case let .defined(section, offset): sections[section].address &+ offset
        case .external, .absolute: symbols[symbol].address
        case let .threadLocal(offset): ThreadLocalStorage.tag(module: threadLocalModule, offset: offset)
        }
    }

    /// The TLS module and block offset of a thread-local symbol (defined here or elsewhere).
    func threadLocalLocation(of symbol: Int) -> (module: UInt64, offset: UInt64)? {
        if case let .threadLocal(offset) = symbols[symbol].definition { return (threadLocalModule, offset) }
        return ThreadLocalStorage.untag(symbols[symbol].address)
    }
}
