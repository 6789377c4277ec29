// SessionState+Trackers.swift — removing and transferring what trackers own (rules R3–R8).

extension SessionState {
    /// Creates a live tracker record; `isDefault` makes it the JITDylib's default tracker.
    mutating func makeTracker(in dylibID: DylibID, handle: JITDylib, isDefault: Bool) -> ResourceTracker {
        let tracker = ResourceTracker(jitDylib: handle, key: ResourceKey(rawValue: makeID().value), isDefault: isDefault)
        dylibs[dylibID]?.trackers[tracker.key] = TrackerRecord(key: tracker.key)
        return tracker
    }

    /// The symbols `key` owns in `dylibID`: its list, or for the default tracker a scan of the
    /// table (rule R6: the default tracker keeps no list).
    private func ownedSymbols(of key: ResourceKey, in dylibID: DylibID, record: TrackerRecord) -> [SymbolName] {
        let dylib = dylibs[dylibID]!
        if key == dylib.defaultTracker.key {
            return dylib.symbols.compactMap { $0.value.owner == key ? $0.key : nil }
        }
        // A name can be listed twice if it was redefined under the same tracker; removal and
        // transfer both tolerate that (the second visit finds it gone or already moved).
        var owned: [SymbolName] = []
        record.symbols.forEach { if dylib.symbols[$0]?.owner == key { owned.append($0) } }
        return owned
    }

    /// Makes the tracker defunct and deletes everything it owns from the table (rule R3).
    /// Returns false if it was already defunct. Resource managers are told afterwards, by the
    /// session, outside the lock.
    mutating func removeTracker(_ key: ResourceKey, in dylibID: DylibID, effects: inout Effects) -> Bool {
        guard let dylib = dylibs[dylibID], let record = dylib.trackers.removeValue(forKey: key) else { return false }
        record.isLive = false
        let isDefault = key == dylib.defaultTracker.key
        var removal = Removal()
        if isDefault {
            for name in ownedSymbols(of: key, in: dylibID, record: record) { removeSymbol(name, of: key, in: dylib, into: &removal, effects: &effects) }
        } else {
            record.symbols.forEach { removeSymbol($0, of: key, in: dylib, into: &removal, effects: &effects) }
        }
        var (removedKeys, orphanedDependants, queriesToFail) = (removal.removedKeys, removal.orphanedDependants, removal.queriesToFail)
        var next = record.firstResponsibility
        while let responsibility = next {
            next = responsibility.next
            responsibility.symbols = [:]
            guard !responsibilityDependants.isEmpty else { continue }
            for dependant in responsibilityDependants.removeValue(forKey: responsibility.id) ?? [] {
                if let unit = removeEmissionUnit(dependant) { orphanedDependants.append(contentsOf: unit.symbols) }
            }
        }
        if isDefault {
            effects.append(released: dylib.defaultTracker)
            dylib.defaultTracker = makeTracker(in: dylibID, handle: dylib.handle, isDefault: true)
        }
        if !queriesToFail.isEmpty {
            let error = OrcError.failedToMaterialize(symbols: namesByDylib(removedKeys), underlying: OrcError.resourceTrackerDefunct(jitDylib: dylibName(dylibID)))
            for query in queriesToFail { failQuery(query, error, effects: &effects) }
        }
        dylib.symbols.shrinkIfSparse()
        dylib.materializing.shrinkIfSparse()
        dylib.units.shrinkIfSparse()
        dylib.trackers.shrinkIfSparse()
        emissionUnits.shrinkIfSparse()
        if !orphanedDependants.isEmpty {
            let underlying = OrcError.failedToMaterialize(symbols: namesByDylib(removedKeys), underlying: nil)
            failSymbols(orphanedDependants, underlying: underlying, effects: &effects)
        }
        return true
    }

    /// What removing a tracker's symbols leaves to do.
    private struct Removal {
        var removedKeys: [SymbolKey] = []
        var orphanedDependants: [SymbolKey] = []
        var queriesToFail: [QueryRecord] = []
    }

    /// Deletes `name` from the table if `key` owns it, with its unit's claim on it and what waits
    /// for it.
    private mutating func removeSymbol(_ name: SymbolName, of key: ResourceKey, in dylib: DylibState, into removal: inout Removal, effects: inout Effects) {
        // A created tracker's list may name symbols that changed owner since: the table decides.
        guard let index = dylib.symbols.index(forKey: name), dylib.symbols.values[index].owner == key else { return }
        let entry = dylib.symbols.remove(at: index).value
        if entry.unit != .none, dylib.units[entry.unit] != nil {
            dylib.units[entry.unit]!.symbols[name] = nil
            if dylib.units[entry.unit]!.symbols.isEmpty {
                effects.append(released: dylib.units.removeValue(forKey: entry.unit)!.unit)
            }
        }
        let symbolKey = SymbolKey(dylib: dylib.handle.id, name: name)
        if entry.emissionUnit != .none {
            emissionUnits[entry.emissionUnit]?.symbols.removeAll { $0 == symbolKey }
            if emissionUnits[entry.emissionUnit]?.symbols.isEmpty == true { _ = removeEmissionUnit(entry.emissionUnit) }
        }
        guard !dylib.materializing.isEmpty, let info = dylib.materializing.removeValue(forKey: name) else { return }
        removal.removedKeys.append(symbolKey)
        removal.queriesToFail.append(contentsOf: info.pendingQueries.all)
        for dependant in info.dependantUnits {
            if let unit = removeEmissionUnit(dependant) { removal.orphanedDependants.append(contentsOf: unit.symbols) }
        }
    }

    /// Moves everything `source` owns to `destination` and makes `source` defunct (rule R5).
    /// Resource managers are told while the lock is held, so the move is atomic with removal.
    mutating func transferTracker(
        source: ResourceKey, destination: ResourceKey, in jitDylib: JITDylib
    ) throws(OrcError) -> ResourceTracker? {
        guard source != destination else { return nil }
        let dylibID = jitDylib.id
        guard let dylib = dylibs[dylibID] else { throw OrcError.jitDylibRemoved(jitDylib.name) }
        guard dylib.trackers[destination] != nil, let record = dylib.trackers[source] else {
            throw OrcError.resourceTrackerDefunct(jitDylib: dylib.handle.name)
        }
        let names = ownedSymbols(of: source, in: dylibID, record: record)
        dylib.trackers[source] = nil
        record.isLive = false
        for name in names { dylib.symbols[name]!.owner = destination }
        let target = dylib.trackers[destination]!
        if destination != dylib.defaultTracker.key {
            target.symbols.append(contentsOf: names)
        }
        while let responsibility = record.firstResponsibility {
            responsibility.detach()
            target.attach(responsibility)
        }
        for manager in resourceManagers {
            manager.handleTransferResources(dylib.handle, destination: destination, source: source)
        }
        guard source == dylib.defaultTracker.key else { return nil }
        let replaced = dylib.defaultTracker
        dylibs[dylibID]!.defaultTracker = makeTracker(in: dylibID, handle: dylib.handle, isDefault: true)
        return replaced
    }
}
