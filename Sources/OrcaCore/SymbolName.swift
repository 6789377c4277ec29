// SymbolName.swift — interned symbol names and the pool that interns them.
//
// A `SymbolName` is interned once per `ExecutionSession`: equality and hashing compare object
// identity, never string contents. Strings are only touched when a name is interned or printed.


/// The interned storage behind a `SymbolName`. Immutable, so it is safely shared between threads.
public final class SymbolStringPoolEntry: Sendable {
    /// The symbol's name as written in the object file or IR (already mangled).
    public let string: String

    init(_ string: String) { self.string = string }
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
        var entries: [String: SymbolStringPoolEntry] = [:]
        /// Size at which dead entries are next swept (so the pool does not grow with names
        /// that are no longer used; amortized O(1) per new name).
        var sweepAt = 4096
    }

    private let table = Locked(Table())

    /// Creates an empty pool.
    public init() {}

    /// Returns the interned name for `string`, adding it to the pool if it is new.
    public func intern(_ string: String) -> SymbolName {
        table.withLock { table in
            if table.entries.count >= table.sweepAt {
                Self.removeDeadEntries(&table.entries)
                table.sweepAt = max(4096, table.entries.count * 2)
            }
            // One hash of the string, whether the name is new or not.
            return SymbolName(Self.entry(&table.entries[string, default: SymbolStringPoolEntry(string)]))
        }
    }

    private static func entry(_ entry: inout SymbolStringPoolEntry) -> SymbolStringPoolEntry { entry }

    /// Returns the interned name for `string` if it was interned before, without adding it.
    public func existingName(_ string: String) -> SymbolName? {
        table.withLock { $0.entries[string].map(SymbolName.init) }
    }

    /// Removes every entry that no `SymbolName` outside the pool refers to.
    public func clearDeadEntries() {
        table.withLock { Self.removeDeadEntries(&$0.entries) }
    }

    private static func removeDeadEntries(_ entries: inout [String: SymbolStringPoolEntry]) {
        // Walks the values in place: iterating `entries.values.indices` would keep a second
        // reference to the storage, so every access would copy it and no entry would look unique.
        var dead: [String] = []
        var index = entries.values.startIndex
        while index != entries.values.endIndex {
            if isKnownUniquelyReferenced(&entries.values[index]) { dead.append(entries.keys[index]) }
            entries.values.formIndex(after: &index)
        }
        for string in dead { entries.removeValue(forKey: string) }
        entries.shrinkIfSparse()
    }

    /// The number of interned names currently in the pool.
    public var count: Int { table.withLock { $0.entries.count } }
}
