// OwnedNames.swift — the names a created tracker has defined, for removing them in O(their count).

/// The names defined under one tracker (rule R6), as the tables they came in (a unit's symbols:
/// shared, not copied). The first is kept inline, and if it holds one name, only that name: most
/// trackers own one object, which then costs no list. May name symbols that changed owner since;
/// the symbol table's `owner` field is authoritative.
struct OwnedNames {
    /// Tables whose keys are the names after the first table's (their values are not used).
    private var tables: [[SymbolName: SymbolFlags]] = []
    private var first = First.none

    private enum First {
        case none
        case name(SymbolName)
        case table([SymbolName: SymbolFlags])
    }

    /// Adds the names of `table`.
    mutating func append(namesOf table: [SymbolName: SymbolFlags]) {
        guard !table.isEmpty else { return }
        guard case .none = first else {
            tables.append(table)
            return
        }
        if table.count == 1, let name = table.first?.key { first = .name(name) } else { first = .table(table) }
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
        switch first {
        case .none: return
        case let .name(name): body(name)
        case let .table(table): for name in table.keys { body(name) }
        }
        for table in tables {
            for name in table.keys { body(name) }
        }
    }
}
