// RunInvocation+Execute.swift — builds the JIT for `orca run`, compiles and links on demand,
// calls main.

import Foundation
import Orca

extension RunInvocation {
    func execute() throws {
        let clock = PhaseClock()
        let objects = try inputs.compactMap { input -> ObjectFile? in
            switch input {
            case let .object(path): try ObjectFile(contentsOf: path)
            case let .source(path): try SourceCompiler.compile(path, level: optimization ?? .O2)
            default: nil
            }
        }
        // A program with non-PIC objects is placed below 2 GiB as a whole, as a native link would.
        let nonPIC = try objects.contains { try $0.requiresLowAddresses() }
        let jit = try JIT(options: JITOptions(optimization: optimization, codegen: optimization ?? .O2, placement: nonPIC ? .low32Bit : .automatic))
        let firstError = Locked<(any Error)?>(nil)
        jit.session.errorReporter = { error in firstError.withLock { if $0 == nil { $0 = error } } }

        var nextObject = objects.makeIterator()
        for input in inputs {
            switch input {
            case .object, .source: try jit.addObjectFile(nextObject.next()!)
            case let .ir(path): try jit.addBitcode(try Array(Data(contentsOf: URL(fileURLWithPath: path))), name: path)
            case let .archive(path): try jit.addArchive(path)
            case let .sharedLibrary(path): try add(LibrarySearch.files(forShared: path), to: jit)
            case let .library(name): try add(LibrarySearch.resolve(name, directories: libraryDirectories), to: jit)
            }
        }
        let parsed = clock.lap()

        // As in a native program: initializers before main, destructors (registered with
        // atexit / __cxa_atexit, and finalizers) when the process exits.
        ProgramLauncher.endSessionAtExit(jit.session)
        do {
            try jit.objectLayer.initialize(jit.mainJITDylib)
            _ = try jit.lookup(entry)
        } catch {
            throw firstError.withLock { $0 } ?? error
        }
        let linked = clock.lap()
        if showTimes {
            report(String(format: "orca: parse %.3f ms, compile and link %.3f ms", parsed * 1e3, linked * 1e3))
        }
        if showStatistics {
            let statistics = jit.memoryStatistics
            report("orca: JIT memory: \(statistics.inUse) B in use, \(statistics.committed) B committed, \(statistics.reserved) B reserved; "
                + "\(jit.mainJITDylib.symbolCount) symbols, \(jit.compileLayer.modulesCompiled) modules compiled")
        }
        if showTimes { ProgramLauncher.reportRunTimeAtExit(since: clock) }
        exit(try jit.runMain(arguments: [programName] + programArguments, entry: entry))
    }

    private func add(_ files: [LibraryFile], to jit: JIT) throws {
        for file in files {
            switch file {
            case let .shared(path): try jit.addLibrary(path)
            case let .archive(path): try jit.addArchive(path)
            }
        }
    }
}

/// Writes a line to stderr.
func report(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Time since the last lap.
final class PhaseClock: Sendable {
    private let last = Locked(DispatchTime.now().uptimeNanoseconds)

    /// Seconds since the previous lap (or creation).
    func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        return last.withLock { last in
            defer { last = now }
            return Double(now - last) / 1e9
        }
    }
}
