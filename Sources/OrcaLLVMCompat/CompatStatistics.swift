// CompatStatistics.swift — what the C API layer has done in this process, written to a file a
// host's operator can read: modules added and compiled, trackers removed, JIT memory in use.
// Set ORCA_LLVM14_STATISTICS to a directory to get `orca-llvm14-<pid>.txt` there, rewritten
// after every tracker removal and when an LLJIT is disposed of.

import Glibc
import OrcaCore
import OrcaLLVM
import OrcaLink

enum CompatStatistics {
    private struct Counts {
        var jits = 0
        var modulesAdded = 0
        var compiledByDisposedJITs = 0
        var trackersRemoved = 0
        var removalsFailed = 0
        var layers: [WeakLayer] = []
    }

    private struct WeakLayer: @unchecked Sendable {
        // Invariant: only read under the counts' lock.
        weak var layer: IRCompileLayer?
    }

    private static let counts = Locked(Counts())
    private static let directory: String? = getenv("ORCA_LLVM14_STATISTICS").map { String(cString: $0) }

    static func register(_ layer: IRCompileLayer) {
        counts.withLock { counts in
            counts.jits += 1
            counts.layers.append(WeakLayer(layer: layer))
        }
    }

    /// Keeps the count of a JIT about to be disposed of.
    static func retire(_ layer: IRCompileLayer) {
        counts.withLock { counts in
            counts.compiledByDisposedJITs += layer.modulesCompiled
            counts.layers.removeAll { $0.layer == nil || $0.layer === layer }
        }
    }

    static func moduleAdded() { counts.withLock { $0.modulesAdded += 1 } }

    static func trackerRemoved(succeeded: Bool) {
        counts.withLock { counts in
            if succeeded { counts.trackersRemoved += 1 } else { counts.removalsFailed += 1 }
        }
        write()
    }

    /// The statistics as `key value` lines.
    static var report: String {
        let (jits, added, compiled, removed, failed) = counts.withLock { counts in
            (counts.jits, counts.modulesAdded,
             counts.layers.reduce(counts.compiledByDisposedJITs) { $0 + ($1.layer?.modulesCompiled ?? 0) }, counts.trackersRemoved,
             counts.removalsFailed)
        }
        let memory = (try? JITMemoryManager.shared().statistics.inUse) ?? 0
        return """
            pid \(getpid())
            lljits \(jits)
            modules_added \(added)
            modules_compiled \(compiled)
            trackers_removed \(removed)
            removals_failed \(failed)
            jit_memory_in_use \(memory)

            """
    }

    /// Rewrites the statistics file, if ORCA_LLVM14_STATISTICS names a directory.
    static func write() {
        guard let directory else { return }
        let path = "\(directory)/orca-llvm14-\(getpid()).txt"
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else { return }
        defer { close(file) }
        var text = report
        _ = text.withUTF8 { Glibc.write(file, $0.baseAddress, $0.count) }
    }
}
