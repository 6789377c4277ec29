// ObjectFile.swift — the bytes of a relocatable object and the name used in messages.

import Foundation

/// A relocatable object file (ELF64 x86-64) in memory.
public struct ObjectFile: Sendable {
    /// The name errors use: a path, or `archive.a(member.o)`.
    public let name: String
    /// The file's contents.
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Reads the object at `path`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LinkError.system(call: "open", errno: errno, detail: "cannot read \(path)")
        }
        self.init(name: path, bytes: [UInt8](data))
    }
}
