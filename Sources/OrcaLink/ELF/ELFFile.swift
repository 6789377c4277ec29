// ELFFile.swift — a validated view of an ELF64 x86-64 relocatable object: its header, section
// headers and symbol table, read straight from the file's bytes.

/// One section header.
struct ELFSectionHeader {
    let nameOffset: UInt32
    let type: UInt32
    let flags: UInt64
    let offset: UInt64
    let size: UInt64
    let link: UInt32
    let info: UInt32
    let alignment: UInt64
    let entrySize: UInt64

    var isAllocated: Bool { flags & ELF.shfAlloc != 0 }
}

/// One symbol-table entry, with its section index already resolved through SHT_SYMTAB_SHNDX.
struct ELFSymbol {
    let nameOffset: UInt32
    let info: UInt8
    let other: UInt8
    let sectionIndex: UInt32
    let value: UInt64
    let size: UInt64

    var binding: UInt8 { info >> 4 }
    var type: UInt8 { info & 0xf }
    var visibility: UInt8 { other & 0x3 }
    var isUndefined: Bool { sectionIndex == UInt32(ELF.shnUndef) }
}

/// The parts of an ELF relocatable object the linker reads.
struct ELFFile: Sendable {
    let reader: ByteReader
    let sectionHeaders: [ELFSectionHeader]
    let sectionNameTable: Range<Int>
    /// Index of the SHT_SYMTAB section, if any.
    let symbolTableIndex: Int?
    let symbolStringTable: Range<Int>
    let symbolCount: Int
    /// Where the symbol table starts in the file (0 without one).
    private let symbolTableOffset: Int
    private let extendedIndexTable: UInt64?

    var file: String { reader.file }

    /// Validates the header, the section headers and the symbol table's place, all at once:
    /// the fields are made in one go at the end (no partly built value to copy or destroy).
    private static func parse(_ reader: ByteReader) throws(LinkError) -> ELFFile {
        let bytes = reader.bytes, file = reader.file
        guard bytes.count >= ELF.headerSize, reader[0] == 0x7f, reader[1] == 0x45, reader[2] == 0x4c, reader[3] == 0x46 else {
            throw LinkError.malformed(file: file, detail: "not an ELF file (bad magic or shorter than an ELF header)")
        }
        guard reader[4] == ELF.classELF64, reader[5] == ELF.dataLittleEndian else {
            throw LinkError.unsupported(file: file, detail: "only 64-bit little-endian ELF is supported")
        }
        let type = try reader.u16(16, "e_type"), machine = try reader.u16(18, "e_machine")
        guard type == ELF.typeRelocatable else {
            throw LinkError.unsupported(file: file, detail: "ELF type \(type) is not a relocatable object (ET_REL); link executables and shared libraries with dlopen instead")
        }
        guard machine == ELF.machineX86_64 else {
            throw LinkError.unsupported(file: file, detail: "machine \(machine) is not x86-64")
        }
        let sectionHeaderOffset = try reader.u64(40, "e_shoff")
        let entrySize = try reader.u16(58, "e_shentsize")
        var count = UInt64(try reader.u16(60, "e_shnum"))
        var namesIndex = UInt64(try reader.u16(62, "e_shstrndx"))
        guard sectionHeaderOffset != 0 else { throw LinkError.malformed(file: file, detail: "no section header table") }
        guard UInt64(entrySize) == ELF.sectionHeaderSize else {
            throw LinkError.malformed(file: file, detail: "section header size \(entrySize), expected 64")
        }
        if count == 0 { count = try reader.u64(sectionHeaderOffset + 32, "section 0 size (extended section count)") }
        if namesIndex == UInt64(ELF.shnXIndex) { namesIndex = UInt64(try reader.u32(sectionHeaderOffset + 40, "section 0 link (extended name index)")) }
        let (tableSize, overflow) = count.multipliedReportingOverflow(by: ELF.sectionHeaderSize)
        guard !overflow else { throw LinkError.malformed(file: file, detail: "section count \(count) is impossible") }
        try reader.require(sectionHeaderOffset, tableSize, "section header table")

        let headers = bytes.withUnsafeBytes { raw in
            var headers: [ELFSectionHeader] = []
            headers.reserveCapacity(Int(count))
            var at = Int(sectionHeaderOffset)
            for _ in 0..<Int(count) {
                headers.append(ELFSectionHeader(
                    nameOffset: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)),
                    type: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self)),
                    flags: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self)),
                    offset: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self)),
                    size: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 32, as: UInt64.self)),
                    link: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 40, as: UInt32.self)),
                    info: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 44, as: UInt32.self)),
                    alignment: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 48, as: UInt64.self)),
                    entrySize: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 56, as: UInt64.self))))
                at += Int(ELF.sectionHeaderSize)
            }
            return headers
        }
        for (index, header) in headers.enumerated() where header.type != ELF.shtNobits && header.type != ELF.shtNull {
            try reader.require(header.offset, header.size, "contents of section \(index)")
        }
        guard namesIndex < count else {
            throw LinkError.malformed(file: file, detail: "section name table index \(namesIndex) out of range (\(count) sections)")
        }
        guard headers[Int(namesIndex)].type == ELF.shtStrtab else {
            throw LinkError.malformed(file: file, detail: "section name table (section \(namesIndex)) is not a string table")
        }
        let sectionNameTable = Self.range(of: headers[Int(namesIndex)])
        for (index, header) in headers.enumerated() where header.size > ELF.largestSection || header.alignment > ELF.largestAlignment {
            let name = (try? Self.name(of: header, in: sectionNameTable, reader: reader)) ?? "\(index)"
            throw LinkError.unsupported(
                file: file,
                detail: "section \(name) is \(header.size) bytes aligned to \(header.alignment) (Orca supports up to 4 GiB and 1 MiB)")
        }

        let symtab = headers.indices.first { headers[$0].type == ELF.shtSymtab }
        let symbolStringTable: Range<Int>, symbolCount: Int, symbolTableOffset: Int, extendedIndexTable: UInt64?
        if let symtab {
            let header = headers[symtab]
            guard header.entrySize == ELF.symbolSize else {
                throw LinkError.malformed(file: file, detail: "symbol table entry size \(header.entrySize), expected 24")
            }
            guard Int(header.link) < headers.count, headers[Int(header.link)].type == ELF.shtStrtab else {
                throw LinkError.malformed(file: file, detail: "symbol table's string table index \(header.link) is not a string table")
            }
            symbolStringTable = Self.range(of: headers[Int(header.link)])
            symbolCount = Int(header.size / ELF.symbolSize)
            symbolTableOffset = Int(header.offset)
            extendedIndexTable = headers.first { $0.type == ELF.shtSymtabShndx && Int($0.link) == symtab }?.offset
        } else {
            symbolStringTable = 0..<0
            symbolCount = 0
            symbolTableOffset = 0
            extendedIndexTable = nil
        }
        return ELFFile(
            reader: reader, sectionHeaders: headers, sectionNameTable: sectionNameTable, symbolTableIndex: symtab,
            symbolStringTable: symbolStringTable, symbolCount: symbolCount, symbolTableOffset: symbolTableOffset,
            extendedIndexTable: extendedIndexTable)
    }

    private static func range(of header: ELFSectionHeader) -> Range<Int> {
        Int(header.offset)..<Int(header.offset + header.size)
    }

    /// The object's COMDAT groups: each group's signature and member sections.
    func comdatGroups() throws(LinkError) -> [(signature: String, members: [Int])] {
        var groups: [(signature: String, members: [Int])] = []
        for (index, header) in sectionHeaders.enumerated() where header.type == ELF.shtGroup {
            guard header.size >= 4, header.size % 4 == 0, Int(header.link) == symbolTableIndex, Int(header.info) < symbolCount else {
                throw LinkError.malformed(file: file, detail: "section group \(index) is malformed")
            }
            guard try reader.u32(header.offset, "flags of section group \(index)") & 1 != 0 else { continue }
            let signature = try symbol(Int(header.info))
            let name = signature.type == ELF.sttSection ? try sectionName(Int(signature.sectionIndex)) : try symbolName(signature, index: Int(header.info))
            var members: [Int] = []
            for entry in 1..<Int(header.size / 4) {
                let member = Int(try reader.u32(header.offset + UInt64(entry * 4), "member of section group \(index)"))
                guard member < sectionHeaders.count else {
                    throw LinkError.malformed(file: file, detail: "section group \(name) lists section \(member), which does not exist")
                }
                members.append(member)
            }
            groups.append((name, members))
        }
        return groups
    }

    /// Whether the object has initializer sections (.init_array, .ctors, .preinit_array).
    func hasInitializers() throws(LinkError) -> Bool {
        for index in sectionHeaders.indices where sectionHeaders[index].isAllocated && sectionHeaders[index].size > 0 {
            let type = sectionHeaders[index].type
            if type == ELF.shtInitArray || type == ELF.shtPreinitArray { return true }
            if type == ELF.shtProgbits, reader.withName(try sectionNameRange(index), { $0.hasPrefix(".ctors") }) { return true }
        }
        return false
    }

    func sectionName(_ index: Int) throws(LinkError) -> String {
        try Self.name(of: sectionHeaders[index], in: sectionNameTable, reader: reader)
    }

    /// Where section `index`'s name lies in the file (without its NUL).
    func sectionNameRange(_ index: Int) throws(LinkError) -> Range<Int> {
        try reader.stringRange(at: UInt64(sectionHeaders[index].nameOffset), in: sectionNameTable, "name of a section")
    }

    private static func name(of header: ELFSectionHeader, in table: Range<Int>, reader: ByteReader) throws(LinkError) -> String {
        try reader.string(at: UInt64(header.nameOffset), in: table, "name of a section")
    }

    /// The symbol at `index` of the symbol table (which must exist).
    func symbol(_ index: Int) throws(LinkError) -> ELFSymbol {
        let base = symbolTableOffset + index * Int(ELF.symbolSize)
        let symbol = reader.bytes.withUnsafeBytes { raw in
            ELFSymbol(
                nameOffset: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base, as: UInt32.self)),
                info: raw[base + 4], other: raw[base + 5],
                sectionIndex: UInt32(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: base + 6, as: UInt16.self))),
                value: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self)),
                size: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self)))
        }
        guard symbol.sectionIndex == UInt32(ELF.shnXIndex) else { return symbol }
        guard let table = extendedIndexTable else {
            throw LinkError.malformed(file: file, detail: "symbol \(index) uses SHN_XINDEX but there is no SHT_SYMTAB_SHNDX section")
        }
        let sectionIndex = try reader.u32(table + UInt64(index) * 4, "extended section index of symbol \(index)")
        return ELFSymbol(nameOffset: symbol.nameOffset, info: symbol.info, other: symbol.other, sectionIndex: sectionIndex,
                         value: symbol.value, size: symbol.size)
    }

    func symbolName(_ symbol: ELFSymbol, index: Int) throws(LinkError) -> String {
        try reader.string(at: UInt64(symbol.nameOffset), in: symbolStringTable, "name of symbol \(index)")
    }

    /// Where a symbol's name lies in the file (without its NUL).
    func symbolNameRange(_ symbol: ELFSymbol, index: Int) throws(LinkError) -> Range<Int> {
        try reader.stringRange(at: UInt64(symbol.nameOffset), in: symbolStringTable, "name of symbol \(index)")
    }
}

extension ELFFile {
    /// Parses and validates `bytes` (`file` names it in errors). Outside the type's body, so
    /// that `parse` can use the memberwise initializer.
    init(bytes: ArraySlice<UInt8>, file: String) throws(LinkError) {
        self = try Self.parse(ByteReader(bytes: bytes, file: file))
    }
}
