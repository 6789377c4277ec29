// DemoCommand.swift — `orca demo`: the point of Orca in a few seconds. JIT a function from
// built-in IR, call it, hot-swap it by removing its tracker, show memory before and after, then
// a burst of add/remove cycles next to LLVM 14's LLJIT doing the same.

import ArgumentParser
import Foundation
import Orca

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "JIT a function, call it, hot-swap it, and compare add/remove cycles with LLVM 14's LLJIT."
    )

    @Option(help: "Add/compile/call/remove cycles in the burst.")
    var cycles = 500

    typealias Price = @convention(c) (Int32) -> Int32

    /// Version `version` of `price(quantity)`: quantity × 3, plus 5 from version 2 on.
    static func price(version: Int) -> String {
        """
        define i32 @price(i32 %quantity) {
          %base = mul i32 %quantity, 3
          %total = add i32 %base, \(version == 1 ? 0 : 5)
          ret i32 %total
        }
        """
    }

    func run() throws {
        print("Orca demo: JIT'd code you can remove (LLVM 14 compiles the IR; Orca links, runs and removes it)\n")
        // A JIT memory region of the demo's own, so that "in use" counts only the demo's code.
        let jit = try JIT(options: JITOptions(memory: JITMemoryManager(reservationSize: 64 << 20)))
        let empty = jit.memoryStatistics.inUse

        print("1. JIT a function from IR, under a resource tracker")
        for line in Self.price(version: 1).split(separator: "\n") { print("     " + line) }
        let first = jit.mainJITDylib.createResourceTracker()
        var price: Price!
        let compile = try measure {
            try jit.addIR(text: Self.price(version: 1), name: "price-v1", tracker: first)
            price = try jit.lookup("price", as: Price.self)
        }
        print("   price(10) = \(price(10))   (parsed, compiled and linked in \(Self.milliseconds(compile)))")
        print("   JIT memory in use: \(jit.memoryStatistics.inUse - empty) B\n")

        print("2. Hot-swap: remove version 1's tracker, add version 2")
        try first.remove()
        let afterRemoval = jit.memoryStatistics.inUse - empty
        let gone = (try? jit.lookup("price")) == nil
        print("   after removal: JIT memory in use \(afterRemoval) B; 'price' \(gone ? "is gone (lookup fails)" : "is STILL THERE")")
        let second = jit.mainJITDylib.createResourceTracker()
        try jit.addIR(text: Self.price(version: 2), name: "price-v2", tracker: second)
        print("   price(10) = \(try jit.lookup("price", as: Price.self)(10))   (version 2)")
        try second.remove()
        print("   removed again: JIT memory in use \(jit.memoryStatistics.inUse - empty) B\n")

        print("3. A burst of \(cycles) cycles: parse IR, add, compile, look up, call, remove")
        let llvm = try ChildBaseline.run(["bench", "ir", "--llvm-baseline", "--cycles", "\(cycles)"])
        let orca = try burst(jit, cache: nil)
        let cache = try ObjectCache()
        let cached = try burst(try JIT(options: JITOptions(objectCache: cache)), cache: cache)
        let baseline = IRBenchmark.Baseline(parsing: llvm).cycle
        print("   Orca:                    \(Self.perCycle(orca.seconds)) per cycle, resident memory +\(orca.growth / 1024) KiB")
        if let baseline {
            print("   LLVM 14 LLJIT:           \(Self.perCycle(baseline.seconds)) per cycle, resident memory +\(baseline.residentGrowth / 1024) KiB"
                + String(format: "   (Orca %.1f× faster)", baseline.seconds / orca.seconds))
        }
        print("   Orca with object cache:  \(Self.perCycle(cached.seconds)) per cycle (\(cache.statistics.hits) hits, 1 compile)")
        #if DEBUG
        print("\n(a debug build of Orca; `swift run -c release orca demo` shows its real speed — LLJIT's figure is LLVM's release build)")
        #endif
        print("\nMore: README.md (API tour), `orca run prog.ll` (like lli), `orca bench ir|link|core`.")
    }

    /// Seconds per cycle and resident growth over `cycles` cycles (after a short warm-up).
    private func burst(_ jit: JIT, cache: ObjectCache?) throws -> (seconds: Double, growth: Int) {
        var sum: Int64 = 0
        func once(_ index: Int) throws {
            let tracker = jit.mainJITDylib.createResourceTracker()
            try jit.addIR(text: Self.price(version: 1), name: "burst", tracker: tracker)
            sum += Int64(try jit.lookup("price", as: Price.self)(Int32(index & 1023)))
            try tracker.remove()
        }
        for index in 0..<min(50, cycles) { try once(index) }
        let before = residentBytes()
        let seconds = try measure { for index in 0..<cycles { try once(index) } }
        precondition(sum >= 0)
        return (seconds / Double(cycles), residentBytes() - before)
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1e3) }
    static func perCycle(_ seconds: Double) -> String { String(format: "%7.1f µs", seconds * 1e6) }
}
