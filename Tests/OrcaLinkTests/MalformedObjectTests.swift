// MalformedObjectTests.swift — broken and unsupported inputs, made at test time from a real
// object: each must give a specific LinkError naming the file and what is wrong, leave no JIT
// memory behind, and leave the session and JITDylib able to link and run a good object. Also
// through `orca run`: exit status 1 and one line on stderr.

import Foundation
import OrcaCore
import OrcaLink
import ProgramHarness
import Testing

/// The object every malformed input is made from; `main` is there for `orca run`, `zeroes`
/// gives it a .bss section.
private let baseSource = """
    int counter;
    static int zeroes[4];
    static int add1(int x) { return x + 1 + counter + zeroes[x & 3]; }
    int twice(int x) { return add1(x) * 2; }
    int main(void) { return twice(20) - 42; }
    """

private let undefinedSource = """
    int definitely_not_defined_anywhere(int);
    int calls_missing(int x) { return definitely_not_defined_anywhere(x) + 1; }
    int main(void) { return calls_missing(1); }
    """

/// Compiles `source` with the toolchain's clang (-O0 -fPIC, plus `flags`) and returns the
/// output's bytes.
private func compileC(_ source: String, name: String, flags: [String] = ["-c"]) async throws -> [UInt8] {
    let clang = try ProgramHarness.tool("clang")
    let directory = try ProgramHarness.temporaryDirectory("orca-malformed")
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("\(name).c"), output = directory.appendingPathComponent("\(name).out")
    try source.write(to: input, atomically: true, encoding: .utf8)
    try await ProgramHarness.build(clang, ["-O0", "-fPIC"] + flags + [input.path, "-o", output.path], in: directory)
    return [UInt8](try Data(contentsOf: output))
}

/// Reads and patches an ELF64 little-endian file, enough to corrupt it in precise places.
private struct ELFPatcher {
    var bytes: [UInt8]

    func u16(_ at: Int) -> UInt16 { bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: UInt16.self) } }
    func u32(_ at: Int) -> UInt32 { bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: UInt32.self) } }
    func u64(_ at: Int) -> UInt64 { bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: UInt64.self) } }
    mutating func set<T: FixedWidthInteger>(_ value: T, at: Int) {
        bytes.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: at, as: T.self) }
    }

    var sectionHeaderTable: Int { Int(u64(40)) }
    var sectionCount: Int { Int(u16(60)) }
    func header(_ index: Int) -> Int { sectionHeaderTable + index * 64 }
    func type(_ index: Int) -> UInt32 { u32(header(index) + 4) }
    func offset(_ index: Int) -> Int { Int(u64(header(index) + 24)) }
    func size(_ index: Int) -> Int { Int(u64(header(index) + 32)) }

    private func string(at offset: Int) -> String {
        String(decoding: bytes[offset...].prefix { $0 != 0 }, as: UTF8.self)
    }

    func sectionName(_ index: Int) -> String {
        string(at: offset(Int(u16(62))) + Int(u32(header(index))))
    }

    func section(named name: String) throws -> Int {
        try #require((0..<sectionCount).first { sectionName($0) == name }, "no section \(name)")
    }

    var symbolTable: Int { (0..<sectionCount).first { type($0) == 2 }! }

    /// The file offset of symbol `name`'s entry, and its index.
    func symbol(named name: String) throws -> (entry: Int, index: Int) {
        let table = symbolTable, strings = offset(Int(u32(header(table) + 40)))
        for index in 0..<(size(table) / 24) {
            let entry = offset(table) + index * 24
            if string(at: strings + Int(u32(entry))) == name { return (entry, index) }
        }
        throw HarnessError("no symbol \(name)")
    }

    /// The file offset of the entry of `.rela<section>` that refers to symbol `name`.
    func relocation(in section: String, against name: String) throws -> Int {
        let rela = try self.section(named: ".rela\(section)"), symbol = try symbol(named: name).index
        for index in 0..<(size(rela) / 24) {
            let entry = offset(rela) + index * 24
            if Int(u64(entry + 8) >> 32) == symbol { return entry }
        }
        throw HarnessError("no relocation in \(section) against \(name)")
    }
}

/// One way of breaking the input, and the error it must give.
enum MalformedInput: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case truncatedToHalf, truncatedInsideHeader, corruptSectionHeaderOffset, sectionPastEndOfFile, sectionSizePastEndOfFile,
         symbolInMissingSection, symbolNameOutsideStringTable, unknownRelocationType, threadLocalRelocation,
         relocationOutsideSection, relocationAgainstMissingSymbol, undefinedSymbol, notELF, sharedObject,
         elf32, otherMachine, bssTooLargeForJITMemory, threadLocalVariable, indirectFunction, largeCodeModel,
         namesInNoBitsSection, hugeSectionAlignment, hugeBSSSize, hugeCommonAlignment, hugeCommonSize

    var testDescription: String { rawValue }

    /// Inputs whose sizes and alignments would overflow arithmetic if they were not checked.
    static let hostile: [MalformedInput] = [.namesInNoBitsSection, .hugeSectionAlignment, .hugeBSSSize, .hugeCommonAlignment, .hugeCommonSize]

    enum Expected {
        case malformed([String])
        case unsupported([String])
        case undefined([String])
        /// Some LinkError whose description has these parts.
        case anyLinkError([String])
    }

    /// The broken bytes (from the base object, or compiled otherwise), the symbol whose lookup
    /// triggers linking, and the error expected.
    func make() async throws -> (bytes: [UInt8], lookup: String, expected: Expected) {
        if self == .undefinedSymbol {
            return (try await compileC(undefinedSource, name: "undefined"), "calls_missing",
                    .undefined(["definitely_not_defined_anywhere"]))
        }
        switch self {
        case .threadLocalVariable:
            // Position-dependent code reaches thread-locals through the thread pointer (local
            // exec), which JIT'd code cannot: a clear error pointing at -fPIC.
            return (try await compileC("__thread int tls_counter;\nint bump(void) { return ++tls_counter; }\nint main(void) { return bump(); }\n",
                                       name: "tls", flags: ["-c", "-O2", "-fno-pic"]), "bump", .unsupported(["R_X86_64_TPOFF32", "tls_counter", "-fPIC"]))
        case .indirectFunction:
            let source = """
                static int implementation(void) { return 3; }
                static void *resolve(void) { return (void *)implementation; }
                int chosen(void) __attribute__((ifunc("resolve")));
                int main(void) { return chosen(); }
                """
            return (try await compileC(source, name: "ifunc"), "main", .unsupported(["'chosen'", "STT_GNU_IFUNC"]))
        case .largeCodeModel:
            return (try await compileC(baseSource, name: "large", flags: ["-mcmodel=large", "-c"]), "twice",
                    .unsupported(["R_X86_64_GOT64", ".ltext", "'counter'"]))
        default:
            break
        }
        if self == .sharedObject {
            return (try await compileC(baseSource, name: "shared", flags: ["-shared"]), "twice",
                    .unsupported(["ELF type 3", "not a relocatable object"]))
        }
        let common = self == .hugeCommonAlignment || self == .hugeCommonSize
        var elf = ELFPatcher(bytes: try await compileC(baseSource, name: "base", flags: common ? ["-fcommon", "-c"] : ["-c"]))
        let text = try elf.section(named: ".text")
        switch self {
        case .truncatedToHalf:
            elf.bytes.removeLast(elf.bytes.count / 2)
            return (elf.bytes, "twice", .malformed(["section header table", "lies outside the file"]))
        case .truncatedInsideHeader:
            elf.bytes.removeLast(elf.bytes.count - 40)
            return (elf.bytes, "twice", .malformed(["not an ELF file"]))
        case .corruptSectionHeaderOffset:
            elf.set(UInt64(0x7fff_ffff_0000), at: 40)
            return (elf.bytes, "twice", .malformed(["section header table", "lies outside the file"]))
        case .sectionPastEndOfFile:
            elf.set(UInt64(elf.bytes.count + 4096), at: elf.header(text) + 24)
            return (elf.bytes, "twice", .malformed(["section \(text)", "lies outside the file"]))
        case .sectionSizePastEndOfFile:
            elf.set(UInt64.max - 8, at: elf.header(text) + 32)
            return (elf.bytes, "twice", .malformed(["section \(text)", "lies outside the file"]))
        case .symbolInMissingSection:
            elf.set(UInt16(0x7000), at: try elf.symbol(named: "twice").entry + 6)
            return (elf.bytes, "twice", .malformed(["'twice'", "section 28672", "does not exist"]))
        case .symbolNameOutsideStringTable:
            let symbol = try elf.symbol(named: "twice")
            elf.set(UInt32(0x00ff_ffff), at: symbol.entry)
            return (elf.bytes, "main", .malformed(["symbol \(symbol.index)", "outside its string table"]))
        case .unknownRelocationType:
            elf.set(UInt32(0x7f), at: try elf.relocation(in: ".text", against: "counter") + 8)
            return (elf.bytes, "twice", .unsupported(["relocation type 127", ".text", "'counter'"]))
        case .threadLocalRelocation:
            elf.set(UInt32(23), at: try elf.relocation(in: ".text", against: "counter") + 8)
            return (elf.bytes, "twice", .unsupported(["R_X86_64_TPOFF32", ".text", "'counter'", "thread-local"]))
        case .relocationOutsideSection:
            elf.set(UInt64(0x10_0000), at: try elf.relocation(in: ".text", against: "counter"))
            return (elf.bytes, "twice", .malformed(["R_X86_64_REX_GOTPCRELX", ".text+0x100000", "outside the section"]))
        case .relocationAgainstMissingSymbol:
            elf.set(UInt32(9999), at: try elf.relocation(in: ".text", against: "counter") + 12)
            return (elf.bytes, "twice", .malformed([".text", "symbol 9999", "does not exist"]))
        case .notELF:
            let text = String(repeating: "this is not an object file\n", count: 20)
            return (Array(text.utf8), "twice", .malformed(["not an ELF file"]))
        case .elf32:
            elf.bytes[4] = 1
            return (elf.bytes, "twice", .unsupported(["64-bit"]))
        case .otherMachine:
            elf.set(UInt16(183), at: 18)
            return (elf.bytes, "twice", .unsupported(["machine 183", "x86-64"]))
        case .bssTooLargeForJITMemory:
            elf.set(UInt64(1) << 40, at: elf.header(try elf.section(named: ".bss")) + 32)
            return (elf.bytes, "twice", .anyLinkError([]))
        case .namesInNoBitsSection:
            let bss = try elf.section(named: ".bss")
            elf.set(UInt64.max - 2, at: elf.header(bss) + 24)
            elf.set(UInt16(bss), at: 62)
            return (elf.bytes, "twice", .malformed([]))
        case .hugeSectionAlignment:
            elf.set(UInt64(1) << 63, at: elf.header(text) + 48)
            return (elf.bytes, "twice", .anyLinkError([".text"]))
        case .hugeBSSSize:
            elf.set(UInt64.max - 15, at: elf.header(try elf.section(named: ".bss")) + 32)
            return (elf.bytes, "twice", .anyLinkError([]))
        case .hugeCommonAlignment:
            elf.set(UInt64(1) << 63, at: try elf.symbol(named: "counter").entry + 8)
            return (elf.bytes, "twice", .anyLinkError(["'counter'"]))
        case .hugeCommonSize:
            elf.set(UInt64.max - 1, at: try elf.symbol(named: "counter").entry + 16)
            return (elf.bytes, "twice", .anyLinkError(["'counter'"]))
        case .undefinedSymbol, .sharedObject, .threadLocalVariable, .indirectFunction, .largeCodeModel:
            fatalError("handled above")
        }
    }
}

/// The LinkError behind an error: itself, or the cause of a materialization failure.
private func linkError(in error: any Error) -> LinkError? {
    if let error = error as? LinkError { return error }
    if case let .failedToMaterialize(_, underlying?)? = error as? OrcError { return linkError(in: underlying) }
    return nil
}

/// A session and JITDylib (with the host's symbols) and a layer with JIT memory of its own
/// (so that the leak check is not disturbed by tests running in parallel). The memory is below
/// 2 GiB: a manager near the host's libraries cannot be created once the process-wide one
/// exists (an Orca bug, see the report), and these objects need no particular placement.
private struct MalformedFixture {
    let session = ExecutionSession()
    let jd: JITDylib
    let memory: JITMemoryManager
    let layer: ObjectLinkingLayer

    init() throws {
        jd = try session.createJITDylib(named: "main")
        jd.addGenerator(DynamicLibrarySymbols.hostProcess())
        memory = try JITMemoryManager(placement: .low32Bit, reservationSize: 16 << 20)
        layer = try ObjectLinkingLayer(session: session, memory: memory)
    }

    func call(_ name: String, _ argument: Int32) throws -> Int32 {
        let address = try session.lookup(name, in: jd).address
        let function = unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address.rawValue)), to: (@convention(c) (Int32) -> Int32).self)
        return function(argument)
    }
}

@Suite("Malformed and unsupported objects")
struct MalformedObjectTests {
    @Test("A malformed object gives a specific LinkError, and the JITDylib still links a good object", arguments: MalformedInput.allCases)
    func malformedObject(_ input: MalformedInput) async throws {
        let (bytes, lookupName, expected) = try await input.make()
        let good = ObjectFile(name: "good.o", bytes: try await compileC(baseSource, name: "good"))
        let f = try MalformedFixture()
        let name = "broken-\(input.rawValue).o"
        let inUseBefore = f.memory.statistics.inUse

        let tracker = f.jd.createResourceTracker()
        var thrown: (any Error)?
        do {
            try f.layer.add(ObjectFile(name: name, bytes: bytes), to: f.jd, tracker: tracker)
            _ = try await f.session.lookup(lookupName, in: f.jd)
        } catch {
            thrown = error
        }
        let caught = try #require(thrown, "\(input): adding and looking up '\(lookupName)' succeeded")
        let error = try #require(linkError(in: caught), "\(input): not a LinkError: \(caught)")
        func checkError() {
            let message = "\(error)"
            #expect(message.contains(name), "\(input): the message does not name the file: \(message)")
            switch (expected, error) {
            case let (.malformed(parts), .malformed(file, detail)), let (.unsupported(parts), .unsupported(file, detail)):
                #expect(file == name)
                for part in parts { #expect(detail.contains(part), "\(input): '\(part)' missing from: \(message)") }
            case let (.undefined(symbols), .undefinedSymbols(file, found)):
                #expect(file == name)
                #expect(found == symbols)
            case let (.anyLinkError(parts), _):
                for part in parts { #expect(message.contains(part), "\(input): '\(part)' missing from: \(message)") }
            default:
                Issue.record("\(input): expected \(expected), got \(message)")
            }
        }
        checkError()
        #expect(f.memory.statistics.inUse == inUseBefore, "\(input): a failed link left JIT memory in use")

        // The same session and JITDylib still link and run a good object (with the same names).
        try tracker.remove()
        try f.layer.add(good, to: f.jd)
        #expect(try f.call("twice", 20) == 42)
        #expect(try f.call("twice", -1) == 0)
    }

    @Test("Several failures in a row leave one JITDylib usable, with no JIT memory leaked")
    func failuresInSequence() async throws {
        let f = try MalformedFixture()
        let inUseBefore = f.memory.statistics.inUse
        for input in [MalformedInput.unknownRelocationType, .symbolInMissingSection, .threadLocalRelocation, .undefinedSymbol] {
            let (bytes, lookupName, _) = try await input.make()
            let tracker = f.jd.createResourceTracker()
            #expect(throws: (any Error).self, "\(input)") {
                try f.layer.add(ObjectFile(name: "\(input.rawValue).o", bytes: bytes), to: f.jd, tracker: tracker)
                _ = try f.session.lookup(lookupName, in: f.jd)
            }
            try tracker.remove()
        }
        #expect(f.memory.statistics.inUse == inUseBefore)
        try f.layer.add(ObjectFile(name: "good.o", bytes: try await compileC(baseSource, name: "good")), to: f.jd)
        #expect(try f.call("twice", 100) == 202)
    }

    @Test("orca run reports a bad input as one line on stderr and exits with status 1",
          arguments: [MalformedInput.unknownRelocationType, .truncatedToHalf, .undefinedSymbol, .notELF, .sharedObject,
                      .threadLocalVariable, .bssTooLargeForJITMemory]
              + MalformedInput.hostile)
    func orcaRunReportsOneLine(_ input: MalformedInput) async throws {
        let orca = try ProgramHarness.orcaExecutable()
        let (bytes, _, expected) = try await input.make()
        let directory = try ProgramHarness.temporaryDirectory("orca-malformed-run")
        defer { try? FileManager.default.removeItem(at: directory) }
        // A .so suffix would make orca dlopen it; the shared object is passed as if it were an object.
        let file = directory.appendingPathComponent("broken-\(input.rawValue).o")
        try Data(bytes).write(to: file)
        let outcome = try await ProgramHarness.run(orca, ["run", file.path], in: directory, timeout: .seconds(30),
                                                   environment: ["SWIFT_BACKTRACE": "enable=no"])
        var problems: [String] = []
        if outcome.termination != .exit(1) { problems.append("status: \(outcome.termination), expected exit 1") }
        if !outcome.stdout.isEmpty { problems.append("stdout is not empty: \(outcome.stdout.prefix(200).debugDescription)") }
        let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        if !(lines.count == 2 && lines[1].isEmpty) { problems.append("expected exactly one line on stderr") }
        let line = String(lines.first ?? "")
        if !line.hasPrefix("orca: error: ") { problems.append("the line does not start with 'orca: error: '") }
        if !line.contains(file.path) { problems.append("the line does not name the file") }
        let parts: [String] = switch expected {
        case let .malformed(parts), let .unsupported(parts), let .undefined(parts), let .anyLinkError(parts): parts
        }
        for part in parts where !line.contains(part) { problems.append("'\(part)' is missing") }
        func check() {
            #expect(problems.isEmpty, "\(input): \(problems.joined(separator: "; ")); stderr: \(outcome.stderr.prefix(600).debugDescription)")
        }
        check()
    }
}
