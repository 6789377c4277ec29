// JITTests.swift — the JIT facade on IR: add under a tracker, call, remove, re-add, statistics.

import Orca
import Testing

@Suite struct JITTests {
    typealias IntFunction = @convention(c) (Int32) -> Int32

    static func twice(_ extra: Int) -> String {
        """
        define i32 @twice(i32 %x) {
          %a = mul i32 %x, 2
          %b = add i32 %a, \(extra)
          ret i32 %b
        }
        """
    }

    @Test func addCallRemoveReAdd() throws {
        let jit = try JIT()
        let before = jit.memoryStatistics.inUse
        let tracker = jit.mainJITDylib.createResourceTracker()
        try jit.addIR(text: Self.twice(0), name: "v1", tracker: tracker)
        let v1 = try jit.lookup("twice", as: IntFunction.self)
        #expect(v1(21) == 42)
        #expect(jit.memoryStatistics.inUse > before)
        try tracker.remove()
        #expect(throws: OrcError.self) { try jit.lookup("twice") }
        #expect(jit.memoryStatistics.inUse == before)
        let second = jit.mainJITDylib.createResourceTracker()
        try jit.addIR(text: Self.twice(1), name: "v2", tracker: second)
        #expect(try jit.lookup("twice", as: IntFunction.self)(21) == 43)
        try second.remove()
        #expect(jit.memoryStatistics.inUse == before)
    }
}
