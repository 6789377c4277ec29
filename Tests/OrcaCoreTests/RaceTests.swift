// RaceTests.swift — remove() and transfer(to:) racing with materializations on a thread pool
// (rules R3, R4, R5, R9, C6). Each scenario repeats enough to vary the interleavings, and also
// runs under ThreadSanitizer (see the README).

import Dispatch
import OrcaCore
import Testing

@Suite struct RaceTests {
    static let rounds = 400

    /// A fixture on a two-thread pool, with a registered `SimpleResourceManager`.
    static func pooledFixture() throws -> (Fixture, SimpleResourceManager) {
        let f = try Fixture(dispatcher: ThreadPoolTaskDispatcher(maximumThreads: 2))
        return (f, f.registerResourceManager())
    }

    /// A unit that records a resource, resolves and emits on the pool, tolerating removal at any
    /// point, and signals `finished` when its materialization is over.
    static func racingUnit(
        _ name: SymbolName, address: UInt64, manager: SimpleResourceManager, finished: DispatchSemaphore
    ) -> SimpleUnit {
        SimpleUnit(symbols: [name: .exported]) { mr in
            defer { finished.signal() }
            do {
                try mr.withResourceKeyDo { manager.record($0) }
                try mr.notifyResolved([name: ExecutorSymbol(address: ExecutorAddress(rawValue: address), flags: .exported)])
                try mr.withResourceKeyDo { manager.record($0) }
                try mr.notifyEmitted()
            } catch {
                mr.failMaterialization(error)
            }
        }
    }

    @Test("R3/R4/R9 race: remove() while the pool materializes: nothing recorded under a removed key, every lookup completes once")
    func removeRacesMaterialization() throws {
        let (f, manager) = try Self.pooledFixture()
        var completions: [Box<Int>] = []
        for round in 0..<Self.rounds {
            let name = f.session.intern("f\(round)")
            let tracker = f.jd.createResourceTracker()
            let finished = DispatchSemaphore(value: 0), answered = DispatchSemaphore(value: 0)
            try f.jd.define(Self.racingUnit(name, address: UInt64(round + 1), manager: manager, finished: finished), tracker: tracker)
            let count = Box(0), outcome = Box<Result<SymbolMap, any Error>?>(nil)
            completions.append(count)
            f.session.lookup([name], searchOrder: [JITDylibSearchEntry(f.jd)]) { result in
                count.update { $0 += 1 }
                outcome.set(result)
                answered.signal()
            }
            for _ in 0..<(round % 7) * 50 { _ = tracker.isDefunct }
            try tracker.remove()
            answered.wait()
            finished.wait()
            #expect(manager.records.value[tracker.key] == nil)
            #expect(try !f.isDefined(name))
            if case .success(let symbols)? = outcome.value {
                #expect(symbols[name]?.address.rawValue == UInt64(round + 1))
            }
        }
        f.session.dispatcher.shutdown()
        #expect(completions.allSatisfy { $0.value == 1 })
        #expect(manager.records.value.isEmpty)
        #expect(f.jd.symbolCount == 0)
    }

    @Test("R5/R9 race: transfer(to:) while the pool materializes: every resource lands under the destination")
    func transferRacesMaterialization() throws {
        let (f, manager) = try Self.pooledFixture()
        for round in 0..<Self.rounds {
            let name = f.session.intern("t\(round)")
            let source = f.jd.createResourceTracker(), destination = f.jd.createResourceTracker()
            let finished = DispatchSemaphore(value: 0)
            try f.jd.define(Self.racingUnit(name, address: UInt64(round + 1), manager: manager, finished: finished), tracker: source)
            let count = Box(0), outcome = Box<Result<SymbolMap, any Error>?>(nil)
            let answered = DispatchSemaphore(value: 0)
            f.session.lookup([name], searchOrder: [JITDylibSearchEntry(f.jd)]) { result in
                count.update { $0 += 1 }
                outcome.set(result)
                answered.signal()
            }
            for _ in 0..<(round % 5) * 40 { _ = source.isDefunct }
            try source.transfer(to: destination)
            answered.wait()
            finished.wait()
            #expect(count.value == 1)
            #expect(try outcome.value?.get()[name]?.address.rawValue == UInt64(round + 1))
            #expect(manager.records.value[source.key] == nil)
            #expect(manager.records.value[destination.key] == 2)
            #expect(f.jd.owningTrackerKey(of: name) == destination.key)
            try destination.remove()
            #expect(manager.records.value.isEmpty)
        }
        f.session.dispatcher.shutdown()
    }

    @Test("C6/R11 race: lookups, definitions and removals from many threads at once stay consistent")
    func concurrentClients() async throws {
        let (f, manager) = try Self.pooledFixture()
        let stable = f.session.intern("stable")
        try f.jd.define(absoluteSymbols([stable: ExecutorSymbol(address: 0x42, flags: .exported)]))
        let session = f.session, jd = f.jd
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    for round in 0..<100 {
                        let name = session.intern("w\(worker)-\(round)")
                        let tracker = jd.createResourceTracker()
                        let finished = DispatchSemaphore(value: 0)
                        try jd.define(Self.racingUnit(name, address: UInt64(round + 1), manager: manager, finished: finished), tracker: tracker)
                        let found = try await session.lookup(name, in: jd)
                        #expect(found.address.rawValue == UInt64(round + 1))
                        #expect(try await session.lookup(stable, in: jd).address == 0x42)
                        finished.wait()
                        try tracker.remove()
                        #expect(manager.records.value[tracker.key] == nil)
                    }
                }
            }
            try await group.waitForAll()
        }
        f.session.dispatcher.shutdown()
        #expect(manager.records.value.isEmpty)
        #expect(f.jd.symbolCount == 1)
    }

    @Test("R8 race: trackers released on many threads hand everything to the default tracker")
    func concurrentReleases() throws {
        let (f, manager) = try Self.pooledFixture()
        let session = f.session, jd = f.jd
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            let name = session.intern("r\(index)")
            let finished = DispatchSemaphore(value: 0)
            do {
                let tracker = jd.createResourceTracker()
                try jd.define(Self.racingUnit(name, address: UInt64(index + 1), manager: manager, finished: finished), tracker: tracker)
                _ = try session.lookup(name, in: jd)
                finished.wait()
            } catch {
                Issue.record(error)
            }
        }
        f.session.dispatcher.shutdown()
        let defaultKey = f.jd.defaultResourceTracker.key
        #expect(manager.records.value == [defaultKey: 400])
        #expect(f.jd.symbolCount == 200)
        try f.jd.clear()
        #expect(manager.records.value.isEmpty)
        #expect(f.jd.symbolCount == 0)
    }
}
