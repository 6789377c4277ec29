// CAPIHostTests.swift — a C host of LLVM 14's ORC C API (Inputs/host.c, written the way
// PostgreSQL's llvmjit.c uses the API) gives the same results on stock LLVM 14 and with Orca's
// liborca-llvm14.so preloaded, and Orca's statistics show that Orca compiled and removed every
// module.

import Foundation
import ProgramHarness
import Testing

@Suite struct CAPIHostTests {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs/host.c")

    @Test("A C host runs the same on stock LLVM 14 and on Orca (LD_PRELOAD)")
    func hostRunsOnOrca() async throws {
        let directory = try ProgramHarness.temporaryDirectory("orca-capi")
        defer { try? FileManager.default.removeItem(at: directory) }
        let host = directory.appendingPathComponent("host")
        try await ProgramHarness.build(try ProgramHarness.tool("clang"), [
            "-O1", "-rdynamic", Self.source.path, "-I/usr/lib/llvm-14/include", "-L/usr/lib/llvm-14/lib", "-lLLVM-14",
            "-Wl,-rpath,/usr/lib/llvm-14/lib", "-o", host.path,
        ], in: directory)
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
