// CAPIHostTests.swift — C hosts of LLVM 14's ORC C API give the same results on stock LLVM 14
// and with Orca's liborca-llvm14.so preloaded: Inputs/host.c, written the way PostgreSQL's
// llvmjit.c uses the API (and Orca's statistics show that Orca compiled and removed every
// module), and Inputs/custom_units.c, custom materialization units and their responsibilities.

import Foundation
import ProgramHarness
import Testing

@Suite struct CAPIHostTests {
    static let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs")

    /// Builds `Inputs/NAME.c` against LLVM 14 into `directory`.
    static func buildHost(_ name: String, in directory: URL) async throws -> URL {
        let host = directory.appendingPathComponent(name)
        try await ProgramHarness.build(try ProgramHarness.tool("clang"), [
            "-O1", "-rdynamic", inputs.appendingPathComponent("\(name).c").path, "-I/usr/lib/llvm-14/include", "-L/usr/lib/llvm-14/lib",
            "-lLLVM-14", "-Wl,-rpath,/usr/lib/llvm-14/lib", "-o", host.path,
        ], in: directory)
        return host
    }

    @Test("Custom materialization units behave the same on stock LLVM 14 and on Orca")
    func customUnitsRunOnOrca() async throws {
        let directory = try ProgramHarness.temporaryDirectory("orca-capi-units")
        defer { try? FileManager.default.removeItem(at: directory) }
        let host = try await Self.buildHost("custom_units", in: directory)
        let stock = try await ProgramHarness.run(host, [], in: directory)
        let orca = try await ProgramHarness.run(host, [], in: directory,
                                                environment: ["LD_PRELOAD": try ProgramHarness.builtProduct("liborca-llvm14.so").path])
        #expect(stock.termination == .exit(0) && orca.termination == .exit(0), "stock: \(stock); Orca: \(orca)")
        #expect(orca.stdout == stock.stdout, "Orca printed:\n\(orca.stdout)\nstock LLVM 14 printed:\n\(stock.stdout)")
        #expect(stock.stdout.contains("lookup produced: times_two(21) = 42"))
        #expect(stock.stdout.contains("materialized 3, destroyed 3, discarded 1, transformed 1"))
    }

    @Test("A C host runs the same on stock LLVM 14 and on Orca (LD_PRELOAD)")
    func hostRunsOnOrca() async throws {
        let directory = try ProgramHarness.temporaryDirectory("orca-capi")
        defer { try? FileManager.default.removeItem(at: directory) }
        let host = try await Self.buildHost("host", in: directory)
        let queries = "300"
        let stock = try await ProgramHarness.run(host, [queries], in: directory)
        #expect(stock.termination == .exit(0), "stock LLVM 14: \(stock)")

        let statistics = directory.appendingPathComponent("statistics")
        try FileManager.default.createDirectory(at: statistics, withIntermediateDirectories: true)
        let library = try ProgramHarness.builtProduct("liborca-llvm14.so")
        let orca = try await ProgramHarness.run(host, [queries], in: directory, environment: [
            "LD_PRELOAD": library.path, "ORCA_LLVM14_STATISTICS": statistics.path,
        ])
        #expect(orca.termination == .exit(0), "on Orca: \(orca)")
        #expect(orca.stdout == stock.stdout)
        #expect(stock.stdout.contains("queries 300, checksum"))

        let files = try FileManager.default.contentsOfDirectory(atPath: statistics.path)
        try #require(files.count == 1, "Orca wrote no statistics: the library was not used")
        let text = try String(contentsOf: statistics.appendingPathComponent(files[0]), encoding: .utf8)
        let values = Dictionary(uniqueKeysWithValues: text.split(separator: "\n").compactMap { line -> (String, Int)? in
            let fields = line.split(separator: " ")
            return fields.count == 2 ? (String(fields[0]), Int(fields[1]) ?? -1) : nil
        })
        #expect(values["lljits"] == 2)
        #expect(values["modules_added"] == 300)
        #expect(values["modules_compiled"] == 300)
        #expect(values["trackers_removed"] == 300)
        #expect(values["removals_failed"] == 0)
        #expect(values["jit_memory_in_use"] == 0)
    }
}
