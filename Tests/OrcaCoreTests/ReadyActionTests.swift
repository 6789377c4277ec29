// ReadyActionTests.swift — `notifyEmitted(…, onReady:)`: work that must run once symbols are
// ready and before anyone waiting for them sees them (initializers).

import OrcaCore
import Testing

@Suite struct ReadyActionTests {
    @Test("C3: a ready action runs before the lookup waiting for the symbol completes")
    func runsBeforeWaitingLookups() throws {
        let f = try Fixture()
        let initialized = Box(false)
        try f.jd.define(SimpleUnit(symbols: [f.foo: .exported]) { mr in
            try? mr.notifyResolved([f.foo: f.fooSymbol])
            try? mr.notifyEmitted(onReady: { initialized.set(true) })
        })
        let sawInitialized = Box<Bool?>(nil)
        f.session.lookup([f.foo], searchOrder: [JITDylibSearchEntry(f.jd)]) { _ in sawInitialized.set(initialized.value) }
        #expect(sawInitialized.value == true)
    }

    @Test("C3: a ready action waits for the dependencies and runs once, when the symbols become ready")
    func waitsForDependencies() throws {
        let f = try Fixture()
        let (fooMR, barMR) = try materializingFooAndBarForReadyActions(f)
        let runs = Box(0)
        try fooMR.notifyResolved([f.foo: f.fooSymbol])
        try fooMR.notifyEmitted(dependencies: [f.jd: [f.bar]], onReady: { runs.update { $0 += 1 } })
        #expect(runs.value == 0)
        #expect(f.jd.state(of: f.foo) == .emitted)
        try barMR.notifyResolved([f.bar: f.barSymbol])
        try barMR.notifyEmitted(dependencies: [f.jd: [f.foo]])
        #expect(runs.value == 1)
        #expect(f.jd.state(of: f.foo) == .ready)
    }

    @Test("C6: a ready action never runs when a dependency fails")
    func droppedOnFailure() throws {
        let f = try Fixture()
        let (fooMR, barMR) = try materializingFooAndBarForReadyActions(f)
        let runs = Box(0)
        try fooMR.notifyResolved([f.foo: f.fooSymbol])
        try fooMR.notifyEmitted(dependencies: [f.jd: [f.bar]], onReady: { runs.update { $0 += 1 } })
        barMR.failMaterialization()
        #expect(runs.value == 0)
        #expect(f.jd.hasError(f.foo))
    }

    @Test("R3: a ready action never runs when its symbols are removed before they are ready")
    func droppedOnRemoval() throws {
        let f = try Fixture()
        let tracker = f.jd.createResourceTracker()
        let stash = Box<MaterializationResponsibility?>(nil), barStash = Box<MaterializationResponsibility?>(nil)
        try f.jd.define(f.stashingUnit([f.foo: .exported], into: stash), tracker: tracker)
        try f.jd.define(f.stashingUnit([f.bar: .exported], into: barStash))
        f.session.lookup([f.foo, f.bar], searchOrder: [JITDylibSearchEntry(f.jd)], requiredState: .materializing) { _ in }
        let runs = Box(0)
        let fooMR = try #require(stash.value)
        try fooMR.notifyResolved([f.foo: f.fooSymbol])
        try fooMR.notifyEmitted(dependencies: [f.jd: [f.bar]], onReady: { runs.update { $0 += 1 } })
        try tracker.remove()
        let barMR = try #require(barStash.value)
        try barMR.notifyResolved([f.bar: f.barSymbol])
        try barMR.notifyEmitted()
        #expect(runs.value == 0)
    }
}

/// foo and bar, each in a unit of its own, both materializing (their responsibilities returned).
private func materializingFooAndBarForReadyActions(
    _ f: Fixture
) throws -> (MaterializationResponsibility, MaterializationResponsibility) {
    let fooStash = Box<MaterializationResponsibility?>(nil), barStash = Box<MaterializationResponsibility?>(nil)
    try f.jd.define(f.stashingUnit([f.foo: .exported], into: fooStash))
    try f.jd.define(f.stashingUnit([f.bar: .exported], into: barStash))
    f.session.lookup([f.foo, f.bar], searchOrder: [JITDylibSearchEntry(f.jd)], requiredState: .materializing) { _ in }
    return (try #require(fooStash.value), try #require(barStash.value))
}
