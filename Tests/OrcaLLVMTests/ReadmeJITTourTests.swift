// ReadmeJITTourTests.swift — the README's JIT tour, compiled and run, and a check that the README
// shows exactly this code.

import Foundation
import Orca
import ProgramHarness
import Testing

// jit-tour:begin
func jitTour() throws {
    let jit = try JIT()   // or JIT(options: JITOptions(optimization: .O2, compileThreads: 2, objectCache: ObjectCache()))

    // Add IR under a tracker. It is compiled (by LLVM 14) and linked when first looked up.
    let version1 = jit.mainJITDylib.createResourceTracker()
    try jit.addIR(text: """
        define i32 @price(i32 %quantity) {
          %total = mul i32 %quantity, 3
          ret i32 %total
        }
        """, name: "price-v1", tracker: version1)
    let price = try jit.lookup("price", as: (@convention(c) (Int32) -> Int32).self)
    #expect(price(10) == 30)

    // Hot-swap: remove version 1 (its code, memory and symbols go), add version 2.
    try version1.remove()
    #expect(throws: OrcError.self) { try jit.lookup("price") }
    try jit.addIR(text: """
        define i32 @price(i32 %quantity) {
          %base = mul i32 %quantity, 3
          %total = add i32 %base, 5
          ret i32 %total
        }
        """, name: "price-v2")
    #expect(try jit.lookup("price", as: (@convention(c) (Int32) -> Int32).self)(10) == 35)

    // Whole programs: static constructors first, then main(argc, argv); destructors at shutdown.
    try jit.addIR(text: """
        define i32 @main(i32 %argc, i8** %argv) {
          ret i32 %argc
        }
        """, name: "program")
    #expect(try jit.runMain(arguments: ["program", "one", "two"]) == 3)
    try jit.shutdown()
}
// jit-tour:end

@Suite struct ReadmeJITTourTests {
    @Test("README: the JIT tour runs")
    func runsTour() throws {
        try jitTour()
    }

    @Test("README: the JIT tour in README.md is exactly the code this test compiles")
    func readmeMatches() throws {
        #expect(try ProgramHarness.readmeShowsTour(marked: "jit-tour", in: #filePath))
    }
}
