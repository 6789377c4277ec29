// ObjectCache.swift — compiled objects by the content they were compiled from, in memory and
// optionally on disk, so that IR seen before skips optimization and code generation.

import CLLVM
import FoundationEssentials
import Glibc
import OrcaCore

/// A content-addressed cache of compiled objects. A key is the SHA-256 of the IR (its bytes as
/// given: text, bitcode, or a module's bitcode) together with everything that changes the code
/// compiled from it — LLVM's version, triple, CPU, CPU features, optimization and code generation
/// levels — so a hit gives exactly the object compilation would. Objects are kept in memory up
/// to `memoryLimit` bytes (least recently used ones go first) and, if a directory is given, also
/// written there as `<key>.o` and read back by later processes. Thread-safe.
public final class ObjectCache: Sendable {
    /// A cache key: a SHA-256 digest.
    public struct Key: Hashable, Sendable, CustomStringConvertible {
        let words: (UInt64, UInt64, UInt64, UInt64)

        /// The digest of `configuration` and `content`.
        init(configuration: String, content: UnsafeRawBufferPointer) {
            var digest = [UInt8](repeating: 0, count: 32)
            var configuration = configuration
            configuration.withUTF8 { prefix in
                OrcaSHA256(prefix.baseAddress, prefix.count, content.baseAddress, content.count, &digest)
            }
            func word(_ index: Int) -> UInt64 { digest[index * 8..<index * 8 + 8].reduce(0) { $0 << 8 | UInt64($1) } }
            words = (word(0), word(1), word(2), word(3))
        }

        /// The digest in hexadecimal (64 characters).
        public var description: String {
            [words.0, words.1, words.2, words.3].map { word in
                let hex = String(word, radix: 16)
                return String(repeating: "0", count: 16 - hex.count) + hex
            }.joined()
        }

        public static func == (lhs: Key, rhs: Key) -> Bool { lhs.words == rhs.words }
        public func hash(into hasher: inout Hasher) { hasher.combine(words.0) }
    }

    /// What the cache has done so far.
    public struct Statistics: Sendable, Equatable {
        /// Lookups that found an object (in memory or on disk).
        public var hits = 0
        /// Lookups that found none.
        public var misses = 0
        /// Objects stored (each compiled once).
        public var stores = 0
        /// Objects held in memory now, and their bytes.
        public var objectsInMemory = 0
        public var bytesInMemory = 0
        /// Bytes written to the cache directory by this process.
        public var bytesWritten = 0
    }

    private struct Entry {
        var bytes: [UInt8]
        var lastUse: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var clock: UInt64 = 0
        var statistics = Statistics()
    }

    private let state = Locked(State())
    /// The most bytes of objects kept in memory.
    public let memoryLimit: Int
    /// Where objects are also stored, if anywhere.
    public let directory: String?

    /// A cache keeping up to `memoryLimit` bytes of objects in memory and, if `directory` is
    /// given (it is created if missing), every object on disk as well.
    ///
    /// - Throws: a Foundation error if the directory cannot be created.
    public init(memoryLimit: Int = 64 << 20, directory: String? = nil) throws {
        self.memoryLimit = memoryLimit
        self.directory = directory
        if let directory { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
    }

    /// The key for `content` compiled under `configuration` (a description of everything else
    /// that changes the compiled code).
    public func key(for content: [UInt8], configuration: String) -> Key {
        content.withUnsafeBytes { Key(configuration: configuration, content: $0) }
    }

    /// The key for `module` compiled under `configuration`: the digest of its bitcode, written
    /// with the module's identifier and source file name left out (they name the module but do
    /// not change the code compiled from it).
    ///
    /// - Throws: `LLVMError.moduleConsumed` if the module was handed to a JIT.
    public func key(for module: ThreadSafeModule, configuration: String) throws -> Key {
        let bitcode = try module.withModule { module -> [UInt8] in
            var length = 0
            let identifier = String(cString: LLVMGetModuleIdentifier(module, &length))
            let sourceFile = String(cString: LLVMGetSourceFileName(module, &length))
            LLVMSetModuleIdentifier(module, "", 0)
            LLVMSetSourceFileName(module, "", 0)
            defer {
                LLVMSetModuleIdentifier(module, identifier, identifier.utf8.count)
                LLVMSetSourceFileName(module, sourceFile, sourceFile.utf8.count)
            }
            return ThreadSafeModule.bitcode(of: module)
        }
        return key(for: bitcode, configuration: configuration)
    }

    /// The object stored under `key`, from memory or else from the directory; counts a hit or a
    /// miss.
    public func object(for key: Key) -> [UInt8]? {
        let found = state.withLock { state -> [UInt8]? in
            state.clock += 1
            guard var entry = state.entries[key] else { return nil }
            entry.lastUse = state.clock
            state.entries[key] = entry
            state.statistics.hits += 1
            return entry.bytes
        }
        if let found { return found }
        if let directory, let data = FileManager.default.contents(atPath: path(for: key, in: directory)) {
            let bytes = [UInt8](data)
            state.withLock { state in
                state.statistics.hits += 1
                keep(bytes, for: key, in: &state)
            }
            return bytes
        }
        state.withLock { $0.statistics.misses += 1 }
        return nil
    }

    /// Stores `object` under `key`, in memory (evicting the least recently used objects beyond
    /// the limit) and in the directory. A failed disk write leaves the memory copy.
    public func store(_ object: [UInt8], for key: Key) {
        state.withLock { state in
            state.statistics.stores += 1
            keep(object, for: key, in: &state)
        }
        guard let directory else { return }
        let target = path(for: key, in: directory)
        let temporary = target + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(object)), rename(temporary, target) == 0 else {
            unlink(temporary)
            return
        }
        state.withLock { $0.statistics.bytesWritten += object.count }
    }

    /// Counts so far, and what memory holds now.
    public var statistics: Statistics { state.withLock { $0.statistics } }

    /// Forgets every object held in memory (the directory is left alone).
    public func removeAllFromMemory() {
        state.withLock { state in
            state.entries = [:]
            state.statistics.objectsInMemory = 0
            state.statistics.bytesInMemory = 0
        }
    }

    private func keep(_ bytes: [UInt8], for key: Key, in state: inout State) {
        state.clock += 1
        if let old = state.entries.updateValue(Entry(bytes: bytes, lastUse: state.clock), forKey: key) {
            state.statistics.bytesInMemory -= old.bytes.count
        } else {
            state.statistics.objectsInMemory += 1
        }
        state.statistics.bytesInMemory += bytes.count
        while state.statistics.bytesInMemory > memoryLimit, let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            state.entries[oldest.key] = nil
            state.statistics.objectsInMemory -= 1
            state.statistics.bytesInMemory -= oldest.value.bytes.count
        }
    }

    private func path(for key: Key, in directory: String) -> String { "\(directory)/\(key).o" }
}
