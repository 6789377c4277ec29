// IdentityHashing.swift — cheap hashing for keys that are already unique integers or pointers.
//
// Interned names and serial identifiers need no cryptographic hashing: mixing their bits once
// spreads them over a table as well as SipHash does, at a fraction of the cost. Dictionary asks
// keys for `_rawHashValue(seed:)` (the entry point Hashable provides for exactly this), so keys
// that implement it skip Hasher entirely. The per-table seed is still mixed in.

/// Mixes `value` with `seed` (the finalizer of splitmix64).
@inline(__always)
func mixedHash(_ value: UInt64, seed: Int) -> Int {
    var bits = value ^ UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15
    bits = (bits ^ (bits >> 30)) &* 0xBF58_476D_1CE4_E5B9
    bits = (bits ^ (bits >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int(truncatingIfNeeded: bits ^ (bits >> 31))
}

/// A serial number issued by a session (JITDylibs, units, responsibilities, queries). Zero means
/// none.
struct SerialID: Hashable, Comparable {
    let value: UInt64

    static let none = SerialID(value: 0)

    static func < (lhs: SerialID, rhs: SerialID) -> Bool { lhs.value < rhs.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }

    func _rawHashValue(seed: Int) -> Int { mixedHash(value, seed: seed) }
}
