// LifetimeProgramTests.swift — programs whose meaning depends on program lifetime, compiled by
// clang and gcc (C, Inputs/lifetime) or clang++ and g++ (C++, Inputs/cxx) at -O0 and -O2,
// linked natively (by the same compiler driver) and run by `orca run` from the objects alone
// (libstdc++ and libc come from the orca process): both must print the same stdout and stderr
// and exit with the same status.
//
// C++: exceptions across objects and through libstdc++, RTTI, virtual / multiple / virtual
// inheritance, static objects with constructors and destructors in two objects, iostream,
// std::string / vector / map, templates and inline functions instantiated in two objects,
// function-local statics, new / delete, std::exit with static objects and atexit handlers
// interleaved, an uncaught exception (std::terminate); in the compiler's default code model and
// with -fPIC.
// C: atexit, constructor / destructor priorities, exit() with pending handlers and buffered
// output; the compiler's default code model.
//
// 80 cases, run at most cores + 1 at a time (the harness's limiter); about 20 s on 2 cores.

import Foundation
import Glibc
import ProgramHarness
import Testing

/// A program of Inputs/cxx or Inputs/lifetime.
struct LifetimeProgram: Sendable {
    enum Language: Sendable { case c, cxx }

    let name: String
    let language: Language
    /// Source files (with extension) compiled to objects and given to both links in this order.
    let sources: [String]
    /// Extra flags for every compile.
    let cflags: [String]
    /// Only these compilers (all of the language's if nil).
    let compilers: [ProgramBuild.Compiler]?
    /// Only these code models (the language's if nil).
    let models: [ProgramBuild.CodeModel]?
    /// How the natively linked program ends (checks the program itself is deterministic).
    let expected: ProcessOutcome.Termination

    init(name: String, language: Language, sources: [String], cflags: [String] = [], compilers: [ProgramBuild.Compiler]? = nil,
         models: [ProgramBuild.CodeModel]? = nil, expectedStatus: Int32) {
        self.init(name: name, language: language, sources: sources, cflags: cflags, compilers: compilers, models: models,
                  expected: .exit(expectedStatus))
    }

    init(name: String, language: Language, sources: [String], cflags: [String] = [], compilers: [ProgramBuild.Compiler]? = nil,
         models: [ProgramBuild.CodeModel]? = nil, expected: ProcessOutcome.Termination) {
        (self.name, self.language, self.sources, self.cflags, self.compilers, self.models, self.expected)
            = (name, language, sources, cflags, compilers, models, expected)
    }

    var directory: URL {
        ProgramHarness.programsDirectory.deletingLastPathComponent().appendingPathComponent(language == .cxx ? "cxx" : "lifetime")
    }

    static let all: [LifetimeProgram] = [
        // C++
        LifetimeProgram(name: "exceptions", language: .cxx, sources: ["exceptions_main.cpp", "exceptions_throw.cpp"], expectedStatus: 17),
        LifetimeProgram(name: "rtti", language: .cxx, sources: ["rtti_main.cpp", "rtti_shapes.cpp"], expectedStatus: 26),
        LifetimeProgram(name: "statics", language: .cxx, sources: ["statics_main.cpp", "statics_other.cpp"], expectedStatus: 13),
        LifetimeProgram(name: "registry", language: .cxx, sources: ["registry_main.cpp", "registry_plugins.cpp"], expectedStatus: 10),
        LifetimeProgram(name: "library", language: .cxx, sources: ["library_main.cpp", "library_words.cpp"], expectedStatus: 8),
        LifetimeProgram(name: "exit-mixed", language: .cxx, sources: ["exit_mixed.cpp"], expectedStatus: 4),
        LifetimeProgram(name: "uncaught", language: .cxx, sources: ["uncaught.cpp"], expected: .signal(SIGABRT)),
        // The same two with g++ making template statics and statics of inline functions weak
        // instead of STB_GNU_UNIQUE (the other binding a COMDAT group's variables come with).
        LifetimeProgram(name: "registry-no-gnu-unique", language: .cxx, sources: ["registry_main.cpp", "registry_plugins.cpp"],
                        cflags: ["-fno-gnu-unique"], compilers: [.gxx], models: [.compilerDefault], expectedStatus: 10),
        LifetimeProgram(name: "library-no-gnu-unique", language: .cxx, sources: ["library_main.cpp", "library_words.cpp"],
                        cflags: ["-fno-gnu-unique"], compilers: [.gxx], models: [.compilerDefault], expectedStatus: 8),
        // C
        LifetimeProgram(name: "atexit-order", language: .c, sources: ["atexit_order.c"], expectedStatus: 7),
        LifetimeProgram(name: "priorities", language: .c, sources: ["priorities.c"], expectedStatus: 11),
        LifetimeProgram(name: "priorities-two-objects", language: .c, sources: ["priorities_a.c", "priorities_b.c"], expectedStatus: 12),
        LifetimeProgram(name: "exit-pending", language: .c, sources: ["exit_pending.c"], expectedStatus: 5),
        LifetimeProgram(name: "atexit-nested", language: .c, sources: ["atexit_nested.c"], expectedStatus: 3),
        // Thread-locals (position-independent code: Debian's default PIE code uses the
        // initial-exec model, which Orca rejects with a message pointing at -fPIC).
        LifetimeProgram(name: "tls-threads", language: .c, sources: ["tls_threads.c"], models: [.pic], expectedStatus: 15),
        LifetimeProgram(name: "tls-extern", language: .c, sources: ["tls_extern_main.c", "tls_extern_definition.c"], models: [.pic],
                        expectedStatus: 42),
        LifetimeProgram(name: "thread-local-cxx", language: .cxx, sources: ["thread_local.cpp"], models: [.pic], expectedStatus: 5),
    ]
}

extension ProgramBuild {
    /// Every build of a lifetime program: its language's compilers, -O0 and -O2, and for C++
    /// also -fPIC.
    static func builds(of program: LifetimeProgram) -> [ProgramBuild] {
        all(program.compilers ?? (program.language == .cxx ? [.clangxx, .gxx] : [.clang, .gcc]),
            program.models ?? (program.language == .cxx ? [.compilerDefault, .pic] : [.compilerDefault]))
    }
}

/// A program and one build of it: one test case.
struct LifetimeCase: Sendable, CustomTestStringConvertible {
    let program: LifetimeProgram
    let build: ProgramBuild

    var testDescription: String { "\(program.name) \(build.testDescription)" }

    static let all: [LifetimeCase] = LifetimeProgram.all.flatMap { program in
        ProgramBuild.builds(of: program).map { LifetimeCase(program: program, build: $0) }
    }
}

@Suite("Lifetime programs: C++ and C start-up / shut-down under orca run match the native link")
struct LifetimeProgramTests {
    @Test("Program output and status match the natively linked program", arguments: LifetimeCase.all)
    func programMatchesNativeLink(_ item: LifetimeCase) async throws {
        try await ProgramHarness.withSlot {
            try await check(item)
        }
    }

    private func check(_ item: LifetimeCase) async throws {
        let (program, build) = (item.program, item.build)
        let orca = try ProgramHarness.orcaExecutable()
        let compiler = try ProgramHarness.tool(build.compiler.rawValue)
        let directory = try ProgramHarness.temporaryDirectory("orca-lifetime-\(program.name)")
        var keepDirectory = true
        defer { if !keepDirectory { try? FileManager.default.removeItem(at: directory) } }

        var objects: [String] = []
        for source in program.sources {
            let object = directory.appendingPathComponent((source as NSString).deletingPathExtension + ".o").path
            let input = program.directory.appendingPathComponent(source).path
            try await ProgramHarness.build(compiler, build.compileFlags + program.cflags + ["-c", input, "-o", object], in: directory)
            objects.append(object)
        }
        let executable = directory.appendingPathComponent(program.name)
        try await ProgramHarness.build(compiler, objects + ["-o", executable.path], in: directory)
        let native = try await ProgramHarness.run(executable, [], in: directory)
        #expect(native.termination == program.expected, "the natively linked \(program.name) itself: \(native)")

        let orcaArguments = ["run"] + objects
        func runOrca() async throws -> ProcessOutcome {
            try await ProgramHarness.run(orca, orcaArguments, in: directory, environment: ["SWIFT_BACKTRACE": "enable=no"])
        }
        let jit = try await runOrca()
        let context = "orca \(orcaArguments.joined(separator: " ")) (kept in \(directory.path))"
        let differences = ProgramHarness.differences(orca: jit, native: native)
        let same = differences.isEmpty
        #expect(same, "\(context):\n\(differences.joined(separator: "\n"))")
        keepDirectory = !same
    }
}
