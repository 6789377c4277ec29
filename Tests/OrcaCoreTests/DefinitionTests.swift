// DefinitionTests.swift — duplicate and weak definitions, absolute symbols, aliases, re-exports
// and definition generators (spec rules C2, C4, C7).

import OrcaCore
import Testing

/// The (symbol, JITDylib) of an `OrcError.duplicateDefinition`.
private func duplicate(_ error: (any Error)?) -> (symbol: String, jitDylib: String)? {
    guard case let .duplicateDefinition(symbol, jitDylib)? = error as? OrcError else { return nil }
    return (symbol, jitDylib)
}

/// A generator holding a table of absolute symbols: defines whichever requested names it has,
/// and records what it was asked for.
private final class TableGenerator: DefinitionGenerator {
    let table: SymbolMap
    let asked = Box<[[SymbolName]]>([])
    let defineErrors = Box<[String]>([])

    init(_ table: SymbolMap) { self.table = table }

    var askedNames: Set<SymbolName> { Set(asked.value.joined()) }

    func tryToGenerate(_ kind: LookupKind, jitDylib: JITDylib, flags: JITDylibLookupFlags, names: SymbolLookupSet) throws {
        asked.update { $0.append(names.names) }
        let found = table.filter { names.names.contains($0.key) }
        guard !found.isEmpty else { return }
        do {
            try jitDylib.define(absoluteSymbols(found))
        } catch {
            defineErrors.update { $0.append("\(error)") }
            throw error
        }
    }
}

/// A generator that always fails with `error`.
private final class FailingGenerator: DefinitionGenerator {
    let error: TestError
    let calls = Box(0)

    init(_ error: TestError) { self.error = error }

    func tryToGenerate(_ kind: LookupKind, jitDylib: JITDylib, flags: JITDylibLookupFlags, names: SymbolLookupSet) throws {
        calls.update { $0 += 1 }
        throw error
    }
}

@Suite struct DefinitionTests {
    // MARK: Duplicate strong definitions

    @Test("C7: a second strong definition fails with duplicateDefinition naming the symbol and JITDylib")
    func duplicateStrongDefinition() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        let error = thrownError { try f.jd.define(absoluteSymbols([f.foo: f.barSymbol])) }
        #expect(duplicate(error)?.symbol == "foo")
        #expect(duplicate(error)?.jitDylib == "JD")
        #expect(error.map { "\($0)".contains("foo") && "\($0)".contains("JD") } == true)
    }

    @Test("C7: a rejected duplicate definition leaves the JITDylib unchanged and its unit unused")
    func duplicateLeavesJITDylibUnchanged() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        let ran = Box(false)
        let discarded = Box<[SymbolName]>([])
        let rejected = SimpleUnit(
            symbols: [f.bar: .exported, f.foo: .exported, f.baz: [.exported, .weak]],
            onMaterialize: { _ in ran.set(true) },
            onDiscard: { _, name in discarded.update { $0.append(name) } })
        let error = thrownError { try f.jd.define(rejected) }
        #expect(duplicate(error)?.symbol == "foo")
        #expect(f.jd.symbolCount == 1)
        #expect(try !f.isDefined(f.bar))
        #expect(try !f.isDefined(f.baz))
        #expect(f.jd.state(of: f.foo) == .neverSearched)
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == f.fooSymbol)
        #expect(ran.value == false)
        #expect(discarded.value.isEmpty)
        // The names are still free to define.
        try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]))
        #expect(try f.session.lookup([f.bar], in: [f.jd])[f.bar] == f.barSymbol)
    }

    @Test("C7: a strong definition over a materializing symbol is a duplicate; the new unit never runs")
    func duplicateOverMaterializing() throws {
        let f = try Fixture()
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.foo: .exported], into: stash))
        let done = Box<SymbolMap?>(nil)
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)]) { done.set(try? $0.get()) }
        let secondRan = Box(false)
        let error = thrownError { try f.jd.define(f.unit(f.foo, f.quxSymbol, before: { _ in secondRan.set(true) })) }
        #expect(duplicate(error)?.symbol == "foo")
        let mr = try #require(stash.value)
        try mr.notifyResolved([f.foo: f.fooSymbol])
        try mr.notifyEmitted()
        #expect(done.value == [f.foo: f.fooSymbol])
        #expect(secondRan.value == false)
    }

    @Test("C7: defining the same name in two JITDylibs is not a duplicate")
    func sameNameInTwoJITDylibs() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        try jd2.define(absoluteSymbols([f.foo: f.quxSymbol]))
        #expect(try f.session.lookup([f.foo], in: [jd2])[f.foo]?.address == 0x4000)
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo]?.address == 0x1000)
    }

    // MARK: Weak definitions

    @Test("C4: a new weak definition of an existing symbol is discarded (discard called), the existing one kept")
    func newWeakDiscarded() throws {
        let f = try Fixture()
        let weakBar = ExecutorSymbol(address: 0x2000, flags: [.exported, .weak])
        let firstRan = Box(false)
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported, f.bar: weakBar.flags]) { mr in
            firstRan.set(true)
            try? mr.notifyResolved([f.foo: f.fooSymbol, f.bar: weakBar])
            try? mr.notifyEmitted()
        })
        let secondRan = Box(false)
        let discarded = Box<[(String, SymbolName)]>([])
        try f.jd.define(SimpleUnit(
            symbols: [f.bar: weakBar.flags],
            onMaterialize: { mr in
                secondRan.set(true)
                mr.failMaterialization()
            },
            onDiscard: { jd, name in discarded.update { $0.append((jd.name, name)) } }))
        #expect(discarded.value.count == 1)
        #expect(discarded.value.first?.0 == "JD")
        #expect(discarded.value.first?.1 == f.bar)
        #expect(try f.session.lookup([f.bar], in: [f.jd])[f.bar] == weakBar)
        #expect(firstRan.value)
        #expect(secondRan.value == false)
    }

    @Test("C4: a new weak definition colliding with a strong one is discarded; a unit left empty is dropped")
    func newWeakOverStrongDropped() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        let destroyed = Box(false)
        let discarded = Box<[SymbolName]>([])
        try f.jd.define(SimpleUnit(
            symbols: [f.foo: [.exported, .weak]],
            onMaterialize: { mr in mr.failMaterialization() },
            onDiscard: { _, name in discarded.update { $0.append(name) } },
            probe: LifetimeProbe(destroyed)))
        #expect(discarded.value == [f.foo])
        #expect(destroyed.value)
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == f.fooSymbol)
    }

    @Test("C4: a strong definition overrides an unmaterialized weak one and calls the weak unit's discard")
    func strongOverridesWeak() throws {
        let f = try Fixture()
        let weakRan = Box(false)
        let discarded = Box<[SymbolName]>([])
        try f.jd.define(SimpleUnit(
            symbols: [f.foo: [.exported, .weak]],
            onMaterialize: { mr in
                weakRan.set(true)
                try? mr.notifyResolved([f.foo: ExecutorSymbol(address: 0x9000, flags: [.exported, .weak])])
                try? mr.notifyEmitted()
            },
            onDiscard: { _, name in discarded.update { $0.append(name) } }))
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        #expect(discarded.value == [f.foo])
        #expect(f.jd.flags(of: f.foo) == .exported)
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == f.fooSymbol)
        #expect(weakRan.value == false)
    }

    @Test("C4: a unit whose weak symbols were all overridden is dropped, not before")
    func unitDroppedWhenEmpty() throws {
        let f = try Fixture()
        let destroyed = Box(false)
        let discarded = Box<Set<SymbolName>>([])
        try f.jd.define(SimpleUnit(
            symbols: [f.foo: [.exported, .weak], f.bar: [.exported, .weak]],
            onMaterialize: { mr in
                Issue.record("overridden unit materialized")
                mr.failMaterialization()
            },
            onDiscard: { _, name in discarded.update { _ = $0.insert(name) } },
            probe: LifetimeProbe(destroyed)))
        #expect(destroyed.value == false)
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        #expect(discarded.value == [f.foo])
        #expect(destroyed.value == false)
        try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]))
        #expect(discarded.value == [f.foo, f.bar])
        #expect(destroyed.value)
        #expect(try f.session.lookup([f.foo, f.bar], in: [f.jd]) == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
    }

    @Test("C4: a partly overridden unit materializes only its remaining symbols")
    func partlyOverriddenUnit() throws {
        let f = try Fixture()
        let seen = Box<[SymbolName: SymbolFlags]?>(nil)
        let discarded = Box<[SymbolName]>([])
        try f.jd.define(SimpleUnit(
            symbols: [f.foo: .exported, f.bar: [.exported, .weak]],
            onMaterialize: { mr in
                seen.set(mr.symbols)
                try? mr.notifyResolved([f.foo: f.fooSymbol])
                try? mr.notifyEmitted()
            },
            onDiscard: { _, name in discarded.update { $0.append(name) } }))
        try f.jd.define(absoluteSymbols([f.bar: f.quxSymbol]))
        #expect(discarded.value == [f.bar])
        #expect(try f.session.lookup([f.foo], in: [f.jd]) == [f.foo: f.fooSymbol])
        #expect(seen.value == [f.foo: .exported])
        #expect(try f.session.lookup([f.bar], in: [f.jd])[f.bar] == f.quxSymbol)
    }

    @Test("C4: a weak symbol already looked up cannot be overridden: a strong definition is a duplicate")
    func weakAlreadyLookedUp() throws {
        let f = try Fixture()
        let weakFoo = ExecutorSymbol(address: 0x1000, flags: [.exported, .weak])
        try f.jd.define(absoluteSymbols([f.foo: weakFoo]))
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == weakFoo)
        let error = thrownError { try f.jd.define(absoluteSymbols([f.foo: f.quxSymbol])) }
        #expect(duplicate(error)?.symbol == "foo")
        #expect(duplicate(error)?.jitDylib == "JD")
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo] == weakFoo)
    }

    // MARK: Absolute symbols

    @Test("C4: absoluteSymbols defines lazy symbols that become ready at their fixed addresses and flags")
    func absoluteSymbolsBasic() throws {
        let f = try Fixture()
        let callable = ExecutorSymbol(address: 0x2000, flags: [.exported, .callable])
        let unit = absoluteSymbols([f.foo: f.fooSymbol, f.bar: callable])
        #expect(unit.symbols == [f.foo: .exported, f.bar: [.exported, .callable]])
        try f.jd.define(unit)
        #expect(f.jd.state(of: f.foo) == .neverSearched)
        #expect(f.jd.flags(of: f.bar) == [.exported, .callable])
        #expect(try f.session.lookup([f.foo, f.bar], in: [f.jd]) == [f.foo: f.fooSymbol, f.bar: callable])
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(f.jd.state(of: f.bar) == .ready)
    }

    // MARK: Aliases

    @Test("C4: symbolAliases resolve to their aliasees with the aliases' own flags; a strong definition beats a weak alias")
    func basicAliases() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol, f.bar: f.barSymbol]))
        try f.jd.define(symbolAliases([
            f.baz: SymbolAliasMapEntry(aliasee: f.foo, flags: [.exported, .callable]),
            f.qux: SymbolAliasMapEntry(aliasee: f.bar, flags: .weak),
        ]))
        try f.jd.define(absoluteSymbols([f.qux: f.quxSymbol]))
        let result = try f.session.lookup([f.baz, f.qux], in: [f.jd])
        #expect(result[f.baz] == ExecutorSymbol(address: 0x1000, flags: [.exported, .callable]))
        #expect(result[f.qux] == f.quxSymbol)
    }

    @Test("C4: chained aliases in one unit (baz→bar→foo) all resolve to foo")
    func chainedAliases() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        try f.jd.define(symbolAliases([
            f.baz: SymbolAliasMapEntry(aliasee: f.bar, flags: .exported),
            f.bar: SymbolAliasMapEntry(aliasee: f.foo, flags: .exported),
        ]))
        let result = try f.session.lookup([f.bar, f.baz], in: [f.jd])
        #expect(result[f.bar]?.address == 0x1000)
        #expect(result[f.baz]?.address == 0x1000)
    }

    @Test("C4: an alias cycle fails the lookup with failedToMaterialize carrying OrcError.aliasCycle")
    func aliasCycle() throws {
        let f = try Fixture()
        let reported = Box<[any Error]>([])
        f.session.errorReporter = { error in reported.update { $0.append(error) } }
        try f.jd.define(symbolAliases([
            f.foo: SymbolAliasMapEntry(aliasee: f.bar, flags: .exported),
            f.bar: SymbolAliasMapEntry(aliasee: f.foo, flags: .exported),
        ]))
        let error = thrownError { _ = try f.session.lookup([f.foo, f.bar], in: [f.jd]) }
        #expect(failedSymbols(error) == ["JD": ["bar", "foo"]])
        guard case let .aliasCycle(symbols, jitDylib)? = underlyingError(error) as? OrcError else {
            Issue.record("expected an underlying aliasCycle, got \(String(describing: error))")
            return
        }
        #expect(symbols.sorted() == ["bar", "foo"])
        #expect(jitDylib == "JD")
        #expect(reported.value.contains { if case .aliasCycle? = $0 as? OrcError { true } else { false } })
    }

    @Test("C4: an alias of itself fails with aliasCycle")
    func selfAlias() throws {
        let f = try Fixture()
        try f.jd.define(symbolAliases([f.foo: SymbolAliasMapEntry(aliasee: f.foo, flags: .exported)]))
        let error = thrownError { _ = try f.session.lookup([f.foo], in: [f.jd]) }
        #expect(failedSymbols(error) == ["JD": ["foo"]])
        guard case let .aliasCycle(symbols, _)? = underlyingError(error) as? OrcError else {
            Issue.record("expected an underlying aliasCycle, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["foo"])
    }

    // MARK: Re-exports

    @Test("C2: reexports make another JITDylib's symbol available under a new name")
    func basicReexports() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        try jd2.define(reexports(from: f.jd, [f.bar: SymbolAliasMapEntry(aliasee: f.foo, flags: .exported)]))
        #expect(try f.session.lookup([f.bar], in: [jd2])[f.bar] == ExecutorSymbol(address: 0x1000, flags: .exported))
        #expect(jd2.state(of: f.bar) == .ready)
        #expect(f.jd.state(of: f.foo) == .ready)
    }

    @Test("C4: unrequested re-exports do not materialize their aliasees")
    func reexportsStayLazy() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        let barRan = Box(false)
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        try f.jd.define(f.unit(f.bar, f.barSymbol, before: { _ in barRan.set(true) }))
        try jd2.define(reexports(from: f.jd, [
            f.baz: SymbolAliasMapEntry(aliasee: f.foo, flags: .exported),
            f.qux: SymbolAliasMapEntry(aliasee: f.bar, flags: .exported),
        ]))
        #expect(try f.session.lookup([f.baz], in: [jd2])[f.baz]?.address == 0x1000)
        #expect(barRan.value == false)
        #expect(f.jd.state(of: f.bar) == .neverSearched)
        #expect(jd2.state(of: f.qux) == .neverSearched)
        #expect(try f.session.lookup([f.qux], in: [jd2])[f.qux]?.address == 0x2000)
        #expect(barRan.value)
    }

    @Test("C2: reexports(from:names:) re-exports names with their flags and rejects missing ones")
    func reexportsByName() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        let callable = ExecutorSymbol(address: 0x2000, flags: [.exported, .callable])
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol, f.bar: callable]))
        try jd2.define(reexports(from: f.jd, names: [f.foo, f.bar]))
        #expect(try f.session.lookup([f.foo, f.bar], in: [jd2]) == [f.foo: f.fooSymbol, f.bar: callable])
        let error = thrownError { _ = try reexports(from: f.jd, names: [f.baz]) }
        guard case let .symbolsNotFound(symbols, _)? = error as? OrcError else {
            Issue.record("expected symbolsNotFound, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["baz"])
    }

    @Test("C2: a re-export of a missing aliasee fails the lookup")
    func reexportOfMissingAliasee() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try jd2.define(reexports(from: f.jd, [f.bar: SymbolAliasMapEntry(aliasee: f.foo, flags: .exported)]))
        let error = thrownError { _ = try f.session.lookup([f.bar], in: [jd2]) }
        #expect(failedSymbols(error) == ["JD2": ["bar"]])
    }

    @Test("C2: ReexportsGenerator re-exports on demand only the symbols its filter allows")
    func reexportsGeneratorWithFilter() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try jd2.define(absoluteSymbols([f.foo: f.fooSymbol, f.bar: f.barSymbol]))
        let bar = f.bar
        f.jd.addGenerator(ReexportsGenerator(source: jd2, sourceFlags: .matchExportedSymbolsOnly, allow: { $0 != bar }))
        let flags = try f.session.lookupFlags(
            SymbolLookupSet([f.foo, f.bar, f.baz], flags: .weaklyReferencedSymbol), searchOrder: [JITDylibSearchEntry(f.jd)])
        #expect(flags == [f.foo: .exported])
        #expect(try f.session.lookup([f.foo], in: [f.jd])[f.foo]?.address == 0x1000)
        let error = thrownError { _ = try f.session.lookup([f.bar], in: [f.jd]) }
        guard case let .symbolsNotFound(symbols, _)? = error as? OrcError else {
            Issue.record("expected symbolsNotFound, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["bar"])
    }

    @Test("C2: ReexportsGenerator with exported-only source matching skips hidden source symbols")
    func reexportsGeneratorSkipsHidden() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try jd2.define(absoluteSymbols([f.foo: f.fooSymbol, f.baz: ExecutorSymbol(address: 0x3000, flags: [])]))
        f.jd.addGenerator(ReexportsGenerator(source: jd2))
        let flags = try f.session.lookupFlags(
            SymbolLookupSet([f.foo, f.baz], flags: .weaklyReferencedSymbol), searchOrder: [JITDylibSearchEntry(f.jd)])
        #expect(flags == [f.foo: .exported])
        #expect(try !f.isDefined(f.baz))
    }

    // MARK: Definition generators

    @Test("C2: a generator defines a requested symbol that the JITDylib lacks")
    func generatorDefinesSymbol() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        let generator = TableGenerator([f.bar: f.barSymbol])
        f.jd.addGenerator(generator)
        let result = try f.session.lookup([f.foo, f.bar], in: [f.jd])
        #expect(result == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
        #expect(generator.askedNames.contains(f.bar))
        #expect(!generator.askedNames.contains(f.foo))
        #expect(generator.defineErrors.value.isEmpty)
        #expect(f.jd.state(of: f.bar) == .ready)
        // Once defined, the generator is not asked again.
        let askedBefore = generator.asked.value.count
        _ = try f.session.lookup([f.bar], in: [f.jd])
        #expect(generator.asked.value.count == askedBefore)
    }

    @Test("C2: a generator that cannot define a required symbol leaves it not found")
    func generatorWithoutTheSymbol() throws {
        let f = try Fixture()
        let generator = TableGenerator([f.bar: f.barSymbol])
        f.jd.addGenerator(generator)
        let error = thrownError { _ = try f.session.lookup([f.qux], in: [f.jd]) }
        guard case let .symbolsNotFound(symbols, _)? = error as? OrcError else {
            Issue.record("expected symbolsNotFound, got \(String(describing: error))")
            return
        }
        #expect(symbols == ["qux"])
        #expect(generator.askedNames == [f.qux])
    }

    @Test("C2: a generator's error passes through unchanged to lookup and lookupFlags")
    func generatorErrorPassesThrough() async throws {
        let f = try Fixture()
        let generator = FailingGenerator(TestError("boom"))
        f.jd.addGenerator(generator)
        let lookupError = thrownError { _ = try f.session.lookup([f.foo], in: [f.jd]) }
        #expect(lookupError as? TestError == TestError("boom"))
        let flagsError = thrownError { _ = try f.session.lookupFlags([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)]) }
        #expect(flagsError as? TestError == TestError("boom"))
        do {
            let _: SymbolMap = try await f.session.lookup([f.foo], in: [f.jd])
            Issue.record("async lookup succeeded")
        } catch {
            #expect(error as? TestError == TestError("boom"))
        }
        let callbackError = Box<(any Error)?>(nil)
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)]) { result in
            if case let .failure(error) = result { callbackError.set(error) }
        }
        #expect(callbackError.value as? TestError == TestError("boom"))
        #expect(generator.calls.value == 4)
    }

    @Test("C2: generators are not asked for symbols that exist but are hidden from an exported-only lookup")
    func generatorNotAskedForHidden() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol, f.baz: ExecutorSymbol(address: 0x3000, flags: [])]))
        let generator = TableGenerator([f.bar: f.barSymbol, f.baz: f.bazSymbol])
        f.jd.addGenerator(generator)
        var set = SymbolLookupSet([f.foo, f.bar])
        set.add(f.baz, flags: .weaklyReferencedSymbol)
        let result = try f.session.lookup(set, searchOrder: [JITDylibSearchEntry(f.jd, .matchExportedSymbolsOnly)])
        #expect(result == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
        #expect(!generator.askedNames.contains(f.baz))
        #expect(generator.defineErrors.value.isEmpty)
        #expect(f.jd.flags(of: f.baz) == [])
    }

    @Test("C2: a later JITDylib's generator is not asked for names an earlier JITDylib defines")
    func generatorOfLaterJITDylib() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        let generator = TableGenerator([f.foo: f.quxSymbol, f.bar: f.barSymbol])
        jd2.addGenerator(generator)
        let result = try f.session.lookup([f.foo, f.bar], in: [f.jd, jd2])
        #expect(result == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
        #expect(generator.askedNames == [f.bar])
        #expect(jd2.state(of: f.foo) == nil)
    }

    @Test("C2: generators are asked in the order they were added; a later one only for what is still missing")
    func generatorOrder() throws {
        let f = try Fixture()
        let first = TableGenerator([f.foo: f.fooSymbol])
        let second = TableGenerator([f.foo: f.quxSymbol, f.bar: f.barSymbol])
        f.jd.addGenerator(first)
        f.jd.addGenerator(second)
        let result = try f.session.lookup([f.foo, f.bar], in: [f.jd])
        #expect(result == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
        #expect(first.askedNames == [f.foo, f.bar])
        #expect(second.askedNames == [f.bar])
        #expect(second.defineErrors.value.isEmpty)
    }
    @Test("C6: a lookup of one member of an alias cycle completes with aliasCycle instead of waiting forever")
    func aliasCycleSingleMember() throws {
        let f = try Fixture()
        try f.jd.define(symbolAliases([
            f.foo: SymbolAliasMapEntry(aliasee: f.bar, flags: .exported),
            f.bar: SymbolAliasMapEntry(aliasee: f.foo, flags: .exported),
        ]))
        let outcomes = Box<[Result<SymbolMap, any Error>]>([])
        // Callback form, so that the test cannot hang.
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)]) { result in outcomes.update { $0.append(result) } }
        try #require(outcomes.value.count == 1)
        guard case let .failure(error) = outcomes.value[0] else {
            Issue.record("lookup through an alias cycle succeeded")
            return
        }
        guard case .aliasCycle? = underlyingError(error) as? OrcError else {
            Issue.record("expected an underlying aliasCycle, got \(error)")
            return
        }
    }
}
