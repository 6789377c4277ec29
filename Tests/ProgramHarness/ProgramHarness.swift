// ProgramHarness.swift — what the C-program tests of every test target need around them: running compilers, the
// native linker, programs and `orca run` as subprocesses (with a timeout and a bound on how
// many run at once), finding the `orca` executable, temporary directories.

import Foundation
import Glibc
import OrcaCore

/// An error of the harness itself (a missing tool, a failed compile), with a message that says
/// what to do.
package struct HarnessError: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}

/// How a subprocess ended and what it printed.
package struct ProcessOutcome: Sendable, Equatable, CustomStringConvertible {
    package enum Termination: Sendable, Equatable, CustomStringConvertible {
        case exit(Int32)
        case signal(Int32)
        case timedOut

        package var description: String {
            switch self {
            case let .exit(status): "exit \(status)"
            case let .signal(signal): "signal \(signal)"
            case .timedOut: "timed out"
            }
        }
    }

    package var termination: Termination
    package var stdout: String
    package var stderr: String

    package init(termination: Termination, stdout: String, stderr: String) {
        (self.termination, self.stdout, self.stderr) = (termination, stdout, stderr)
    }

    package var description: String { "\(termination), stdout \(stdout.utf8.count) bytes, stderr: \(stderr.prefix(600))" }
}

/// Bounds how many subprocess pipelines run at once (the machine has few cores; Swift Testing
/// would otherwise start every parameterized case together).
package actor ConcurrencyLimiter {
    private var available: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    package init(_ count: Int) { available = count }

    package func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    package func release() {
        if waiters.isEmpty { available += 1 } else { waiters.removeFirst().resume() }
    }
}

package enum ProgramHarness {
    /// The repository root.
    package static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Tests/OrcaLinkTests/Inputs/programs: the C programs the link and IR suites share.
    package static let programsDirectory = repositoryRoot.appendingPathComponent("Tests/OrcaLinkTests/Inputs/programs")

    private static let limiter = ConcurrencyLimiter(ProcessInfo.processInfo.activeProcessorCount + 1)

    /// Runs `body` while holding one of the limited subprocess slots.
    package static func withSlot<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await limiter.acquire()
        do {
            let result = try await body()
            await limiter.release()
            return result
        } catch {
            await limiter.release()
            throw error
        }
    }

    // MARK: Tools

    /// `name` found on PATH, or nil.
    package static func onPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// A tool the tests need, or an error naming it.
    package static func tool(_ name: String) throws -> URL {
        guard let url = onPath(name) else { throw HarnessError("'\(name)' is not on PATH; the C-program tests need it") }
        return url
    }

    /// The `orca` executable built with the tests: next to the test bundle
    /// (`.build/<triple>/debug/orca`). `ORCA_EXECUTABLE` overrides.
    package static func orcaExecutable() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["ORCA_EXECUTABLE"] { return URL(fileURLWithPath: override) }
        var starts: [URL] = [URL(fileURLWithPath: CommandLine.arguments[0]).absoluteURL.resolvingSymlinksInPath()]
        if let executable = Bundle.main.executableURL { starts.append(executable.resolvingSymlinksInPath()) }
        starts.append(Bundle.main.bundleURL)
        var looked: [String] = []
        for start in starts {
            // Walk up a few levels: on macOS the test binary sits in X.xctest/Contents/MacOS.
            var directory = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("orca")
                looked.append(candidate.path)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw HarnessError("the orca executable was not found next to the test bundle (looked at \(looked.joined(separator: ", "))); "
            + "build it first with `swift build --build-tests` (or set ORCA_EXECUTABLE)")
    }

    // MARK: Files

    /// A new empty directory under the system's temporary directory.
    package static func temporaryDirectory(_ prefix: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    // MARK: Subprocesses

    /// Runs `executable` with `arguments` in `directory`, capturing stdout and stderr (through
    /// files, so a chatty program never blocks on a full pipe), killing it after `timeout`.
    /// `environment` adds to (or replaces in) the test process's environment.
    package static func run(
        _ executable: URL, _ arguments: [String], in directory: URL, timeout: Duration = .seconds(60),
        environment: [String: String] = [:]
    ) async throws -> ProcessOutcome {
        let id = UUID().uuidString.prefix(8)
        let stdoutURL = directory.appendingPathComponent(".out-\(id)"), stderrURL = directory.appendingPathComponent(".err-\(id)")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
        }
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL), stderrHandle = try FileHandle(forWritingTo: stderrURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        let (ended, endedContinuation) = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in
            endedContinuation.yield()
            endedContinuation.finish()
        }
        do {
            try process.run()
        } catch {
            try? stdoutHandle.close()
            try? stderrHandle.close()
            throw HarnessError("cannot start \(executable.path): \(error)")
        }
        let pid = process.processIdentifier
        let timedOut = Locked(false)
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            timedOut.withLock { $0 = true }
            kill(pid, SIGKILL)
        }
        for await _ in ended {}
        watchdog.cancel()
        try? stdoutHandle.close()
        try? stderrHandle.close()

        let termination: ProcessOutcome.Termination
        if timedOut.withLock({ $0 }) {
            termination = .timedOut
        } else if process.terminationReason == .uncaughtSignal {
            termination = .signal(process.terminationStatus)
        } else {
            termination = .exit(process.terminationStatus)
        }
        let out = (try? Data(contentsOf: stdoutURL)) ?? Data(), err = (try? Data(contentsOf: stderrURL)) ?? Data()
        return ProcessOutcome(termination: termination, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// Runs a build step (compiler, archiver, linker) and throws with its output unless it
    /// succeeds.
    package static func build(_ tool: URL, _ arguments: [String], in directory: URL) async throws {
        let outcome = try await run(tool, arguments, in: directory, timeout: .seconds(120))
        guard outcome.termination == .exit(0) else {
            throw HarnessError("\(tool.lastPathComponent) \(arguments.joined(separator: " ")) failed (\(outcome.termination)):\n\(outcome.stderr)")
        }
    }
}

extension ProgramHarness {
    /// Whether README.md shows, as a Swift code block, exactly the code between the lines
    /// `// MARKER:begin` and `// MARKER:end` of `sourceFile` (a test's own #filePath).
    package static func readmeShowsTour(marked marker: String, in sourceFile: String) throws -> Bool {
        let source = try String(contentsOfFile: sourceFile, encoding: .utf8)
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let tour = source.components(separatedBy: "// \(marker):begin\n").dropFirst().first?
            .components(separatedBy: "// \(marker):end").first else { return false }
        return readme.contains("```swift\n" + tour + "```")
    }
}

extension ProgramHarness {
    /// A product built next to the `orca` executable (for example `liborca-llvm14.so`).
    package static func builtProduct(_ fileName: String) throws -> URL {
        let url = try orcaExecutable().deletingLastPathComponent().appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw HarnessError("\(fileName) was not built next to orca (\(url.path)); run `swift build --build-tests` first")
        }
        return url
    }

    /// How a program run under Orca differs from its native run (status, stdout, stderr), one
    /// line each; empty when they match.
    package static func differences(orca: ProcessOutcome, native: ProcessOutcome) -> [String] {
        var differences: [String] = []
        if orca.termination != native.termination { differences.append("status: orca \(orca.termination), native \(native.termination)") }
        if orca.stdout != native.stdout { differences.append("stdout: \(firstDifference(orca.stdout, native.stdout))") }
        if orca.stderr != native.stderr {
            differences.append("stderr: orca printed \(orca.stderr.prefix(600).debugDescription), native \(native.stderr.prefix(600).debugDescription)")
        }
        return differences
    }

    /// Where two outputs first differ, for a failure message.
    private static func firstDifference(_ orca: String, _ native: String) -> String {
        let orcaLines = orca.split(separator: "\n", omittingEmptySubsequences: false)
        let nativeLines = native.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(orcaLines.count, nativeLines.count) {
            let a = index < orcaLines.count ? String(orcaLines[index]) : "<end>"
            let e = index < nativeLines.count ? String(nativeLines[index]) : "<end>"
            if a != e { return "line \(index + 1) is \(a.prefix(200).debugDescription) under orca, native has \(e.prefix(200).debugDescription)" }
        }
        return "same lines"
    }
}
