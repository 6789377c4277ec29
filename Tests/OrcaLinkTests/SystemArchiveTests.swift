// SystemArchiveTests.swift — real programs against Debian's static archives: ../shared/anchors'
// sq.c (SQLite) and zr.c (zlib), compiled by clang -O2 and gcc -O2, linked by `orca run` with
// libsqlite3.a / libz.a, with -lsqlite3 / -lz, and with -L DIR -lNAME finding an archive; the
// output must be what the natively linked program prints. Also -L/-l for a test-built archive.

import Foundation
import ProgramHarness
import Testing

private let anchorsDirectory = ProgramHarness.repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared").appendingPathComponent("anchors")
private let systemLibraries = "/usr/lib/x86_64-linux-gnu"

/// An anchor program and the library it needs.
struct AnchorProgram: Sendable, CustomTestStringConvertible {
    let source: String
    let library: String

    var archivePath: String { "\(systemLibraries)/lib\(library).a" }
    var testDescription: String { "\(source).c with lib\(library)" }

    static let all = [AnchorProgram(source: "sq", library: "sqlite3"), AnchorProgram(source: "zr", library: "z")]

    /// Why the test cannot run here, if it cannot.
    static var unavailableReason: String? {
        let fileManager = FileManager.default
        for program in all {
            let source = anchorsDirectory.appendingPathComponent("\(program.source).c").path
            if !fileManager.fileExists(atPath: source) { return "\(source) is absent" }
            if !fileManager.fileExists(atPath: program.archivePath) { return "\(program.archivePath) is absent" }
        }
        return nil
    }
}

/// Prints why the anchor tests are skipped (once), and says whether they run.
private let anchorsAvailable: Bool = {
    if let reason = AnchorProgram.unavailableReason {
        print("SystemArchiveTests: skipping the SQLite and zlib programs: \(reason)")
        return false
    }
    return true
}()

@Suite("Debian's static archives through orca run")
struct SystemArchiveTests {
    @Test("sq.c and zr.c: orca run with the .a, with -lNAME and with -L DIR -lNAME match the native link",
          .enabled(if: anchorsAvailable, "../shared/anchors or Debian's libsqlite3.a / libz.a are absent"),
          arguments: AnchorProgram.all, [ProgramBuild.Compiler.clang, .gcc])
    func anchorProgram(_ program: AnchorProgram, _ compiler: ProgramBuild.Compiler) async throws {
        try await ProgramHarness.withSlot {
            let orca = try ProgramHarness.orcaExecutable()
            let cc = try ProgramHarness.tool(compiler.rawValue)
            let directory = try ProgramHarness.temporaryDirectory("orca-anchor-\(program.source)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let object = directory.appendingPathComponent("\(program.source).o").path
            let source = anchorsDirectory.appendingPathComponent("\(program.source).c").path
            try await ProgramHarness.build(cc, ["-O2", "-c", source, "-o", object], in: directory)
            let executable = directory.appendingPathComponent(program.source)
            try await ProgramHarness.build(cc, [object, "-l\(program.library)", "-o", executable.path], in: directory)
            let native = try await ProgramHarness.run(executable, [], in: directory)
            #expect(native.termination == .exit(0))
            #expect(!native.stdout.isEmpty)

            // A directory where -lNAME can only mean the archive (searched before the standard ones).
            let archiveOnly = directory.appendingPathComponent("archive-only")
            try FileManager.default.createDirectory(at: archiveOnly, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: archiveOnly.appendingPathComponent("lib\(program.library).a").path, withDestinationPath: program.archivePath)

            let variants: [[String]] = [
                [object, program.archivePath],
                [object, "-l\(program.library)"],
                ["-L", archiveOnly.path, object, "-l\(program.library)"],
            ]
            for inputs in variants {
                let jit = try await ProgramHarness.run(orca, ["run"] + inputs, in: directory, environment: ["SWIFT_BACKTRACE": "enable=no"])
                let command = "orca run \(inputs.joined(separator: " "))"
                #expect(jit.termination == native.termination, "\(command): \(jit)")
                #expect(jit.stdout == native.stdout, "\(command): stdout differs")
                #expect(jit.stderr.isEmpty, "\(command): \(jit.stderr)")
            }
        }
    }

    @Test("orca run finds a test-built archive with -L DIR -lNAME and -LDIR -lNAME, and pulls in only needed members")
    func archiveThroughLibrarySearch() async throws {
        try await ProgramHarness.withSlot {
            let orca = try ProgramHarness.orcaExecutable()
            let clang = try ProgramHarness.tool("clang")
            let directory = try ProgramHarness.temporaryDirectory("orca-archive-search")
            defer { try? FileManager.default.removeItem(at: directory) }
            let libraries = directory.appendingPathComponent("lib")
            try FileManager.default.createDirectory(at: libraries, withIntermediateDirectories: true)
            var objects: [String: String] = [:]
            for source in ["archive_main", "archive_alpha", "archive_beta", "archive_gamma", "archive_unused"] {
                let object = directory.appendingPathComponent("\(source).o").path
                let input = ProgramHarness.programsDirectory.appendingPathComponent("\(source).c").path
                try await ProgramHarness.build(clang, ["-O2", "-fPIC", "-c", input, "-o", object], in: directory)
                objects[source] = object
            }
            let members = ["archive_unused", "archive_alpha", "archive_gamma", "archive_beta"].map { objects[$0]! }
            try await ProgramHarness.build(try ProgramHarness.tool("ar"), ["rcs", libraries.appendingPathComponent("libdemo.a").path] + members,
                                           in: directory)
            let expected = "alpha(5)\nbeta(5) via gamma\nalpha(5)=26 conflict=7\n"
            for inputs in [["-L", libraries.path, objects["archive_main"]!, "-ldemo"], ["-L\(libraries.path)", objects["archive_main"]!, "-ldemo"]] {
                let jit = try await ProgramHarness.run(orca, ["run", "--stats"] + inputs, in: directory, environment: ["SWIFT_BACKTRACE": "enable=no"])
                #expect(jit.termination == .exit(26), "\(inputs): \(jit)")
                #expect(jit.stdout == expected)
                #expect(!jit.stdout.contains("archive_unused.o was loaded"))
            }
            // Without -L the name is not found: one error line naming -ldemo.
            let missing = try await ProgramHarness.run(orca, ["run", objects["archive_main"]!, "-ldemo"], in: directory)
            #expect(missing.termination == .exit(1))
            #expect(missing.stderr.hasPrefix("orca: error: -ldemo: "), "\(missing.stderr)")
            #expect(missing.stderr.split(separator: "\n").count == 1)
        }
    }
}
