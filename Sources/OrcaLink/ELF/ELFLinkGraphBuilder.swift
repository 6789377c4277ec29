// ELFLinkGraphBuilder.swift — turns an ELF relocatable object into a LinkGraph: allocated
// sections, symbols (locals, globals, externals, commons, absolutes) and one edge per
// relocation. Non-allocated sections (debug info, notes, .comment) are left out.

import OrcaCore

enum ELFLinkGraphBuilder {
    /// What an object offers a JITDylib, read from its symbol table without building the graph:
    /// the symbols it defines with their flags, the sizes of its COMMON symbols, and the interned
    /// name of every global symbol by symbol index (so that linking need not intern them again).
    struct SymbolTableScan: Sendable {
        var defined: [SymbolName: SymbolFlags] = [:]
        var commons: [SymbolName: UInt64] = [:]
        var globalNames: [GlobalName] = []
    }

    /// A global symbol's interned name, if the scan interned it. A struct, not an optional
    /// element, so that dropping a table of them is a loop of releases, not one generic
    /// optional-destroy call per element.
    struct GlobalName: Sendable {
        var name: SymbolName?
    }

    static func scanSymbols(of elf: ELFFile, session: ExecutionSession, discarding discarded: Set<Int> = []) throws(LinkError) -> SymbolTableScan {
        var scan = SymbolTableScan()
        guard let symbolTable = elf.symbolTableIndex else { return scan }
        scan.globalNames = .filled(with: GlobalName(), count: elf.symbolCount)
        // Locals come first: sh_info is the index of the first global (a hint only).
        let firstGlobal = min(elf.symbolCount, Int(elf.sectionHeaders[symbolTable].info))
        scan.defined = .reserving(elf.symbolCount - firstGlobal)
        var failure: LinkError?
        elf.reader.bytes.withUnsafeBytes { bytes in
            session.symbolStringPool.withInterning { intern in
                do throws(LinkError) {
                    for index in 1..<max(1, elf.symbolCount) {
                        let symbol = try elf.symbol(index)
                        guard symbol.binding != ELF.stbLocal, symbol.type != ELF.sttFile, symbol.type != ELF.sttSection else { continue }
                        let name = try elf.symbolNameRange(symbol, index: index)
                        if symbol.type == ELF.sttGNUIFunc && !symbol.isUndefined {
                            let text = String(decoding: bytes[name], as: UTF8.self)
                            throw LinkError.unsupported(file: elf.file, detail: "symbol '\(text)' is an indirect function (STT_GNU_IFUNC)")
                        }
                        let interned = intern(UnsafeRawBufferPointer(rebasing: bytes[name]))
                        scan.globalNames[index].name = interned
                        guard !symbol.isUndefined, discarded.isEmpty || !discarded.contains(Int(symbol.sectionIndex)) else { continue }
                        scan.defined[interned] = flags(of: symbol)
                        if symbol.sectionIndex == UInt32(ELF.shnCommon) { scan.commons[interned] = max(scan.commons[interned] ?? 0, symbol.size) }
                    }
                } catch {
                    failure = error
                }
            }
        }
        if let failure { throw failure }
        return scan
    }

    static func flags(of symbol: ELFSymbol) -> SymbolFlags {
        var flags: SymbolFlags = []
        if symbol.visibility == ELF.stvDefault || symbol.visibility == ELF.stvProtected { flags.insert(.exported) }
        if symbol.binding == ELF.stbWeak || symbol.sectionIndex == UInt32(ELF.shnCommon) { flags.insert(.weak) }
        if symbol.type == ELF.sttFunc { flags.insert(.callable) }
        return flags
    }

    /// Builds the whole graph.
    /// Builds the whole graph. `commonSize` gives the largest size any object declared for a
    /// COMMON symbol (a linker allocates the largest).
    /// Sections in `discarded` (members of COMDAT groups another object already provided) are
    /// left out: their global symbols become references to the other object's.
    static func build(
        _ elf: ELFFile, session: ExecutionSession, globalNames: [GlobalName] = [], discarded: Set<Int> = [],
        commonSize: (SymbolName) -> UInt64? = { _ in nil }
    ) throws(LinkError) -> LinkGraph {
        var graph = LinkGraph(file: elf.file, bytes: elf.reader.bytes, symbolNames: elf.symbolStringTable, sectionNames: elf.sectionNameTable)
        // ELF section and symbol index → graph index (-1: none), needed only while building.
        var failure: LinkError?
        withUnsafeTemporaryAllocation(of: Int.self, capacity: elf.sectionHeaders.count) { sectionMap in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: elf.symbolCount) { symbolMap in
                sectionMap.initialize(repeating: -1)
                symbolMap.initialize(repeating: -1)
                do throws(LinkError) {
                    try addSections(elf, discarding: discarded, into: sectionMap, to: &graph)
                    try addSymbols(elf, sectionMap: UnsafeBufferPointer(sectionMap), session: session, globalNames: globalNames,
                                   discarded: discarded, commonSize: commonSize, into: symbolMap, to: &graph)
                    try addEdges(elf, sectionMap: UnsafeBufferPointer(sectionMap), symbolMap: UnsafeBufferPointer(symbolMap), to: &graph)
                } catch {
                    failure = error
                }
            }
        }
        if let failure { throw failure }
        return graph
    }

    /// Adds every allocated section, recording ELF section index → graph section index in `map`.
    private static func addSections(
        _ elf: ELFFile, discarding discarded: Set<Int>, into map: UnsafeMutableBufferPointer<Int>, to graph: inout LinkGraph
    ) throws(LinkError) {
        graph.threadLocalOffsets = try threadLocalLayout(elf, graph: &graph)
        graph.sections.reserveCapacity(elf.sectionHeaders.count)
        for index in 1..<max(1, elf.sectionHeaders.count) {
            let header = elf.sectionHeaders[index]
            guard header.isAllocated, header.type != ELF.shtNull, header.type != ELF.shtGroup, discarded.isEmpty || !discarded.contains(index) else { continue }
            // .tbss has no initial image; .tdata's image is a read-only section of its own.
            if header.flags & ELF.shfTLS != 0 && header.type == ELF.shtNobits { continue }
            let alignment = max(1, header.alignment)
            guard alignment & (alignment - 1) == 0 else {
                throw LinkError.malformed(file: elf.file, detail: "section \(try elf.sectionName(index)) has alignment \(alignment), not a power of two")
            }
            let permission: MemoryPermission = header.flags & ELF.shfTLS != 0 ? .read
                : header.flags & ELF.shfExecInstr != 0 ? .readExecute : header.flags & ELF.shfWrite != 0 ? .readWrite : .read
            let content: GraphSection.Content =
                header.type == ELF.shtNobits ? .zeroFill : .file(Int(header.offset)..<Int(header.offset + header.size))
            let section = graph.sections.count
            // Code and zero-filled sections are never special: their names need not be read.
            var (isEHFrame, isExceptionTable, lifetime): (Bool, Bool, LifetimeSection?) = (false, false, nil)
            if permission != .readExecute && header.type != ELF.shtNobits {
                (isEHFrame, isExceptionTable, lifetime) = elf.reader.withName(try elf.sectionNameRange(index)) { name in
                    (name.equals(".eh_frame"), name.hasPrefix(".gcc_except_table"), LifetimeSection(section: section, name: name))
                }
            }
            // The unwinder reads an .eh_frame until a zero terminator, which crtend.o would add.
            let size = isEHFrame ? header.size + 4 : header.size
            map[index] = graph.addSection(GraphSection(
                name: .sectionTable(header.nameOffset), permission: permission, alignment: alignment, size: size, content: content))
            if isEHFrame { graph.ehFrameSection = section }
            if isExceptionTable { graph.hasExceptionData = true }
            if let lifetime { graph.lifetimeSections.append(lifetime) }
            if !graph.threadLocalOffsets.isEmpty, let offset = graph.threadLocalOffsets[index] { graph.threadLocalImage.append((section, offset)) }
        }
    }

    /// Offsets of the TLS sections in the object's thread-local block: .tdata first, then
    /// .tbss, each at its alignment (as a linker lays out the TLS segment).
    private static func threadLocalLayout(_ elf: ELFFile, graph: inout LinkGraph) throws(LinkError) -> [Int: UInt64] {
        func isThreadLocal(_ header: ELFSectionHeader) -> Bool { header.isAllocated && header.flags & ELF.shfTLS != 0 }
        guard elf.sectionHeaders.contains(where: isThreadLocal) else { return [:] }
        var offsets: [Int: UInt64] = [:]
        var size: UInt64 = 0
        for pass in [false, true] {
            for (index, header) in elf.sectionHeaders.enumerated() where isThreadLocal(header) && (header.type == ELF.shtNobits) == pass {
                let alignment = max(1, header.alignment)
                guard alignment & (alignment - 1) == 0 else {
                    throw LinkError.malformed(file: elf.file, detail: "thread-local section \(index) has alignment \(alignment), not a power of two")
                }
                size = (size + alignment - 1) & ~(alignment - 1)
                offsets[index] = size
                size += header.size
                graph.threadLocalAlignment = max(graph.threadLocalAlignment, alignment)
            }
        }
        graph.threadLocalSize = size
        return offsets
    }

    /// Adds every symbol, recording ELF symbol index → graph symbol index in `map` (-1 stays for
    /// unusable ones, e.g. in a section that is not allocated).
    private static func addSymbols(
        _ elf: ELFFile, sectionMap: UnsafeBufferPointer<Int>, session: ExecutionSession, globalNames: [GlobalName], discarded: Set<Int>,
        commonSize: (SymbolName) -> UInt64?, into map: UnsafeMutableBufferPointer<Int>, to graph: inout LinkGraph
    ) throws(LinkError) {
        guard elf.symbolCount > 1 else { return }
        graph.symbols.reserveCapacity(elf.symbolCount)
        var commonSection: Int?
        for index in 1..<elf.symbolCount {
            let symbol = try elf.symbol(index)
            guard symbol.type != ELF.sttFile else { continue }
            let isGlobal = symbol.binding != ELF.stbLocal
            let storedName: GraphName
            if symbol.type == ELF.sttSection {
                guard Int(symbol.sectionIndex) < elf.sectionHeaders.count else {
                    throw LinkError.malformed(file: elf.file, detail: "section symbol \(index) refers to section \(symbol.sectionIndex), which does not exist")
                }
                storedName = .sectionTable(elf.sectionHeaders[Int(symbol.sectionIndex)].nameOffset)
            } else {
                guard UInt64(symbol.nameOffset) < UInt64(elf.symbolStringTable.count) else {
                    throw LinkError.malformed(file: elf.file, detail: "name of symbol \(index): offset \(symbol.nameOffset) outside its string table")
                }
                storedName = .symbolTable(symbol.nameOffset)
            }
            // Names are read as text only for messages; globals were interned by the scan.
            func name() -> String { (try? elf.symbolName(symbol, index: index)) ?? "#\(index)" }
            if symbol.type == ELF.sttGNUIFunc {
                throw LinkError.unsupported(file: elf.file, detail: "symbol '\(name())' is an indirect function (STT_GNU_IFUNC)")
            }
            var linkName: SymbolName?
            var nameRange: Range<Int> = 0..<0
            if isGlobal {
                nameRange = try elf.symbolNameRange(symbol, index: index)
                linkName = index < globalNames.count ? globalNames[index].name : nil
                if linkName == nil {
                    linkName = elf.reader.bytes.withUnsafeBytes { session.intern(utf8: UnsafeRawBufferPointer(rebasing: $0[nameRange])) }
                }
            }
            let definition: SymbolDefinition
            switch symbol.sectionIndex {
            case UInt32(ELF.shnUndef):
                guard isGlobal else { continue }
                definition = .external(weakReference: symbol.binding == ELF.stbWeak)
            case UInt32(ELF.shnAbs):
                definition = .absolute(symbol.value)
            case UInt32(ELF.shnCommon):
                let alignment = max(1, symbol.value)
                guard alignment <= ELF.largestAlignment, symbol.size <= ELF.largestSection else {
                    throw LinkError.unsupported(file: elf.file, detail: "common symbol '\(name())' of \(symbol.size) bytes aligned to \(alignment) is too large")
                }
                guard alignment & (alignment - 1) == 0 else {
                    throw LinkError.malformed(file: elf.file, detail: "common symbol '\(name())' has alignment \(alignment), not a power of two")
                }
                let section = commonSection ?? graph.addSection(GraphSection(name: .text(".bss.common"), permission: .readWrite, alignment: 1, size: 0, content: .zeroFill))
                commonSection = section
                let offset = (graph.sections[section].size + alignment - 1) & ~(alignment - 1)
                let declared = linkName.flatMap(commonSize) ?? 0
                let size = max(symbol.size, min(declared, ELF.largestSection))
                graph.sections[section].size = offset + size
                graph.sections[section].alignment = max(graph.sections[section].alignment, alignment)
                definition = .defined(section: section, offset: offset)
            case let index where !graph.threadLocalOffsets.isEmpty && graph.threadLocalOffsets[Int(index)] != nil:
                definition = .threadLocal(offset: graph.threadLocalOffsets[Int(index)]! + symbol.value)
            default:
                guard Int(symbol.sectionIndex) < sectionMap.count else {
                    throw LinkError.malformed(file: elf.file, detail: "symbol '\(name())' refers to section \(symbol.sectionIndex), which does not exist")
                }
                let section = sectionMap[Int(symbol.sectionIndex)]
                if section < 0 && isGlobal && !discarded.isEmpty && discarded.contains(Int(symbol.sectionIndex)) {
                    definition = .external(weakReference: false)
                    break
                }
                guard section >= 0 else { continue }
                guard symbol.value <= graph.sections[section].size else {
                    throw LinkError.malformed(file: elf.file, detail: "symbol '\(name())' at offset \(symbol.value) lies outside section \(graph.sectionName(section))")
                }
                definition = .defined(section: section, offset: symbol.value)
            }
            let flags = flags(of: symbol)
            if isGlobal {
                let (isGOTName, isExceptionName) = elf.reader.withName(nameRange) { name in
                    (name.equals("_GLOBAL_OFFSET_TABLE_"), name.hasSuffix("_personality_v0") || name.hasPrefix("DW.ref."))
                }
                if case .external = definition, isGOTName { graph.globalOffsetTableReferences.append(graph.symbols.count) }
                if isExceptionName { graph.hasExceptionData = true }
            }
            map[index] = graph.addSymbol(GraphSymbol(
                name: storedName, linkName: linkName, definition: definition, size: symbol.size,
                isGlobal: isGlobal, isWeak: flags.contains(.weak), isExported: isGlobal && flags.contains(.exported),
                isCallable: flags.contains(.callable)))
        }
    }

    /// Adds one edge per relocation of an allocated section.
    private static func addEdges(
        _ elf: ELFFile, sectionMap: UnsafeBufferPointer<Int>, symbolMap: UnsafeBufferPointer<Int>, to graph: inout LinkGraph
    ) throws(LinkError) {
        var absoluteZero: Int?
        var total = 0
        for header in elf.sectionHeaders where header.type == ELF.shtRela { total += Int(header.size / ELF.relaSize) }
        graph.edges.reserveCapacity(total)
        for header in elf.sectionHeaders where header.type == ELF.shtRela || header.type == ELF.shtRel {
            guard Int(header.info) < sectionMap.count else {
                throw LinkError.malformed(file: elf.file, detail: "relocation section applies to section \(header.info), which does not exist")
            }
            let target = sectionMap[Int(header.info)]
            guard target >= 0 else { continue }
            guard header.type == ELF.shtRela else {
                throw LinkError.unsupported(file: elf.file, detail: "SHT_REL relocations for \(graph.sectionName(target)) (x86-64 uses SHT_RELA)")
            }
            guard header.entrySize == ELF.relaSize, Int(header.link) == elf.symbolTableIndex else {
                throw LinkError.malformed(file: elf.file, detail: "relocations for \(graph.sectionName(target)) have entry size \(header.entrySize) or symbol table \(header.link)")
            }
            let count = Int(header.size / ELF.relaSize)
            let reader = elf.reader, sectionSize = graph.sections[target].size, isEHFrame = target == graph.ehFrameSection
            for entry in 0..<count {
                let base = Int(header.offset) + entry * Int(ELF.relaSize)
                let (offset, info, addend) = reader.bytes.withUnsafeBytes { raw in
                    (UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base, as: UInt64.self)),
                     UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self)),
                     Int64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 16, as: Int64.self)))
                }
                let symbolIndex = Int(info >> 32)
                guard symbolIndex < symbolMap.count else {
                    throw LinkError.malformed(file: elf.file, detail: "relocation \(entry) of \(graph.sectionName(target)) refers to symbol \(symbolIndex), which does not exist")
                }
                var symbol = symbolIndex == 0 ? -1 : symbolMap[symbolIndex]
                let type = UInt32(truncatingIfNeeded: info)
                guard type != 0 else { continue }
                guard let kind = EdgeKind(relocationType: type) else {
                    throw EdgeKind.unsupported(
                        relocationType: type, file: elf.file, section: graph.sectionName(target),
                        symbol: symbol >= 0 ? graph.name(of: symbol) : "#\(symbolIndex)")
                }
                if symbolIndex == 0 {
                    symbol = absoluteZero ?? graph.addSymbol(GraphSymbol(name: .text("<absolute 0>"), definition: .absolute(0), size: 0,
                                                                        isGlobal: false, isWeak: false, isExported: false, isCallable: false))
                    absoluteZero = symbol
                }
                // An .eh_frame entry for a function whose COMDAT group was discarded keeps a zero
                // address, which the unwinder skips (as system linkers leave it).
                if symbol < 0, isEHFrame { continue }
                guard symbol >= 0 else {
                    throw LinkError.malformed(file: elf.file, detail: "\(kind.relocationName) at \(graph.sectionName(target))+0x\(String(offset, radix: 16)) refers to symbol \(symbolIndex) in a section that is not loaded")
                }
                let (end, overflow) = offset.addingReportingOverflow(kind.width)
                guard !overflow, end <= sectionSize else {
                    throw LinkError.malformed(file: elf.file, detail: "\(kind.relocationName) at \(graph.sectionName(target))+0x\(String(offset, radix: 16)) lies outside the section (\(sectionSize) bytes)")
                }
                graph.edges.append(Edge(section: Int32(target), offset: offset, kind: kind, symbol: Int32(symbol), addend: addend))
            }
        }
    }
}
