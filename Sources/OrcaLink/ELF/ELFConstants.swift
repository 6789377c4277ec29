// ELFConstants.swift — the ELF64 / x86-64 numbers the reader needs (from the System V ABI).

enum ELF {
    static let classELF64: UInt8 = 2
    static let dataLittleEndian: UInt8 = 1
    static let typeRelocatable: UInt16 = 1
    static let machineX86_64: UInt16 = 62

    static let headerSize = 64
    /// Limits Orca puts on sizes and alignments (far above anything real; they keep arithmetic
    /// on hostile input from overflowing).
    static let largestSection: UInt64 = 1 << 32
    static let largestAlignment: UInt64 = 1 << 20
    static let sectionHeaderSize: UInt64 = 64
    static let symbolSize: UInt64 = 24
    static let relaSize: UInt64 = 24

    // Section types.
    static let shtNull: UInt32 = 0
    static let shtProgbits: UInt32 = 1
    static let shtSymtab: UInt32 = 2
    static let shtStrtab: UInt32 = 3
    static let shtRela: UInt32 = 4
    static let shtNobits: UInt32 = 8
    static let shtRel: UInt32 = 9
    static let shtInitArray: UInt32 = 14
    static let shtFiniArray: UInt32 = 15
    static let shtPreinitArray: UInt32 = 16
    static let shtGroup: UInt32 = 17
    static let shtSymtabShndx: UInt32 = 18
    static let shtX86_64Unwind: UInt32 = 0x7000_0001

    // Section flags.
    static let shfWrite: UInt64 = 0x1
    static let shfAlloc: UInt64 = 0x2
    static let shfExecInstr: UInt64 = 0x4
    static let shfMerge: UInt64 = 0x10
    static let shfStrings: UInt64 = 0x20
    static let shfTLS: UInt64 = 0x400

    // Special section indices.
    static let shnUndef: UInt16 = 0
    static let shnLoReserve: UInt16 = 0xff00
    static let shnAbs: UInt16 = 0xfff1
    static let shnCommon: UInt16 = 0xfff2
    static let shnXIndex: UInt16 = 0xffff

    // Symbol bindings, types and visibilities.
    static let stbLocal: UInt8 = 0
    static let stbGlobal: UInt8 = 1
    static let stbWeak: UInt8 = 2
    static let sttNoType: UInt8 = 0
    static let sttObject: UInt8 = 1
    static let sttFunc: UInt8 = 2
    static let sttSection: UInt8 = 3
    static let sttFile: UInt8 = 4
    static let sttCommon: UInt8 = 5
    static let sttTLS: UInt8 = 6
    static let sttGNUIFunc: UInt8 = 10
    static let stvDefault: UInt8 = 0
    static let stvInternal: UInt8 = 1
    static let stvHidden: UInt8 = 2
    static let stvProtected: UInt8 = 3
}
