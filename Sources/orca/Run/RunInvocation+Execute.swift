// RunInvocation+Execute.swift — builds the JIT for `orca run`, links on demand, calls main.

import Foundation
import OrcaCore
import OrcaLink

extension RunInvocation {
    func execute() throws {
        let clock = PhaseClock()
        let session = ExecutionSession()
        let firstError = Locked<(any Error)?>(nil)
        session.errorReporter = { error in firstError.withLock { if $0 == nil { $0 = error } } }
        let main = try session.createJITDylib(named: "main")
        let objects = try inputs.compactMap { input -> ObjectFile? in
            guard case let .object(path) = input else { return nil }
            return try ObjectFile(contentsOf: path)
        }
        // A program with non-PIC objects is placed below 2 GiB as a whole, as a native link would.
        let nonPIC = try objects.contains { try $0.requiresLowAddresses() }
        let layer = try ObjectLinkingLayer(session: session, placement: nonPIC ? .low32Bit : .automatic)

        var nextObject = objects.makeIterator()
        for input in inputs {
            switch input {
            case .object: try layer.add(nextObject.next()!, to: main)
            case let .archive(path): main.addGenerator(try StaticArchive(path: path, layer: layer))
            case let .sharedLibrary(path): try add(LibrarySearch.files(forShared: path), to: main, layer: layer)
            case let .library(name): try add(LibrarySearch.resolve(name, directories: libraryDirectories), to: main, layer: layer)
            }
        }
        main.addGenerator(DynamicLibrarySymbols.hostProcess())
        let parsed = clock.lap()

        // As in a native program: initializers before main, destructors (registered with
        // atexit / __cxa_atexit, and finalizers) when the process exits.
        ProgramLauncher.endSessionAtExit(session)
        let entryAddress: ExecutorAddress
        do {
            try layer.initialize(main)
            entryAddress = try session.lookup(entry, in: main).address
        } catch {
            throw firstError.withLock { $0 } ?? error
        }
        let linked = clock.lap()
        if showTimes {
            report(String(format: "orca: parse %.3f ms, link %.3f ms", parsed * 1e3, linked * 1e3))
        }
        if showStatistics {
            let statistics = layer.memoryStatistics
            report("orca: JIT memory: \(statistics.inUse) B in use, \(statistics.committed) B committed, \(statistics.reserved) B reserved; \(main.symbolCount) symbols")
        }
        if showTimes { ProgramLauncher.reportRunTimeAtExit(since: clock) }
        let status = ProgramLauncher.callMain(at: entryAddress, arguments: [programName] + programArguments)
        exit(status)
    }

    private func add(_ files: [LibraryFile], to jitDylib: JITDylib, layer: ObjectLinkingLayer) throws {
        for file in files {
            switch file {
            case let .shared(path): jitDylib.addGenerator(try DynamicLibrarySymbols.open(path))
            case let .archive(path): jitDylib.addGenerator(try StaticArchive(path: path, layer: layer))
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
