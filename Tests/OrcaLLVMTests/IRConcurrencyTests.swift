// IRConcurrencyTests.swift — IR compiled on the JIT's thread pool while other threads add, look
// up and remove modules: modules sharing a context compile one at a time, separate contexts in
// parallel, removal racing compilation never crashes or leaks. (Not run under ThreadSanitizer:
// its shadow memory leaves no room for JIT memory next to the host's libraries.)

import Dispatch
import Orca
import Testing

@Suite struct IRConcurrencyTests {
    @Test("Threads adding, calling and removing modules while the pool compiles; shared and separate contexts")
    func concurrentAddCallRemove() throws {
        let jit = try JIT(options: JITOptions(compileThreads: 2, memory: JITMemoryManager(reservationSize: 32 << 20)))
        let before = jit.memoryStatistics.inUse
        let shared = ThreadSafeContext()
        let failures = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for round in 0..<15 {
                let name = "w\(worker)_\(round)"
                do {
                    let tracker = jit.mainJITDylib.createResourceTracker()
                    let context = worker.isMultiple(of: 2) ? shared : ThreadSafeContext()
                    try jit.addIRModule(try ThreadSafeModule(parsingIR: twiceModule(name, extra: round), name: name, context: context),
                                        tracker: tracker)
                    let result = try jit.lookup(name, as: IntFunction.self)(Int32(worker))
                    if result != Int32(2 * worker + round) { failures.withLock { $0.append("\(name) returned \(result)") } }
                    try tracker.remove()
                } catch {
                    failures.withLock { $0.append("\(name): \(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 })")
        #expect(jit.compileLayer.modulesCompiled == 60)
        #expect(jit.memoryStatistics.inUse == before)
    }

    @Test("Removing a module's tracker while another thread's lookup compiles it")
    func removeRacesCompilation() throws {
        let jit = try JIT(options: JITOptions(compileThreads: 2))
        for round in 0..<30 {
            let name = "r\(round)"
            let tracker = jit.mainJITDylib.createResourceTracker()
            try jit.addIR(text: twiceModule(name), name: name, tracker: tracker)
            let group = DispatchGroup()
            let found = Locked<Bool?>(nil)
            DispatchQueue.global().async(group: group) {
                found.withLock { $0 = (try? jit.lookup(name)) != nil }
            }
            try tracker.remove()
            group.wait()
            // Either the lookup won or the removal did; either way the symbol is gone now.
            #expect(found.withLock { $0 } != nil)
            #expect(throws: OrcError.self) { try jit.lookup(name) }
        }
    }
}
