// SessionState+Define.swift — adding definitions: units, and symbols discovered or handed on by
// materializations (rules C4, C5, C7, R2).

extension SessionState {
    /// Installs `unit` (whose symbols were read before locking) under `trackerKey`, or the
    /// default tracker. Weak definitions that lose to strong ones are discarded (rule C4); a
    /// second strong definition throws and changes nothing (rule C7).
    mutating func define(
        _ unit: any MaterializationUnit, symbols unitSymbols: [SymbolName: SymbolFlags],
        in jitDylib: JITDylib, tracker trackerKey: ResourceKey?, effects: inout Effects
    ) throws(OrcError) {
        let dylibID = jitDylib.id
        guard let dylib = dylibs[dylibID] else { throw OrcError.jitDylibRemoved(jitDylib.name) }
        let owner = trackerKey ?? dylib.defaultTracker.key
        guard let tracker = dylib.trackers[owner] else { throw OrcError.resourceTrackerDefunct(jitDylib: dylib.handle.name) }

        var discardedFromUnit: [SymbolName] = []
        var overriddenExisting: [SymbolName] = []
        for (name, flags) in unitSymbols {
            guard let existing = dylib.symbols[name] else { continue }
            if flags.contains(.weak) {
                discardedFromUnit.append(name)
            } else if !existing.flags.contains(.weak) || existing.state > .neverSearched {
                throw OrcError.duplicateDefinition(symbol: name.string, jitDylib: dylib.handle.name)
            } else {
                overriddenExisting.append(name)
            }
        }

        var remaining = unitSymbols
        for name in discardedFromUnit {
            remaining[name] = nil
            effects.append(discard: Effects.Discard(unit: unit, jitDylib: dylib.handle, name: name))
        }
        for name in overriddenExisting {
            let loser = dylib.symbols[name]!.unit
            let loserUnit = dylibs[dylibID]!.units[loser]!.unit
            dylibs[dylibID]!.units[loser]!.symbols[name] = nil
            effects.append(discard: Effects.Discard(unit: loserUnit, jitDylib: dylib.handle, name: name))
            if dylibs[dylibID]!.units[loser]!.symbols.isEmpty {
                effects.append(released: dylibs[dylibID]!.units.removeValue(forKey: loser)!.unit)
            }
        }
        guard !remaining.isEmpty else {
            effects.append(released: unit)
            return
        }

        let unitID = makeID()
        dylib.units[unitID] = UnmaterializedUnit(unit: unit, symbols: remaining)
        for (name, flags) in remaining {
            dylib.symbols[name] = SymbolEntry(flags: flags, state: .neverSearched, owner: owner, unit: unitID)
        }
        if owner != dylib.defaultTracker.key {
            tracker.symbols.append(namesOf: remaining)
        }
    }

    /// Adds symbols discovered during materialization to the responsibility (rule C5). Weak ones
    /// that already exist are skipped; returns the symbols actually added.
    mutating func defineMaterializing(
        _ symbols: [SymbolName: SymbolFlags], responsibility record: ResponsibilityRecord
    ) throws(OrcError) -> [SymbolName: SymbolFlags] {
        _ = try liveResponsibility(record)
        let dylib = record.table
        var added: [SymbolName: SymbolFlags] = [:]
        for (name, flags) in symbols {
            if dylib.symbols[name] == nil {
                added[name] = flags
            } else if !flags.contains(.weak) {
                throw OrcError.duplicateDefinition(symbol: name.string, jitDylib: dylib.handle.name)
            }
        }
        for (name, flags) in added {
            dylib.symbols[name] = SymbolEntry(flags: flags, state: .materializing, owner: record.tracker.key, responsibility: record.id)
            record.symbols[name] = flags
        }
        if record.tracker.key != dylib.defaultTracker.key {
            record.tracker.symbols.append(namesOf: added)
        }
        return added
    }

    /// Hands part of a responsibility back to a new, unmaterialized unit (rule C5). If anything
    /// already waits for those symbols, the new unit materializes at once.
    mutating func replace(
        responsibility record: ResponsibilityRecord, with unit: any MaterializationUnit, symbols unitSymbols: [SymbolName: SymbolFlags],
        effects: inout Effects
    ) throws(OrcError) {
        _ = try liveResponsibility(record)
        try requireResponsibility(record, covers: unitSymbols.keys)
        guard !unitSymbols.isEmpty else {
            effects.append(released: unit)
            return
        }
        let unitID = makeID()
        var mustRun = false
        let dylib = record.table
        dylib.units[unitID] = UnmaterializedUnit(unit: unit, symbols: unitSymbols)
        for (name, flags) in unitSymbols {
            record.symbols[name] = nil
            modify(&dylib.symbols[name]!) { entry in
                entry.flags = flags
                entry.state = .neverSearched
                entry.responsibility = .none
                entry.unit = unitID
            }
            if dylib.materializing[name]?.pendingQueries.isEmpty == false { mustRun = true }
        }
        redirectDependants(of: record.id, to: unitSymbols.keys.map { .symbol(SymbolKey(dylib: record.dylib, name: $0)) },
                           keep: !record.symbols.isEmpty)
        if mustRun { startMaterializing(unit: unitID, in: dylib, effects: &effects) }
    }

    /// Splits `names` off into a new responsibility with the same tracker (rule C5).
    mutating func delegate(_ names: Set<SymbolName>, responsibility record: ResponsibilityRecord) throws(OrcError) -> ResponsibilityRecord {
        _ = try liveResponsibility(record)
        try requireResponsibility(record, covers: names)
        let newID = makeID()
        var moved: [SymbolName: SymbolFlags] = [:]
        for name in names {
            moved[name] = record.symbols.removeValue(forKey: name)
            record.table.symbols[name]?.responsibility = newID
        }
        let delegated = ResponsibilityRecord(id: newID, table: record.table, tracker: record.tracker, symbols: moved)
        record.tracker.attach(delegated)
        redirectDependants(of: record.id, to: [.responsibility(newID)], keep: !record.symbols.isEmpty)
        return delegated
    }

    /// The symbols of a responsibility that lookups are waiting for.
    func requestedSymbols(responsibility record: ResponsibilityRecord) -> Set<SymbolName> {
        let dylib = record.table
        return Set(record.symbols.keys.filter { dylib.materializing[$0]?.pendingQueries.isEmpty == false })
    }

    /// Forgets a responsibility whose handle is gone; symbols it never emitted fail.
    mutating func releaseResponsibility(_ record: ResponsibilityRecord, effects: inout Effects) -> [SymbolName] {
        record.detach()
        guard !record.symbols.isEmpty || !responsibilityDependants.isEmpty else { return [] }
        let table = record.table
        let unfinished = dylibs[record.dylib] == nil ? [] : record.symbols.keys.filter { table.symbols[$0]?.responsibility == record.id }
        record.symbols = [:]
        var failing = unfinished.map { SymbolKey(dylib: record.dylib, name: $0) }
        for dependant in responsibilityDependants.removeValue(forKey: record.id) ?? [] {
            if let unit = removeEmissionUnit(dependant) { failing.append(contentsOf: unit.symbols) }
        }
        failSymbols(failing, underlying: nil, effects: &effects)
        return unfinished
    }

    /// Fails every symbol still in the responsibility (rule C5, `failMaterialization`).
    mutating func failResponsibility(_ record: ResponsibilityRecord, underlying: (any Error)?, effects: inout Effects) {
        let keys = record.symbols.keys.map { SymbolKey(dylib: record.dylib, name: $0) }
        record.symbols = [:]
        failSymbols(keys, underlying: underlying, effects: &effects)
    }
}
