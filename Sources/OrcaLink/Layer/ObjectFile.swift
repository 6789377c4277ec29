// ObjectFile.swift — the bytes of a relocatable object and the name used in messages.

import FoundationEssentials
import Glibc

/// A relocatable object file (ELF64 x86-64) in memory.
public struct ObjectFile: Sendable {
    /// The name errors use: a path, or `archive.a(member.o)`.
    public let name: String
    /// The file's contents: an archive member's are a part of the archive's bytes, not a copy.
    let contents: ArraySlice<UInt8>

    /// The file's contents (a copy only for an archive member).
    public var bytes: [UInt8] { Array(contents) }

    public init(name: String, bytes: [UInt8]) {
        self.init(name: name, contents: bytes[...])
    }

    init(name: String, contents: ArraySlice<UInt8>) {
        self.name = name
        self.contents = contents
    }

    /// Whether the object uses 32-bit absolute addresses (R_X86_64_32 / 32S: code compiled
    /// without -fPIC / -fPIE), so that it and whatever it refers to must be placed below 2 GiB.
    public func requiresLowAddresses() throws -> Bool {
        let elf = try ELFFile(bytes: contents, file: name)
        for header in elf.sectionHeaders where header.type == ELF.shtRela && header.entrySize == ELF.relaSize {
            guard Int(header.info) < elf.sectionHeaders.count, elf.sectionHeaders[Int(header.info)].isAllocated else { continue }
            for entry in 0..<Int(header.size / ELF.relaSize) {
                let type = elf.reader.uncheckedInteger(UInt32.self, at: Int(header.offset) + entry * Int(ELF.relaSize) + 8)
                if type == 10 || type == 11 { return true }
            }
        }
        return false
    }

    /// Reads the object at `path`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LinkError.system(call: "open", errno: errno, detail: "cannot read \(path)")
        }
        self.init(name: path, bytes: [UInt8](data))
    }
}
