// SourceCompiler.swift — compiles C and C++ inputs of `orca run` to objects with the
// toolchain's clang, for convenience.

import Foundation
import Orca

enum SourceCompiler {
    static let cExtensions: Set<String> = ["c"]
    static let cxxExtensions: Set<String> = ["cpp", "cc", "cxx", "C"]

    /// Whether `path` names a C or C++ source file.
    static func isSource(_ path: String) -> Bool {
        let fileExtension = (path as NSString).pathExtension
        return cExtensions.contains(fileExtension) || cxxExtensions.contains(fileExtension)
    }

    struct CompileError: Error, CustomStringConvertible { let description: String }

    /// Compiles `path` to a position-independent object at `level` with clang (clang++ for C++)
    /// and returns it, read into memory.
    static func compile(_ path: String, level: OptimizationLevel) throws -> ObjectFile {
        let isCxx = cxxExtensions.contains((path as NSString).pathExtension)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orca-run-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let objectPath = directory.appendingPathComponent(((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".o").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [isCxx ? "clang++" : "clang", "-c", "-fPIC", "-O\(level.rawValue)", path, "-o", objectPath]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let firstError = message.split(separator: "\n").first { $0.contains("error") } ?? "exit status \(process.terminationStatus)"
            throw CompileError(description: "\(path): clang failed: \(firstError)")
        }
        let object = try ObjectFile(contentsOf: objectPath)
        return ObjectFile(name: path, bytes: object.bytes)
    }
}
