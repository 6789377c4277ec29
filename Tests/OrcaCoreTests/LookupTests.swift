// LookupTests.swift — lookups (blocking, callback, async), search orders, lookupFlags and
// JITDylib naming (spec rules C1, C2, C6).

import Dispatch
import OrcaCore
import Testing

private extension OrcError {
    var notFoundNames: [String]? {
        if case let .symbolsNotFound(symbols, _) = self { return symbols.sorted() }
        return nil
    }

    var notFoundSearchOrder: [String]? {
        if case let .symbolsNotFound(_, order) = self { return order }
        return nil
    }
}

@Suite struct LookupTests {
    // MARK: Basic lookups

    @Test("C6: blocking lookup materializes the unit and returns the address and flags")
    func blockingLookup() throws {
        let f = try Fixture()
        try f.jd.define(f.unit(f.foo, f.fooSymbol))
        let result = try f.session.lookup([f.foo], in: [f.jd])
        #expect(result == [f.foo: f.fooSymbol])
        #expect(f.jd.state(of: f.foo) == .ready)
    }

    @Test("C6: lookup of a single name (SymbolName and String) returns its symbol")
    func singleNameLookup() throws {
        let f = try Fixture()
        try f.jd.define(f.unit(f.foo, f.fooSymbol))
        #expect(try f.session.lookup("foo", in: f.jd) == f.fooSymbol)
        // Once ready, the answer is the same.
        #expect(try f.session.lookup(f.foo, in: f.jd) == f.fooSymbol)
    }

    @Test("C6: async lookups return the addresses")
    func asyncLookup() async throws {
        let f = try Fixture()
        try f.jd.define(f.unit(f.foo, f.fooSymbol))
        try f.jd.define(f.unit(f.bar, f.barSymbol))
        let both: SymbolMap = try await f.session.lookup([f.foo, f.bar], in: [f.jd])
        #expect(both == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
        let single: ExecutorSymbol = try await f.session.lookup("bar", in: f.jd)
        #expect(single == f.barSymbol)
        let viaSet: SymbolMap = try await f.session.lookup(
            SymbolLookupSet([f.foo]), searchOrder: [JITDylibSearchEntry(f.jd)], requiredState: .ready)
        #expect(viaSet == [f.foo: f.fooSymbol])
    }

    @Test("C6: async lookup of a missing symbol throws symbolsNotFound naming it")
    func asyncLookupMissing() async throws {
        let f = try Fixture()
        do {
            let _: SymbolMap = try await f.session.lookup([f.qux], in: [f.jd])
            Issue.record("lookup of a missing symbol succeeded")
        } catch {
            #expect((error as? OrcError)?.notFoundNames == ["qux"])
        }
    }

    @Test("C6: a callback lookup requiring ready completes only after notifyEmitted, exactly once")
    func callbackLookupWaitsForReady() throws {
        let f = try Fixture()
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.foo: .exported], into: stash))
        let done = LookupCompletions()
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)], requiredState: .ready, onComplete: done.handler)
        #expect(done.count == 0)
        let mr = try #require(stash.value)
        try mr.notifyResolved([f.foo: f.fooSymbol])
        #expect(done.count == 0)
        try mr.notifyEmitted()
        #expect(done.count == 1)
        #expect(done.symbols?[f.foo]?.address == 0x1000)
    }

    @Test("C6: a lookup requiring resolved completes at notifyResolved, before emission")
    func resolvedLookupCompletesEarly() throws {
        let f = try Fixture()
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.foo: .exported], into: stash))
        let resolved = LookupCompletions()
        let ready = LookupCompletions()
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)], requiredState: .resolved, onComplete: resolved.handler)
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)], requiredState: .ready, onComplete: ready.handler)
        let mr = try #require(stash.value)
        #expect(resolved.count == 0)
        try mr.notifyResolved([f.foo: f.fooSymbol])
        #expect(resolved.count == 1)
        #expect(resolved.symbols == [f.foo: f.fooSymbol])
        #expect(ready.count == 0)
        #expect(f.jd.state(of: f.foo) == .resolved)
        try mr.notifyEmitted()
        #expect(ready.count == 1)
        #expect(resolved.count == 1)
        #expect(ready.symbols == [f.foo: f.fooSymbol])
    }

    @Test("C6: a blocking lookup requiring resolved returns while the symbol is not yet emitted")
    func blockingResolvedLookup() throws {
        let f = try Fixture()
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported]) { mr in
            try? mr.notifyResolved([f.foo: f.fooSymbol])
            stash.set(mr)
        })
        let result = try f.session.lookup([f.foo], in: [f.jd], requiredState: .resolved)
        #expect(result == [f.foo: f.fooSymbol])
        #expect(f.jd.state(of: f.foo) == .resolved)
        try #require(stash.value).notifyEmitted()
        #expect(f.jd.state(of: f.foo) == .ready)
    }

    @Test("C6: an empty lookup completes at once with an empty result")
    func emptyLookup() throws {
        let f = try Fixture()
        let done = LookupCompletions()
        f.session.lookup(SymbolLookupSet([]), searchOrder: [JITDylibSearchEntry(f.jd)], onComplete: done.handler)
        #expect(done.count == 1)
        #expect(done.symbols == [:])
        #expect(try f.session.lookup([], in: [f.jd]).isEmpty)
    }

    @Test("C6: resolving symbols that were not requested leaves them out of the result")
    func unrequestedSymbolNotInResult() throws {
        let f = try Fixture()
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported, f.bar: .exported]) { mr in
            try? mr.notifyResolved([f.foo: f.fooSymbol, f.bar: f.barSymbol])
            try? mr.notifyEmitted()
        })
        let result = try f.session.lookup([f.foo], in: [f.jd])
        #expect(result == [f.foo: f.fooSymbol])
        #expect(f.jd.state(of: f.bar) == .ready)
    }

    // MARK: Missing and weakly-referenced symbols

    @Test("C6: lookup of a missing symbol fails with symbolsNotFound naming it and the search order")
    func missingSymbolNamed() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        let error = #expect(throws: OrcError.self) {
            try f.session.lookup([f.foo], in: [f.jd, jd2])
        }
        #expect(error?.notFoundNames == ["foo"])
        #expect(error?.notFoundSearchOrder == ["JD", "JD2"])
        #expect(error.map { "\($0)".contains("foo") } == true)
    }

    @Test("C6: every missing required symbol is named, and found ones are not materialized")
    func missingSymbolsAllNamed() throws {
        let f = try Fixture()
        let ran = Box(false)
        try f.jd.define(f.unit(f.foo, f.fooSymbol, before: { _ in ran.set(true) }))
        let error = #expect(throws: OrcError.self) {
            try f.session.lookup([f.foo, f.bar, f.baz], in: [f.jd])
        }
        #expect(error?.notFoundNames == ["bar", "baz"])
        #expect(ran.value == false)
        #expect(f.jd.state(of: f.foo) == .neverSearched)
    }

    @Test("C6: String lookup of a missing name fails with symbolsNotFound")
    func missingStringLookup() throws {
        let f = try Fixture()
        let error = #expect(throws: OrcError.self) { try f.session.lookup("nothing", in: f.jd) }
        #expect(error?.notFoundNames == ["nothing"])
    }

    @Test("C6: weakly-referenced missing symbols are left out of the result without error")
    func weaklyReferencedMissing() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        var set = SymbolLookupSet([f.foo])
        set.add(f.bar, flags: .weaklyReferencedSymbol)
        let result = try f.session.lookup(set, searchOrder: [JITDylibSearchEntry(f.jd)])
        #expect(result == [f.foo: f.fooSymbol])
    }

    @Test("C6: weakly-referenced symbols that exist are materialized and returned")
    func weaklyReferencedPresent() throws {
        let f = try Fixture()
        try f.jd.define(f.unit(f.foo, f.fooSymbol))
        let result = try f.session.lookup(
            SymbolLookupSet([f.foo], flags: .weaklyReferencedSymbol), searchOrder: [JITDylibSearchEntry(f.jd)])
        #expect(result == [f.foo: f.fooSymbol])
    }

    // MARK: Matching and search order

    @Test("C2: exported-only matching skips a hidden symbol and finds the next JITDylib's")
    func hiddenSymbolSkipped() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol, f.bar: ExecutorSymbol(address: 0x2000, flags: [])]))
        try jd2.define(absoluteSymbols([f.bar: f.quxSymbol]))
        let result = try f.session.lookup(
            [f.foo, f.bar], searchOrder: [JITDylibSearchEntry(f.jd, .matchExportedSymbolsOnly), JITDylibSearchEntry(jd2, .matchExportedSymbolsOnly)])
        #expect(result.count == 2)
        #expect(result[f.foo]?.address == 0x1000)
        #expect(result[f.bar]?.address == 0x4000)
    }

    @Test("C2: all-symbols matching finds a hidden symbol")
    func hiddenSymbolMatchedByAll() throws {
        let f = try Fixture()
        let hidden = ExecutorSymbol(address: 0x2000, flags: [])
        try f.jd.define(absoluteSymbols([f.bar: hidden]))
        let all = try f.session.lookup([f.bar], searchOrder: [JITDylibSearchEntry(f.jd, .matchAllSymbols)])
        #expect(all == [f.bar: hidden])
        #expect(try f.session.lookup([f.bar], in: [f.jd]) == [f.bar: hidden])
    }

    @Test("C2: exported-only matching reports a hidden symbol as not found")
    func hiddenSymbolNotFound() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.bar: ExecutorSymbol(address: 0x2000, flags: [])]))
        let error = #expect(throws: OrcError.self) {
            try f.session.lookup([f.bar], searchOrder: [JITDylibSearchEntry(f.jd, .matchExportedSymbolsOnly)])
        }
        #expect(error?.notFoundNames == ["bar"])
    }

    @Test("C2: the first JITDylib in the search order with a definition wins; later ones stay lazy")
    func firstMatchWins() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        let ranIn1 = Box(0)
        let ranIn2 = Box(0)
        try f.jd.define(f.unit(f.foo, f.fooSymbol, before: { _ in ranIn1.update { $0 += 1 } }))
        try jd2.define(f.unit(f.foo, f.quxSymbol, before: { _ in ranIn2.update { $0 += 1 } }))

        #expect(try f.session.lookup([f.foo], in: [f.jd, jd2])[f.foo]?.address == 0x1000)
        #expect(ranIn1.value == 1)
        #expect(ranIn2.value == 0)
        #expect(jd2.state(of: f.foo) == .neverSearched)

        #expect(try f.session.lookup([f.foo], in: [jd2, f.jd])[f.foo]?.address == 0x4000)
        #expect(ranIn2.value == 1)
        #expect(ranIn1.value == 1)
    }

    @Test("C2: symbols of one lookup may be found in different JITDylibs of the search order")
    func lookupSpansJITDylibs() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        try jd2.define(absoluteSymbols([f.bar: f.barSymbol]))
        let result = try f.session.lookup([f.foo, f.bar], in: [f.jd, jd2])
        #expect(result == [f.foo: f.fooSymbol, f.bar: f.barSymbol])
        #expect(throws: OrcError.self) { try f.session.lookup([f.bar], in: [f.jd]) }
    }

    // MARK: lookupFlags

    @Test("C2: lookupFlags returns declared flags without materializing anything")
    func lookupFlagsDoesNotMaterialize() throws {
        let f = try Fixture()
        let ran = Box(false)
        let weakBar: SymbolFlags = [.exported, .weak]
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        try f.jd.define(SimpleUnit(symbols: [f.bar: weakBar]) { _ in ran.set(true) })
        let flags = try f.session.lookupFlags(
            SymbolLookupSet([f.foo, f.bar, f.baz], flags: .weaklyReferencedSymbol),
            searchOrder: [JITDylibSearchEntry(f.jd, .matchExportedSymbolsOnly)])
        #expect(flags == [f.foo: .exported, f.bar: weakBar])
        #expect(ran.value == false)
        #expect(f.jd.state(of: f.foo) == .neverSearched)
        #expect(f.jd.state(of: f.bar) == .neverSearched)
    }

    @Test("C2: lookupFlags of a missing required symbol fails naming it")
    func lookupFlagsMissing() throws {
        let f = try Fixture()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]))
        let error = #expect(throws: OrcError.self) {
            try f.session.lookupFlags(SymbolLookupSet([f.foo, f.baz]), searchOrder: [JITDylibSearchEntry(f.jd)])
        }
        #expect(error?.notFoundNames == ["baz"])
    }

    @Test("C2: lookupFlags respects exported-only matching and search order")
    func lookupFlagsMatching() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try f.jd.define(absoluteSymbols([f.foo: ExecutorSymbol(address: 0x1000, flags: [])]))
        try jd2.define(absoluteSymbols([f.foo: ExecutorSymbol(address: 0x4000, flags: [.exported, .callable])]))
        let exportedOnly = try f.session.lookupFlags(
            [f.foo], searchOrder: [JITDylibSearchEntry(f.jd, .matchExportedSymbolsOnly), JITDylibSearchEntry(jd2)])
        #expect(exportedOnly == [f.foo: [.exported, .callable]])
        let all = try f.session.lookupFlags(
            [f.foo], searchOrder: [JITDylibSearchEntry(f.jd, .matchAllSymbols), JITDylibSearchEntry(jd2)])
        #expect(all == [f.foo: []])
    }

    // MARK: Threads

    @Test("C6: concurrent blocking lookups from many threads all get the address; the unit runs once")
    func concurrentLookups() throws {
        let f = try Fixture(dispatcher: ThreadPoolTaskDispatcher(maximumThreads: 4))
        let runs = Box(0)
        try f.jd.define(f.unit(f.foo, f.fooSymbol, before: { _ in runs.update { $0 += 1 } }))
        let addresses = Box<[ExecutorAddress?]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let address = try? f.session.lookup([f.foo], in: [f.jd])[f.foo]?.address
            addresses.update { $0.append(address) }
        }
        #expect(addresses.value.count == 16)
        #expect(addresses.value.allSatisfy { $0 == 0x1000 })
        #expect(runs.value == 1)
        try f.session.endSession()
    }

    // MARK: JITDylibs

    @Test("C1: creating a JITDylib whose name is in use fails with jitDylibNameInUse")
    func duplicateJITDylibName() throws {
        let f = try Fixture()
        let error = #expect(throws: OrcError.self) { try f.session.createJITDylib(named: "JD") }
        guard case let .jitDylibNameInUse(name)? = error else {
            Issue.record("expected jitDylibNameInUse, got \(String(describing: error))")
            return
        }
        #expect(name == "JD")
        #expect(f.session.jitDylib(named: "JD") === f.jd)
    }

    @Test("C1: JITDylibs are found by name; unknown names give nil")
    func jitDylibByName() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        #expect(jd2.name == "JD2")
        #expect(f.session.jitDylib(named: "JD2") === jd2)
        #expect(f.session.jitDylib(named: "JD") === f.jd)
        #expect(f.session.jitDylib(named: "nope") == nil)
        #expect(jd2 !== f.jd)
    }

    @Test("C1: a removed JITDylib's name is free again and lookups in it find nothing")
    func removedJITDylibName() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try jd2.define(absoluteSymbols([f.foo: f.fooSymbol]))
        try f.session.removeJITDylib(jd2)
        #expect(f.session.jitDylib(named: "JD2") == nil)
        let error = #expect(throws: OrcError.self) { try f.session.lookup([f.foo], in: [jd2]) }
        #expect(error?.notFoundNames == ["foo"])
        let again = try f.session.createJITDylib(named: "JD2")
        #expect(again !== jd2)
        #expect(f.session.jitDylib(named: "JD2") === again)
        #expect(again.symbolCount == 0)
    }

    @Test("C1: defining into a removed JITDylib fails with jitDylibRemoved naming it")
    func defineIntoRemovedJITDylib() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        try f.session.removeJITDylib(jd2)
        let error = #expect(throws: OrcError.self) { try jd2.define(absoluteSymbols([f.foo: f.fooSymbol])) }
        guard case let .jitDylibRemoved(name)? = error else {
            Issue.record("expected jitDylibRemoved, got \(String(describing: error))")
            return
        }
        #expect(name == "JD2")
    }

    @Test("C2: a new JITDylib's link order is itself, matching all symbols")
    func initialLinkOrder() throws {
        let f = try Fixture()
        let order = f.jd.linkOrder
        #expect(order.map(\.jitDylib) == [f.jd])
        #expect(order.map(\.flags) == [.matchAllSymbols])
    }

    @Test("C2: setLinkOrder puts the JITDylib first by default; addToLinkOrder appends")
    func setAndAddLinkOrder() throws {
        let f = try Fixture()
        let jd2 = try f.session.createJITDylib(named: "JD2")
        let jd3 = try f.session.createJITDylib(named: "JD3")
        f.jd.setLinkOrder([JITDylibSearchEntry(jd2)])
        #expect(f.jd.linkOrder.map(\.jitDylib) == [f.jd, jd2])
        #expect(f.jd.linkOrder.map(\.flags) == [.matchAllSymbols, .matchExportedSymbolsOnly])
        f.jd.addToLinkOrder(jd3, .matchAllSymbols)
        #expect(f.jd.linkOrder.map(\.jitDylib) == [f.jd, jd2, jd3])
        #expect(f.jd.linkOrder.last?.flags == .matchAllSymbols)
        f.jd.setLinkOrder([JITDylibSearchEntry(jd3)], linkAgainstThisJITDylibFirst: false)
        #expect(f.jd.linkOrder.map(\.jitDylib) == [jd3])
        f.jd.setLinkOrder([JITDylibSearchEntry(f.jd, .matchExportedSymbolsOnly), JITDylibSearchEntry(jd2)])
        #expect(f.jd.linkOrder.map(\.jitDylib) == [f.jd, jd2])
        #expect(f.jd.linkOrder.first?.flags == .matchExportedSymbolsOnly)
    }
}
