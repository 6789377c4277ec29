// RunCommand.swift — `orca run`: compile and link IR, C, objects, archives and libraries in
// memory and run main, like lli and llvm-jitlink.

import ArgumentParser
import Foundation
import Orca

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Compile and link IR, C, objects, archives and shared libraries in memory and run main.",
        discussion: """
            orca run [-O0|-O1|-O2|-O3] [--entry NAME] [--show-times] [--stats] INPUT... [-- ARGS...]
            INPUT is LLVM IR (.ll) or bitcode (.bc), compiled by LLVM 14; C or C++ source (.c, .cpp,
            .cc, .cxx), compiled to an object by the toolchain's clang; a relocatable object (.o); a
            static archive (.a); a shared library (.so); -lNAME (searched like ld: -L directories,
            then the standard ones) or -L DIR. -On optimizes IR with LLVM's default<On> pipeline and
            generates code at that level (default: no IR optimization, code generation at -O2, as
            lli). The program's exit status is main's return value (or what it passes to exit()).
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "Inputs, options and, after --, the program's arguments.")
    var arguments: [String] = []

    func run() throws {
        let invocation: RunInvocation
        do {
            invocation = try RunInvocation(arguments)
        } catch {
            report("orca: error: \(error)")
            throw ExitCode.failure
        }
        do {
            try invocation.execute()
        } catch {
            report("orca: error: \(Self.describe(error))")
            throw ExitCode.failure
        }
    }

    /// One line for the user: the error that started a materialization failure, if known, with
    /// LLVM's multi-line diagnostics (source line and caret) folded into it.
    static func describe(_ error: any Error) -> String {
        if case let .failedToMaterialize(_, underlying?)? = error as? OrcError { return describe(underlying) }
        return "\(error)".split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "^" }
            .joined(separator: " | ")
    }
}

/// A parsed `orca run` command line.
struct RunInvocation {
    enum Input {
        case ir(String)
        case source(String)
        case object(String)
        case archive(String)
        case sharedLibrary(String)
        case library(String)
    }

    var inputs: [Input] = []
    var libraryDirectories: [String] = []
    var entry = "main"
    var optimization: OptimizationLevel?
    var showTimes = false
    var showStatistics = false
    var programArguments: [String] = []

    struct UsageError: Error, CustomStringConvertible { let description: String }

    init(_ arguments: [String]) throws {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--":
                programArguments = Array(remaining)
                remaining = []
            case "--entry":
                guard let name = remaining.popFirst() else { throw UsageError(description: "--entry needs a symbol name") }
                entry = name
            case "--show-times": showTimes = true
            case "--stats": showStatistics = true
            case "-O0", "-O1", "-O2", "-O3": optimization = OptimizationLevel(rawValue: Int(argument.dropFirst(2))!)
            case "-L":
                guard let directory = remaining.popFirst() else { throw UsageError(description: "-L needs a directory") }
                libraryDirectories.append(directory)
            case let option where option.hasPrefix("-L"): libraryDirectories.append(String(option.dropFirst(2)))
            case let option where option.hasPrefix("-l") && option.count > 2: inputs.append(.library(String(option.dropFirst(2))))
            case let option where option.hasPrefix("-"): throw UsageError(description: "unknown option \(option)")
            case let path where path.hasSuffix(".ll") || path.hasSuffix(".bc"): inputs.append(.ir(path))
            case let path where SourceCompiler.isSource(path): inputs.append(.source(path))
            case let path where path.hasSuffix(".a"): inputs.append(.archive(path))
            case let path where path.hasSuffix(".so") || path.contains(".so."): inputs.append(.sharedLibrary(path))
            default: inputs.append(.object(argument))
            }
        }
        guard !inputs.isEmpty else { throw UsageError(description: "no input files (usage: orca run INPUT... [-- ARGS])") }
    }

    /// The name the program sees as argv[0].
    var programName: String {
        for input in inputs {
            switch input {
            case let .ir(path), let .source(path), let .object(path): return path
            default: continue
            }
        }
        return "orca-program"
    }
}
