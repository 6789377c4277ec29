// SymbolName.swift — interned symbol names and the pool that interns them.
//
// A `SymbolName` is interned once per `ExecutionSession`: equality and hashing compare object
// identity, never string contents. Strings are only touched when a name is interned or printed.


/// The interned storage behind a `SymbolName`. Immutable, so it is safely shared between threads.
public final class SymbolStringPoolEntry: Sendable {
    /// The symbol's name as written in the object file or IR (already mangled).
    public let string: String
    /// `NameTable.hash` of the name's bytes.
    let hash: Int

    init(_ string: String, hash: Int) {
        self.string = string
        self.hash = hash
    }
}

/// An interned symbol name.
///
/// Two `SymbolName`s from the same pool are equal exactly when their strings are equal, and the
/// comparison is a pointer comparison. Hashing is O(1) in the length of the name.
public struct SymbolName: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The pool entry this name refers to.
    public let entry: SymbolStringPoolEntry

    init(_ entry: SymbolStringPoolEntry) { self.entry = entry }

    /// The name's characters.
    public var string: String { entry.string }

    public var description: String { entry.string }

    public static func == (lhs: SymbolName, rhs: SymbolName) -> Bool { lhs.entry === rhs.entry }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(entry)) }

    /// Hashes the interned entry's address directly (see IdentityHashing.swift).
    public func _rawHashValue(seed: Int) -> Int {
        mixedHash(UInt64(UInt(bitPattern: ObjectIdentifier(entry))), seed: seed)
    }

    /// Orders names by their strings (for stable error messages and listings).
    public static func < (lhs: SymbolName, rhs: SymbolName) -> Bool { lhs.string < rhs.string }
}

/// The set of interned names of one session (ORC's SymbolStringPool). Thread-safe.
///
/// Entries live while a `SymbolName` refers to them; `clearDeadEntries()` drops the ones nothing
/// else refers to any more.
public final class SymbolStringPool: Sendable {
    private struct Table {
        var names = NameTable()
        /// Size at which dead entries are next swept (so the pool does not grow with names
        /// that are no longer used; amortized O(1) per new name).
        var sweepAt = 4096
    }

    private let table = Locked(Table())

    /// Creates an empty pool.
    public init() {}

    /// Returns the interned name for `string`, adding it to the pool if it is new.
    public func intern(_ string: String) -> SymbolName {
        var utf8 = string
        return utf8.withUTF8 { intern(UnsafeRawBufferPointer($0), making: string) }
    }

    /// Returns the interned name whose UTF-8 bytes are `bytes` (an object file's string table,
    /// say), adding it if it is new; no `String` is made for a name interned before.
    public func intern(utf8 bytes: UnsafeRawBufferPointer) -> SymbolName {
        intern(bytes, making: nil)
    }

    private func intern(_ bytes: UnsafeRawBufferPointer, making string: String?) -> SymbolName {
        table.withLock { table in Self.intern(bytes, making: string, in: &table) }
    }

    /// Runs `body` with a function that interns names by their UTF-8 bytes, taking the pool's
    /// lock once for all of them (an object file's names, say). `body` must not use the pool
    /// otherwise, nor anything else that might.
    package func withInterning<Result, Failure: Error>(
        _ body: (_ intern: (UnsafeRawBufferPointer) -> SymbolName) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try table.withLock { table throws(Failure) in
            try body { bytes in Self.intern(bytes, making: nil, in: &table) }
        }
    }

    private static func intern(_ bytes: UnsafeRawBufferPointer, making string: String?, in table: inout Table) -> SymbolName {
        let hash = NameTable.hash(bytes)
        if let entry = table.names.entry(bytes, hash: hash) { return SymbolName(entry) }
        if table.names.count >= table.sweepAt {
            table.names.removeUnreferenced()
            table.sweepAt = max(4096, table.names.count * 2)
        }
        let entry = SymbolStringPoolEntry(string ?? String(decoding: bytes, as: UTF8.self), hash: hash)
        table.names.insert(entry)
        return SymbolName(entry)
    }

    /// Returns the interned name for `string` if it was interned before, without adding it.
    public func existingName(_ string: String) -> SymbolName? {
        var string = string
        return string.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            let hash = NameTable.hash(bytes)
            return table.withLock { $0.names.entry(bytes, hash: hash).map(SymbolName.init) }
        }
    }

    /// Removes every entry that no `SymbolName` outside the pool refers to.
    public func clearDeadEntries() {
        table.withLock { $0.names.removeUnreferenced() }
    }

    /// The number of interned names currently in the pool.
    public var count: Int { table.withLock { $0.names.count } }
}
