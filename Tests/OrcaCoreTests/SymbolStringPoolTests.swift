// SymbolStringPoolTests.swift — interned names are shared while used and dropped once nothing
// refers to them: after their symbols are removed, explicitly, and by the pool's own sweeps.

import OrcaCore
import Testing

@Suite struct SymbolStringPoolTests {
    @Test func internedNamesAreShared() {
        let pool = SymbolStringPool()
        let first = pool.intern("shared"), second = pool.intern("shared")
        #expect(first == second && first.entry === second.entry)
        #expect(pool.existingName("shared") == first)
        #expect(pool.existingName("never") == nil)
    }

    @Test("A name interned from its UTF-8 bytes is the name interned from its string")
    func bytesAndStringsInternAlike() {
        let pool = SymbolStringPool()
        let names = (0..<5_000).map { "symbol_\($0)_" + String(repeating: "x", count: $0 % 23) }
        let byString = names.map { pool.intern($0) }
        for (index, name) in names.enumerated() {
            var utf8 = name
            let byBytes = utf8.withUTF8 { pool.intern(utf8: UnsafeRawBufferPointer($0)) }
            #expect(byBytes == byString[index])
        }
        #expect(pool.count == names.count)
        // Bytes no name was interned from make a new entry with exactly those characters.
        let fresh = Array("fresh\u{e9}".utf8).withUnsafeBytes { pool.intern(utf8: $0) }
        #expect(fresh.string == "fresh\u{e9}" && pool.existingName("fresh\u{e9}") == fresh)
        #expect(Set(byString).count == names.count)
    }

    @Test func unusedNamesAreCleared() {
        let pool = SymbolStringPool()
        let kept = pool.intern("kept")
        for index in 0..<100 { _ = pool.intern("temporary\(index)") }
        #expect(pool.count == 101)
        pool.clearDeadEntries()
        #expect(pool.count == 1)
        #expect(pool.existingName("kept") == kept)
    }

    @Test func namesOfRemovedSymbolsAreCleared() throws {
        let session = ExecutionSession()
        let main = try session.createJITDylib(named: "main")
        for index in 0..<50 {
            let tracker = main.createResourceTracker()
            let name = session.intern("removed\(index)")
            try main.define(absoluteSymbols([name: ExecutorSymbol(address: ExecutorAddress(rawValue: 1), flags: .exported)]), tracker: tracker)
            _ = try session.lookup(name, in: main)
            try tracker.remove()
        }
        try main.define(absoluteSymbols([session.intern("alive"): ExecutorSymbol(address: ExecutorAddress(rawValue: 2), flags: .exported)]))
        session.symbolStringPool.clearDeadEntries()
        #expect(session.symbolStringPool.count == 1)
        #expect(try session.lookup("alive", in: main).address.rawValue == 2)
    }

    @Test func theSweepKeepsThePoolBounded() {
        let pool = SymbolStringPool()
        for index in 0..<20_000 { _ = pool.intern("transient\(index)") }
        // Sweeps run as the pool grows, so it never holds many more dead names than live ones.
        #expect(pool.count <= 8192)
    }
}
