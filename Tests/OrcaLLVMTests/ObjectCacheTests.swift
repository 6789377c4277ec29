// ObjectCacheTests.swift — a cache hit links the stored object without optimizing or compiling,
// and behaves the same; keys cover the IR and the compilation settings; objects survive in the
// cache directory for another JIT; memory is bounded.

import Foundation
import Orca
import Testing

@Suite struct ObjectCacheTests {
    @Test func hitSkipsCodegenAndBehavesTheSame() throws {
        let cache = try ObjectCache()
        let jit = try JIT(options: JITOptions(objectCache: cache, memory: JITMemoryManager(reservationSize: 16 << 20)))
        let before = jit.memoryStatistics.inUse
        let first = jit.mainJITDylib.createResourceTracker()
        try jit.addIR(text: twiceModule(extra: 5), name: "m", tracker: first)
        #expect(try jit.lookup("twice", as: IntFunction.self)(10) == 25)
        #expect(jit.compileLayer.modulesCompiled == 1)
        #expect(cache.statistics.misses == 1 && cache.statistics.stores == 1 && cache.statistics.hits == 0)
        #expect(cache.statistics.bytesInMemory > 0)
        try first.remove()

        let second = jit.mainJITDylib.createResourceTracker()
        try jit.addIR(text: twiceModule(extra: 5), name: "m", tracker: second)
        #expect(try jit.lookup("twice", as: IntFunction.self)(10) == 25)
        #expect(jit.compileLayer.modulesCompiled == 1, "a hit must not compile")
        #expect(cache.statistics.hits == 1)
        try second.remove()
        #expect(jit.memoryStatistics.inUse == before)

        // A changed function is a different key.
        try jit.addIR(text: twiceModule(extra: 6), name: "m")
        #expect(try jit.lookup("twice", as: IntFunction.self)(10) == 26)
        #expect(jit.compileLayer.modulesCompiled == 2)
        #expect(cache.statistics.misses == 2)
    }

    @Test func modulesAreKeyedByTheirBitcode() throws {
        let cache = try ObjectCache()
        let jit = try JIT(options: JITOptions(objectCache: cache))
        for round in 0..<3 {
            let tracker = jit.mainJITDylib.createResourceTracker()
            try jit.addIRModule(try ThreadSafeModule(parsingIR: twiceModule("k"), name: "round\(round)"), tracker: tracker)
            #expect(try jit.lookup("k", as: IntFunction.self)(4) == 8)
            try tracker.remove()
        }
        #expect(jit.compileLayer.modulesCompiled == 1)
        #expect(cache.statistics.hits == 2)
    }

    @Test func settingsArePartOfTheKey() throws {
        let cache = try ObjectCache()
        let plain = try JIT(options: JITOptions(objectCache: cache))
        try plain.addIR(text: twiceModule())
        _ = try plain.lookup("twice")
        let optimizing = try JIT(options: JITOptions(optimization: .O2, objectCache: cache))
        try optimizing.addIR(text: twiceModule())
        _ = try optimizing.lookup("twice")
        #expect(optimizing.compileLayer.modulesCompiled == 1)
        #expect(cache.statistics.hits == 0 && cache.statistics.stores == 2)
    }

    @Test func directorySurvivesForAnotherJIT() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orca-cache-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let jit = try JIT(options: JITOptions(objectCache: try ObjectCache(directory: directory)))
            try jit.addIR(text: twiceModule(extra: 2))
            #expect(try jit.lookup("twice", as: IntFunction.self)(1) == 4)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(files.count == 1 && files[0].hasSuffix(".o") && files[0].count == 66)

        let cache = try ObjectCache(directory: directory)
        let jit = try JIT(options: JITOptions(objectCache: cache))
        try jit.addIR(text: twiceModule(extra: 2))
        #expect(try jit.lookup("twice", as: IntFunction.self)(1) == 4)
        #expect(jit.compileLayer.modulesCompiled == 0)
        #expect(cache.statistics.hits == 1)
    }

    @Test func memoryIsBounded() throws {
        let cache = try ObjectCache(memoryLimit: 4096)
        let jit = try JIT(options: JITOptions(objectCache: cache))
        for index in 0..<20 {
            try jit.addIR(text: twiceModule("b\(index)"), name: "b\(index)")
            _ = try jit.lookup("b\(index)")
        }
        #expect(cache.statistics.stores == 20)
        #expect(cache.statistics.bytesInMemory <= 4096)
        #expect(cache.statistics.objectsInMemory < 20)
        cache.removeAllFromMemory()
        #expect(cache.statistics.bytesInMemory == 0)
    }
}
