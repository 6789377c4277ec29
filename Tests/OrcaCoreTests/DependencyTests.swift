// DependencyTests.swift — readiness through dependencies, cycles, and failure propagation
// (spec rules C3, C6).

import OrcaCore
import Testing

/// Defines a stashing unit for each name (in `dylib`, default the fixture's) and returns the boxes.
private func stashingUnits(
    _ f: Fixture, _ names: [SymbolName], in dylib: JITDylib? = nil
) throws -> [SymbolName: Box<MaterializationResponsibility?>] {
    var boxes: [SymbolName: Box<MaterializationResponsibility?>] = [:]
    for name in names {
        let box = Box<MaterializationResponsibility?>(nil)
        try (dylib ?? f.jd).define(f.stashingUnit([name: .exported], into: box))
        boxes[name] = box
    }
    return boxes
}

/// Starts one ready lookup of `names` in `dylib` and returns its recorder.
private func lookUp(_ f: Fixture, _ names: SymbolName..., in dylib: JITDylib? = nil, state: SymbolState = .ready) -> LookupCompletions {
    let done = LookupCompletions()
    f.session.lookup(SymbolLookupSet(names), searchOrder: [JITDylibSearchEntry(dylib ?? f.jd)], requiredState: state, onComplete: done.handler)
    return done
}

/// A stashing unit for foo, then a ready lookup of it: foo's responsibility and the lookup's recorder.
private func materializingFoo(
    _ f: Fixture, sourceLocation: SourceLocation = #_sourceLocation
) throws -> (MaterializationResponsibility, LookupCompletions) {
    let mrs = try stashingUnits(f, [f.foo])
    let done = lookUp(f, f.foo)
    return (try #require(mrs[f.foo]!.value, sourceLocation: sourceLocation), done)
}

/// Stashing units for foo and bar, then a ready lookup of each: both responsibilities and both recorders.
private func materializingFooAndBar(
    _ f: Fixture, sourceLocation: SourceLocation = #_sourceLocation
) throws -> (MaterializationResponsibility, MaterializationResponsibility, LookupCompletions, LookupCompletions) {
    let mrs = try stashingUnits(f, [f.foo, f.bar])
    let fooDone = lookUp(f, f.foo)
    let barDone = lookUp(f, f.bar)
    let fooR = try #require(mrs[f.foo]!.value, sourceLocation: sourceLocation)
    let barR = try #require(mrs[f.bar]!.value, sourceLocation: sourceLocation)
    return (fooR, barR, fooDone, barDone)
}

@Suite struct DependencyTests {
    // MARK: Readiness

    @Test("C3: a symbol becomes ready only once its dependency is emitted; states step forward")
    func readyAfterDependencyEmitted() throws {
        let f = try Fixture()
        let mrs = try stashingUnits(f, [f.foo, f.bar])
        #expect(f.jd.state(of: f.foo) == .neverSearched)
        #expect(f.jd.state(of: f.bar) == .neverSearched)
        let fooDone = lookUp(f, f.foo)
        let barDone = lookUp(f, f.bar)
        #expect(f.jd.state(of: f.foo) == .materializing)
        #expect(f.jd.state(of: f.bar) == .materializing)
        let fooR = try #require(mrs[f.foo]!.value)
        let barR = try #require(mrs[f.bar]!.value)

        try fooR.notifyResolved([f.foo: f.fooSymbol])
        #expect(f.jd.state(of: f.foo) == .resolved)
        try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        #expect(f.jd.state(of: f.foo) == .emitted)
        #expect(fooDone.count == 0)

        try barR.notifyResolved([f.bar: f.barSymbol])
        #expect(f.jd.state(of: f.bar) == .resolved)
        #expect(f.jd.state(of: f.foo) == .emitted)
        #expect(fooDone.count == 0)

        try barR.notifyEmitted()
        #expect(f.jd.state(of: f.bar) == .ready)
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(fooDone.symbols == [f.foo: f.fooSymbol])
        #expect(barDone.symbols == [f.bar: f.barSymbol])
    }

    @Test("C3: a resolved-state lookup completes though the symbol's dependency is not emitted")
    func resolvedLookupIgnoresDependencies() throws {
        let f = try Fixture()
        let mrs = try stashingUnits(f, [f.foo, f.bar])
        let resolvedDone = lookUp(f, f.foo, state: .resolved)
        _ = lookUp(f, f.bar, state: .resolved)
        let fooR = try #require(mrs[f.foo]!.value)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        #expect(resolvedDone.symbols == [f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        let readyDone = lookUp(f, f.foo)
        #expect(readyDone.count == 0)
        let barR = try #require(mrs[f.bar]!.value)
        try barR.notifyResolved([f.bar: f.barSymbol])
        try barR.notifyEmitted()
        #expect(readyDone.symbols == [f.foo: f.fooSymbol])
    }

    @Test("C3: a dependency on an already-ready symbol does not delay readiness")
    func dependencyOnReadySymbol() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]))
        _ = try f.session.lookup([f.bar], in: [f.jd])
        #expect(f.jd.state(of: f.bar) == .ready)
        let (fooR, done) = try materializingFoo(f)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(done.symbols == [f.foo: f.fooSymbol])
    }

    @Test("C3: a dependency on a symbol that was never looked up keeps the dependant waiting until it is emitted")
    func dependencyOnNeverSearchedSymbol() throws {
        let f = try Fixture()
        let barRuns = Box(0)
        try f.jd.define(f.unit(f.bar, f.barSymbol, before: { _ in barRuns.update { $0 += 1 } }))
        let (fooR, done) = try materializingFoo(f)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        #expect(f.jd.state(of: f.foo) == .emitted)
        #expect(done.count == 0)
        #expect(try f.session.lookup([f.bar], in: [f.jd])[f.bar] == f.barSymbol)
        #expect(barRuns.value == 1)
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(done.symbols == [f.foo: f.fooSymbol])
    }

    @Test("C3: a self-dependency is ignored")
    func selfDependency() throws {
        let f = try Fixture()
        let (fooR, done) = try materializingFoo(f)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [f.jd: [f.foo]])
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(done.symbols == [f.foo: f.fooSymbol])
    }

    @Test("C3: symbols of one unit depending on each other become ready together")
    func cycleWithinOneUnit() throws {
        let f = try Fixture()
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.foo: .exported, f.bar: .exported], into: stash))
        let done = lookUp(f, f.foo)
        let mr = try #require(stash.value)
        try mr.notifyResolved([f.foo: f.fooSymbol, f.bar: f.barSymbol])
        try mr.notifyEmitted([
            SymbolDependenceGroup(symbols: [f.foo], dependencies: [f.jd: [f.bar]]),
            SymbolDependenceGroup(symbols: [f.bar], dependencies: [f.jd: [f.foo]]),
        ])
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(f.jd.state(of: f.bar) == .ready)
        #expect(done.symbols == [f.foo: f.fooSymbol])
    }

    @Test("C3: a mutual dependency A↔B in different units: both become ready when the second is emitted")
    func twoCycleAcrossUnits() throws {
        let f = try Fixture()
        let (fooR, barR, fooDone, barDone) = try materializingFooAndBar(f)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try barR.notifyResolved([f.bar: f.barSymbol])
        try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        #expect(f.jd.state(of: f.foo) == .emitted)
        #expect(f.jd.state(of: f.bar) == .resolved)
        #expect(fooDone.count == 0)
        try barR.notifyEmitted(dependencies: [f.jd: [f.foo]])
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(f.jd.state(of: f.bar) == .ready)
        #expect(fooDone.symbols == [f.foo: f.fooSymbol])
        #expect(barDone.symbols == [f.bar: f.barSymbol])
    }

    @Test("C3: a three-cycle (self-dependencies included) becomes ready only when the last symbol is emitted")
    func threeCycle() throws {
        let f = try Fixture()
        let mrs = try stashingUnits(f, [f.foo, f.bar, f.baz])
        let names = [f.foo, f.bar, f.baz]
        let symbols = [f.foo: f.fooSymbol, f.bar: f.barSymbol, f.baz: f.bazSymbol]
        var resolvedDone: [SymbolName: LookupCompletions] = [:]
        var readyDone: [SymbolName: LookupCompletions] = [:]
        for name in names {
            resolvedDone[name] = lookUp(f, name, state: .resolved)
            readyDone[name] = lookUp(f, name, state: .ready)
        }
        let r = try names.map { try #require(mrs[$0]!.value) }
        #expect(resolvedDone.values.allSatisfy { $0.count == 0 })

        for (index, name) in names.enumerated() { try r[index].notifyResolved([name: symbols[name]!]) }
        #expect(resolvedDone.values.allSatisfy { $0.count == 1 })
        #expect(readyDone.values.allSatisfy { $0.count == 0 })

        try r[0].notifyEmitted(dependencies: [f.jd: [f.foo, f.bar]])
        try r[1].notifyEmitted(dependencies: [f.jd: [f.bar, f.baz]])
        #expect(readyDone.values.allSatisfy { $0.count == 0 })
        #expect(f.jd.state(of: f.foo) == .emitted)
        #expect(f.jd.state(of: f.bar) == .emitted)
        #expect(f.jd.state(of: f.baz) == .resolved)

        try r[2].notifyEmitted(dependencies: [f.jd: [f.baz, f.foo]])
        for name in names {
            #expect(f.jd.state(of: name) == .ready)
            #expect(readyDone[name]!.symbols == [name: symbols[name]!])
        }
    }

    @Test("C3: readiness propagates along a chain foo→bar→baz across three units")
    func chainAcrossThreeUnits() throws {
        let f = try Fixture()
        let mrs = try stashingUnits(f, [f.foo, f.bar, f.baz])
        let fooDone = lookUp(f, f.foo)
        let barDone = lookUp(f, f.bar)
        let bazDone = lookUp(f, f.baz)
        let fooR = try #require(mrs[f.foo]!.value)
        let barR = try #require(mrs[f.bar]!.value)
        let bazR = try #require(mrs[f.baz]!.value)

        try barR.notifyResolved([f.bar: f.barSymbol])
        try barR.notifyEmitted(dependencies: [f.jd: [f.baz]])
        // foo depends on bar, which is emitted but not ready: foo must wait for baz as well.
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        #expect(f.jd.state(of: f.foo) == .emitted)
        #expect(f.jd.state(of: f.bar) == .emitted)
        #expect(fooDone.count == 0 && barDone.count == 0)

        try bazR.notifyResolved([f.baz: f.bazSymbol])
        #expect(fooDone.count == 0)
        try bazR.notifyEmitted()
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(f.jd.state(of: f.bar) == .ready)
        #expect(f.jd.state(of: f.baz) == .ready)
        #expect(fooDone.symbols == [f.foo: f.fooSymbol])
        #expect(barDone.symbols == [f.bar: f.barSymbol])
        #expect(bazDone.symbols == [f.baz: f.bazSymbol])
    }

    @Test("C3: dependencies across two JITDylibs delay readiness until the other JITDylib's symbol is emitted")
    func dependencyAcrossJITDylibs() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        let fooMR = try stashingUnits(f, [f.foo])
        let barMR = try stashingUnits(f, [f.bar], in: jd2)
        let fooDone = lookUp(f, f.foo)
        let barDone = lookUp(f, f.bar, in: jd2)
        let fooR = try #require(fooMR[f.foo]!.value)
        let barR = try #require(barMR[f.bar]!.value)
        #expect(barR.jitDylib === jd2)

        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [jd2: [f.bar]])
        #expect(f.jd.state(of: f.foo) == .emitted)
        #expect(jd2.state(of: f.bar) == .materializing)
        #expect(f.jd.state(of: f.bar) == nil)
        #expect(fooDone.count == 0)

        try barR.notifyResolved([f.bar: f.barSymbol])
        try barR.notifyEmitted(dependencies: [f.jd: [f.foo]])
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(jd2.state(of: f.bar) == .ready)
        #expect(fooDone.symbols == [f.foo: f.fooSymbol])
        #expect(barDone.symbols == [f.bar: f.barSymbol])
    }

    @Test("C3: a lookup of several symbols completes when the last of them becomes ready")
    func multiSymbolLookupWaitsForAll() throws {
        let f = try Fixture()
        let mrs = try stashingUnits(f, [f.foo, f.bar])
        let done = lookUp(f, f.foo, f.bar)
        let fooR = try #require(mrs[f.foo]!.value)
        let barR = try #require(mrs[f.bar]!.value)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted()
        #expect(done.count == 0)
        try barR.notifyResolved([f.bar: f.barSymbol])
        try barR.notifyEmitted()
        #expect(done.count == 1)
        #expect(done.symbols == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
    }

    // MARK: Failure propagation

    @Test("C6: a failure carries the error passed to failMaterialization as its underlying error")
    func underlyingErrorCarried() throws {
        let f = try Fixture()
        let (fooR, done) = try materializingFoo(f)
        fooR.failMaterialization(TestError("boom"))
        #expect(done.count == 1)
        #expect(failedSymbols(done.error) == ["JD": ["foo"]])
        #expect(underlyingError(done.error) as? TestError == TestError("boom"))
        #expect(done.error.map { "\($0)".contains("foo") } == true)
    }

    @Test("C6: a failed dependency fails its emitted dependant and the dependant's waiting lookup")
    func failedDependencyFailsDependant() throws {
        let f = try Fixture()
        let (fooR, barR, fooDone, barDone) = try materializingFooAndBar(f)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        #expect(fooDone.count == 0)

        barR.failMaterialization(TestError("bar broke"))
        #expect(barDone.count == 1)
        #expect(fooDone.count == 1)
        #expect(failedSymbols(barDone.error)?["JD"]?.contains("bar") == true)
        #expect(failedSymbols(fooDone.error) == ["JD": ["bar", "foo"]])
        #expect(underlyingError(fooDone.error) as? TestError == TestError("bar broke"))
        #expect(f.jd.hasError(f.foo))
        #expect(f.jd.hasError(f.bar))
        #expect(f.jd.state(of: f.foo) != .ready)
    }

    @Test("C6: failure propagates transitively along a dependency chain")
    func failurePropagatesTransitively() throws {
        let f = try Fixture()
        let mrs = try stashingUnits(f, [f.foo, f.bar, f.baz])
        let fooDone = lookUp(f, f.foo)
        _ = lookUp(f, f.baz, state: .resolved)
        _ = lookUp(f, f.bar, state: .resolved)
        let fooR = try #require(mrs[f.foo]!.value)
        let barR = try #require(mrs[f.bar]!.value)
        let bazR = try #require(mrs[f.baz]!.value)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        try barR.notifyResolved([f.bar: f.barSymbol])
        try barR.notifyEmitted(dependencies: [f.jd: [f.baz]])
        #expect(fooDone.count == 0)
        bazR.failMaterialization()
        #expect(fooDone.count == 1)
        #expect(failedSymbols(fooDone.error) == ["JD": ["bar", "baz", "foo"]])
        #expect(f.jd.hasError(f.foo))
        #expect(f.jd.hasError(f.bar))
        #expect(throws: OrcError.self) { try f.session.lookup([f.bar], in: [f.jd]) }
    }

    @Test("C6: failure of one member of a cycle fails the other member")
    func failureInCycle() throws {
        let f = try Fixture()
        let (fooR, barR, fooDone, barDone) = try materializingFooAndBar(f)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        try barR.notifyResolved([f.bar: f.barSymbol])
        barR.failMaterialization(TestError("cycle broke"))
        #expect(failedSymbols(fooDone.error) == ["JD": ["bar", "foo"]])
        #expect(failedSymbols(barDone.error) == ["JD": ["bar", "foo"]])
        #expect(barR.symbols.isEmpty)
        #expect(f.jd.state(of: f.foo) != .ready)
    }

    @Test("C6: a failed dependency in another JITDylib fails the dependant, the error naming both JITDylibs")
    func failureAcrossJITDylibs() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        let fooMR = try stashingUnits(f, [f.foo])
        let barMR = try stashingUnits(f, [f.bar], in: jd2)
        let fooDone = lookUp(f, f.foo)
        _ = lookUp(f, f.bar, in: jd2, state: .resolved)
        let fooR = try #require(fooMR[f.foo]!.value)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted(dependencies: [jd2: [f.bar]])
        try #require(barMR[f.bar]!.value).failMaterialization(TestError("JD2 broke"))
        #expect(failedSymbols(fooDone.error) == ["JD": ["foo"], "JD2": ["bar"]])
        #expect(underlyingError(fooDone.error) as? TestError == TestError("JD2 broke"))
        #expect(jd2.hasError(f.bar))
        #expect(f.jd.hasError(f.foo))
    }

    @Test("C6: a lookup waiting on several symbols fails exactly once when one of them fails")
    func lookupFailsOnce() throws {
        let f = try Fixture()
        let mrs = try stashingUnits(f, [f.foo, f.bar])
        let done = lookUp(f, f.foo, f.bar)
        let fooR = try #require(mrs[f.foo]!.value)
        let barR = try #require(mrs[f.bar]!.value)
        barR.failMaterialization()
        #expect(done.count == 1)
        #expect(failedSymbols(done.error) == ["JD": ["bar"]])
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        try fooR.notifyEmitted()
        #expect(done.count == 1)
        #expect(done.symbols == nil)
        #expect(f.jd.state(of: f.foo) == .ready)
    }

    @Test("C6: later lookups of a failed symbol fail with failedToMaterialize naming it, without rerunning its unit")
    func laterLookupsOfFailedSymbol() throws {
        let f = try Fixture()
        let runs = Box(0)
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported]) { mr in
            runs.update { $0 += 1 }
            mr.failMaterialization(TestError("once"))
        })
        #expect(throws: OrcError.self) { try f.session.lookup([f.foo], in: [f.jd]) }
        for _ in 0..<2 {
            let error = thrownError { _ = try f.session.lookup([f.foo], in: [f.jd]) }
            #expect(failedSymbols(error) == ["JD": ["foo"]])
        }
        let resolvedError = thrownError { _ = try f.session.lookup([f.foo], in: [f.jd], requiredState: .resolved) }
        #expect(failedSymbols(resolvedError) == ["JD": ["foo"]])
        #expect(runs.value == 1)
    }

    @Test("C6: a failed dependency before the dependant emits: the dependant can still resolve, then fails itself")
    func failureInDependencyBeforeEmit() throws {
        let f = try Fixture()
        let (fooR, barR, fooDone, barDone) = try materializingFooAndBar(f)
        barR.failMaterialization()
        #expect(barDone.count == 1)
        #expect(fooDone.count == 0)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        fooR.failMaterialization()
        #expect(fooDone.count == 1)
        #expect(failedSymbols(fooDone.error) == ["JD": ["foo"]])
        #expect(throws: OrcError.self) { try f.session.lookup([f.bar], in: [f.jd]) }
        #expect(throws: OrcError.self) { try f.session.lookup([f.foo], in: [f.jd]) }
    }

    @Test("C6: emitting with a dependency on a failed symbol fails the emitting symbol and its lookup")
    func emitWithDependencyOnFailedSymbol() throws {
        let f = try Fixture()
        let (fooR, barR, fooDone, barDone) = try materializingFooAndBar(f)
        barR.failMaterialization(TestError("bar failed first"))
        #expect(barDone.count == 1)
        #expect(fooDone.count == 0)
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        let emitError = thrownError { try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]]) }
        if emitError != nil { fooR.failMaterialization(emitError) }
        #expect(fooDone.count == 1)
        #expect(failedSymbols(fooDone.error)?["JD"]?.contains("foo") == true)
        #expect(f.jd.hasError(f.foo))
        #expect(f.jd.state(of: f.foo) != .ready)
        let later = thrownError { _ = try f.session.lookup([f.foo], in: [f.jd]) }
        #expect(failedSymbols(later) == ["JD": ["foo"]])
        #expect(throws: OrcError.self) { try f.session.lookup([f.bar], in: [f.jd]) }
    }

    @Test("C6: notifyEmitted with a dependency on a failed symbol throws, telling the materializer")
    func emitWithDependencyOnFailedSymbolThrows() throws {
        let f = try Fixture()
        let (fooR, barR, _, _) = try materializingFooAndBar(f)
        barR.failMaterialization()
        try fooR.notifyResolved([f.foo: f.fooSymbol])
        let error = thrownError { try fooR.notifyEmitted(dependencies: [f.jd: [f.bar]]) }
        guard case let .unsatisfiedDependencies(symbols, "JD", dependencies)? = error as? OrcError else {
            Issue.record("expected unsatisfiedDependencies, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["foo"] && dependencies == ["JD": ["bar"]])
        // The responsibility failed as a whole: foo is in the error state.
        #expect(f.jd.hasError(f.foo))
    }

    @Test("C6: a lookup of an already-ready symbol and a failing one fails naming the failing one")
    func failAfterPartialResolution() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        try f.jd.define(SimpleUnit(symbols: [f.bar: .exported]) { mr in mr.failMaterialization() })
        let done = lookUp(f, f.foo, f.bar, state: .resolved)
        #expect(done.count == 1)
        #expect(failedSymbols(done.error) == ["JD": ["bar"]])
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == f.fooSymbol)
    }
}
