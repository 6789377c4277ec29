// LinkBenchmark.swift — `orca bench link`: objects added, linked, called and removed, Orca and
// LLVM 14 side by side.

import Foundation
import OrcaCore
import OrcaLink

struct LinkBenchmark: ChildProcessBenchmark {
    static let name = "link"

    let cycles: Int
    let objects: Int
    let sections: Set<String>

    /// LLVM 14's figures for the object sections, measured by this same executable in a child
    /// process (`--llvm-baseline`; see ChildBaseline).
    struct Baseline {
        var cycle: (seconds: Double, residentGrowth: Int)?
        var many: (seconds: Double, keptGrowth: Int, afterRemoval: Int)?

        /// One line per figure, for the parent process to read.
        var lines: [String] {
            var lines: [String] = []
            if let cycle { lines.append("llvm-cycle \(cycle.seconds) \(cycle.residentGrowth)") }
            if let many { lines.append("llvm-many \(many.seconds) \(many.keptGrowth) \(many.afterRemoval)") }
            return lines
        }

        init() {}

        init(parsing output: String) {
            cycle = ChildBaseline.figures("llvm-cycle", count: 2, in: output).flatMap { f in Int(exactly: f[1]).map { (f[0], $0) } }
            many = ChildBaseline.figures("llvm-many", count: 3, in: output).flatMap { f in
                guard let kept = Int(exactly: f[1]), let after = Int(exactly: f[2]) else { return nil }
                return (f[0], kept, after)
            }
        }
    }

    func measureBaselineLines() throws -> [String] { try measureBaseline().lines }

    /// Measures LLVM 14's side of the object sections (run in the child process).
    func measureBaseline() throws -> Baseline {
        let directory = try BenchInputs.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var baseline = Baseline()
        if sections.contains("cycle") {
            let small = try ObjectFile(contentsOf: BenchInputs.compile(BenchInputs.small, name: "small", in: directory))
            baseline.cycle = try LLJITBaseline.objectCycle(cycles: cycles, object: small.bytes)
        }
        if sections.contains("many") {
            let copies = try smallStaticCopies(directory)
            baseline.many = try LLJITBaseline.manyObjects(copies.map(\.1), names: copies.map(\.0))
        }
        return baseline
    }

    func run(into report: inout BenchReport) throws {
        let directory = try BenchInputs.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let baseline = try childBaseline()
        if sections.contains("cycle"), let llvm = baseline.cycle {
            let small = try ObjectFile(contentsOf: BenchInputs.compile(BenchInputs.small, name: "small", in: directory))
            try cycle(small, llvm: llvm, into: &report)
        }
        if sections.contains("many"), let llvm = baseline.many { try many(try smallStaticCopies(directory), llvm: llvm, into: &report) }
        if sections.contains("sqlite") { try sqlite(directory, into: &report) }
    }

    /// LLVM 14's figures for the wanted object sections, from a child process.
    private func childBaseline() throws -> Baseline {
        let wanted = sections.intersection(["cycle", "many"])
        guard !wanted.isEmpty else { return Baseline() }
        return Baseline(parsing: try ChildBaseline.run(["bench", "link", "--llvm-baseline", "--only", wanted.sorted().joined(separator: ","),
                                                       "--cycles", "\(cycles)", "--objects", "\(objects)"]))
    }

    /// Copies of a small object, each exporting its function under a name of its own.
    private func smallStaticCopies(_ directory: URL) throws -> [(String, [UInt8])] {
        let bytes = try ObjectFile(contentsOf: BenchInputs.compile(BenchInputs.smallStatic, name: "small_static", in: directory)).bytes
        return (0..<objects).map { index in
            let name = "t" + String(format: "%04d", index % 10000)
            return (name, BenchInputs.renamingTwice(bytes, to: name))
        }
    }

    typealias IntFunction = @convention(c) (Int32) -> Int32

    /// add object + lookup + call + remove, one small object per cycle.
    private func cycle(_ object: ObjectFile, llvm: (seconds: Double, residentGrowth: Int), into report: inout BenchReport) throws {
        let session = ExecutionSession()
        let main = try session.createJITDylib(named: "main")
        let layer = try ObjectLinkingLayer(session: session)
        var sum: Int64 = 0
        func once(_ index: Int) throws {
            let tracker = main.createResourceTracker()
            try layer.add(object, to: main, tracker: tracker)
            let address = try session.lookup("twice", in: main).address
            sum += Int64(unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address.rawValue)), to: IntFunction.self)(Int32(index & 1023)))
            try tracker.remove()
        }
        for index in 0..<min(1000, cycles) { try once(index) }
        let residentBefore = residentBytes()
        let orca = try bestPerIteration(cycles, once)
        let growth = residentBytes() - residentBefore
        report.compare("add object + lookup + call + remove (best of 5 rounds)", orca: orca * 1e6, llvm: llvm.seconds * 1e6, unit: "µs")
        report.single("  RSS growth over \(cycles) cycles", orca: "\(growth / 1024) KiB", llvm: "\(llvm.residentGrowth / 1024) KiB")
        precondition(sum != 0)
    }

    /// `objects` small objects linked and kept (each under its own tracker), then all removed.
    private func many(
        _ copies: [(String, [UInt8])], llvm: (seconds: Double, keptGrowth: Int, afterRemoval: Int), into report: inout BenchReport
    ) throws {
        let session = ExecutionSession()
        let main = try session.createJITDylib(named: "main")
        let layer = try ObjectLinkingLayer(session: session)
        var trackers: [ResourceTracker?] = []
        trackers.reserveCapacity(objects)
        var sum: Int64 = 0
        // Warm-up (both sides): one object linked, called and removed before measuring.
        let warmUp = main.createResourceTracker()
        try layer.add(ObjectFile(name: "warm-up", bytes: BenchInputs.renaming(copies[0].1, copies[0].0, to: "warm0")), to: main, tracker: warmUp)
        _ = try session.lookup("warm0", in: main)
        try warmUp.remove()
        let start = residentBytes()
        let seconds = try measure {
            for (index, (name, copy)) in copies.enumerated() {
                let tracker = main.createResourceTracker()
                try layer.add(ObjectFile(name: name, bytes: copy), to: main, tracker: tracker)
                let address = try session.lookup(name, in: main).address
                sum += Int64(unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address.rawValue)), to: IntFunction.self)(Int32(index)))
                trackers.append(tracker)
            }
        }
        let kept = residentBytes() - start
        // Each tracker is released right after its removal, as on LLVM's side.
        for index in trackers.indices {
            try trackers[index]?.remove()
            trackers[index] = nil
        }
        let afterRemoval = residentBytes() - start
        try layer.releaseUnusedMemory()
        let afterRelease = residentBytes() - start
        report.compare("\(objects) small objects: link + call each", orca: seconds / Double(objects) * 1e6, llvm: llvm.seconds * 1e6, unit: "µs")
        report.compare("  resident memory per kept object", orca: Double(kept) / Double(objects), llvm: Double(llvm.keptGrowth) / Double(objects), unit: "B")
        report.single("  resident memory after removing all", orca: "+\(afterRemoval / 1024) KiB", llvm: "+\(llvm.afterRemoval / 1024) KiB", ratio: "(target: ≤ 1024 KiB)")
        report.single("  … and after layer.releaseUnusedMemory()", orca: "+\(afterRelease / 1024) KiB")
        precondition(sum != 0)
    }

    /// A SQLite program linked against Debian's libsqlite3.a.
    private func sqlite(_ directory: URL, into report: inout BenchReport) throws {
        let archive = "/usr/lib/x86_64-linux-gnu/libsqlite3.a"
        guard FileManager.default.fileExists(atPath: archive) else {
            report.note("sqlite: \(archive) is missing (apt-get install libsqlite3-dev); skipped")
            return
        }
        let path = try BenchInputs.compile(BenchInputs.sqlite, name: "sq", in: directory, flags: ["-O2"])
        let object = try ObjectFile(contentsOf: path)
        let archiveBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: archive)))
        var best = Double.infinity
        for _ in 0..<5 {
            let session = ExecutionSession()
            let main = try session.createJITDylib(named: "main")
            let layer = try ObjectLinkingLayer(session: session)
            let seconds = try measure {
                try layer.add(object, to: main)
                main.addGenerator(try StaticArchive(path: archive, bytes: archiveBytes, layer: layer))
                main.addGenerator(DynamicLibrarySymbols.hostProcess())
                _ = try session.lookup("main", in: main)
            }
            best = min(best, seconds)
            try session.endSession()
        }
        let jitlink = try LLJITBaseline.jitlinkTime(object: path, archive: archive)
        report.compare("link sq.o + libsqlite3.a (best of 5)", orca: best * 1e3, llvm: jitlink * 1e3, unit: "ms")
        report.note("the sqlite figure for LLVM is llvm-jitlink-14's own 'time to link object files' (best of 5), run on the same objects.")
    }
}
