// SessionState+Emission.swift — resolving and emitting symbols, and the dependency graph that
// decides when they are ready (rules C3, C5, C6).
//
// A symbol is ready once it is emitted and nothing it depends on, directly or through other
// emitted symbols, is still unemitted. Cycles are allowed: symbols emitted together, or emitted
// while waiting on each other, become ready together.

extension SessionState {
    /// Records addresses for symbols of a responsibility and answers queries that wanted
    /// resolved symbols.
    mutating func resolve(_ resolved: SymbolMap, responsibility id: SerialID, effects: inout Effects) throws(OrcError) {
        let record = try liveResponsibility(id)
        let dylib = dylibs[record.dylib]!
        var failed: [String] = []
        for (name, symbol) in resolved {
            guard let declared = record.symbols[name] else {
                try requireResponsibility(record, covers: resolved.keys)
                continue
            }
            guard !declared.contains(.materializationSideEffectsOnly) else {
                throw OrcError.symbolsNotInResponsibility(symbols: [name.string], jitDylib: dylibName(record.dylib))
            }
            guard declared.subtracting(.weak) == symbol.flags.subtracting(.weak) else {
                throw OrcError.symbolFlagsMismatch(symbol: name.string, declared: declared, resolved: symbol.flags)
            }
            if dylib.symbols[name]!.hasError { failed.append(name.string) }
        }
        guard failed.isEmpty else {
            throw OrcError.failedToMaterialize(symbols: [dylib.handle.name: failed], underlying: nil)
        }
        for (name, symbol) in resolved {
            let changed = modify(&dylib.symbols[name]!) { entry in
                guard entry.state == .materializing else { return false }
                entry.address = symbol.address
                entry.state = .resolved
                return true
            }
            if changed && dylib.materializing[name] != nil {
                notifyQueries(SymbolKey(dylib: record.dylib, name: name), reached: .resolved, effects: &effects)
            }
        }
    }

    /// Emits every symbol of a responsibility with the given dependencies, then moves whatever
    /// became ready to `.ready`. On error nothing is emitted; if some of the responsibility's
    /// symbols already failed, or a dependency failed or is gone, the whole responsibility fails.
    mutating func emit(
        dependencies groups: [SymbolDependenceGroup], responsibility id: SerialID, effects: inout Effects
    ) throws(OrcError) {
        let record = try liveResponsibility(id)
        let dylibID = record.dylib
        let dylib = dylibs[dylibID]!
        for group in groups { try requireResponsibility(record, covers: group.symbols) }
        var unresolved: [String] = [], alreadyFailed: [String] = []
        for (name, flags) in record.symbols {
            let entry = dylib.symbols[name]!
            if !flags.contains(.materializationSideEffectsOnly) && entry.state < .resolved { unresolved.append(name.string) }
            if entry.hasError { alreadyFailed.append(name.string) }
        }
        guard unresolved.isEmpty else { throw OrcError.symbolsNotResolved(symbols: unresolved, jitDylib: dylib.handle.name) }
        guard alreadyFailed.isEmpty else {
            failResponsibility(id, underlying: nil, effects: &effects)
            throw OrcError.failedToMaterialize(symbols: [dylib.handle.name: alreadyFailed], underlying: nil)
        }

        var dependenciesOf: [SymbolName: [SymbolKey]] = [:]
        for group in groups where !group.dependencies.isEmpty {
            let keys = group.dependencies.flatMap { dylib, names in names.map { SymbolKey(dylib: dylib.id, name: $0) } }
            for name in group.symbols { dependenciesOf[name, default: []].append(contentsOf: keys) }
        }
        let isEmitting = { (key: SymbolKey) in key.dylib == dylibID && record.symbols[key.name] != nil }
        // A dependency that failed, or was removed before it was ready, can never be satisfied:
        // the whole responsibility fails instead of emitting.
        let unsatisfied = dependenciesOf.isEmpty ? [] : Set(dependenciesOf.values.joined().filter { !isEmitting($0) && entry($0)?.hasError != false })
        guard unsatisfied.isEmpty else {
            let error = OrcError.unsatisfiedDependencies(
                symbols: record.symbols.keys.map(\.string), jitDylib: dylib.handle.name, dependencies: namesByDylib(unsatisfied))
            failResponsibility(id, underlying: error, effects: &effects)
            throw error
        }

        responsibilities[id]!.symbols = [:]
        for name in record.symbols.keys {
            modify(&dylib.symbols[name]!) { entry in
                entry.state = .emitted
                entry.responsibility = .none
            }
            let key = SymbolKey(dylib: dylibID, name: name)
            for dependency in dependenciesOf[name] ?? [] where !isEmitting(dependency) {
                addDependency(of: key, on: dependency)
            }
        }

        var ready: [SymbolKey] = []
        for name in record.symbols.keys {
            let key = SymbolKey(dylib: dylibID, name: name)
            guard let info = dylib.materializing[name] else {
                ready.append(key)
                continue
            }
            notifyQueries(key, reached: .emitted, effects: &effects)
            dylib.materializing[name]?.dependants = []
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
        let dylib = dylibs[key.dylib]!
        guard let entry = dylib.symbols[key.name], entry.state == .emitted, !entry.hasError else { return }
        dylib.symbols[key.name]!.state = .ready
        if dylib.materializing[key.name] != nil {
            notifyQueries(key, reached: .ready, effects: &effects)
            dylib.materializing[key.name] = nil
        }
        if entry.flags.contains(.materializationSideEffectsOnly) {
            dylib.symbols[key.name] = nil
        }
    }
}
