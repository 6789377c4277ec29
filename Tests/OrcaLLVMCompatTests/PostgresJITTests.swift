// PostgresJITTests.swift — PostgreSQL 15's own JIT on Orca: runs scripts/postgres-jit.sh
// (a throwaway cluster with liborca-llvm14.so in shared_preload_libraries; the workload compared
// with no JIT and with stock LLVM 14; EXPLAIN's JIT functions and Orca's statistics; errors
// mid-query; 5,000 JIT'd queries in one backend within 2 MiB of RSS growth) with the library
// built for the tests. Skipped, with the reason, where PostgreSQL 15 is not installed.

import Foundation
import ProgramHarness
import Testing

@Suite struct PostgresJITTests {
    static let installed = FileManager.default.fileExists(atPath: "/usr/lib/postgresql/15/bin/postgres")
        && FileManager.default.fileExists(atPath: "/usr/lib/postgresql/15/lib/llvmjit.so")

    @Test("PostgreSQL 15's JIT runs on Orca: same results, code compiled and removed by Orca, flat backend memory",
          .enabled(if: installed, "PostgreSQL 15 with its LLVM JIT is not installed (/usr/lib/postgresql/15)"))
    func postgresRunsOnOrca() async throws {
        let script = ProgramHarness.repositoryRoot.appendingPathComponent("scripts/postgres-jit.sh")
        let library = try ProgramHarness.builtProduct("liborca-llvm14.so")
        let outcome = try await ProgramHarness.run(URL(fileURLWithPath: "/bin/bash"), [script.path, "--library", library.path],
                                                   in: ProgramHarness.repositoryRoot, timeout: .seconds(900))
        #expect(outcome.termination == .exit(0), "\(outcome.stdout)\n\(outcome.stderr)")
        #expect(outcome.stdout.contains("postgres-jit: all checks passed"), "\(outcome.stdout)")
        #expect(!outcome.stdout.contains("FAILED"))
        print(outcome.stdout)
    }
}
