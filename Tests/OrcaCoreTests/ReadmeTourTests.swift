// ReadmeTourTests.swift — the README's API tour, compiled and run, and a check that the README
// shows exactly this code.

import Foundation
import OrcaCore
import Synchronization
import Testing

// tour:begin
/// A unit that "compiles" on demand: nothing runs until one of its symbols is looked up.
struct GreetingUnit: MaterializationUnit {
    let greeting: SymbolName
    let address: ExecutorAddress
    let memory: ToyMemoryManager

    var name: String { "greeting" }
    var symbols: [SymbolName: SymbolFlags] { [greeting: [.exported, .callable]] }

    func materialize(_ responsibility: MaterializationResponsibility) {
        do {
            // Record what was allocated under the tracker's key, atomically with removal.
            try responsibility.withResourceKeyDo { key in memory.allocate(64, for: key) }
            try responsibility.notifyResolved([greeting: ExecutorSymbol(address: address, flags: [.exported, .callable])])
            try responsibility.notifyEmitted()
        } catch {
            responsibility.failMaterialization(error)
        }
    }

    func discard(_ jitDylib: JITDylib, symbol: SymbolName) {}
}

/// A resource manager: frees what was recorded under a key when its tracker is removed.
final class ToyMemoryManager: ResourceManager {
    let bytes = Mutex<[ResourceKey: Int]>([:])

    func allocate(_ size: Int, for key: ResourceKey) { bytes.withLock { $0[key, default: 0] += size } }
    var inUse: Int { bytes.withLock { $0.values.reduce(0, +) } }

    func handleRemoveResources(_ jitDylib: JITDylib, key: ResourceKey) throws {
        bytes.withLock { _ = $0.removeValue(forKey: key) }
    }

    func handleTransferResources(_ jitDylib: JITDylib, destination: ResourceKey, source: ResourceKey) {
        bytes.withLock { if let moved = $0.removeValue(forKey: source) { $0[destination, default: 0] += moved } }
    }
}

func tour() async throws {
    let session = ExecutionSession(dispatcher: ThreadPoolTaskDispatcher(maximumThreads: 2))
    let memory = ToyMemoryManager()
    session.register(resourceManager: memory)
    let main = try session.createJITDylib(named: "main")

    // Add code under a tracker of its own; it is materialized on first lookup.
    let hello = session.intern("hello")
    let version1 = main.createResourceTracker()
    try main.define(GreetingUnit(greeting: hello, address: 0x1000, memory: memory), tracker: version1)
    #expect(main.state(of: hello) == .neverSearched)
    #expect(try await session.lookup("hello", in: main).address == 0x1000)
    #expect(memory.inUse == 64)

    // Remove it: the symbol is gone and its resources are freed.
    try version1.remove()
    #expect(memory.inUse == 0)
    await #expect(throws: OrcError.self) { try await session.lookup("hello", in: main) }

    // Hot swap: define the same name again under a new tracker.
    let version2 = main.createResourceTracker()
    try main.define(GreetingUnit(greeting: hello, address: 0x2000, memory: memory), tracker: version2)
    #expect(try await session.lookup("hello", in: main).address == 0x2000)

    // Merge trackers to keep bookkeeping small; removing the destination removes both.
    let helpers = main.createResourceTracker()
    try main.define(absoluteSymbols([session.intern("helper"): ExecutorSymbol(address: 0x3000, flags: .exported)]),
                    tracker: helpers)
    try helpers.transfer(to: version2)
    try version2.remove()
    #expect(main.symbolCount == 0 && memory.inUse == 0)

    try session.endSession()
}
// tour:end

@Suite struct ReadmeTourTests {
    @Test("README: the API tour runs")
    func runsTour() async throws {
        try await tour()
    }

    @Test("README: the API tour in README.md is exactly the code this test compiles")
    func readmeMatches() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let source = try String(contentsOf: here, encoding: .utf8)
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let tour = try #require(source.components(separatedBy: "// tour:begin\n").dropFirst().first?
            .components(separatedBy: "// tour:end").first)
        #expect(readme.contains("```swift\n" + tour + "```"))
    }
}
