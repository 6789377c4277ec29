// OwnedNames.swift — the names a created tracker has defined, for removing them in O(their count).

/// The names defined under one tracker (rule R6). The first is kept inline: most trackers own
/// one small object that exports one symbol, which then costs no list. May name symbols that
/// changed owner since; the symbol table's `owner` field is authoritative.
struct OwnedNames {
    private var first: SymbolName?
    private var rest: [SymbolName] = []

    mutating func append(contentsOf names: some Collection<SymbolName>) {
        guard !names.isEmpty else { return }
        if first == nil, names.count == 1 {
            first = names.first
        } else {
            for name in names {
                if first == nil { first = name } else { rest.append(name) }
            }
        }
    }

    /// Calls `body` on each name, in the order they were added.
    func forEach(_ body: (SymbolName) -> Void) {
        guard let first else { return }
        body(first)
        for name in rest { body(name) }
    }
}
