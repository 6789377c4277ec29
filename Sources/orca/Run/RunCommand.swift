// RunCommand.swift — `orca run`: link objects, archives and libraries in memory and run main.

import ArgumentParser
import Foundation
import OrcaCore
import OrcaLink

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Link objects, archives and shared libraries in memory and run main.",
        discussion: """
            orca run [--entry NAME] [--show-times] [--stats] INPUT... [-- ARGS...]
            INPUT is a relocatable object (.o), a static archive (.a), a shared library (.so),
            -lNAME (searched like ld: -L directories, then the standard ones) or -L DIR.
            The program's exit status is main's return value (or what it passes to exit()).
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "Inputs, options and, after --, the program's arguments.")
    var arguments: [String] = []

    func run() throws {
        let invocation: RunInvocation
        do {
            invocation = try RunInvocation(arguments)
        } catch {
            FileHandle.standardError.write(Data("orca: error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        do {
            try invocation.execute()
        } catch {
            FileHandle.standardError.write(Data("orca: error: \(Self.describe(error))\n".utf8))
            throw ExitCode.failure
        }
    }

    /// One line for the user: the error that started a materialization failure, if known.
    static func describe(_ error: any Error) -> String {
        if case let .failedToMaterialize(_, underlying?)? = error as? OrcError { return describe(underlying) }
        return "\(error)"
    }
}

/// A parsed `orca run` command line.
struct RunInvocation {
    enum Input {
        case object(String)
        case archive(String)
        case sharedLibrary(String)
        case library(String)
    }

    var inputs: [Input] = []
    var libraryDirectories: [String] = []
    var entry = "main"
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
            case "-L":
                guard let directory = remaining.popFirst() else { throw UsageError(description: "-L needs a directory") }
                libraryDirectories.append(directory)
            case let option where option.hasPrefix("-L"): libraryDirectories.append(String(option.dropFirst(2)))
            case let option where option.hasPrefix("-l") && option.count > 2: inputs.append(.library(String(option.dropFirst(2))))
            case let option where option.hasPrefix("-"): throw UsageError(description: "unknown option \(option)")
            case let path where path.hasSuffix(".a"): inputs.append(.archive(path))
            case let path where path.hasSuffix(".so") || path.contains(".so."): inputs.append(.sharedLibrary(path))
            default: inputs.append(.object(argument))
            }
        }
        guard !inputs.isEmpty else { throw UsageError(description: "no input files (usage: orca run INPUT... [-- ARGS])") }
    }

    /// The name the program sees as argv[0].
    var programName: String {
        for input in inputs { if case let .object(path) = input { return path } }
        return "orca-program"
    }
}
