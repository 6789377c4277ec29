// CoreBenchmark.swift — `orca bench core`: the core's hot paths, Orca and LLJIT side by side.

import Dispatch
import OrcaCore

struct CoreBenchmark {
    let lookups: Int
    let cycles: Int
    let removals: Int
    let sections: Set<String>

    func run(into report: inout BenchReport) throws {
        if sections.contains("lookup") { try readyLookup(into: &report) }
        if sections.contains("cycle") { try defineLookupRemove(into: &report) }
        if sections.contains("removal") { try removalScaling(into: &report) }
    }

    /// Lookup of a symbol that is already ready, by string name (as LLJIT's C API does it).
    private func readyLookup(into report: inout BenchReport) throws {
        let session = ExecutionSession()
        let jd = try session.createJITDylib(named: "main")
        let twice = session.intern("twice")
        try jd.define(absoluteSymbols([twice: ExecutorSymbol(address: 0x1234, flags: [.exported, .callable])]))
        _ = try session.lookup(twice, in: jd)
        var sum: UInt64 = 0
        let byString = try measure {
            for _ in 0..<lookups { sum &+= try session.lookup("twice", in: jd).address.rawValue }
        }
        let byName = try measure {
            for _ in 0..<lookups { sum &+= try session.lookup(twice, in: jd).address.rawValue }
        }
        let llvm = try LLJITBaseline.readyLookup(count: lookups)
        report.compare("ready-symbol lookup (by string)", orca: byString / Double(lookups) * 1e9, llvm: llvm * 1e9, unit: "ns")
        report.single("ready-symbol lookup (interned SymbolName)", orca: BenchReport.format(byName / Double(lookups) * 1e9, "ns"))
        precondition(sum != 0)
    }

    /// Create a tracker, define 10 absolute symbols under it, look each up, remove the tracker.
    private func defineLookupRemove(into report: inout BenchReport) throws {
        let names = (0..<10).map { "symbol\($0)" }
        let session = ExecutionSession()
        let jd = try session.createJITDylib(named: "main")
        var sum: UInt64 = 0
        let residentBefore = residentBytes()
        let orca = try measure {
            for cycle in 0..<cycles {
                let tracker = jd.createResourceTracker()
                var symbols = SymbolMap(minimumCapacity: names.count)
                for (index, name) in names.enumerated() {
                    symbols[session.intern(name)] = ExecutorSymbol(
                        address: ExecutorAddress(rawValue: UInt64(cycle &+ index &+ 1)), flags: .exported)
                }
                try jd.define(absoluteSymbols(symbols), tracker: tracker)
                for name in names { sum &+= try session.lookup(name, in: jd).address.rawValue }
                try tracker.remove()
            }
        }
        let residentGrowth = residentBytes() - residentBefore
        let llvm = try LLJITBaseline.defineLookupRemove(cycles: cycles, names: names)
        report.compare("define+lookup+remove, 10-symbol tracker", orca: orca / Double(cycles) * 1e6, llvm: llvm * 1e6, unit: "µs")
        report.single("  RSS growth over \(cycles) cycles", orca: "\(residentGrowth / 1024) KiB")
        report.note("LLVM 14's C API cannot define under a created tracker; its cycle defines into the main JITDylib and clears it (removing its default tracker instead corrupts LLVM 14's heap).")
        precondition(sum != 0)
    }

    /// Time of removing a 10-symbol tracker from JITDylibs of 10³ and 10⁶ symbols.
    private func removalScaling(into report: inout BenchReport) throws {
        var perRemoval: [Int: Double] = [:]
        for size in [1_000, 1_000_000] {
            let session = ExecutionSession()
            let jd = try session.createJITDylib(named: "main")
            var bulk = SymbolMap(minimumCapacity: size)
            for index in 0..<size {
                bulk[session.intern("bulk\(index)")] = ExecutorSymbol(address: ExecutorAddress(rawValue: UInt64(index + 1)), flags: .exported)
            }
            try jd.define(absoluteSymbols(bulk))
            _ = try session.lookup("bulk0", in: jd)
            let names = (0..<10).map { session.intern("tracked\($0)") }
            let symbols = Dictionary(uniqueKeysWithValues: names.map { ($0, ExecutorSymbol(address: 0x10, flags: .exported)) })
            var total: UInt64 = 0
            for _ in 0..<removals {
                let tracker = jd.createResourceTracker()
                try jd.define(absoluteSymbols(symbols), tracker: tracker)
                _ = try session.lookup(names[0], in: jd)
                let start = DispatchTime.now().uptimeNanoseconds
                try tracker.remove()
                total += DispatchTime.now().uptimeNanoseconds - start
            }
            perRemoval[size] = Double(total) / Double(removals)
            precondition(jd.symbolCount == size)
        }
        let small = perRemoval[1_000]!, large = perRemoval[1_000_000]!
        report.single("remove 10-symbol tracker, JITDylib of 10³", orca: BenchReport.format(small / 1000, "µs"))
        report.single("remove 10-symbol tracker, JITDylib of 10⁶", orca: BenchReport.format(large / 1000, "µs"),
                      ratio: String(format: "10⁶/10³ = %.2f (target ≤ 2)", large / small))
    }
}
