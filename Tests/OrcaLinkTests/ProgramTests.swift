// ProgramTests.swift — real C programs (Inputs/programs) compiled by clang and gcc at -O0 and
// -O2 as PIC, non-PIC and the compiler's default (PIE), linked natively and by `orca run`: both
// must print the same stdout and stderr and exit with the same status.
//
// The whole matrix runs for every program: 27 program set-ups × 2 compilers × 2 optimisation
// levels × 3 code models = 324 cases, run in parallel (at most cores + 1 pipelines at once);
// about 15 s on 2 cores. Cases that show an Orca bug are marked with withKnownIssue (knownBug).

import Foundation
import ProgramHarness
import Testing

/// A C program of Inputs/programs and how to build and run it.
struct CProgram: Sendable, CustomTestStringConvertible {
    let name: String
    /// Sources compiled to objects given to the linker (in this order).
    let sources: [String]
    /// Sources compiled and put, in this order, into `libdemo.a`.
    var archiveMembers: [String] = []
    var cflags: [String] = []
    /// Libraries both links get, like "-lm".
    var libraries: [String] = []
    /// The program's arguments (after argv[0]).
    var arguments: [String] = []
    /// The exit status the natively linked program has (checks that the program itself is
    /// deterministic and that the test does not pass by both sides failing alike).
    let expectedStatus: Int32

    var testDescription: String { name }

    static let all: [CProgram] = [
        CProgram(name: "recursion", sources: ["recursion"], expectedStatus: 6),
        CProgram(name: "callbacks", sources: ["callbacks"], expectedStatus: 9),
        CProgram(name: "hostfnptr", sources: ["hostfnptr"], expectedStatus: 12),
        CProgram(name: "switches", sources: ["switches"], expectedStatus: 39),
        CProgram(name: "floats", sources: ["floats"], libraries: ["-lm"], expectedStatus: 21),
        CProgram(name: "varargs", sources: ["varargs"], expectedStatus: 11),
        CProgram(name: "jumps", sources: ["jumps"], expectedStatus: 33),
        CProgram(name: "structs", sources: ["structs"], expectedStatus: 30),
        CProgram(name: "strings", sources: ["strings"], expectedStatus: 36),
        CProgram(name: "weak", sources: ["weak_main", "weak_strong"], expectedStatus: 47),
        CProgram(name: "weak-reversed", sources: ["weak_strong", "weak_main"], expectedStatus: 47),
        CProgram(name: "multi", sources: ["multi_main", "multi_util", "multi_data"], expectedStatus: 55),
        CProgram(name: "archive", sources: ["archive_main"],
                 archiveMembers: ["archive_gamma", "archive_unused", "archive_beta", "archive_alpha"], expectedStatus: 26),
        CProgram(name: "common", sources: ["common_a", "common_b"], cflags: ["-fcommon"], expectedStatus: 14),
        CProgram(name: "args", sources: ["args"], arguments: ["-v", "-b", "11", "first", "two words", ""], expectedStatus: 37),
        CProgram(name: "args-none", sources: ["args"], expectedStatus: 9),
        CProgram(name: "sorting", sources: ["sorting"], expectedStatus: 2),
        CProgram(name: "stdio", sources: ["stdio"], expectedStatus: 23),
        CProgram(name: "stdio-lm", sources: ["stdio"], libraries: ["-lm"], expectedStatus: 23),
        CProgram(name: "common-sizes", sources: ["common_small", "common_large"], cflags: ["-fcommon"], expectedStatus: 10),
        CProgram(name: "common-sizes-large-first", sources: ["common_large", "common_small"], cflags: ["-fcommon"], expectedStatus: 10),
        CProgram(name: "bigdata", sources: ["bigdata"], expectedStatus: 14),
        // Other compiler options that change what the objects contain.
        CProgram(name: "recursion-g", sources: ["recursion"], cflags: ["-g"], expectedStatus: 6),
        CProgram(name: "strings-sections", sources: ["strings"], cflags: ["-ffunction-sections", "-fdata-sections"], expectedStatus: 36),
        CProgram(name: "multi-sections", sources: ["multi_main", "multi_util", "multi_data"],
                 cflags: ["-ffunction-sections", "-fdata-sections"], expectedStatus: 55),
        CProgram(name: "stdio-noplt", sources: ["stdio"], cflags: ["-fno-plt"], expectedStatus: 23),
        CProgram(name: "structs-stack-protector", sources: ["structs"], cflags: ["-fstack-protector-all"], expectedStatus: 30),
    ]
}

/// One way of compiling a test program: compiler, optimisation level, code model (shared by the
/// C program tests and the program-lifetime tests).
struct ProgramBuild: Sendable, CustomTestStringConvertible {
    enum Compiler: String, Sendable {
        case clang, gcc
        case clangxx = "clang++"
        case gxx = "g++"
    }

    enum CodeModel: String, Sendable {
        case compilerDefault = "default"
        case pic = "-fPIC"
        case nonPIC = "-fno-pic"
    }

    let compiler: Compiler
    let optimization: String
    let model: CodeModel

    var compileFlags: [String] { model == .compilerDefault ? [optimization] : [optimization, model.rawValue] }
    /// Non-PIC objects cannot go into a PIE.
    var linkFlags: [String] { model == .nonPIC ? ["-no-pie"] : [] }
    var testDescription: String { "\(compiler.rawValue) \(optimization) \(model.rawValue)" }

    /// Every combination of `compilers` and `models` at -O0 and -O2.
    static func all(_ compilers: [Compiler], _ models: [CodeModel]) -> [ProgramBuild] {
        compilers.flatMap { compiler in
            ["-O0", "-O2"].flatMap { optimization in models.map { ProgramBuild(compiler: compiler, optimization: optimization, model: $0) } }
        }
    }

    /// The C program tests' builds: clang and gcc, each code model.
    static let allC = all([.clang, .gcc], [.compilerDefault, .pic, .nonPIC])
}

/// Known limits these programs show: the cases they affect.
private func knownBug(_ program: CProgram, _ build: ProgramBuild) -> String? {
    guard build.model == .nonPIC, program.name == "args" else { return nil }
    return "limit: non-PIC code reading getopt's optarg/optind reads a copy taken at link time (copy relocation) that "
        + "libc never updates (a native link makes libc use the program's copy; Orca cannot redirect libc's own GOT)"
}

@Suite("C programs: orca run matches the native link")
struct ProgramTests {
    @Test("Program output and status match the natively linked program", arguments: CProgram.all, ProgramBuild.allC)
    func programMatchesNativeLink(_ program: CProgram, _ build: ProgramBuild) async throws {
        try await ProgramHarness.withSlot {
            try await check(program, build)
        }
    }

    private func check(_ program: CProgram, _ build: ProgramBuild) async throws {
        let orca = try ProgramHarness.orcaExecutable()
        let compiler = try ProgramHarness.tool(build.compiler.rawValue)
        let directory = try ProgramHarness.temporaryDirectory("orca-program-\(program.name)")
        var keepDirectory = true
        defer { if !keepDirectory { try? FileManager.default.removeItem(at: directory) } }

        func compile(_ source: String) async throws -> String {
            let object = directory.appendingPathComponent("\(source).o").path
            let input = ProgramHarness.programsDirectory.appendingPathComponent("\(source).c").path
            try await ProgramHarness.build(compiler, build.compileFlags + program.cflags + ["-c", input, "-o", object], in: directory)
            return object
        }
        var objects: [String] = []
        for source in program.sources { objects.append(try await compile(source)) }
        var archiveInputs: (native: [String], orca: [String]) = ([], [])
        if !program.archiveMembers.isEmpty {
            var members: [String] = []
            for source in program.archiveMembers { members.append(try await compile(source)) }
            let archive = directory.appendingPathComponent("libdemo.a").path
            try await ProgramHarness.build(try ProgramHarness.tool("ar"), ["rcs", archive] + members, in: directory)
            archiveInputs = (["-L", directory.path, "-ldemo"], [archive])
        }

        let executable = directory.appendingPathComponent(program.name)
        try await ProgramHarness.build(
            compiler, objects + archiveInputs.native + program.libraries + build.linkFlags + ["-o", executable.path], in: directory)
        let native = try await ProgramHarness.run(executable, program.arguments, in: directory)
        #expect(native.termination == .exit(program.expectedStatus), "the natively linked \(program.name) itself: \(native)")

        let orcaArguments = ["run"] + objects + archiveInputs.orca + program.libraries + ["--"] + program.arguments
        let jit = try await ProgramHarness.run(orca, orcaArguments, in: directory, environment: ["SWIFT_BACKTRACE": "enable=no"])
        let context = "orca \(orcaArguments.joined(separator: " ")) (kept in \(directory.path))"
        let differences = ProgramHarness.differences(orca: jit, native: native)
        let same = differences.isEmpty

        func compare() {
            #expect(same, "\(context):\n\(differences.joined(separator: "\n"))")
        }
        let bug = knownBug(program, build)
        if let bug {
            withKnownIssue(Comment(rawValue: bug)) { compare() }
        } else {
            compare()
        }
        keepDirectory = !same && bug == nil
    }
}
