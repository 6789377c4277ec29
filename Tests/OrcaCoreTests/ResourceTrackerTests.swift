// ResourceTrackerTests.swift — rules R1–R11 (ORC's ResourceTrackerTest.cpp scenarios and more).

import OrcaCore
import Testing

private extension SimpleResourceManager {
    /// A unit's `before` hook recording one resource under the unit's tracker key.
    var recordOnMaterialize: @Sendable (MaterializationResponsibility) -> Void {
        { mr in try? mr.withResourceKeyDo { self.record($0) } }
    }
}

/// Registers a manager, then defines foo and bar, each recording a resource when materialized,
/// under two new trackers; returns the manager and foo's and bar's trackers.
private func fooAndBarUnderTwoTrackers(_ f: Fixture) throws -> (SimpleResourceManager, ResourceTracker, ResourceTracker) {
    let manager = f.registerResourceManager()
    let fooTracker = f.jd.createResourceTracker(), barTracker = f.jd.createResourceTracker()
    try f.jd.define(f.unit(f.foo, f.fooSymbol, before: manager.recordOnMaterialize), tracker: fooTracker)
    try f.jd.define(f.unit(f.bar, f.barSymbol, before: manager.recordOnMaterialize), tracker: barTracker)
    return (manager, fooTracker, barTracker)
}

@Suite struct ResourceTrackerTests {
    @Test("R1: every JITDylib has a default tracker and creates trackers with unique keys")
    func uniqueKeys() throws {
        let f = try Fixture()
        let other = try f.session.createJITDylib(named: "other")
        let trackers = [f.jd.defaultResourceTracker, f.jd.createResourceTracker(), f.jd.createResourceTracker(),
                        other.defaultResourceTracker, other.createResourceTracker()]
        #expect(Set(trackers.map(\.key)).count == trackers.count)
        #expect(f.jd.defaultResourceTracker === f.jd.defaultResourceTracker)
        #expect(f.jd.defaultResourceTracker.isDefault)
        #expect(!trackers[1].isDefault)
        #expect(trackers.allSatisfy { !$0.isDefunct })
    }

    @Test("R2: definitions go to the given tracker, or the default one")
    func definitionOwnership() throws {
        let f = try Fixture()
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]), tracker: tracker)
        try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]))
        #expect(f.jd.owningTrackerKey(of: f.foo) == tracker.key)
        #expect(f.jd.owningTrackerKey(of: f.bar) == f.jd.defaultResourceTracker.key)
    }

    @Test("R2: a tracker of another JITDylib is rejected")
    func trackerOfOtherJITDylib() throws {
        let f = try Fixture()
        let other = try f.session.createJITDylib(named: "other")
        #expect {
            try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]), tracker: other.createResourceTracker())
        } throws: { isOrcError($0) { if case .trackerOfOtherJITDylib("other", "JD") = $0 { true } else { false } } }
        #expect(try !f.isDefined(f.foo))
    }

    @Test("R2: one tracker owns many units and its removal applies to all of them")
    func manyUnitsOneTracker() throws {
        let f = try Fixture()
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]), tracker: tracker)
        try f.jd.define(f.unit(f.bar, f.barSymbol), tracker: tracker)
        try f.jd.define(absoluteSymbols([f.baz: f.bazSymbol]))
        _ = try f.session.lookup([f.foo], in: [f.jd])
        try tracker.remove()
        #expect(try !f.isDefined(f.foo))
        #expect(try !f.isDefined(f.bar))
        #expect(try f.session.lookup(f.baz, in: f.jd) == f.bazSymbol)
    }

    @Test("R3: removing before materializing drops the unit without running or discarding it")
    func removeBeforeMaterializing() throws {
        let f = try Fixture()
        let manager = f.registerResourceManager()
        let ran = Box(false), discarded = Box(false), destroyed = Box(false)
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported], onMaterialize: { _ in ran.set(true) },
                                   onDiscard: { _, _ in discarded.set(true) }, probe: LifetimeProbe(destroyed)),
                        tracker: tracker)
        try tracker.remove()
        #expect(try !f.isDefined(f.foo))
        #expect(manager.removals.value == [tracker.key])
        #expect(destroyed.value && !ran.value && !discarded.value)
        #expect(tracker.isDefunct)
    }

    @Test("R3: removing after materializing frees the recorded resources and the names")
    func removeAfterMaterializing() throws {
        let f = try Fixture()
        let manager = f.registerResourceManager()
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(f.unit(f.foo, f.fooSymbol, before: manager.recordOnMaterialize), tracker: tracker)
        #expect(try f.session.lookup(f.foo, in: f.jd) == f.fooSymbol)
        #expect(manager.records.value == [tracker.key: 1])
        try tracker.remove()
        #expect(manager.records.value.isEmpty)
        #expect(try !f.isDefined(f.foo))
        #expect { try f.session.lookup(f.foo, in: f.jd) } throws: {
            isOrcError($0) { if case .symbolsNotFound(["foo"], _) = $0 { true } else { false } }
        }
        // The name is free again: a new definition succeeds and is seen.
        try f.jd.define(absoluteSymbols([f.foo: f.barSymbol]))
        #expect(try f.session.lookup(f.foo, in: f.jd).address == f.barSymbol.address)
    }

    @Test("R3: removing a defunct tracker again does nothing")
    func removeTwice() throws {
        let f = try Fixture()
        let manager = f.registerResourceManager()
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]), tracker: tracker)
        try tracker.remove()
        try tracker.remove()
        #expect(manager.removals.value.count == 1)
    }

    @Test("R3: resource managers are told in reverse registration order and their errors combine")
    func managerOrderAndErrors() throws {
        let f = try Fixture()
        let order = Box<[String]>([])
        final class Named: ResourceManager {
            let name: String, order: Box<[String]>, fails: Bool
            init(_ name: String, _ order: Box<[String]>, fails: Bool) { (self.name, self.order, self.fails) = (name, order, fails) }
            func handleRemoveResources(_ jitDylib: JITDylib, key: ResourceKey) throws {
                order.update { $0.append(name) }
                if fails { throw TestError(name) }
            }
            func handleTransferResources(_ jitDylib: JITDylib, destination: ResourceKey, source: ResourceKey) {}
        }
        let managers = [Named("first", order, fails: true), Named("second", order, fails: false), Named("third", order, fails: true)]
        for manager in managers { f.session.register(resourceManager: manager) }
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]), tracker: tracker)
        #expect { try tracker.remove() } throws: { error in
            guard case let .multiple(errors)? = error as? OrcError else { return false }
            return errors.compactMap { $0 as? TestError } == [TestError("third"), TestError("first")]
        }
        #expect(order.value == ["third", "second", "first"])
        #expect(try !f.isDefined(f.foo))
        f.session.deregister(resourceManager: managers[0])
        let second = f.jd.createResourceTracker()
        try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]), tracker: second)
        #expect { try second.remove() } throws: { ($0 as? TestError) == TestError("third") }
    }

    @Test("R4: removal fails waiting lookups and every later call of the in-flight responsibility")
    func removeWhileMaterializing() throws {
        let f = try Fixture()
        let manager = f.registerResourceManager()
        let stash = Box<MaterializationResponsibility?>(nil)
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(f.stashingUnit([f.foo: .exported, f.bar: .exported], into: stash), tracker: tracker)
        let outcome = Box<[Result<SymbolMap, any Error>]>([])
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)]) { result in outcome.update { $0.append(result) } }
        let mr = try #require(stash.value)
        #expect(outcome.value.isEmpty)

        try tracker.remove()
        #expect(outcome.value.count == 1)
        if case .failure(let error) = outcome.value[0] {
            #expect(isOrcError(error) { if case .failedToMaterialize(let symbols, _) = $0 { symbols == ["JD": ["foo"]] } else { false } })
        } else {
            Issue.record("the lookup should have failed")
        }
        #expect(try !f.isDefined(f.foo) && !f.isDefined(f.bar))

        let ran = Box(false)
        let isDefunct: (any Error) -> Bool = { isOrcError($0) { if case .resourceTrackerDefunct = $0 { true } else { false } } }
        #expect(performing: { try mr.withResourceKeyDo { key in ran.set(true); manager.record(key) } }, throws: isDefunct)
        #expect(performing: { try mr.notifyResolved([f.foo: f.fooSymbol]) }, throws: isDefunct)
        #expect(performing: { try mr.notifyEmitted() }, throws: isDefunct)
        #expect(performing: { try mr.defineMaterializing([:]) }, throws: isDefunct)
        #expect(performing: { try mr.defineMaterializing([f.baz: .exported]) }, throws: isDefunct)
        #expect(performing: { try mr.replace(absoluteSymbols([f.bar: f.barSymbol])) }, throws: isDefunct)
        #expect(performing: { _ = try mr.delegate([f.bar]) }, throws: isDefunct)
        mr.failMaterialization()
        #expect(!ran.value)
        #expect(manager.records.value.isEmpty)
        #expect(outcome.value.count == 1)
        // Nothing of the removed tracker came back.
        #expect(try !f.isDefined(f.baz))
    }

    @Test("R5: transfer before materializing: units materialize under the destination")
    func transferBeforeMaterializing() throws {
        let f = try Fixture()
        let (manager, fooTracker, barTracker) = try fooAndBarUnderTwoTrackers(f)
        try barTracker.transfer(to: fooTracker)
        #expect(barTracker.isDefunct && !fooTracker.isDefunct)
        #expect(manager.transfers.value.count == 1)
        _ = try f.session.lookup([f.foo, f.bar], in: [f.jd])
        #expect(manager.records.value == [fooTracker.key: 2])
        try fooTracker.remove()
        #expect(try !f.isDefined(f.foo) && !f.isDefined(f.bar))
        #expect(manager.records.value.isEmpty)
    }

    @Test("R5: transfer after materializing merges the resources")
    func transferAfterMaterializing() throws {
        let f = try Fixture()
        let (manager, fooTracker, barTracker) = try fooAndBarUnderTwoTrackers(f)
        _ = try f.session.lookup([f.foo, f.bar], in: [f.jd])
        #expect(manager.records.value == [fooTracker.key: 1, barTracker.key: 1])
        try barTracker.transfer(to: fooTracker)
        #expect(barTracker.isDefunct)
        #expect(manager.records.value == [fooTracker.key: 2])
        #expect(f.jd.owningTrackerKey(of: f.bar) == fooTracker.key)
        try fooTracker.remove()
        #expect(try !f.isDefined(f.bar))
    }

    @Test("R5: an in-flight responsibility follows its tracker across a transfer")
    func transferWhileMaterializing() throws {
        let f = try Fixture()
        let manager = f.registerResourceManager()
        let stash = Box<MaterializationResponsibility?>(nil)
        let fooTracker = f.jd.createResourceTracker(), barTracker = f.jd.createResourceTracker()
        try f.jd.define(f.stashingUnit([f.foo: .exported], into: stash), tracker: fooTracker)
        let outcome = Box<Result<SymbolMap, any Error>?>(nil)
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)]) { outcome.set($0) }
        let mr = try #require(stash.value)
        #expect(try mr.withResourceKeyDo { key in manager.record(key); return key } == fooTracker.key)
        try fooTracker.transfer(to: barTracker)
        #expect(try mr.withResourceKeyDo { key in manager.record(key); return key } == barTracker.key)
        #expect(manager.records.value == [barTracker.key: 2])
        try mr.notifyResolved([f.foo: f.fooSymbol])
        try mr.notifyEmitted()
        #expect(try outcome.value?.get() == [f.foo: f.fooSymbol])
        try barTracker.remove()
        #expect(try !f.isDefined(f.foo))
        #expect(manager.records.value.isEmpty)
    }

    @Test("R5: transfer to itself does nothing; to a defunct tracker or another JITDylib fails")
    func transferEdgeCases() throws {
        let f = try Fixture()
        let other = try f.session.createJITDylib(named: "other")
        let tracker = f.jd.createResourceTracker(), removed = f.jd.createResourceTracker()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]), tracker: tracker)
        try tracker.transfer(to: tracker)
        #expect(!tracker.isDefunct)
        try removed.remove()
        #expect { try tracker.transfer(to: removed) } throws: {
            isOrcError($0) { if case .resourceTrackerDefunct("JD") = $0 { true } else { false } }
        }
        #expect { try tracker.transfer(to: other.createResourceTracker()) } throws: {
            isOrcError($0) { if case .trackerOfOtherJITDylib = $0 { true } else { false } }
        }
        #expect(!tracker.isDefunct && f.jd.owningTrackerKey(of: f.foo) == tracker.key)
        // A merged tracker is spent: defining with it fails, removing it does nothing.
        let destination = f.jd.createResourceTracker()
        try tracker.transfer(to: destination)
        #expect { try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]), tracker: tracker) } throws: {
            isOrcError($0) { if case .resourceTrackerDefunct = $0 { true } else { false } }
        }
        try tracker.remove()
        #expect(try f.isDefined(f.foo))
    }

    @Test("R6: transferring onto the default tracker hands ownership to it")
    func transferOntoDefault() throws {
        let f = try Fixture()
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol, f.bar: f.barSymbol]), tracker: tracker)
        let defaultTracker = f.jd.defaultResourceTracker
        try tracker.transfer(to: defaultTracker)
        #expect(f.jd.owningTrackerKey(of: f.foo) == defaultTracker.key)
        try defaultTracker.remove()
        #expect(try !f.isDefined(f.foo) && !f.isDefined(f.bar))
        #expect(defaultTracker.isDefunct && !f.jd.defaultResourceTracker.isDefunct)
    }

    @Test("R6: removing a tracker from a large JITDylib touches only its own symbols")
    func removeFromLargeJITDylib() throws {
        let f = try Fixture()
        var many = SymbolMap()
        for index in 0..<20_000 { many[f.session.intern("s\(index)")] = ExecutorSymbol(address: ExecutorAddress(rawValue: UInt64(index + 1)), flags: .exported) }
        try f.jd.define(absoluteSymbols(many))
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(absoluteSymbols([f.foo: f.fooSymbol]), tracker: tracker)
        try tracker.remove()
        #expect(f.jd.symbolCount == 20_000)
        #expect(try f.session.lookup("s123", in: f.jd).address == 124)
    }

    @Test("R7: clear removes every tracker, default included, and leaves a fresh default")
    func clear() throws {
        let f = try Fixture()
        let manager = f.registerResourceManager()
        try f.jd.define(f.unit(f.foo, f.fooSymbol, before: manager.recordOnMaterialize))
        try f.jd.define(f.unit(f.bar, f.barSymbol, before: manager.recordOnMaterialize))
        let created = f.jd.createResourceTracker()
        try f.jd.define(f.unit(f.baz, f.bazSymbol, before: manager.recordOnMaterialize), tracker: created)
        _ = try f.session.lookup([f.foo, f.bar, f.baz], in: [f.jd])
        let oldDefault = f.jd.defaultResourceTracker
        #expect(manager.records.value == [oldDefault.key: 2, created.key: 1])
        try f.jd.clear()
        #expect(manager.records.value.isEmpty)
        #expect(f.jd.symbolCount == 0)
        #expect(oldDefault.isDefunct && created.isDefunct)
        #expect(!f.jd.defaultResourceTracker.isDefunct && f.jd.defaultResourceTracker !== oldDefault)
        try f.jd.define(absoluteSymbols([f.foo: f.quxSymbol]))
        #expect(try f.session.lookup(f.foo, in: f.jd) == f.quxSymbol)
    }

    @Test("R8: releasing the last reference to a tracker hands its symbols to the default tracker")
    func releaseTransfersToDefault() throws {
        let f = try Fixture()
        let manager = f.registerResourceManager()
        var key: ResourceKey?
        do {
            let tracker = f.jd.createResourceTracker()
            key = tracker.key
            try f.jd.define(f.unit(f.foo, f.fooSymbol, before: manager.recordOnMaterialize), tracker: tracker)
            _ = try f.session.lookup([f.foo], in: [f.jd])
        }
        let defaultKey = f.jd.defaultResourceTracker.key
        #expect(manager.transfers.value.map(\.source) == [key])
        #expect(manager.records.value == [defaultKey: 1])
        #expect(f.jd.owningTrackerKey(of: f.foo) == defaultKey)
        #expect(try f.session.lookup(f.foo, in: f.jd) == f.fooSymbol)
        try f.jd.defaultResourceTracker.remove()
        #expect(try !f.isDefined(f.foo))
        #expect(manager.records.value.isEmpty)
    }

    @Test("R8: symbols of live trackers go with their JITDylib when it is removed")
    func removeJITDylib() throws {
        let f = try Fixture()
        let manager = f.registerResourceManager()
        let tracker = f.jd.createResourceTracker()
        try f.jd.define(f.unit(f.foo, f.fooSymbol, before: manager.recordOnMaterialize), tracker: tracker)
        _ = try f.session.lookup([f.foo], in: [f.jd])
        try f.session.removeJITDylib(f.jd)
        #expect(tracker.isDefunct)
        #expect(manager.records.value.isEmpty)
        #expect(f.session.jitDylib(named: "JD") == nil)
        #expect { try f.jd.define(absoluteSymbols([f.bar: f.barSymbol])) } throws: {
            isOrcError($0) { if case .jitDylibRemoved = $0 { true } else { false } }
        }
        // The name can be reused.
        let again = try f.session.createJITDylib(named: "JD")
        try again.define(absoluteSymbols([f.foo: f.barSymbol]))
        #expect(try f.session.lookup(f.foo, in: again) == f.barSymbol)
    }

    @Test("R10: removing a dependency leaves ready dependants alone and fails lookups of it cleanly")
    func removeDependencyOfReadyCode() throws {
        let f = try Fixture()
        let helper = f.jd.createResourceTracker(), user = f.jd.createResourceTracker()
        try f.jd.define(f.unit(f.bar, f.barSymbol), tracker: helper)
        let jd = f.jd, bar = f.bar
        try f.jd.define(f.unit(f.foo, f.fooSymbol) { _ in _ = try? f.session.lookup([bar], in: [jd]) }, tracker: user)
        _ = try f.session.lookup([f.foo], in: [f.jd])
        try helper.remove()
        #expect(f.jd.state(of: f.foo) == .ready)
        #expect(try f.session.lookup(f.foo, in: f.jd) == f.fooSymbol)
        #expect { try f.session.lookup(f.bar, in: f.jd) } throws: {
            isOrcError($0) { if case .symbolsNotFound = $0 { true } else { false } }
        }
    }

    @Test("R10: removing a symbol that pending code waits for fails that code, not the session")
    func removeDependencyOfPendingCode() throws {
        let f = try Fixture()
        let helper = f.jd.createResourceTracker()
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.bar: .exported], into: stash), tracker: helper)
        let barMR = Box<MaterializationResponsibility?>(nil)
        f.session.lookup([f.bar], searchOrder: [JITDylibSearchEntry(f.jd)], requiredState: .materializing) { _ in }
        barMR.set(stash.value)
        let fooStash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.foo: .exported], into: fooStash))
        let fooResult = Box<Result<SymbolMap, any Error>?>(nil)
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)]) { fooResult.set($0) }
        let fooMR = try #require(fooStash.value)
        try fooMR.notifyResolved([f.foo: f.fooSymbol])
        try fooMR.notifyEmitted(dependencies: [f.jd: [f.bar]])
        #expect(f.jd.state(of: f.foo) == .emitted)
        try helper.remove()
        #expect(f.jd.hasError(f.foo))
        #expect(throws: OrcError.self) { try fooResult.value?.get() }
        barMR.value?.failMaterialization()
        // The session is still fine: new definitions work.
        try f.jd.define(absoluteSymbols([f.bar: f.barSymbol]))
        #expect(try f.session.lookup(f.bar, in: f.jd) == f.barSymbol)
    }

    @Test("R11: removing one tracker leaves other trackers' symbols, records and materializations intact")
    func removalIsolation() throws {
        let f = try Fixture()
        let (manager, removed, kept) = try fooAndBarUnderTwoTrackers(f)
        let stash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.baz: .exported], into: stash), tracker: kept)
        _ = try f.session.lookup([f.foo, f.bar], in: [f.jd])
        let bazResult = Box<Result<SymbolMap, any Error>?>(nil)
        f.session.lookup([f.baz], searchOrder: [JITDylibSearchEntry(f.jd)]) { bazResult.set($0) }
        try removed.remove()
        #expect(manager.records.value == [kept.key: 1])
        #expect(try f.session.lookup(f.bar, in: f.jd) == f.barSymbol)
        let mr = try #require(stash.value)
        try mr.withResourceKeyDo { manager.record($0) }
        try mr.notifyResolved([f.baz: f.bazSymbol])
        try mr.notifyEmitted()
        #expect(try bazResult.value?.get() == [f.baz: f.bazSymbol])
        #expect(manager.records.value == [kept.key: 2])
    }
}
