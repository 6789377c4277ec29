// NameTable.swift — the symbol string pool's table: entries found by their names' bytes.

/// An open-addressing hash table of pool entries keyed by the UTF-8 bytes of their names, so a
/// name can be looked up straight from an object file's string table without making a `String`
/// first. Entries are only ever added, except by `removeUnreferenced()`, which rebuilds the
/// table; the load factor stays at most one half.
struct NameTable {
    private var slots: [SymbolStringPoolEntry?] = Array(repeating: nil, count: 64)
    private(set) var count = 0

    /// The hash of a name's bytes (8 bytes at a time; names come from code the JIT runs anyway,
    /// so no protection against chosen collisions is needed).
    static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var value: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            value = (value ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xff51_afd7_ed55_8ccd
            value ^= value >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        value = (value ^ tail) &* 0xc4ce_b9fe_1a85_ec53
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }

    /// The entry whose name is `bytes` (hashing to `hash`), if any.
    func entry(_ bytes: UnsafeRawBufferPointer, hash: Int) -> SymbolStringPoolEntry? {
        var slot = hash & (slots.count - 1)
        while let entry = slots[slot] {
            if entry.hash == hash && entry.hasName(bytes) { return entry }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds an entry whose name is not in the table yet.
    mutating func insert(_ entry: SymbolStringPoolEntry) {
        if (count + 1) * 2 > slots.count { rebuild(capacity: slots.count * 2) }
        place(entry)
        count += 1
    }

    /// Drops every entry nothing outside the table refers to; shrinks the table if it became
    /// sparse.
    mutating func removeUnreferenced() {
        var live: [SymbolStringPoolEntry] = []
        live.reserveCapacity(count)
        for index in slots.indices where slots[index] != nil {
            // Checked in place: a copy of the reference would make every entry look shared.
            if !isKnownUniquelyReferenced(&slots[index]) { live.append(slots[index]!) }
        }
        var capacity = 64
        while capacity < live.count * 2 { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        count = live.count
        for entry in live { place(entry) }
    }

    private mutating func rebuild(capacity: Int) {
        let old = slots
        slots = Array(repeating: nil, count: capacity)
        for case let entry? in old { place(entry) }
    }

    private mutating func place(_ entry: SymbolStringPoolEntry) {
        var slot = entry.hash & (slots.count - 1)
        while slots[slot] != nil { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = entry
    }
}

extension SymbolStringPoolEntry {
    /// Whether this entry's name is exactly `bytes`.
    func hasName(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // Read in place (pool strings are native, so contiguous); a copy to call `withUTF8` on
        // would cost a retain and a release per comparison.
        if let matches = string.utf8.withContiguousStorageIfAvailable({ Self.equal(UnsafeRawBufferPointer($0), bytes) }) {
            return matches
        }
        var string = string
        return string.withUTF8 { Self.equal(UnsafeRawBufferPointer($0), bytes) }
    }

    private static func equal(_ name: UnsafeRawBufferPointer, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard name.count == bytes.count else { return false }
        var offset = 0
        while offset + 8 <= name.count {
            guard name.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
            offset += 8
        }
        while offset < name.count {
            guard name[offset] == bytes[offset] else { return false }
            offset += 1
        }
        return true
    }
}
