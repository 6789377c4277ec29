// SessionState+Emission.swift — resolving and emitting symbols, and the dependency graph that
// decides when they are ready (rules C3, C5, C6).
//
// A symbol is ready once it is emitted and nothing it depends on, directly or through other
// emitted symbols, is still unemitted. Cycles are allowed: symbols emitted together, or emitted
// while waiting on each other, become ready together.

extension SessionState {
    /// Records addresses for symbols of a responsibility and answers queries that wanted
    /// resolved symbols.
    mutating func resolve(_ resolved: SymbolMap, responsibility record: ResponsibilityRecord, effects: inout Effects) throws(OrcError) {
        try resolve(resolved, count: resolved.count, responsibility: record, effects: &effects) { ($0.key, $0.value) }
    }

    /// `resolve(_:responsibility:effects:)` for symbols listed in an array.
    mutating func resolve(_ resolved: [ResolvedSymbol], responsibility record: ResponsibilityRecord, effects: inout Effects) throws(OrcError) {
        try resolve(resolved, count: resolved.count, responsibility: record, effects: &effects) { ($0.name, $0.symbol) }
    }

    private mutating func resolve<Symbols: Sequence>(
        _ resolved: Symbols, count: Int, responsibility record: ResponsibilityRecord, effects: inout Effects,
        _ element: (Symbols.Element) -> (SymbolName, ExecutorSymbol)
    ) throws(OrcError) {
        _ = try liveResponsibility(record)
        let table = record.table
        var failed: [String] = []
        for item in resolved {
            let (name, symbol) = element(item)
            guard let declared = record.symbols[name] else {
                let names = resolved.map { element($0).0 }
                try requireResponsibility(record, covers: names)
                continue
            }
            guard !declared.contains(.materializationSideEffectsOnly) else {
                throw OrcError.symbolsNotInResponsibility(symbols: [name.string], jitDylib: record.jitDylib.name)
            }
            guard declared.subtracting(.weak) == symbol.flags.subtracting(.weak) else {
                throw OrcError.symbolFlagsMismatch(symbol: name.string, declared: declared, resolved: symbol.flags)
            }
            if table.symbols[name]!.hasError { failed.append(name.string) }
        }
        guard failed.isEmpty else {
            throw OrcError.failedToMaterialize(symbols: [record.jitDylib.name: failed], underlying: nil)
        }
        let anyWaiting = !table.materializing.isEmpty
        for item in resolved {
            let (name, symbol) = element(item)
            let changed = modify(&table.symbols[name]!) { entry in
                guard entry.state == .materializing else { return false }
                entry.address = symbol.address
                entry.state = .resolved
                return true
            }
            if changed && anyWaiting { notifyQueries(name, in: table, reached: .resolved, effects: &effects) }
        }
    }

    /// Emits every symbol of a responsibility with the given dependencies, then moves whatever
    /// became ready to `.ready`. On error nothing is emitted; if some of the responsibility's
    /// symbols already failed, or a dependency failed or is gone, the whole responsibility fails.
    mutating func emit(
        dependencies groups: [SymbolDependenceGroup], responsibility record: ResponsibilityRecord, onReady: (@Sendable () -> Void)?,
        effects: inout Effects
    ) throws(OrcError) {
        _ = try liveResponsibility(record)
        for group in groups { try requireResponsibility(record, covers: group.symbols) }
        // One emission unit per dependence group; symbols in no group depend on nothing.
        var groupOf: [SymbolName: Int] = [:]
        var unitSymbols: [[SymbolKey]] = []
        var unitDependencies: [[JITDylib: Set<SymbolName>]] = []
        for group in groups where !group.symbols.isEmpty {
            let index = unitSymbols.count
            unitSymbols.append([])
            unitDependencies.append(group.dependencies)
            for name in group.symbols where groupOf[name] == nil {
                groupOf[name] = index
                unitSymbols[index].append(SymbolKey(dylib: record.dylib, name: name))
            }
        }
        let ungrouped = record.symbols.keys.filter { groupOf[$0] == nil }.map { SymbolKey(dylib: record.dylib, name: $0) }
        if !ungrouped.isEmpty {
            unitSymbols.append(ungrouped)
            unitDependencies.append([:])
        }
        try emit(record, units: unitSymbols, dependencies: unitDependencies, unitOf: { groupOf[$0] }, onReady: onReady, effects: &effects)
    }

    /// Emits every symbol of a responsibility, all depending on `dependencies` (the common case:
    /// one object, one emission unit), without building per-symbol groups. When everything
    /// they depend on is ready already, they become ready at once.
    mutating func emit(
        allDependingOn dependencies: [JITDylib: Set<SymbolName>], responsibility record: ResponsibilityRecord,
        onReady: (@Sendable () -> Void)?, effects: inout Effects
    ) throws(OrcError) {
        _ = try liveResponsibility(record)
        if areReady(dependencies, outside: record) {
            try checkEmittable(record, effects: &effects)
            emitIndependently(record, effects: &effects)
            if let onReady { effects.append(readyAction: onReady) }
            return
        }
        let keys = record.symbols.keys.map { SymbolKey(dylib: record.dylib, name: $0) }
        try emit(record, units: keys.isEmpty ? [] : [keys], dependencies: keys.isEmpty ? [] : [dependencies],
                 unitOf: { _ in 0 }, onReady: onReady, effects: &effects)
    }

    /// Resolves `resolved` and emits every symbol of the responsibility, all depending on
    /// `dependencies`. When those are ready and nothing waits for the responsibility as a whole,
    /// each symbol moves straight to `.ready` in one pass; otherwise this is `resolve` followed
    /// by `emit(allDependingOn:)`.
    mutating func resolveAndEmit(
        _ resolved: [ResolvedSymbol], dependencies: [JITDylib: Set<SymbolName>], responsibility record: ResponsibilityRecord,
        onReady: (@Sendable () -> Void)?, effects: inout Effects
    ) throws(OrcError) {
        _ = try liveResponsibility(record)
        let table = record.table
        let direct = resolved.count == record.symbols.count && (responsibilityDependants.isEmpty || responsibilityDependants[record.id] == nil)
            && areReady(dependencies, outside: record)
            && resolved.allSatisfy { item in
                guard let declared = record.symbols[item.name], !declared.contains(.materializationSideEffectsOnly),
                      declared.subtracting(.weak) == item.symbol.flags.subtracting(.weak),
                      let entry = table.symbols[item.name], entry.state == .materializing, !entry.hasError
                else { return false }
                return true
            }
        guard direct else {
            try resolve(resolved, responsibility: record, effects: &effects)
            try emit(allDependingOn: dependencies, responsibility: record, onReady: onReady, effects: &effects)
            return
        }
        let anyWaiting = !table.materializing.isEmpty
        var readied = 0
        var dependants = Dependants(responsibility: record.id, nil)
        for item in resolved {
            let isNew = modify(&table.symbols[item.name]!) { entry -> Bool in
                // A name listed twice is readied once.
                guard entry.state == .materializing else { return false }
                entry.address = item.symbol.address
                entry.state = .ready
                entry.responsibility = .none
                return true
            }
            guard isNew else { continue }
            readied += 1
            // Ready is the last state: every query waiting on the symbol gets it, and nothing
            // waits on it any more.
            guard anyWaiting, let info = table.materializing.removeValue(forKey: item.name) else { continue }
            let symbol = ExecutorSymbol(address: item.symbol.address, flags: table.symbols[item.name]!.flags)
            info.pendingQueries.forEach { query in
                guard !query.isFinished else { return }
                query.results.append(item.name, symbol)
                query.outstanding -= 1
                if query.outstanding == 0 { finish(query, error: nil, effects: &effects) }
            }
            if !info.dependantUnits.isEmpty {
                dependants.add(info.dependantUnits, waitingFor: .symbol(SymbolKey(dylib: record.dylib, name: item.name)))
            }
        }
        let missed = readied == record.symbols.count ? [] : record.symbols.keys.filter { table.symbols[$0]?.state != .ready }
        record.symbols = [:]
        releaseDependants(dependants, stillWaiting: [], effects: &effects)
        if !missed.isEmpty {
            failSymbols(missed.map { SymbolKey(dylib: record.dylib, name: $0) }, underlying: nil, effects: &effects)
            throw OrcError.symbolsNotResolved(symbols: missed.map(\.string), jitDylib: record.jitDylib.name)
        }
        if let onReady { effects.append(readyAction: onReady) }
    }

    /// Whether every dependency that is not one of the responsibility's own symbols is ready
    /// (and has not failed).
    private func areReady(_ dependencies: [JITDylib: Set<SymbolName>], outside record: ResponsibilityRecord) -> Bool {
        for (dependencyDylib, names) in dependencies {
            let isOwnDylib = dependencyDylib === record.jitDylib
            guard let table = isOwnDylib ? record.table : dylibs[dependencyDylib.id] else { return false }
            for name in names {
                if isOwnDylib && record.symbols[name] != nil { continue }
                guard let target = table.symbols[name], target.state == .ready, !target.hasError else { return false }
            }
        }
        return true
    }

    /// Throws unless every symbol of the responsibility may be emitted: all resolved (those
    /// with addresses), none failed (then the whole responsibility fails).
    private mutating func checkEmittable(_ record: ResponsibilityRecord, effects: inout Effects) throws(OrcError) {
        let table = record.table
        var unresolved: [String] = [], alreadyFailed: [String] = []
        for (name, flags) in record.symbols {
            let entry = table.symbols[name]!
            if !flags.contains(.materializationSideEffectsOnly) && entry.state < .resolved { unresolved.append(name.string) }
            if entry.hasError { alreadyFailed.append(name.string) }
        }
        guard unresolved.isEmpty else { throw OrcError.symbolsNotResolved(symbols: unresolved, jitDylib: record.jitDylib.name) }
        guard alreadyFailed.isEmpty else {
            failResponsibility(record, underlying: nil, effects: &effects)
            throw OrcError.failedToMaterialize(symbols: [record.jitDylib.name: alreadyFailed], underlying: nil)
        }
    }

    /// The shared part of emission: `units` are the symbols of each emission unit (together,
    /// all of the responsibility's), `dependencies` what each depends on (by JITDylib, so that
    /// each is one table lookup), `unitOf` the unit of one of the responsibility's symbols.
    private mutating func emit(
        _ record: ResponsibilityRecord, units unitSymbols: [[SymbolKey]], dependencies unitDependencies: [[JITDylib: Set<SymbolName>]],
        unitOf groupOf: (SymbolName) -> Int?, onReady: (@Sendable () -> Void)?, effects: inout Effects
    ) throws(OrcError) {
        let dylibID = record.dylib, id = record.id
        let dylib = record.table
        try checkEmittable(record, effects: &effects)

        // The symbols being emitted (the record's list is emptied below).
        let emitting = record.symbols
        let isEmitting = { (key: SymbolKey) in key.dylib == dylibID && emitting[key.name] != nil }
        // What each unit waits for: unemitted dependencies, and what emitted ones still wait for.
        // A dependency that failed, or was removed before it was ready, can never be satisfied:
        // the whole responsibility fails instead of emitting. One pass finds both.
        var unsatisfied = Set<SymbolKey>()
        var waiting = [Set<WaitToken>].filled(with: [], count: unitSymbols.count)
        var sameEmission = [Set<Int>].filled(with: [], count: unitSymbols.count)
        for unit in unitSymbols.indices {
            // Many dependencies share an emitted unit: its wait set is merged once.
            var mergedUnits = Set<SerialID>()
            for (dependencyDylib, names) in unitDependencies[unit] {
                let table = dylibs[dependencyDylib.id]
                let isOwnDylib = dependencyDylib.id == dylibID
                for name in names {
                    if isOwnDylib && record.symbols[name] != nil {
                        if let other = groupOf(name), other != unit { sameEmission[unit].insert(other) }
                        continue
                    }
                    guard let target = table?.symbols[name], !target.hasError else {
                        unsatisfied.insert(SymbolKey(dylib: dependencyDylib.id, name: name))
                        continue
                    }
                    switch target.state {
                    case .ready: break
                    case .emitted:
                        if mergedUnits.insert(target.emissionUnit).inserted, let waitingFor = emissionUnits[target.emissionUnit]?.waitingFor {
                            waiting[unit].formUnion(waitingFor)
                        }
                    case .neverSearched, .materializing, .resolved:
                        // Waiting for its responsibility, or for the symbol while none materializes it.
                        let key = SymbolKey(dylib: dependencyDylib.id, name: name)
                        waiting[unit].insert(target.responsibility == .none ? .symbol(key) : .responsibility(target.responsibility))
                    }
                }
            }
        }
        guard unsatisfied.isEmpty else {
            let error = OrcError.unsatisfiedDependencies(
                symbols: record.symbols.keys.map(\.string), jitDylib: dylib.handle.name, dependencies: namesByDylib(unsatisfied))
            failResponsibility(record, underlying: error, effects: &effects)
            throw error
        }
        if waiting.allSatisfy({ $0.isEmpty }) && sameEmission.allSatisfy({ $0.isEmpty }) {
            emitIndependently(record, effects: &effects)
            if let onReady { effects.append(readyAction: onReady) }
            return
        }
        var changed = !sameEmission.allSatisfy { $0.isEmpty }
        while changed {
            changed = false
            for unit in unitSymbols.indices {
                for other in sameEmission[unit] where !waiting[other].isSubset(of: waiting[unit]) {
                    waiting[unit].formUnion(waiting[other])
                    changed = true
                }
            }
        }

        record.symbols = [:]
        let isEmittingToken = { (token: WaitToken) -> Bool in
            switch token {
            case let .responsibility(other): other == id
            case let .symbol(key): isEmitting(key)
            }
        }
        let waitingFor = waiting.map { set in set.contains(where: isEmittingToken) ? set.filter { !isEmittingToken($0) } : set }
        let waitingUnits = waitingFor.filter { !$0.isEmpty }.count
        let actionID = waitingUnits > 0 && onReady != nil ? makeID() : .none
        if let onReady {
            if waitingUnits == 0 { effects.append(readyAction: onReady) } else { readyActions[actionID] = ReadyAction(pendingUnits: waitingUnits, action: onReady) }
        }
        var stillWaiting = Set<WaitToken>()
        var unitIDs = [SerialID].filled(with: .none, count: unitSymbols.count)
        for unit in unitSymbols.indices where !waitingFor[unit].isEmpty {
            stillWaiting.formUnion(waitingFor[unit])
            let unitID = makeID()
            unitIDs[unit] = unitID
            emissionUnits[unitID] = EmissionUnit(symbols: unitSymbols[unit], waitingFor: waitingFor[unit], readyAction: actionID)
            for token in waitingFor[unit] { register(unitID, waitingFor: token) }
        }

        // Units that waited for this responsibility or its symbols now wait for what they still
        // wait for.
        var dependants = Dependants(responsibility: id, responsibilityDependants.removeValue(forKey: id))
        for unit in unitSymbols.indices {
            markEmitted(unitSymbols[unit], emissionUnit: unitIDs[unit], in: dylib, dependants: &dependants, effects: &effects)
        }
        releaseDependants(dependants, stillWaiting: stillWaiting, effects: &effects)
    }

    /// Emission of symbols that depend on nothing: they are ready at once.
    private mutating func emitIndependently(_ record: ResponsibilityRecord, effects: inout Effects) {
        let table = record.table
        let symbols = record.symbols
        record.symbols = [:]
        var dependants = Dependants(responsibility: record.id, responsibilityDependants.isEmpty ? nil : responsibilityDependants.removeValue(forKey: record.id))
        for name in symbols.keys { markEmitted(name, emissionUnit: .none, in: table, dependants: &dependants, effects: &effects) }
        releaseDependants(dependants, stillWaiting: [], effects: &effects)
    }

    /// Moves the symbols of one emission unit to `.emitted` (belonging to `unit`), or straight
    /// to `.ready` when the unit waits for nothing (`.none`), in one pass: answers their queries
    /// and collects the units that waited for them. Side-effects-only symbols leave the table
    /// once ready.
    private mutating func markEmitted(
        _ keys: [SymbolKey], emissionUnit unit: SerialID, in dylib: DylibState, dependants: inout Dependants, effects: inout Effects
    ) {
        for key in keys { markEmitted(key.name, emissionUnit: unit, in: dylib, dependants: &dependants, effects: &effects) }
    }

    private mutating func markEmitted(
        _ name: SymbolName, emissionUnit unit: SerialID, in dylib: DylibState, dependants: inout Dependants, effects: inout Effects
    ) {
        let isReady = unit == .none
        let flags = modify(&dylib.symbols[name]!) { entry in
            entry.state = isReady ? .ready : .emitted
            entry.emissionUnit = unit
            return entry.flags
        }
        if !dylib.materializing.isEmpty, dylib.materializing[name] != nil {
            notifyQueries(name, in: dylib, reached: isReady ? .ready : .emitted, effects: &effects)
            if let waiting = dylib.materializing[name]?.dependantUnits, !waiting.isEmpty {
                dependants.add(waiting, waitingFor: .symbol(SymbolKey(dylib: dylib.handle.id, name: name)))
                dylib.materializing[name]!.dependantUnits = []
            }
            if isReady { dylib.materializing[name] = nil }
        }
        if isReady && flags.contains(.materializationSideEffectsOnly) { dylib.symbols[name] = nil }
    }

    /// The emission units that waited for something just emitted, each with the token it
    /// waited on (a unit appears once per token). A flat list: no table or list per unit.
    private struct Dependants {
        struct Cleared {
            let unit: SerialID
            let token: WaitToken
        }

        var cleared: [Cleared] = []

        init(responsibility id: SerialID, _ units: Set<SerialID>?) {
            guard let units, !units.isEmpty else { return }
            cleared.reserveCapacity(units.count)
            for unit in units { cleared.append(Cleared(unit: unit, token: .responsibility(id))) }
        }

        mutating func add(_ units: Set<SerialID>, waitingFor token: WaitToken) {
            for unit in units { cleared.append(Cleared(unit: unit, token: token)) }
        }
    }

    /// Units that waited for what was just emitted now wait only for what it still waits for;
    /// the ones left waiting for nothing become ready.
    private mutating func releaseDependants(_ dependants: Dependants, stillWaiting: Set<WaitToken>, effects: inout Effects) {
        guard !dependants.cleared.isEmpty else { return }
        // Tokens are cleared in place; each unit is then visited once (its IDs sorted).
        var touched: [SerialID] = []
        touched.reserveCapacity(dependants.cleared.count)
        for cleared in dependants.cleared {
            guard let index = emissionUnits.index(forKey: cleared.unit) else { continue }
            emissionUnits.values[index].waitingFor.remove(cleared.token)
            touched.append(cleared.unit)
        }
        if touched.count > 1 { touched.sort { $0.value < $1.value } }
        var ready: [SymbolKey] = []
        var previous = SerialID.none
        for dependant in touched where dependant != previous {
            previous = dependant
            guard let index = emissionUnits.index(forKey: dependant) else { continue }
            // The set is moved out while it grows, so that each insertion is a plain one.
            var waitingFor = Set<WaitToken>()
            swap(&waitingFor, &emissionUnits.values[index].waitingFor)
            for token in stillWaiting where waitingFor.insert(token).inserted { register(dependant, waitingFor: token) }
            let isReady = waitingFor.isEmpty
            swap(&waitingFor, &emissionUnits.values[index].waitingFor)
            if isReady, let detached = detachEmissionUnit(dependant) {
                ready.append(contentsOf: detached.symbols)
                unitBecameReady(detached, effects: &effects)
            }
        }
        for key in ready { makeReady(key, effects: &effects) }
    }

    /// Moves an emitted symbol with nothing left to wait for to `.ready` and answers queries.
    /// Side-effects-only symbols leave the table once ready.
    private mutating func makeReady(_ key: SymbolKey, effects: inout Effects) {
        let dylib = dylibs[key.dylib]!
        guard let entry = dylib.symbols[key.name], entry.state == .emitted, !entry.hasError else { return }
        modify(&dylib.symbols[key.name]!) { entry in
            entry.state = .ready
            entry.emissionUnit = .none
        }
        if dylib.materializing[key.name] != nil {
            notifyQueries(key.name, in: dylib, reached: .ready, effects: &effects)
            dylib.materializing[key.name] = nil
        }
        if entry.flags.contains(.materializationSideEffectsOnly) {
            dylib.symbols[key.name] = nil
        }
    }
}
