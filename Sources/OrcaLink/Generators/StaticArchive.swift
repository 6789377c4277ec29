// StaticArchive.swift — a static library as a definition generator: like a system linker, it
// adds only the members that define a symbol someone needs.

import FoundationEssentials
import Glibc
import OrcaCore

/// Adds an archive's members to a JITDylib on demand: when a lookup needs a symbol the archive's
/// index lists, the member defining it is added (once) under the archive's tracker, and linked
/// when first used; its own undefined symbols are then looked up in turn, pulling in further
/// members.
public final class StaticArchive: DefinitionGenerator {
    /// The archive's path.
    public let path: String
    private let archive: ArchiveReader
    private let layer: ObjectLinkingLayer
    private let tracker: ResourceTracker?
    private let added = Locked<Set<Int>>([])

    /// Reads the archive at `path`. Members are added through `layer`, owned by `tracker` (or the
    /// JITDylib's default tracker).
    public convenience init(path: String, layer: ObjectLinkingLayer, tracker: ResourceTracker? = nil) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LinkError.system(call: "open", errno: errno, detail: "cannot read \(path)")
        }
        try self.init(path: path, bytes: [UInt8](data), layer: layer, tracker: tracker)
    }

    /// Uses an archive already in memory.
    public init(path: String, bytes: [UInt8], layer: ObjectLinkingLayer, tracker: ResourceTracker? = nil) throws {
        self.path = path
        archive = try ArchiveReader(path: path, bytes: bytes)
        self.layer = layer
        self.tracker = tracker
    }

    /// The number of members in the archive.
    public var memberCount: Int { archive.members.count }

    /// The members added so far.
    public var addedMembers: [String] { added.withLock { $0.sorted().map { archive.members[$0].name } } }

    public func tryToGenerate(_ kind: LookupKind, jitDylib: JITDylib, flags: JITDylibLookupFlags, names: SymbolLookupSet) throws {
        for (name, _) in names {
            guard let member = archive.member(defining: name.string),
                  added.withLock({ $0.insert(member).inserted })
            else { continue }
            try layer.add(archive.object(member), to: jitDylib, tracker: tracker)
        }
    }
}
