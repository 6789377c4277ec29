// MaterializationTests.swift — lazy units and what a materialization responsibility may do
// (spec rules C3, C4, C5).

import OrcaCore
import Testing

/// Defines a unit stashing its responsibility for `symbols`, starts a ready lookup of `names`, and
/// returns the responsibility and the lookup's recorder.
private func startMaterializing(
    _ f: Fixture, _ symbols: [SymbolName: SymbolFlags], lookingUp names: [SymbolName],
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> (MaterializationResponsibility, LookupCompletions) {
    let stash = Box<MaterializationResponsibility?>(nil)
    try f.jd.define(f.stashingUnit(symbols, into: stash))
    let done = LookupCompletions()
    f.session.lookup(SymbolLookupSet(names), searchOrder: [JITDylibSearchEntry(f.jd)], onComplete: done.handler)
    return (try #require(stash.value, sourceLocation: sourceLocation), done)
}

@Suite struct MaterializationTests {
    // MARK: Laziness

    @Test("C4: a unit does not materialize until one of its symbols is looked up")
    func unitIsLazy() throws {
        let f = try Fixture()
        let runs = Box(0)
        try f.jd.define(f.unit(f.foo, f.fooSymbol, before: { _ in runs.update { $0 += 1 } }))
        #expect(runs.value == 0)
        #expect(f.jd.state(of: f.foo) == .neverSearched)
        #expect(try f.isDefined(f.foo))
        #expect(runs.value == 0)
        _ = try f.session.lookupFlags([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)])
        #expect(runs.value == 0)
        #expect(try f.session.lookup([f.foo], in: [f.jd]) == [f.foo: f.fooSymbol])
        #expect(runs.value == 1)
    }

    @Test("C4: a unit materializes once, however often and whichever of its symbols is looked up")
    func unitMaterializesOnce() throws {
        let f = try Fixture()
        let runs = Box(0)
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported, f.bar: .exported]) { mr in
            runs.update { $0 += 1 }
            try? mr.notifyResolved([f.foo: f.fooSymbol, f.bar: f.barSymbol])
            try? mr.notifyEmitted()
        })
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == f.fooSymbol)
        #expect(f.jd.state(of: f.bar) == .ready)
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == f.fooSymbol)
        #expect(try f.session.lookup([f.bar], in: [f.jd])[f.bar] == f.barSymbol)
        #expect(try f.session.lookup([f.foo, f.bar], in: [f.jd]).count == 2)
        #expect(runs.value == 1)
    }

    @Test("C4: a lookup arriving while the unit materializes waits for it instead of rerunning it")
    func secondLookupWhileMaterializing() throws {
        let f = try Fixture()
        let runs = Box(0)
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported]) { mr in
            runs.update { $0 += 1 }
            stash.set(mr)
        })
        let first = LookupCompletions()
        let second = LookupCompletions()
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)], onComplete: first.handler)
        #expect(f.jd.state(of: f.foo) == .materializing)
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)], onComplete: second.handler)
        #expect(runs.value == 1)
        let mr = try #require(stash.value)
        try mr.notifyResolved([f.foo: f.fooSymbol])
        try mr.notifyEmitted()
        #expect(first.symbols == [f.foo: f.fooSymbol])
        #expect(second.symbols == [f.foo: f.fooSymbol])
        #expect(runs.value == 1)
    }

    @Test("C5: the responsibility covers the unit's symbols in its JITDylib; requestedSymbols names the looked-up ones")
    func responsibilityContents() throws {
        let f = try Fixture()
        let seen = Box<(symbols: [SymbolName: SymbolFlags], requested: Set<SymbolName>, dylib: String)?>(nil)
        let barFlags: SymbolFlags = [.exported, .callable]
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported, f.bar: barFlags]) { mr in
            seen.set((mr.symbols, mr.requestedSymbols, mr.jitDylib.name))
            try? mr.notifyResolved([f.foo: f.fooSymbol, f.bar: ExecutorSymbol(address: 0x2000, flags: barFlags)])
            try? mr.notifyEmitted()
        })
        _ = try f.session.lookup([f.bar], in: [f.jd])
        let observed = try #require(seen.value)
        #expect(observed.symbols == [f.foo: .exported, f.bar: barFlags])
        #expect(observed.requested == [f.bar])
        #expect(observed.dylib == "JD")
    }

    // MARK: notifyResolved / notifyEmitted errors

    @Test("C5: notifyResolved with flags other than the declared ones fails with symbolFlagsMismatch")
    func flagsMismatch() throws {
        let f = try Fixture()
        let thrown = Box<(any Error)?>(nil)
        let wrong = ExecutorSymbol(address: 0x1000, flags: [.exported, .callable])
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported]) { mr in
            do {
                try mr.notifyResolved([f.foo: wrong])
                try mr.notifyEmitted()
            } catch {
                thrown.set(error)
                mr.failMaterialization(error)
            }
        })
        let lookupError = thrownError { _ = try f.session.lookup([f.foo], in: [f.jd]) }
        guard case let .symbolFlagsMismatch(symbol, declared, resolved)? = thrown.value as? OrcError else {
            Issue.record("expected symbolFlagsMismatch, got \(String(describing: thrown.value))")
            return
        }
        #expect(symbol == "foo")
        #expect(declared == .exported)
        #expect(resolved == [.exported, .callable])
        #expect(failedSymbols(lookupError) == ["JD": ["foo"]])
        #expect(f.jd.state(of: f.foo) != .resolved)
    }

    @Test("C5: notifyResolved ignores a difference in the weak flag only")
    func weakFlagDifferenceTolerated() throws {
        let f = try Fixture()
        try f.jd.define(SimpleUnit(symbols: [f.foo: [.exported, .weak]]) { mr in
            do {
                try mr.notifyResolved([f.foo: f.fooSymbol])
                try mr.notifyEmitted()
            } catch {
                mr.failMaterialization(error)
            }
        })
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo]?.address == 0x1000)
    }

    @Test("C5: notifyResolved for a symbol outside the responsibility fails with symbolsNotInResponsibility")
    func resolveOutsideResponsibility() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]))
        let (mr, done) = try startMaterializing(f, [f.foo: .exported], lookingUp: [f.foo])
        let error = thrownError { try mr.notifyResolved([f.foo: f.fooSymbol, f.bar: f.quxSymbol]) }
        guard case let .symbolsNotInResponsibility(symbols, jitDylib)? = error as? OrcError else {
            Issue.record("expected symbolsNotInResponsibility, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["bar"])
        #expect(jitDylib == "JD")
        // Nothing was recorded: foo is still unresolved and bar keeps its address.
        #expect(f.jd.state(of: f.foo) == .materializing)
        #expect(done.count == 0)
        try mr.notifyResolved([f.foo: f.fooSymbol])
        try mr.notifyEmitted()
        #expect(done.symbols == [f.foo: f.fooSymbol])
        #expect(try f.session.lookup([f.bar], in: [f.jd])[f.bar] == f.barSymbol)
    }

    @Test("C5: notifyEmitted before notifyResolved fails with symbolsNotResolved and emits nothing")
    func emitBeforeResolve() throws {
        let f = try Fixture()
        let (mr, done) = try startMaterializing(f, [f.foo: .exported, f.bar: .exported], lookingUp: [f.foo, f.bar])
        try mr.notifyResolved([f.foo: f.fooSymbol])
        let error = thrownError { try mr.notifyEmitted() }
        guard case let .symbolsNotResolved(symbols, jitDylib)? = error as? OrcError else {
            Issue.record("expected symbolsNotResolved, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["bar"])
        #expect(jitDylib == "JD")
        #expect(f.jd.state(of: f.foo) == .resolved)
        #expect(done.count == 0)
        // The responsibility is still usable.
        try mr.notifyResolved([f.bar: f.barSymbol])
        try mr.notifyEmitted()
        #expect(done.symbols == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
    }

    @Test("C5: failMaterialization fails every symbol of the unit, requested or not")
    func failMaterializationFailsAllSymbols() throws {
        let f = try Fixture()
        let runs = Box(0)
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported, f.bar: .exported]) { mr in
            runs.update { $0 += 1 }
            mr.failMaterialization(TestError("no code"))
        })
        let first = thrownError { _ = try f.session.lookup([f.foo], in: [f.jd]) }
        #expect(failedSymbols(first) == ["JD": ["bar", "foo"]])
        #expect(underlyingError(first) as? TestError == TestError("no code"))
        #expect(runs.value == 1)
        #expect(f.jd.hasError(f.foo))
        #expect(f.jd.hasError(f.bar))
        let later = thrownError { _ = try f.session.lookup([f.bar], in: [f.jd]) }
        #expect(failedSymbols(later)?["JD"]?.contains("bar") == true)
        let again = thrownError { _ = try f.session.lookup([f.foo], in: [f.jd]) }
        #expect(failedSymbols(again)?["JD"]?.contains("foo") == true)
        #expect(runs.value == 1)
    }

    @Test("C6: a failed unit fails the waiting lookup with failedToMaterialize naming exactly its symbols")
    func failResolution() throws {
        let f = try Fixture()
        try f.jd.define(SimpleUnit(symbols: [f.foo: [.exported, .weak], f.bar: [.exported, .weak]]) { mr in
            mr.failMaterialization()
        })
        let error = thrownError { _ = try f.session.lookup([f.foo, f.bar], in: [f.jd]) }
        #expect(failedSymbols(error) == ["JD": ["bar", "foo"]])
    }

    @Test("C5: a responsibility dropped without finishing fails its symbols and reports the error")
    func droppedResponsibility() throws {
        let f = try Fixture()
        let reported = Box<[any Error]>([])
        f.session.errorReporter = { error in reported.update { $0.append(error) } }
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported]) { _ in })
        let error = thrownError { _ = try f.session.lookup([f.foo], in: [f.jd]) }
        #expect(failedSymbols(error) == ["JD": ["foo"]])
        #expect(f.jd.hasError(f.foo))
        #expect(reported.value.count == 1)
        #expect(failedSymbols(reported.value.first) == ["JD": ["foo"]])
        #expect(throws: OrcError.self) { try f.session.lookup([f.foo], in: [f.jd]) }
    }

    @Test("C5: a finished responsibility that is dropped reports nothing")
    func finishedResponsibilityDropped() throws {
        let f = try Fixture()
        let reported = Box(0)
        f.session.errorReporter = { _ in reported.update { $0 += 1 } }
        try f.jd.define(f.unit(f.foo, f.fooSymbol))
        _ = try f.session.lookup([f.foo], in: [f.jd])
        #expect(reported.value == 0)
        #expect(!f.jd.hasError(f.foo))
    }

    // MARK: defineMaterializing

    @Test("C5: defineMaterializing adds symbols that resolve with the unit without a new materialization")
    func defineMaterializingAddsSymbols() throws {
        let f = try Fixture()
        let runs = Box(0)
        let added = Box<[SymbolName: SymbolFlags]>([:])
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported]) { mr in
            runs.update { $0 += 1 }
            do {
                added.set(try mr.defineMaterializing([f.bar: .exported]))
                #expect(mr.symbols == [f.foo: .exported, f.bar: .exported])
                try mr.notifyResolved([f.foo: f.fooSymbol, f.bar: f.barSymbol])
                try mr.notifyEmitted()
            } catch {
                mr.failMaterialization(error)
            }
        })
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == f.fooSymbol)
        #expect(added.value == [f.bar: .exported])
        #expect(f.jd.state(of: f.bar) == .ready)
        #expect(try f.session.lookup([f.bar], in: [f.jd])[f.bar] == f.barSymbol)
        #expect(runs.value == 1)
    }

    @Test("C5: a symbol added by defineMaterializing can be looked up while materializing")
    func defineMaterializingVisibleToLookups() throws {
        let f = try Fixture()
        let (mr, _) = try startMaterializing(f, [f.foo: .exported], lookingUp: [f.foo])
        try mr.defineMaterializing([f.bar: .exported])
        #expect(f.jd.state(of: f.bar) == .materializing)
        let done = LookupCompletions()
        f.session.lookup([f.bar], searchOrder: [JITDylibSearchEntry(f.jd)], onComplete: done.handler)
        #expect(done.count == 0)
        try mr.notifyResolved([f.foo: f.fooSymbol, f.bar: f.barSymbol])
        try mr.notifyEmitted()
        #expect(done.symbols == [f.bar: f.barSymbol])
    }

    @Test("C5: defineMaterializing of an existing strong symbol fails with duplicateDefinition and adds nothing")
    func defineMaterializingDuplicate() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]))
        let thrown = Box<(any Error)?>(nil)
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported]) { mr in
            thrown.set(thrownError { try mr.defineMaterializing([f.baz: .exported, f.bar: .exported]) })
            try? mr.notifyResolved([f.foo: f.fooSymbol])
            try? mr.notifyEmitted()
        })
        _ = try f.session.lookup([f.foo], in: [f.jd])
        guard case let .duplicateDefinition(symbol, jitDylib)? = thrown.value as? OrcError else {
            Issue.record("expected duplicateDefinition, got \(String(describing: thrown.value))")
            return
        }
        #expect(symbol == "bar")
        #expect(jitDylib == "JD")
        #expect(try !f.isDefined(f.baz))
        #expect(try f.session.lookup([f.bar], in: [f.jd])[f.bar] == f.barSymbol)
    }

    @Test("C5: defineMaterializing a symbol the responsibility already has is a duplicate definition")
    func defineMaterializingOwnSymbol() throws {
        let f = try Fixture()
        let (mr, _) = try startMaterializing(f, [f.foo: .exported], lookingUp: [f.foo])
        let error = thrownError { try mr.defineMaterializing([f.foo: .exported]) }
        guard case let .duplicateDefinition(symbol, _)? = error as? OrcError else {
            Issue.record("expected duplicateDefinition, got \(String(describing: error))")
            return
        }
        #expect(symbol == "foo")
        try mr.notifyResolved([f.foo: f.fooSymbol])
        try mr.notifyEmitted()
    }

    @Test("C5: defineMaterializing leaves out weak symbols that already exist and returns only those added")
    func defineMaterializingRejectsExistingWeak() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]))
        let (mr, _) = try startMaterializing(f, [f.foo: .exported], lookingUp: [f.foo])
        let added = try mr.defineMaterializing([f.bar: [.exported, .weak], f.baz: [.exported, .weak]])
        #expect(added == [f.baz: [.exported, .weak]])
        #expect(mr.symbols == [f.foo: .exported, f.baz: [.exported, .weak]])
        // The rejected weak bar cannot be resolved by this responsibility.
        #expect(throws: OrcError.self) { try mr.notifyResolved([f.bar: f.quxSymbol]) }
        try mr.notifyResolved([f.foo: f.fooSymbol, f.baz: f.bazSymbol])
        try mr.notifyEmitted()
        let result = try f.session.lookup([f.bar, f.baz], in: [f.jd])
        #expect(result[f.bar] == f.barSymbol)
        #expect(result[f.baz] == ExecutorSymbol(address: 0x3000, flags: [.exported, .weak]))
    }

    // MARK: replace

    @Test("C5: replace hands unrequested symbols to a new unit that stays lazy until looked up")
    func replaceKeepsUnrequestedLazy() throws {
        let f = try Fixture()
        let requested = Box<Set<SymbolName>>([])
        let remaining = Box<[SymbolName: SymbolFlags]>([:])
        let fooRan = Box(false)
        let barRan = Box(false)
        let barUnit = f.unit(f.bar, f.barSymbol, before: { _ in barRan.set(true) })
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported, f.bar: .exported]) { mr in
            requested.set(mr.requestedSymbols)
            do {
                try mr.replace(barUnit)
                remaining.set(mr.symbols)
                try mr.notifyResolved([f.foo: f.fooSymbol])
                try mr.notifyEmitted()
                fooRan.set(true)
            } catch {
                mr.failMaterialization(error)
            }
        })
        #expect(!fooRan.value && !barRan.value)
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == f.fooSymbol)
        #expect(requested.value == [f.foo])
        #expect(remaining.value == [f.foo: .exported])
        #expect(fooRan.value)
        #expect(!barRan.value)
        #expect(f.jd.state(of: f.bar) == .neverSearched)
        #expect(try f.session.lookup([f.bar], in: [f.jd])[f.bar] == f.barSymbol)
        #expect(barRan.value)
    }

    @Test("C5: a replaced symbol that a lookup waits for materializes at once")
    func replaceWithWaitingLookupRunsAtOnce() throws {
        let f = try Fixture()
        let barRequested = Box<Set<SymbolName>?>(nil)
        let barRanDuringReplace = Box(false)
        let barRan = Box(false)
        let barUnit = f.unit(f.bar, f.barSymbol, before: { mr in
            barRequested.set(mr.requestedSymbols)
            barRan.set(true)
        })
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported, f.bar: .exported]) { mr in
            do {
                try mr.replace(barUnit)
                barRanDuringReplace.set(barRan.value)
                try mr.notifyResolved([f.foo: f.fooSymbol])
                try mr.notifyEmitted()
            } catch {
                mr.failMaterialization(error)
            }
        })
        let result = try f.session.lookup([f.foo, f.bar], in: [f.jd])
        #expect(result == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
        #expect(barRanDuringReplace.value)
        #expect(barRequested.value == [f.bar])
    }

    @Test("C5: replace with symbols outside the responsibility fails with symbolsNotInResponsibility")
    func replaceOutsideResponsibility() throws {
        let f = try Fixture()
        let (mr, done) = try startMaterializing(f, [f.foo: .exported], lookingUp: [f.foo])
        let error = thrownError { try mr.replace(f.unit(f.baz, f.bazSymbol)) }
        guard case let .symbolsNotInResponsibility(symbols, _)? = error as? OrcError else {
            Issue.record("expected symbolsNotInResponsibility, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["baz"])
        #expect(try !f.isDefined(f.baz))
        try mr.notifyResolved([f.foo: f.fooSymbol])
        try mr.notifyEmitted()
        #expect(done.symbols == [f.foo: f.fooSymbol])
    }

    // MARK: delegate

    @Test("C5: delegate moves symbols into a new responsibility that finishes them independently")
    func delegateSplitsWork() throws {
        let f = try Fixture()
        let first = Box<MaterializationResponsibility?>(nil)
        let second = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported, f.bar: .exported]) { mr in
            first.set(mr)
            second.set(try? mr.delegate([f.bar]))
        })
        let done = LookupCompletions()
        f.session.lookup([f.foo, f.bar], searchOrder: [JITDylibSearchEntry(f.jd)], onComplete: done.handler)
        let mr = try #require(first.value)
        let delegated = try #require(second.value)
        #expect(mr.symbols == [f.foo: .exported])
        #expect(delegated.symbols == [f.bar: .exported])
        #expect(delegated.jitDylib === f.jd)
        // The original no longer answers for bar.
        #expect(throws: OrcError.self) { try mr.notifyResolved([f.bar: f.barSymbol]) }
        try mr.notifyResolved([f.foo: f.fooSymbol])
        try mr.notifyEmitted()
        #expect(done.count == 0)
        #expect(f.jd.state(of: f.foo) == .ready)
        try delegated.notifyResolved([f.bar: f.barSymbol])
        try delegated.notifyEmitted()
        #expect(done.symbols == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
    }

    @Test("C5: delegate of a symbol outside the responsibility fails with symbolsNotInResponsibility")
    func delegateOutsideResponsibility() throws {
        let f = try Fixture()
        let (mr, _) = try startMaterializing(f, [f.foo: .exported], lookingUp: [f.foo])
        let error = thrownError { _ = try mr.delegate([f.baz]) }
        guard case let .symbolsNotInResponsibility(symbols, jitDylib)? = error as? OrcError else {
            Issue.record("expected symbolsNotInResponsibility, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["baz"])
        #expect(jitDylib == "JD")
        #expect(mr.symbols == [f.foo: .exported])
        try mr.notifyResolved([f.foo: f.fooSymbol])
        try mr.notifyEmitted()
    }

    // MARK: Materialization-side-effects-only symbols

    @Test("C3: a side-effects-only symbol is materialized by a weak lookup, left out of results, and removed once ready")
    func sideEffectsOnlyBasic() throws {
        let f = try Fixture()
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.foo: [.exported, .materializationSideEffectsOnly]], into: stash))
        let done = LookupCompletions()
        f.session.lookup(
            SymbolLookupSet([f.foo], flags: .weaklyReferencedSymbol), searchOrder: [JITDylibSearchEntry(f.jd)],
            onComplete: done.handler)
        #expect(done.count == 0)
        let mr = try #require(stash.value)
        try mr.notifyEmitted()
        #expect(done.count == 1)
        #expect(done.symbols == [:])
        #expect(f.jd.state(of: f.foo) == nil)
        #expect(try !f.isDefined(f.foo))
    }

    @Test("C3: a side-effects-only symbol has no address to resolve")
    func sideEffectsOnlyCannotResolve() throws {
        let f = try Fixture()
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.foo: [.exported, .materializationSideEffectsOnly]], into: stash))
        f.session.lookup(
            SymbolLookupSet([f.foo], flags: .weaklyReferencedSymbol), searchOrder: [JITDylibSearchEntry(f.jd)], onComplete: { _ in })
        let mr = try #require(stash.value)
        #expect(throws: OrcError.self) {
            try mr.notifyResolved([f.foo: ExecutorSymbol(address: 0x1000, flags: [.exported, .materializationSideEffectsOnly])])
        }
        try mr.notifyEmitted()
        #expect(f.jd.state(of: f.foo) == nil)
    }

    @Test("C3: a side-effects-only symbol emitted with a real symbol: only the real one is returned")
    func sideEffectsOnlyWithRealSymbol() throws {
        let f = try Fixture()
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported, f.bar: [.exported, .materializationSideEffectsOnly]]) { mr in
            try? mr.notifyResolved([f.foo: f.fooSymbol])
            try? mr.notifyEmitted()
        })
        var set = SymbolLookupSet([f.foo])
        set.add(f.bar, flags: .weaklyReferencedSymbol)
        let result = try f.session.lookup(set, searchOrder: [JITDylibSearchEntry(f.jd)])
        #expect(result == [f.foo: f.fooSymbol])
        #expect(f.jd.state(of: f.bar) == nil)
        #expect(f.jd.state(of: f.foo) == .ready)
    }

    @Test("C3: failure of a side-effects-only symbol persists for later weak lookups")
    func sideEffectsOnlyFailurePersists() throws {
        let f = try Fixture()
        let runs = Box(0)
        try f.jd.define(SimpleUnit(symbols: [f.foo: [.exported, .materializationSideEffectsOnly]]) { mr in
            runs.update { $0 += 1 }
            mr.failMaterialization(TestError("init failed"))
        })
        let weak = SymbolLookupSet([f.foo], flags: .weaklyReferencedSymbol)
        let first = thrownError { _ = try f.session.lookup(weak, searchOrder: [JITDylibSearchEntry(f.jd)]) }
        #expect(failedSymbols(first) == ["JD": ["foo"]])
        #expect(underlyingError(first) as? TestError == TestError("init failed"))
        let second = thrownError { _ = try f.session.lookup(weak, searchOrder: [JITDylibSearchEntry(f.jd)]) }
        #expect(failedSymbols(second) == ["JD": ["foo"]])
        #expect(runs.value == 1)
    }

    @Test("C3: a required (not weakly-referenced) lookup of a side-effects-only symbol fails with symbolsNotFound")
    func sideEffectsOnlyRequiredLookup() throws {
        let f = try Fixture()
        let runs = Box(0)
        try f.jd.define(SimpleUnit(symbols: [f.foo: [.exported, .materializationSideEffectsOnly]]) { mr in
            runs.update { $0 += 1 }
            try? mr.notifyEmitted()
        })
        let error = thrownError { _ = try f.session.lookup(SymbolLookupSet([f.foo]), searchOrder: [JITDylibSearchEntry(f.jd)]) }
        guard case let .symbolsNotFound(symbols, _)? = error as? OrcError else {
            Issue.record("expected symbolsNotFound, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["foo"])
        #expect(runs.value == 0)
    }
}
