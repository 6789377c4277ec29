// ChildBaseline.swift — runs LLVM 14's side of a benchmark in a child process of this same
// executable, so that neither side's heap or address space affects the other: resident memory is
// per process, and LLJIT's RuntimeDyld, which does not check that its 32-bit relocations reach,
// can crash next to a large JIT reservation.

import Foundation

enum ChildBaseline {
    /// Runs this executable with `arguments` and returns what it printed.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw LLVMBaselineError(description: "the LLVM 14 baseline process failed (status \(process.terminationStatus))")
        }
        return text
    }

    /// The `count` numbers on the line of a baseline's `output` that starts with `name`, if
    /// there is such a line.
    static func figures(_ name: String, count: Int, in output: String) -> [Double]? {
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.first.map(String.init) == name, fields.count == count + 1 else { continue }
            let numbers = fields.dropFirst().compactMap { Double($0) }
            if numbers.count == count { return numbers }
        }
        return nil
    }
}
