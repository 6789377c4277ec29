// BenchCommand.swift — `orca bench …`: Orca and LLVM 14's ORC on the same work, in one run.

import ArgumentParser

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Orca against LLVM 14's ORC (LLJIT) on identical work (use a release build).",
        subcommands: [CoreBench.self, LinkBench.self, IRBench.self]
    )
}

struct CoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core",
        abstract: "Core: ready-symbol lookup, define+lookup+remove of a 10-symbol tracker, removal cost vs JITDylib size."
    )

    @Option(help: "Lookups timed per figure.")
    var lookups = 2_000_000

    @Option(help: "Define+lookup+remove cycles timed.")
    var cycles = 200_000

    @Option(help: "Removals timed per JITDylib size.")
    var removals = 20_000

    @Option(help: "Run only these sections (comma-separated: lookup, cycle, removal).")
    var only: String = "lookup,cycle,removal"

    func run() throws {
        #if DEBUG
        print("warning: this is a debug build; use `swift run -c release orca bench core` for real figures")
        #endif
        var report = BenchReport(title: "orca bench core")
        try CoreBenchmark(lookups: lookups, cycles: cycles, removals: removals, sections: Set(only.split(separator: ",").map(String.init)))
            .run(into: &report)
        report.print()
    }
}

/// A benchmark whose LLVM side runs in a child process of this executable (see ChildBaseline).
protocol ChildProcessBenchmark {
    /// The subcommand's name (`orca bench NAME`).
    static var name: String { get }
    /// LLVM 14's figures, one line each (printed by the child).
    func measureBaselineLines() throws -> [String]
    /// Both sides' figures (in the parent).
    func run(into report: inout BenchReport) throws
}

extension ChildProcessBenchmark {
    /// Runs as the child (`--llvm-baseline`: prints LLVM's lines) or as the parent (prints the table).
    func runCommand(asBaseline: Bool) throws {
        if asBaseline {
            for line in try measureBaselineLines() { print(line) }
            return
        }
        #if DEBUG
        print("warning: this is a debug build; use `swift run -c release orca bench \(Self.name)` for real figures")
        #endif
        var report = BenchReport(title: "orca bench \(Self.name)")
        try run(into: &report)
        report.note("LLVM 14's figures are measured by this executable in a child process (same run, same inputs), so that resident memory is not shared between the two.")
        report.print()
    }
}

struct LinkBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Linker: add+lookup+call+remove cycles, many small objects kept then removed, SQLite from Debian's archive."
    )

    @Option(help: "Add+lookup+call+remove cycles timed.")
    var cycles = 20_000

    @Option(help: "Small objects linked and kept.")
    var objects = 10_000

    @Option(help: "Run only these sections (comma-separated: cycle, many, sqlite).")
    var only: String = "cycle,many,sqlite"

    @Flag(help: .hidden)
    var llvmBaseline = false

    func run() throws {
        try LinkBenchmark(cycles: cycles, objects: objects, sections: Set(only.split(separator: ",").map(String.init)))
            .runCommand(asBaseline: llvmBaseline)
    }
}

struct IRBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ir",
        abstract: "IR: parse + add + codegen + lookup + call + remove cycles of a one-function module, uncached and with an object-cache hit."
    )

    @Option(help: "Cycles timed per figure.")
    var cycles = 2_000

    @Option(help: "Run only these sections (comma-separated: cycle, cached, floor).")
    var only: String = "cycle,cached,floor"

    @Flag(help: .hidden)
    var llvmBaseline = false

    func run() throws {
        try IRBenchmark(cycles: cycles, sections: Set(only.split(separator: ",").map(String.init))).runCommand(asBaseline: llvmBaseline)
    }
}
