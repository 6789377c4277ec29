// SymbolTables.swift — making the small tables of symbols that units and linkers build per
// object.
//
// `init(minimumCapacity:)` runs unspecialized and looks the table's storage type up at run time
// on every call, which costs more than filling a small table.

extension Dictionary where Key == SymbolName, Value == SymbolFlags {
    /// An empty table with room for `count` symbols.
    package static func reserving(_ count: Int) -> Self {
        // Small tables start as a copy of an empty one made once: their first insertion copies
        // its storage, through code specialized for the table's types.
        count < emptySymbolTables.count ? emptySymbolTables[Swift.max(0, count)] : Self(minimumCapacity: count)
    }
}

/// Empty tables with room for 0 to 32 symbols.
private let emptySymbolTables: [[SymbolName: SymbolFlags]] = (0...32).map { [SymbolName: SymbolFlags](minimumCapacity: $0) }
