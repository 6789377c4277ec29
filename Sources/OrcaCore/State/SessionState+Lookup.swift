// SessionState+Lookup.swift — finding symbols along a search order and registering queries
// (rule C6).

extension SessionState {
    /// The first JITDylib in `order` whose table has a matching definition of `name`.
    func locate(_ name: SymbolName, in order: JITDylibSearchOrder) -> SymbolKey? {
        locateEntry(name, in: order).map { SymbolKey(dylib: $0.dylib, name: name) }
    }

    /// Where `locate` found a definition: plain data (no name), so that finding one costs no
    /// reference counting.
    struct LocatedSymbol {
        let dylib: DylibID
        let symbol: SymbolEntry
        /// The position in the search order it was found at.
        let position: Int
    }

    /// `locate`, with the definition found and the position in `order` it was found at.
    func locateEntry(_ name: SymbolName, in order: JITDylibSearchOrder) -> LocatedSymbol? {
        for (position, entry) in order.enumerated() {
            guard let symbol = dylibs[entry.jitDylib.id]?.symbols[name] else { continue }
            if entry.flags == .matchExportedSymbolsOnly && !symbol.flags.contains(.exported) { continue }
            return LocatedSymbol(dylib: entry.jitDylib.id, symbol: symbol, position: position)
        }
        return nil
    }

    /// The names of `lookup` that `dylibID` has no definition of at all, and its generators.
    /// (A hidden definition is not offered to generators, as in ORC.)
    func undefinedNames(
        of lookup: SymbolLookupSet, in dylibID: DylibID
    ) -> (names: SymbolLookupSet, generators: [any DefinitionGenerator]) {
        guard let dylib = dylibs[dylibID] else { return (SymbolLookupSet([]), []) }
        var missing = SymbolLookupSet([])
        for (name, flags) in lookup where dylib.symbols[name] == nil { missing.add(name, flags: flags) }
        return (missing, dylib.generators)
    }

    /// Registers a query: answers it at once if every symbol already reached `requiredState`,
    /// otherwise attaches it to the symbols it waits for and starts the units that define them.
    mutating func issueQuery(
        _ lookup: SymbolLookupSet, in order: JITDylibSearchOrder, reportOrigins: Bool, query: QueryRecord, effects: inout Effects
    ) {
        let requiredState = query.requiredState
        // Where each name was found in `order` (-1: nowhere, or only as a side-effects-only
        // symbol a required name may not match), so that it is located once.
        var positions = [Int].filled(with: -1, count: lookup.entries.count)
        // First pass: every required symbol must be found and none may have failed, or the query
        // fails without touching anything.
        var missing: [String] = []
        var failed: [SymbolKey] = []
        for (index, (name, flags)) in lookup.entries.enumerated() {
            // A side-effects-only symbol has no address: only a weak reference may name it.
            if let found = locateEntry(name, in: order),
               flags == .weaklyReferencedSymbol || !found.symbol.flags.contains(.materializationSideEffectsOnly)
            {
                positions[index] = found.position
                if found.symbol.hasError { failed.append(SymbolKey(dylib: found.dylib, name: name)) }
            } else if flags == .requiredSymbol {
                missing.append(name.string)
            }
        }
        guard missing.isEmpty else {
            let searched = order.map(\.jitDylib.name)
            finish(query, error: OrcError.symbolsNotFound(symbols: missing, searchOrder: searched), effects: &effects)
            return
        }
        guard failed.isEmpty else {
            finish(query, error: OrcError.failedToMaterialize(symbols: namesByDylib(failed), underlying: nil), effects: &effects)
            return
        }

        if lookup.entries.count > 1 { query.reserveCapacity(lookup.entries.count) }
        // Names found, by position in the search order, for the origins.
        var origins: [[SymbolName]] = reportOrigins ? .filled(with: [], count: order.count) : []
        for index in lookup.entries.indices {
            let name = lookup.entries[index].name, position = positions[index]
            guard position >= 0 else { continue }
            if reportOrigins { origins[position].append(name) }
            // Read again: starting an earlier symbol's unit may have moved this one on (it never
            // moves a definition to another JITDylib).
            let dylibID = order[position].jitDylib.id
            guard let dylib = dylibs[dylibID], let symbol = dylib.symbols[name] else { continue }
            if symbol.state >= requiredState {
                if !symbol.flags.contains(.materializationSideEffectsOnly) {
                    query.results.append(name, ExecutorSymbol(address: symbol.address, flags: symbol.flags))
                }
                continue
            }
            query.outstanding += 1
            query.wait(on: SymbolKey(dylib: dylibID, name: name))
            dylib.materializing[name, default: MaterializingInfo()].pendingQueries.append(query)
            if symbol.state == .neverSearched {
                startMaterializing(unit: symbol.unit, in: dylib, effects: &effects)
            }
        }
        for (position, names) in origins.enumerated() where !names.isEmpty {
            let jitDylib = order[position].jitDylib
            if query.origins[jitDylib] == nil { query.origins[jitDylib] = Set(names) } else { query.origins[jitDylib]!.formUnion(names) }
        }
        if query.outstanding == 0 { finish(query, error: nil, effects: &effects) }
    }

    /// What a lookup of one name in one JITDylib came to at once.
    enum SingleLookup {
        /// The symbol is ready.
        case ready(ExecutorSymbol)
        /// The query was issued (it may have finished already, with an error or the symbol).
        case issued(QueryRecord)
        /// The JITDylib lacks the name and has generators: the general path must run them.
        case needsGenerators
    }

    /// `issueQuery` for one name in one JITDylib, matching all symbols, requiring `.ready`:
    /// a ready symbol is answered without making a query.
    mutating func issueQuery(single name: SymbolName, in jitDylib: JITDylib, effects: inout Effects) -> SingleLookup {
        let dylib = dylibs[jitDylib.id]
        let found = dylib?.symbols[name]
        if let symbol = found, symbol.state == .ready, !symbol.hasError, !symbol.flags.contains(.materializationSideEffectsOnly) {
            return .ready(ExecutorSymbol(address: symbol.address, flags: symbol.flags))
        }
        if let dylib, found == nil, !dylib.generators.isEmpty { return .needsGenerators }
        let query = QueryRecord(requiredState: .ready, delivery: .blocking)
        guard let dylib, let symbol = found, !symbol.flags.contains(.materializationSideEffectsOnly) else {
            finish(query, error: OrcError.symbolsNotFound(symbols: [name.string], searchOrder: [jitDylib.name]), effects: &effects)
            return .issued(query)
        }
        let key = SymbolKey(dylib: jitDylib.id, name: name)
        guard !symbol.hasError else {
            finish(query, error: OrcError.failedToMaterialize(symbols: namesByDylib([key]), underlying: nil), effects: &effects)
            return .issued(query)
        }
        query.outstanding = 1
        query.wait(on: key)
        dylib.materializing[name, default: MaterializingInfo()].pendingQueries.append(query)
        if symbol.state == .neverSearched { startMaterializing(unit: symbol.unit, in: dylib, effects: &effects) }
        return .issued(query)
    }

    /// Flags of the symbols of `lookup` found along `order`, without materializing anything.
    func flags(of lookup: SymbolLookupSet, in order: JITDylibSearchOrder) throws(OrcError) -> [SymbolName: SymbolFlags] {
        var result: [SymbolName: SymbolFlags] = [:]
        var missing: [String] = []
        for (name, flags) in lookup {
            if let key = locate(name, in: order) {
                result[name] = entry(key)!.flags
            } else if flags == .requiredSymbol {
                missing.append(name.string)
            }
        }
        guard missing.isEmpty else {
            throw OrcError.symbolsNotFound(symbols: missing, searchOrder: order.map(\.jitDylib.name))
        }
        return result
    }
}
