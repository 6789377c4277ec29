// DictionaryShrinking.swift — giving table memory back after mass removal.

extension Dictionary {
    /// Rebuilds the dictionary at a capacity fitting its contents when it has become sparse
    /// (Swift dictionaries never shrink by themselves). Amortized O(1) per removal.
    @inlinable public mutating func shrinkIfSparse() {
        guard capacity > 256, count * 8 < capacity else { return }
        var compact = Dictionary(minimumCapacity: count)
        for (key, value) in self { compact[key] = value }
        self = compact
    }
}
