// SessionState+Emission.swift — resolving and emitting symbols, and the dependency graph that
// decides when they are ready (rules C3, C5, C6).
//
// A symbol is ready once it is emitted and nothing it depends on, directly or through other
// emitted symbols, is still unemitted. Cycles are allowed: symbols emitted together, or emitted
// while waiting on each other, become ready together.

extension SessionState {
    /// Records addresses for symbols of a responsibility and answers queries that wanted
    /// resolved symbols.
    mutating func resolve(_ resolved: SymbolMap, responsibility id: UInt64, effects: inout Effects) throws(OrcError) {
        let record = try liveResponsibility(id)
        try requireResponsibility(record, covers: resolved.keys)
        for (name, symbol) in resolved {
            let declared = record.symbols[name]!
            guard !declared.contains(.materializationSideEffectsOnly) else {
                throw OrcError.symbolsNotInResponsibility(symbols: [name.string], jitDylib: dylibName(record.dylib))
            }
            guard declared.subtracting(.weak) == symbol.flags.subtracting(.weak) else {
                throw OrcError.symbolFlagsMismatch(symbol: name.string, declared: declared, resolved: symbol.flags)
            }
        }
        let failed = resolved.keys.filter { dylibs[record.dylib]!.symbols[$0]!.hasError }
        guard failed.isEmpty else {
            throw OrcError.failedToMaterialize(symbols: [dylibName(record.dylib): failed.map(\.string)], underlying: nil)
        }
        for (name, symbol) in resolved where dylibs[record.dylib]!.symbols[name]!.state == .materializing {
            dylibs[record.dylib]!.symbols[name]!.address = symbol.address
            dylibs[record.dylib]!.symbols[name]!.state = .resolved
            notifyQueries(SymbolKey(dylib: record.dylib, name: name), reached: .resolved, effects: &effects)
        }
    }

    /// Emits every symbol of a responsibility with the given dependencies, then moves whatever
    /// became ready to `.ready`. On error nothing is emitted; if some of the responsibility's
    /// symbols already failed, or a dependency failed or is gone, the whole responsibility fails.
    mutating func emit(
        dependencies groups: [SymbolDependenceGroup], responsibility id: UInt64, effects: inout Effects
    ) throws(OrcError) {
        let record = try liveResponsibility(id)
        let dylibID = record.dylib
        for group in groups { try requireResponsibility(record, covers: group.symbols) }
        let unresolved = record.symbols.filter { name, flags in
            !flags.contains(.materializationSideEffectsOnly) && dylibs[dylibID]!.symbols[name]!.state < .resolved
        }
        guard unresolved.isEmpty else {
            throw OrcError.symbolsNotResolved(symbols: unresolved.keys.map(\.string), jitDylib: dylibName(dylibID))
        }
        let alreadyFailed = record.symbols.keys.filter { dylibs[dylibID]!.symbols[$0]!.hasError }
        guard alreadyFailed.isEmpty else {
            failResponsibility(id, underlying: nil, effects: &effects)
            throw OrcError.failedToMaterialize(symbols: [dylibName(dylibID): alreadyFailed.map(\.string)], underlying: nil)
        }

        let emitting = Set(record.symbols.keys.map { SymbolKey(dylib: dylibID, name: $0) })
        var dependenciesOf: [SymbolName: [SymbolKey]] = [:]
        for group in groups {
            let keys = group.dependencies.flatMap { dylib, names in names.map { SymbolKey(dylib: dylib.id, name: $0) } }
            for name in group.symbols { dependenciesOf[name, default: []].append(contentsOf: keys) }
        }

        // A dependency that failed, or was removed before it was ready, can never be satisfied:
        // the whole responsibility fails instead of emitting.
        let unsatisfied = Set(dependenciesOf.values.joined().filter { !emitting.contains($0) && entry($0)?.hasError != false })
        guard unsatisfied.isEmpty else {
            let error = OrcError.unsatisfiedDependencies(
                symbols: record.symbols.keys.map(\.string), jitDylib: dylibName(dylibID), dependencies: namesByDylib(unsatisfied))
            failResponsibility(id, underlying: error, effects: &effects)
            throw error
        }

        responsibilities[id]!.symbols = [:]
        for key in emitting {
            dylibs[dylibID]!.symbols[key.name]!.state = .emitted
            dylibs[dylibID]!.symbols[key.name]!.responsibility = 0
            for dependency in dependenciesOf[key.name] ?? [] where !emitting.contains(dependency) {
                addDependency(of: key, on: dependency)
            }
        }

        var ready: [SymbolKey] = []
        for key in emitting {
            notifyQueries(key, reached: .emitted, effects: &effects)
            let info = dylibs[dylibID]!.materializing[key.name] ?? MaterializingInfo()
            dylibs[dylibID]!.materializing[key.name]?.dependants = []
            for dependant in info.dependants {
                dylibs[dependant.dylib]?.materializing[dependant.name]?.unemittedDependencies.remove(key)
                for inherited in info.unemittedDependencies where inherited != dependant {
                    link(dependant, waitsFor: inherited)
                }
                if let waiting = dylibs[dependant.dylib]?.materializing[dependant.name],
                   waiting.unemittedDependencies.isEmpty, entry(dependant)?.state == .emitted
                {
                    ready.append(dependant)
                }
            }
            if info.unemittedDependencies.isEmpty { ready.append(key) }
        }
        for key in ready { makeReady(key, effects: &effects) }
    }

    /// Records that emitted symbol `key` depends on `dependency` (which exists and has not
    /// failed). An emitted dependency passes on what it still waits for.
    private mutating func addDependency(of key: SymbolKey, on dependency: SymbolKey) {
        switch entry(dependency)!.state {
        case .ready:
            break
        case .emitted:
            let inherited = dylibs[dependency.dylib]!.materializing[dependency.name]?.unemittedDependencies ?? []
            for waitedFor in inherited where waitedFor != key { link(key, waitsFor: waitedFor) }
        case .neverSearched, .materializing, .resolved:
            link(key, waitsFor: dependency)
        }
    }

    private mutating func link(_ dependant: SymbolKey, waitsFor dependency: SymbolKey) {
        dylibs[dependant.dylib]!.materializing[dependant.name, default: MaterializingInfo()]
            .unemittedDependencies.insert(dependency)
        dylibs[dependency.dylib]!.materializing[dependency.name, default: MaterializingInfo()]
            .dependants.insert(dependant)
    }

    /// Moves an emitted symbol with no unemitted dependencies to `.ready` and answers queries.
    /// Side-effects-only symbols leave the table once ready.
    private mutating func makeReady(_ key: SymbolKey, effects: inout Effects) {
        guard let entry = entry(key), entry.state == .emitted, !entry.hasError else { return }
        dylibs[key.dylib]!.symbols[key.name]!.state = .ready
        notifyQueries(key, reached: .ready, effects: &effects)
        dylibs[key.dylib]!.materializing[key.name] = nil
        if entry.flags.contains(.materializationSideEffectsOnly) {
            dylibs[key.dylib]!.symbols[key.name] = nil
        }
    }
}
