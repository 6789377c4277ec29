// LLJITBaseline.swift — the same work on LLVM 14's LLJIT, through its C API, in this process.

import CLLVM
import Foundation
import Dispatch

/// Errors from LLVM's side of a benchmark, with LLVM's message.
struct LLVMBaselineError: Error, CustomStringConvertible {
    let description: String
}

enum LLJITBaseline {
    /// Consumes an `LLVMErrorRef`, throwing its message if it is an error.
    static func check(_ error: LLVMErrorRef?, _ what: String) throws {
        guard let error else { return }
        let message = LLVMGetErrorMessage(error)
        defer { LLVMDisposeErrorMessage(message) }
        throw LLVMBaselineError(description: "LLVM 14: \(what): \(message.map { String(cString: $0) } ?? "unknown error")")
    }

    /// Creates an LLJIT for the host (default builder, as PostgreSQL and the anchors do).
    static func makeJIT() throws -> LLVMOrcLLJITRef {
        guard LLVMInitializeNativeTarget() == 0, LLVMInitializeNativeAsmPrinter() == 0 else {
            throw LLVMBaselineError(description: "LLVM 14: cannot initialise the native target")
        }
        var jit: LLVMOrcLLJITRef?
        try check(LLVMOrcCreateLLJIT(&jit, nil), "creating LLJIT")
        guard let jit else { throw LLVMBaselineError(description: "LLVM 14: LLJIT creation returned nothing") }
        return jit
    }

    /// Defines absolute symbols in the JIT's main JITDylib (default tracker).
    static func defineAbsolute(_ jit: LLVMOrcLLJITRef, _ symbols: [(String, UInt64)]) throws {
        var pairs = symbols.map { name, address in
            LLVMJITCSymbolMapPair(
                Name: LLVMOrcLLJITMangleAndIntern(jit, name),
                Sym: LLVMJITEvaluatedSymbol(
                    Address: address,
                    Flags: LLVMJITSymbolFlags(GenericFlags: UInt8(LLVMJITSymbolGenericFlagsExported.rawValue), TargetFlags: 0)))
        }
        let unit = LLVMOrcAbsoluteSymbols(&pairs, pairs.count)
        try check(LLVMOrcJITDylibDefine(LLVMOrcLLJITGetMainJITDylib(jit), unit), "defining absolute symbols")
    }

    /// Seconds per lookup of an already-ready symbol.
    static func readyLookup(count: Int) throws -> Double {
        let jit = try makeJIT()
        defer { LLVMConsumeError(LLVMOrcDisposeLLJIT(jit)) }
        try defineAbsolute(jit, [("twice", 0x1234)])
        var address: LLVMOrcExecutorAddress = 0
        try check(LLVMOrcLLJITLookup(jit, &address, "twice"), "lookup")
        var sum: UInt64 = 0
        let seconds = try measure {
            for _ in 0..<count {
                try check(LLVMOrcLLJITLookup(jit, &address, "twice"), "lookup")
                sum &+= address
            }
        }
        precondition(sum != 0)
        return seconds / Double(count)
    }

    /// Seconds per cycle of: define 10 absolute symbols, look each up, remove them (by clearing
    /// the main JITDylib, which holds nothing else).
    static func defineLookupRemove(cycles: Int, names: [String]) throws -> Double {
        let jit = try makeJIT()
        defer { LLVMConsumeError(LLVMOrcDisposeLLJIT(jit)) }
        let main = LLVMOrcLLJITGetMainJITDylib(jit)
        var sum: UInt64 = 0
        let seconds = try measure {
            for cycle in 0..<cycles {
                try defineAbsolute(jit, names.enumerated().map { ($1, UInt64(cycle &+ $0 &+ 1)) })
                var address: LLVMOrcExecutorAddress = 0
                for name in names {
                    try check(LLVMOrcLLJITLookup(jit, &address, name), "lookup")
                    sum &+= address
                }
                // Removing the default tracker and defining again corrupts LLVM 14's heap
                // (reproducible in plain C), so LLJIT's side clears the JITDylib instead.
                try check(LLVMOrcJITDylibClear(main), "clearing the JITDylib")
            }
        }
        precondition(sum != 0)
        return seconds / Double(cycles)
    }
}

extension LLJITBaseline {
    /// Seconds per add-object + lookup + call + remove cycle on LLJIT, and its resident growth.
    static func objectCycle(cycles: Int, object: [UInt8]) throws -> (seconds: Double, residentGrowth: Int) {
        let jit = try makeJIT()
        defer { LLVMConsumeError(LLVMOrcDisposeLLJIT(jit)) }
        let main = LLVMOrcLLJITGetMainJITDylib(jit)
        var sum: Int64 = 0
        func once(_ index: Int) throws {
            let tracker = LLVMOrcJITDylibCreateResourceTracker(main)
            let buffer = object.withUnsafeBufferPointer { LLVMCreateMemoryBufferWithMemoryRangeCopy($0.baseAddress, $0.count, "small.o") }
            try check(LLVMOrcLLJITAddObjectFileWithRT(jit, tracker, buffer), "adding an object")
            sum += try callTwiceAndRemove(jit, tracker: tracker, argument: Int32(index & 1023))
        }
        for index in 0..<min(1000, cycles) { try once(index) }
        let before = residentBytes()
        let seconds = try bestPerIteration(cycles, once)
        precondition(sum != 0)
        return (seconds, residentBytes() - before)
    }

    /// Many renamed copies of one object linked and kept, then removed, on LLJIT.
    static func manyObjects(_ objects: [[UInt8]], names: [String]) throws -> (seconds: Double, keptGrowth: Int, afterRemoval: Int) {
        let jit = try makeJIT()
        defer { LLVMConsumeError(LLVMOrcDisposeLLJIT(jit)) }
        let main = LLVMOrcLLJITGetMainJITDylib(jit)
        var trackers: [LLVMOrcResourceTrackerRef?] = []
        var sum: Int64 = 0
        // Warm-up, as on Orca's side: one object linked and removed before measuring.
        let warmUp = LLVMOrcJITDylibCreateResourceTracker(main)
        let warmBytes = BenchInputs.renaming(objects[0], names[0], to: "warm0")
        let warmBuffer = warmBytes.withUnsafeBufferPointer { LLVMCreateMemoryBufferWithMemoryRangeCopy($0.baseAddress, $0.count, "warm-up") }
        try check(LLVMOrcLLJITAddObjectFileWithRT(jit, warmUp, warmBuffer), "adding an object")
        var warmAddress: LLVMOrcExecutorAddress = 0
        try check(LLVMOrcLLJITLookup(jit, &warmAddress, "warm0"), "lookup")
        try check(LLVMOrcResourceTrackerRemove(warmUp), "removing a tracker")
        LLVMOrcReleaseResourceTracker(warmUp)
        let start = residentBytes()
        let seconds = try measure {
            for (index, object) in objects.enumerated() {
                let tracker = LLVMOrcJITDylibCreateResourceTracker(main)
                let buffer = object.withUnsafeBufferPointer { LLVMCreateMemoryBufferWithMemoryRangeCopy($0.baseAddress, $0.count, names[index]) }
                try check(LLVMOrcLLJITAddObjectFileWithRT(jit, tracker, buffer), "adding an object")
                var address: LLVMOrcExecutorAddress = 0
                try check(LLVMOrcLLJITLookup(jit, &address, names[index]), "lookup")
                sum += Int64(unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address)), to: LinkBenchmark.IntFunction.self)(Int32(index)))
                trackers.append(tracker)
            }
        }
        let kept = residentBytes() - start
        for tracker in trackers {
            try check(LLVMOrcResourceTrackerRemove(tracker), "removing a tracker")
            LLVMOrcReleaseResourceTracker(tracker)
        }
        precondition(sum != 0)
        return (seconds / Double(objects.count), kept, residentBytes() - start)
    }

    /// Looks `twice` up, calls it with `argument`, then removes and releases `tracker`; returns
    /// what it returned (one cycle's end, the same for objects and IR).
    private static func callTwiceAndRemove(_ jit: LLVMOrcLLJITRef?, tracker: LLVMOrcResourceTrackerRef?, argument: Int32) throws -> Int64 {
        var address: LLVMOrcExecutorAddress = 0
        try check(LLVMOrcLLJITLookup(jit, &address, "twice"), "lookup")
        let result = Int64(unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address)), to: LinkBenchmark.IntFunction.self)(argument))
        try check(LLVMOrcResourceTrackerRemove(tracker), "removing the tracker")
        LLVMOrcReleaseResourceTracker(tracker)
        return result
    }

    /// llvm-jitlink-14's own "time to link object files" for an object and an archive, best of 5.
    static func jitlinkTime(object: String, archive: String) throws -> Double {
        var best = Double.infinity
        for _ in 0..<5 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/llvm-jitlink-14")
            process.arguments = ["-show-times", object, archive]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard let line = output.split(separator: "\n").first(where: { $0.contains("time to link object files") }),
                  let seconds = line.split(separator: " ").compactMap({ Double($0) }).first
            else { throw LLVMBaselineError(description: "llvm-jitlink-14 printed no link time: \(output.prefix(200))") }
            best = min(best, seconds)
        }
        return best
    }
}

extension LLJITBaseline {
    /// Seconds per parse-IR + add + codegen + lookup + call + remove cycle on LLJIT (a new
    /// ThreadSafeContext each cycle), and its resident growth over the measured cycles.
    static func irCycle(cycles: Int, warmUp: Int, ir: String) throws -> (seconds: Double, residentGrowth: Int) {
        let jit = try makeJIT()
        defer { LLVMConsumeError(LLVMOrcDisposeLLJIT(jit)) }
        let main = LLVMOrcLLJITGetMainJITDylib(jit)
        var sum: Int64 = 0
        func once(_ index: Int) throws {
            let context = LLVMOrcCreateNewThreadSafeContext()
            let buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(ir, ir.utf8.count, "m")
            var module: LLVMModuleRef?
            var message: UnsafeMutablePointer<CChar>?
            guard LLVMParseIRInContext(LLVMOrcThreadSafeContextGetContext(context), buffer, &module, &message) == 0 else {
                throw LLVMBaselineError(description: "LLVM 14: parsing IR: \(message.map { String(cString: $0) } ?? "")")
            }
            let threadSafeModule = LLVMOrcCreateNewThreadSafeModule(module, context)
            LLVMOrcDisposeThreadSafeContext(context)
            let tracker = LLVMOrcJITDylibCreateResourceTracker(main)
            try check(LLVMOrcLLJITAddLLVMIRModuleWithRT(jit, tracker, threadSafeModule), "adding a module")
            sum += try callTwiceAndRemove(jit, tracker: tracker, argument: Int32(index & 1023))
        }
        for index in 0..<warmUp { try once(index) }
        let before = residentBytes()
        let seconds = try measure { for index in 0..<cycles { try once(index) } }
        precondition(sum != 0)
        return (seconds / Double(cycles), residentBytes() - before)
    }
}
