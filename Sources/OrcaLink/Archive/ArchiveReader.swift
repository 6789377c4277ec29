// ArchiveReader.swift — the members and symbol index of a Unix `ar` archive (GNU and BSD
// variants), read with bounds checks.

/// One member of an archive.
struct ArchiveMember {
    let name: String
    /// The member's bytes inside the archive.
    let contents: Range<Int>
}

/// A parsed archive: its members, and which member defines each indexed symbol.
struct ArchiveReader {
    let path: String
    let bytes: [UInt8]
    /// Members in file order (index tables excluded).
    private(set) var members: [ArchiveMember] = []
    /// The symbol index (name → member), read in place: see `SymbolIndex`.
    private var symbolIndex = SymbolIndex()

    private static let magic: [UInt8] = Array("!<arch>\n".utf8)
    private static let thinMagic: [UInt8] = Array("!<thin>\n".utf8)
    private static let headerSize = 60

    init(path: String, bytes: [UInt8]) throws(LinkError) {
        self.path = path
        self.bytes = bytes
        if bytes.starts(with: Self.thinMagic) {
            throw LinkError.unsupported(file: path, detail: "thin archives (members are not stored in the file)")
        }
        guard bytes.starts(with: Self.magic) else { throw LinkError.malformed(file: path, detail: "not an ar archive (bad magic)") }
        var longNames: Range<Int>?
        var indexTable: (Range<Int>, wide: Bool)?
        var memberAtHeader: [Int: Int] = [:]
        var offset = Self.magic.count
        while offset + Self.headerSize <= bytes.count {
            let header = offset
            guard bytes[header + 58] == 0x60, bytes[header + 59] == 0x0a, let size = decimal(header + 48, 10) else {
                throw LinkError.malformed(file: path, detail: "bad member header at offset \(header)")
            }
            var start = header + Self.headerSize
            guard start + size <= bytes.count else {
                throw LinkError.malformed(file: path, detail: "member at offset \(header) (\(size) bytes) runs past the end of the archive")
            }
            var contents = start..<(start + size)
            let trimmed = field(header, 16)
            if trimmed == "/" || trimmed == "/SYM64/" {
                indexTable = (contents, trimmed == "/SYM64/")
            } else if trimmed == "//" {
                longNames = contents
            } else if trimmed == "__.SYMDEF" || trimmed == "__.SYMDEF SORTED" {
                // BSD index without long names: rebuilt from members below.
            } else {
                var name = trimmed
                if trimmed.hasPrefix("#1/"), let length = Int(trimmed.dropFirst(3)), length <= size {
                    let end = bytes[start..<(start + length)].firstIndex(of: 0) ?? (start + length)
                    name = String(decoding: bytes[start..<end], as: UTF8.self)
                    start += length
                    contents = start..<(header + Self.headerSize + size)
                } else if trimmed.hasPrefix("/"), let at = Int(trimmed.dropFirst()) {
                    name = try longName(at: at, in: longNames)
                } else if name.hasSuffix("/") {
                    name.removeLast()
                }
                memberAtHeader[header] = members.count
                members.append(ArchiveMember(name: name, contents: contents))
            }
            offset = header + Self.headerSize + size + (size & 1)
        }
        if let (table, wide) = indexTable {
            try readIndex(table, wide: wide, memberAtHeader: memberAtHeader)
        }
    }

    /// A header field without its padding spaces.
    private func field(_ offset: Int, _ length: Int) -> String {
        var end = offset + length
        while end > offset && bytes[end - 1] == 0x20 { end -= 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// A header field holding a decimal number padded with spaces, or nil.
    private func decimal(_ offset: Int, _ length: Int) -> Int? {
        var value = 0, digits = 0
        for byte in bytes[offset..<(offset + length)] {
            if byte == 0x20 { break }
            guard (0x30...0x39).contains(byte), digits < 18 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    private func longName(at offset: Int, in table: Range<Int>?) throws(LinkError) -> String {
        guard let table, offset < table.count else {
            throw LinkError.malformed(file: path, detail: "member name refers to offset \(offset) of a missing or shorter long-name table")
        }
        let start = table.lowerBound + offset
        let end = bytes[start..<table.upperBound].firstIndex(of: 0x0a) ?? table.upperBound
        var name = String(decoding: bytes[start..<end], as: UTF8.self)
        if name.hasSuffix("/") { name.removeLast() }
        return name
    }

    /// GNU symbol index: a big-endian count, that many member-header offsets, then the names.
    private mutating func readIndex(_ table: Range<Int>, wide: Bool, memberAtHeader: [Int: Int]) throws(LinkError) {
        let width = wide ? 8 : 4
        func bigEndian(_ at: Int) -> Int { bytes[at..<(at + width)].reduce(0) { $0 << 8 | Int($1) } }
        guard table.count >= width else { throw LinkError.malformed(file: path, detail: "symbol index shorter than its count") }
        let count = bigEndian(table.lowerBound)
        var names = table.lowerBound + width + count * width
        guard count >= 0, names <= table.upperBound else {
            throw LinkError.malformed(file: path, detail: "symbol index of \(count) entries does not fit in \(table.count) bytes")
        }
        symbolIndex = SymbolIndex(capacity: count)
        for entry in 0..<count {
            let header = bigEndian(table.lowerBound + width + entry * width)
            guard let end = bytes[names..<table.upperBound].firstIndex(of: 0) else {
                throw LinkError.malformed(file: path, detail: "symbol index name \(entry) is not NUL-terminated")
            }
            guard let member = memberAtHeader[header] else {
                let name = String(decoding: bytes[names..<end], as: UTF8.self)
                throw LinkError.malformed(file: path, detail: "symbol index entry '\(name)' points at offset \(header), which is not a member")
            }
            symbolIndex.insert(names..<end, member: member, in: bytes)
            names = end + 1
        }
    }

    /// The member whose index entry names `symbol` (the first such entry), if any.
    func member(defining symbol: String) -> Int? {
        var symbol = symbol
        return symbol.withUTF8 { symbolIndex.member(named: UnsafeRawBufferPointer($0), in: bytes) }
    }

    /// The member's bytes as an object, named `archive(member)`.
    func object(_ member: Int) -> ObjectFile {
        ObjectFile(name: "\(path)(\(members[member].name))", contents: bytes[members[member].contents])
    }
}

/// An archive's symbol index as an open-addressing hash table over the names' bytes inside the
/// archive, so that reading an index of thousands of names makes no string per name.
private struct SymbolIndex {
    private var slots: [Int32] = []
    private var entries: [(name: Range<Int>, member: Int32)] = []

    init() {}

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        entries.reserveCapacity(capacity)
    }

    /// Adds `name` (a range of `bytes`) for `member` unless an earlier entry has the same name.
    mutating func insert(_ name: Range<Int>, member: Int, in bytes: [UInt8]) {
        bytes.withUnsafeBytes { all in
            let key = UnsafeRawBufferPointer(rebasing: all[name])
            var slot = Self.hash(key) & (slots.count - 1)
            while slots[slot] >= 0 {
                if Self.equal(all, entries[Int(slots[slot])].name, key) { return }
                slot = (slot + 1) & (slots.count - 1)
            }
            slots[slot] = Int32(entries.count)
            entries.append((name, Int32(member)))
        }
    }

    func member(named key: UnsafeRawBufferPointer, in bytes: [UInt8]) -> Int? {
        guard !slots.isEmpty else { return nil }
        return bytes.withUnsafeBytes { all in
            var slot = Self.hash(key) & (slots.count - 1)
            while slots[slot] >= 0 {
                let entry = entries[Int(slots[slot])]
                if Self.equal(all, entry.name, key) { return Int(entry.member) }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    /// FNV-1a, 64 bits.
    private static func hash(_ key: UnsafeRawBufferPointer) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }

    private static func equal(_ all: UnsafeRawBufferPointer, _ name: Range<Int>, _ key: UnsafeRawBufferPointer) -> Bool {
        name.count == key.count && UnsafeRawBufferPointer(rebasing: all[name]).elementsEqual(key)
    }
}
