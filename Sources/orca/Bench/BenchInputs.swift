// BenchInputs.swift — the C programs the link benchmarks use, compiled at run time by the
// toolchain's clang.

import Foundation

enum BenchInputs {
    /// `int twice(int)` calling a helper, with a global: one small object.
    static let small = """
        int counter;
        int add1(int x) { return x + 1 + counter; }
        int twice(int x) { return add1(x) * 2; }
        """

    /// The same with file-local helpers, so that copies differ only in the exported name.
    static let smallStatic = """
        static int counter;
        static int add1(int x) { return x + 1 + counter++; }
        int twice(int x) { return add1(x) * 2; }
        """

    /// A real program over Debian's static SQLite.
    static let sqlite = """
        #include <sqlite3.h>
        #include <stdio.h>
        static int row(void *unused, int count, char **values, char **names) {
            for (int i = 0; i < count; i++) printf("%s%s", values[i] ? values[i] : "NULL", i + 1 < count ? "|" : "\\n");
            return 0;
        }
        int main(void) {
            sqlite3 *db; char *error = 0;
            sqlite3_open(":memory:", &db);
            sqlite3_exec(db, "create table t(a, b); insert into t values (1, 2), (3, 4); select a + b from t;", row, 0, &error);
            if (error) printf("error %s\\n", error);
            sqlite3_close(db);
            return 0;
        }
        """

    struct CompileError: Error, CustomStringConvertible { let description: String }

    /// Compiles `source` with clang into `directory/name.o`; returns the object's path.
    static func compile(_ source: String, name: String, in directory: URL, flags: [String] = ["-O2", "-fPIC"]) throws -> String {
        let sourcePath = directory.appendingPathComponent("\(name).c").path
        let objectPath = directory.appendingPathComponent("\(name).o").path
        try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["clang", "-c", sourcePath, "-o", objectPath] + flags
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CompileError(description: "clang failed to compile \(name).c") }
        return objectPath
    }

    /// A scratch directory, removed by the caller.
    static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orca-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// `bytes` with the string-table entry "twice" renamed to `name` (same length).
    static func renamingTwice(_ bytes: [UInt8], to name: String) -> [UInt8] { renaming(bytes, "twice", to: name) }

    /// `bytes` with the string-table entry `old` renamed to `new` (of the same length).
    static func renaming(_ bytes: [UInt8], _ old: String, to new: String) -> [UInt8] {
        let pattern: [UInt8] = [0] + Array(old.utf8) + [0]
        var copy = bytes
        guard new.utf8.count == old.utf8.count,
              let start = (0...(bytes.count - pattern.count)).first(where: { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) })
        else { return copy }
        copy.replaceSubrange((start + 1)..<(start + 1 + old.utf8.count), with: Array(new.utf8))
        return copy
    }
}
