// OwnedNames.swift — the names a created tracker has defined, for removing them in O(their count).

/// The names defined under one tracker (rule R6). A lone first name is kept inline: most trackers
/// own one small object that exports one symbol, which then costs no list. Several names defined
/// together are kept as the table they came in (a unit's symbols: shared, not copied). May name
/// symbols that changed owner since; the symbol table's `owner` field is authoritative.
struct OwnedNames {
    private var first: SymbolName?
    /// Tables whose keys are the other names (their values are not used).
    private var tables: [[SymbolName: SymbolFlags]] = []

    /// Adds the names of `table`.
    mutating func append(namesOf table: [SymbolName: SymbolFlags]) {
        guard !table.isEmpty else { return }
        if first == nil, tables.isEmpty, table.count == 1 { first = table.first?.key } else { tables.append(table) }
    }

    /// Adds `names` (a transfer's: rare, so they are made into a table).
    mutating func append(contentsOf names: [SymbolName]) {
        var table: [SymbolName: SymbolFlags] = [:]
        table.reserveCapacity(names.count)
        for name in names { table[name] = [] }
        append(namesOf: table)
    }

    /// Calls `body` on each name.
    func forEach(_ body: (SymbolName) -> Void) {
        if let first { body(first) }
        for table in tables {
            for name in table.keys { body(name) }
        }
    }
}
