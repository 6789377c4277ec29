// RunCommandTests.swift — `orca run`'s command line: --entry, program arguments after --,
// --show-times and --stats on stderr, and usage errors (one `orca: error:` line, status 1).

import Foundation
import ProgramHarness
import Testing

private let entrySource = """
    #include <stdio.h>
    int other_entry(int argc, char **argv) {
        printf("other entry argc=%d", argc);
        for (int i = 1; i < argc; i++) printf(" [%s]", argv[i]);
        printf("\\n");
        return 4;
    }
    int main(void) { puts("main"); return 0; }
    """

/// Compiles `entrySource` into a new directory; returns the directory and the object's path.
private func entryObject() async throws -> (directory: URL, object: String) {
    let directory = try ProgramHarness.temporaryDirectory("orca-run-command")
    let source = directory.appendingPathComponent("entry.c"), object = directory.appendingPathComponent("entry.o").path
    try entrySource.write(to: source, atomically: true, encoding: .utf8)
    try await ProgramHarness.build(try ProgramHarness.tool("clang"), ["-O2", "-c", source.path, "-o", object], in: directory)
    return (directory, object)
}

private func orcaRun(_ arguments: [String], in directory: URL) async throws -> ProcessOutcome {
    try await ProgramHarness.run(try ProgramHarness.orcaExecutable(), ["run"] + arguments, in: directory, timeout: .seconds(30),
                                 environment: ["SWIFT_BACKTRACE": "enable=no"])
}

@Suite("orca run command line")
struct RunCommandTests {
    @Test("--entry calls another function as main, with the arguments after --")
    func entry() async throws {
        let (directory, object) = try await entryObject()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try await orcaRun(["--entry", "other_entry", object, "--", "hello", "two words", "--", "-x"], in: directory)
        #expect(outcome.termination == .exit(4))
        #expect(outcome.stdout == "other entry argc=5 [hello] [two words] [--] [-x]\n")
        #expect(outcome.stderr.isEmpty)
        let plain = try await orcaRun([object], in: directory)
        #expect(plain.termination == .exit(0))
        #expect(plain.stdout == "main\n")
    }

    @Test("--show-times and --stats report on stderr, leaving stdout to the program")
    func timesAndStatistics() async throws {
        let (directory, object) = try await entryObject()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try await orcaRun(["--show-times", "--stats", object], in: directory)
        #expect(outcome.termination == .exit(0))
        #expect(outcome.stdout == "main\n")
        #expect(outcome.stderr.contains("orca: parse "), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("orca: JIT memory: "), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("orca: run "), "\(outcome.stderr)")
    }

    @Test("Usage errors and missing inputs: status 1 and one line on stderr",
          arguments: [
              (["--entry", "no_such_function", "OBJECT"], "no_such_function"),
              ([], "no input files"),
              (["--bogus", "OBJECT"], "--bogus"),
              (["/nonexistent/missing.o"], "/nonexistent/missing.o"),
              (["OBJECT", "-lno_such_library_anywhere"], "-lno_such_library_anywhere"),
              (["OBJECT", "-L"], "-L"),
              (["--entry"], "--entry"),
          ])
    func usageErrors(_ arguments: [String], _ mentioned: String) async throws {
        let (directory, object) = try await entryObject()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try await orcaRun(arguments.map { $0 == "OBJECT" ? object : $0 }, in: directory)
        #expect(outcome.termination == .exit(1), "\(outcome)")
        #expect(outcome.stdout.isEmpty)
        let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "expected one line, got: \(outcome.stderr.prefix(600))")
        #expect(outcome.stderr.hasPrefix("orca: error: "), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(mentioned), "\(outcome.stderr)")
    }
}
