// OrcaCommand.swift — the `orca` command-line tool.

import ArgumentParser

@main
struct OrcaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orca",
        abstract: "Orca, a JIT with removable code.",
        subcommands: [DemoCommand.self, RunCommand.self, BenchCommand.self]
    )
}
