// BenchReport.swift — timing, resident memory, and the side-by-side table benchmarks print.

import Foundation

/// Collects figures and prints them as an aligned table with Orca/LLVM ratios.
struct BenchReport {
    struct Row {
        let figure: String
        let orca: String
        let llvm: String
        let ratio: String
    }

    let title: String
    private(set) var rows: [Row] = []
    private(set) var notes: [String] = []

    init(title: String) { self.title = title }

    /// A figure measured on both sides, lower is better; the ratio is LLVM / Orca ("× faster").
    mutating func compare(_ figure: String, orca: Double, llvm: Double, unit: String) {
        rows.append(Row(figure: figure, orca: Self.format(orca, unit), llvm: Self.format(llvm, unit),
                        ratio: String(format: "%.1f× faster", llvm / orca)))
    }

    /// A figure with no LLVM counterpart.
    mutating func single(_ figure: String, orca: String, llvm: String = "—", ratio: String = "") {
        rows.append(Row(figure: figure, orca: orca, llvm: llvm, ratio: ratio))
    }

    mutating func note(_ text: String) { notes.append(text) }

    static func format(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "ns": String(format: "%.0f ns", value)
        case "µs": String(format: "%.2f µs", value)
        case "ms": String(format: "%.2f ms", value)
        default: String(format: "%.2f %@", value, unit)
        }
    }

    func print() {
        let header = Row(figure: "figure", orca: "Orca", llvm: "LLVM 14 LLJIT", ratio: "ratio")
        let all = [header] + rows
        let widths = (
            all.map(\.figure.count).max()!, all.map(\.orca.count).max()!, all.map(\.llvm.count).max()!
        )
        Swift.print(title)
        for row in all {
            Swift.print(row.figure.padding(toLength: widths.0, withPad: " ", startingAt: 0) + "  "
                + row.orca.padding(toLength: widths.1, withPad: " ", startingAt: 0) + "  "
                + row.llvm.padding(toLength: widths.2, withPad: " ", startingAt: 0) + "  " + row.ratio)
        }
        for note in notes { Swift.print("note: " + note) }
    }
}

/// Wall-clock time of `body`, in seconds.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Seconds per iteration of `body` (called with a running index), the best of `rounds` rounds
/// of `iterations / rounds` each: the machine is shared, and the best round is the one least
/// disturbed by other work.
func bestPerIteration(_ iterations: Int, rounds: Int = 5, _ body: (Int) throws -> Void) rethrows -> Double {
    let perRound = max(1, iterations / rounds)
    var best = Double.infinity
    var index = 0
    for _ in 0..<rounds {
        let seconds = try measure {
            for _ in 0..<perRound {
                try body(index)
                index += 1
            }
        }
        best = min(best, seconds / Double(perRound))
    }
    return best
}

/// The process's resident set size, in bytes (from /proc/self/statm).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}
