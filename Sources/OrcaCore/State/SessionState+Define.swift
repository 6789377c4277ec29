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
        guard dylib.trackers[owner] != nil else { throw OrcError.resourceTrackerDefunct(jitDylib: dylib.handle.name) }

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
            effects.discards.append((unit, dylib.handle, name))
        }
        for name in overriddenExisting {
            let loser = dylib.symbols[name]!.unit
            let loserUnit = dylibs[dylibID]!.units[loser]!.unit
            dylibs[dylibID]!.units[loser]!.symbols[name] = nil
            effects.discards.append((loserUnit, dylib.handle, name))
            if dylibs[dylibID]!.units[loser]!.symbols.isEmpty {
                effects.released.append(dylibs[dylibID]!.units.removeValue(forKey: loser)!.unit)
            }
        }
        guard !remaining.isEmpty else {
            effects.released.append(unit)
            return
        }

        let unitID = makeID()
        dylibs[dylibID]!.units[unitID] = UnmaterializedUnit(unit: unit, symbols: remaining)
        for (name, flags) in remaining {
            dylibs[dylibID]!.symbols[name] = SymbolEntry(flags: flags, state: .neverSearched, owner: owner, unit: unitID)
        }
        if owner != dylib.defaultTracker.key {
            dylibs[dylibID]!.trackers[owner]!.symbols.append(contentsOf: remaining.keys)
        }
    }

    /// Adds symbols discovered during materialization to the responsibility (rule C5). Weak ones
    /// that already exist are skipped; returns the symbols actually added.
    mutating func defineMaterializing(
        _ symbols: [SymbolName: SymbolFlags], responsibility id: SerialID
    ) throws(OrcError) -> [SymbolName: SymbolFlags] {
        let record = try liveResponsibility(id)
        let dylib = dylibs[record.dylib]!
        var added: [SymbolName: SymbolFlags] = [:]
        for (name, flags) in symbols {
            if dylib.symbols[name] == nil {
                added[name] = flags
            } else if !flags.contains(.weak) {
                throw OrcError.duplicateDefinition(symbol: name.string, jitDylib: dylib.handle.name)
            }
        }
        for (name, flags) in added {
            dylibs[record.dylib]!.symbols[name] = SymbolEntry(
                flags: flags, state: .materializing, owner: record.tracker, responsibility: id)
            responsibilities[id]!.symbols[name] = flags
        }
        if record.tracker != dylib.defaultTracker.key {
            dylibs[record.dylib]!.trackers[record.tracker]!.symbols.append(contentsOf: added.keys)
        }
        return added
    }

    /// Hands part of a responsibility back to a new, unmaterialized unit (rule C5). If anything
    /// already waits for those symbols, the new unit materializes at once.
    mutating func replace(
        responsibility id: SerialID, with unit: any MaterializationUnit, symbols unitSymbols: [SymbolName: SymbolFlags],
        effects: inout Effects
    ) throws(OrcError) {
        let record = try liveResponsibility(id)
        try requireResponsibility(record, covers: unitSymbols.keys)
        guard !unitSymbols.isEmpty else {
            effects.released.append(unit)
            return
        }
        let unitID = makeID()
        var mustRun = false
        dylibs[record.dylib]!.units[unitID] = UnmaterializedUnit(unit: unit, symbols: unitSymbols)
        for (name, flags) in unitSymbols {
            responsibilities[id]!.symbols[name] = nil
            dylibs[record.dylib]!.symbols[name]!.flags = flags
            dylibs[record.dylib]!.symbols[name]!.state = .neverSearched
            dylibs[record.dylib]!.symbols[name]!.responsibility = .none
            dylibs[record.dylib]!.symbols[name]!.unit = unitID
            if dylibs[record.dylib]!.materializing[name]?.pendingQueries.isEmpty == false { mustRun = true }
        }
        redirectDependants(of: id, to: unitSymbols.keys.map { .symbol(SymbolKey(dylib: record.dylib, name: $0)) },
                           keep: !responsibilities[id]!.symbols.isEmpty)
        if mustRun { startMaterializing(unit: unitID, in: record.dylib, effects: &effects) }
    }

    /// Splits `names` off into a new responsibility with the same tracker (rule C5).
    mutating func delegate(_ names: Set<SymbolName>, responsibility id: SerialID) throws(OrcError) -> SerialID {
        let record = try liveResponsibility(id)
        try requireResponsibility(record, covers: names)
        let newID = makeID()
        var moved: [SymbolName: SymbolFlags] = [:]
        for name in names {
            moved[name] = responsibilities[id]!.symbols.removeValue(forKey: name)
            dylibs[record.dylib]!.symbols[name]?.responsibility = newID
        }
        responsibilities[newID] = ResponsibilityRecord(jitDylib: record.jitDylib, tracker: record.tracker, symbols: moved)
        dylibs[record.dylib]!.trackers[record.tracker]?.responsibilities.insert(newID)
        redirectDependants(of: id, to: [.responsibility(newID)], keep: !responsibilities[id]!.symbols.isEmpty)
        return newID
    }

    /// The symbols of a responsibility that lookups are waiting for.
    func requestedSymbols(responsibility id: SerialID) -> Set<SymbolName> {
        guard let record = responsibilities[id], let dylib = dylibs[record.dylib] else { return [] }
        return Set(record.symbols.keys.filter { dylib.materializing[$0]?.pendingQueries.isEmpty == false })
    }

    /// Forgets a responsibility whose handle is gone; symbols it never emitted fail.
    mutating func releaseResponsibility(_ id: SerialID, effects: inout Effects) -> [SymbolName] {
        guard let record = responsibilities.removeValue(forKey: id) else { return [] }
        dylibs[record.dylib]?.trackers[record.tracker]?.responsibilities.remove(id)
        if dylibs[record.dylib]?.trackers[record.tracker]?.responsibilities.isEmpty == true {
            dylibs[record.dylib]!.trackers[record.tracker]!.responsibilities = []
        }
        let unfinished = record.symbols.keys.filter { dylibs[record.dylib]?.symbols[$0]?.responsibility == id }
        var failing = unfinished.map { SymbolKey(dylib: record.dylib, name: $0) }
        for dependant in responsibilityDependants.removeValue(forKey: id) ?? [] {
            if let unit = removeEmissionUnit(dependant) { failing.append(contentsOf: unit.symbols) }
        }
        failSymbols(failing, underlying: nil, effects: &effects)
        return unfinished
    }

    /// Fails every symbol still in the responsibility (rule C5, `failMaterialization`).
    mutating func failResponsibility(_ id: SerialID, underlying: (any Error)?, effects: inout Effects) {
        guard let record = responsibilities[id] else { return }
        responsibilities[id]!.symbols = [:]
        let keys = record.symbols.keys.map { SymbolKey(dylib: record.dylib, name: $0) }
        failSymbols(keys, underlying: underlying, effects: &effects)
    }
}
