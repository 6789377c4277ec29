// SymbolTables.swift — making the small tables of symbols that units and linkers build per
// object, through code specialized for their types.
//
// Reserving capacity in a generic context (or where the optimizer merges specializations)
// looks the table's storage types up at run time, which costs more than filling a small table.
// These are concrete, so the calls inside them are specialized.

extension Dictionary where Key == SymbolName, Value == SymbolFlags {
    /// An empty table with room for `count` symbols.
    package static func reserving(_ count: Int) -> Self { Self(minimumCapacity: count) }
}

extension Dictionary where Key == SymbolName, Value == ExecutorSymbol {
    /// An empty table with room for `count` symbols.
    package static func reserving(_ count: Int) -> Self { Self(minimumCapacity: count) }
}
