// RemovalTests.swift — what removing linked code gives back: symbols, memory (statistics and
// resident memory), and the freedom to add a new version; also removal while linking.

import Foundation
import OrcaCore
import OrcaLink
import ProgramHarness
import Testing

/// Compiles C source with the toolchain's clang into an object.
private func compile(_ source: String, name: String = "unit", flags: [String] = ["-O2", "-fPIC"]) throws -> ObjectFile {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orca-removal-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let sourcePath = directory.appendingPathComponent("\(name).c").path
    let objectPath = directory.appendingPathComponent("\(name).o").path
    try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["clang", "-c", sourcePath, "-o", objectPath] + flags
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "clang failed on \(name).c")
    return try ObjectFile(contentsOf: objectPath)
}

/// A session, a JITDylib with host symbols, and a layer with JIT memory of its own (so that
/// statistics are not shared with tests running in parallel).
private struct LinkFixture {
    let session = ExecutionSession()
    let jd: JITDylib
    let layer: ObjectLinkingLayer

    init() throws {
        jd = try session.createJITDylib(named: "main")
        jd.addGenerator(DynamicLibrarySymbols.hostProcess())
        layer = try ObjectLinkingLayer(session: session, memory: JITMemoryManager(reservationSize: 64 << 20),
                                       lowMemory: JITMemoryManager(placement: .low32Bit, reservationSize: 16 << 20))
    }

    func call(_ name: String, _ argument: Int32) throws -> Int32 {
        let address = try session.lookup(name, in: jd).address
        let function = unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address.rawValue)), to: (@convention(c) (Int32) -> Int32).self)
        return function(argument)
    }
}

private let twiceSource = """
    int counter;
    static int add1(int x) { return x + 1 + counter; }
    int twice(int x) { return add1(x) * 2; }
    """

@Suite struct RemovalTests {
    @Test("Removal: symbols fail lookup and memory statistics return to their earlier values")
    func removalGivesEverythingBack() throws {
        let f = try LinkFixture()
        let before = f.layer.memory.statistics
        let tracker = f.jd.createResourceTracker()
        try f.layer.add(compile(twiceSource), to: f.jd, tracker: tracker)
        #expect(try f.call("twice", 20) == 42)
        #expect(f.layer.memory.statistics.inUse > before.inUse)
        #expect(f.layer.memoryInUse(for: tracker.key) > 0)
        try tracker.remove()
        #expect(throws: OrcError.self) { try f.session.lookup("twice", in: f.jd) }
        #expect(f.layer.memoryInUse(for: tracker.key) == 0)
        #expect(f.layer.memory.statistics.inUse == before.inUse)
        try f.layer.memory.trim()
        #expect(f.layer.memory.statistics == before)
    }

    @Test("Removal: a changed version of the same symbols can be added, and calls see it")
    func hotSwap() throws {
        let f = try LinkFixture()
        let version1 = f.jd.createResourceTracker()
        try f.layer.add(compile("int value(int x) { return x + 1; }", name: "v1"), to: f.jd, tracker: version1)
        #expect(try f.call("value", 10) == 11)
        try version1.remove()
        let version2 = f.jd.createResourceTracker()
        try f.layer.add(compile("int value(int x) { return x * 100; }", name: "v2"), to: f.jd, tracker: version2)
        #expect(try f.call("value", 10) == 1000)
    }

    @Test("Removal: 10,000 add/call/remove cycles keep resident memory within 1 MiB")
    func cyclesKeepMemoryFlat() async throws {
        // Resident memory is per process and other tests run in parallel here, so the cycles run
        // in a process of their own: the benchmark's cycle section, which reports RSS growth.
        let directory = try ProgramHarness.temporaryDirectory("orca-rss")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try await ProgramHarness.run(
            ProgramHarness.orcaExecutable(), ["bench", "link", "--only", "cycle", "--cycles", "10000"], in: directory,
            timeout: .seconds(300))
        #expect(outcome.termination == .exit(0), "\(outcome.stderr)")
        let row = try #require(outcome.stdout.split(separator: "\n").first { $0.contains("RSS growth over 10000 cycles") })
        let kibibytes = try #require(row.split(separator: " ").compactMap { Int($0) }.dropFirst().first, "no figure in: \(row)")
        #expect(kibibytes < 1024, "resident memory grew by \(kibibytes) KiB over 10,000 cycles: \(row)")
    }

    @Test("Many removals release unused memory by themselves: names no symbol uses are dropped")
    func manyRemovalsReleaseMemory() throws {
        let f = try LinkFixture()
        let object = try compile("int fn0000(int x) { return x + 7; }")
        let pattern: [UInt8] = Array("\0fn0000\0".utf8)
        let start = try #require((0...(object.bytes.count - pattern.count)).first {
            object.bytes[$0..<($0 + pattern.count)].elementsEqual(pattern)
        })
        _ = f.session.intern("fn0000")
        let namesBefore = f.session.symbolStringPool.count
        var trackers: [ResourceTracker] = []
        for index in 0..<2048 {
            var bytes = object.bytes
            bytes.replaceSubrange((start + 3)..<(start + 7), with: Array(String(format: "%04d", index).utf8))
            let tracker = f.jd.createResourceTracker()
            try f.layer.add(ObjectFile(name: "fn\(index)", bytes: bytes), to: f.jd, tracker: tracker)
            #expect(try f.call(String(format: "fn%04d", index), 1) == 8)
            trackers.append(tracker)
        }
        #expect(f.session.symbolStringPool.count >= namesBefore + 2047)
        for tracker in trackers { try tracker.remove() }
        trackers.removeAll()
        // Released as the removals went, without a call to releaseUnusedMemory().
        #expect(f.session.symbolStringPool.count <= namesBefore + 1024)
        #expect(f.layer.memory.statistics.inUse == 0)
    }

    @Test("Removal while linking: the allocation is freed and the waiting lookup gets the error")
    func removeWhileLinking() throws {
        let f = try LinkFixture()
        let slow = f.session.intern("slow_dependency")
        let stash = Locked<MaterializationResponsibility?>(nil)
        try f.jd.define(PendingUnit(symbol: slow, stash: stash))
        let tracker = f.jd.createResourceTracker()
        try f.layer.add(compile("extern int slow_dependency(int); int user(int x) { return slow_dependency(x) + 1; }"), to: f.jd, tracker: tracker)
        let outcome = Locked<Result<SymbolMap, any Error>?>(nil)
        f.session.lookup([f.session.intern("user")], searchOrder: [JITDylibSearchEntry(f.jd)]) { result in outcome.withLock { $0 = result } }
        // The object is allocated and waits for slow_dependency; remove its tracker now.
        #expect(f.layer.memory.statistics.inUse > 0)
        try tracker.remove()
        let dependency = try #require(stash.withLock { $0 })
        try dependency.notifyResolved([slow: ExecutorSymbol(address: 0x1234, flags: [.exported, .callable])])
        try dependency.notifyEmitted()
        let result = try #require(outcome.withLock { $0 })
        #expect(throws: OrcError.self) { try result.get() }
        #expect(f.layer.memory.statistics.inUse == 0)
        #expect(f.layer.memoryInUse(for: tracker.key) == 0)
    }

    @Test("Transfer: linked memory follows its tracker and goes with the destination")
    func transferLinkedMemory() throws {
        let f = try LinkFixture()
        let source = f.jd.createResourceTracker(), destination = f.jd.createResourceTracker()
        try f.layer.add(compile(twiceSource), to: f.jd, tracker: source)
        #expect(try f.call("twice", 1) == 4)
        let bytes = f.layer.memoryInUse(for: source.key)
        try source.transfer(to: destination)
        #expect(f.layer.memoryInUse(for: source.key) == 0)
        #expect(f.layer.memoryInUse(for: destination.key) == bytes)
        try destination.remove()
        #expect(f.layer.memory.statistics.inUse == 0)
    }

    @Test("JIT memory is never writable and executable at once")
    func writeXorExecute() throws {
        let f = try LinkFixture()
        try f.layer.add(compile(twiceSource), to: f.jd)
        #expect(try f.call("twice", 2) == 6)
        let maps = try String(contentsOfFile: "/proc/self/maps", encoding: .utf8)
        let jitMappings = maps.split(separator: "\n").filter { $0.contains("orca-jit") }
        #expect(!jitMappings.isEmpty)
        #expect(jitMappings.allSatisfy { !$0.split(separator: " ")[1].hasPrefix("rwx") })
    }
}

/// A unit that never finishes by itself: its responsibility is handed to the test.
private struct PendingUnit: MaterializationUnit {
    let symbol: SymbolName
    let stash: Locked<MaterializationResponsibility?>
    var name: String { "pending" }
    var symbols: [SymbolName: SymbolFlags] { [symbol: [.exported, .callable]] }
    func materialize(_ responsibility: MaterializationResponsibility) { stash.withLock { $0 = responsibility } }
    func discard(_ jitDylib: JITDylib, symbol: SymbolName) {}
}
