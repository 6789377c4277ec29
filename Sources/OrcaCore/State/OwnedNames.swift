// OwnedNames.swift — the names a created tracker has defined, for removing them in O(their count).

/// The names defined under one tracker (rule R6). A lone first name is kept inline: most trackers
/// own one small object that exports one symbol, which then costs no list. Several names defined
/// together are kept as the table they came in (a unit's symbols: shared, not copied). May name
/// symbols that changed owner since; the symbol table's `owner` field is authoritative.
struct OwnedNames {
    private var first: SymbolName?
    private var tables: [[SymbolName: SymbolFlags]] = []
    private var rest: [SymbolName] = []

    /// Adds the names of `table`.
    mutating func append(namesOf table: [SymbolName: SymbolFlags]) {
        guard !table.isEmpty else { return }
        if first == nil, tables.isEmpty, table.count == 1 { first = table.first?.key } else { tables.append(table) }
    }

    mutating func append(contentsOf names: [SymbolName]) {
        guard !names.isEmpty else { return }
        var names = names[...]
        if first == nil { first = names.removeFirst() }
        rest.append(contentsOf: names)
    }

    /// Calls `body` on each name.
    func forEach(_ body: (SymbolName) -> Void) {
        if let first { body(first) }
        for table in tables {
            for name in table.keys { body(name) }
        }
        for name in rest { body(name) }
    }
}
