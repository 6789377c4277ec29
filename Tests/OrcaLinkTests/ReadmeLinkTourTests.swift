// ReadmeLinkTourTests.swift — the README's linking tour, compiled and run, and a check that the
// README shows exactly this code.

import Foundation
import OrcaCore
import OrcaLink
import ProgramHarness
import Testing

/// Compiles the tour's C source (clang, -O2 -fPIC) and returns the object's path.
private func compileTourSource() throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orca-tour-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let source = directory.appendingPathComponent("greet.c").path, object = directory.appendingPathComponent("greet.o").path
    try "#include <stdio.h>\nint greet(int times) { for (int i = 0; i < times; i++) puts(\"hello from JIT'd code\"); return times * 2; }\n"
        .write(toFile: source, atomically: true, encoding: .utf8)
    let clang = Process()
    clang.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    clang.arguments = ["clang", "-O2", "-fPIC", "-c", source, "-o", object]
    try clang.run()
    clang.waitUntilExit()
    try #require(clang.terminationStatus == 0)
    return object
}

// link-tour:begin
func linkTour(objectPath: String) throws {
    let session = ExecutionSession()
    let main = try session.createJITDylib(named: "main")
    main.addGenerator(DynamicLibrarySymbols.hostProcess())   // libc and the rest of the process
    let layer = try ObjectLinkingLayer(session: session)

    // Add an object (nothing is linked until one of its symbols is looked up), under a tracker.
    let plugin = main.createResourceTracker()
    try layer.add(ObjectFile(contentsOf: objectPath), to: main, tracker: plugin)
    let address = try session.lookup("greet", in: main).address
    let greet = unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address.rawValue)), to: (@convention(c) (Int32) -> Int32).self)
    #expect(greet(2) == 4)
    #expect(layer.memoryInUse(for: plugin.key) > 0)

    // Remove it: the symbol is gone and its JIT memory is free again.
    try plugin.remove()
    #expect(layer.memoryInUse(for: plugin.key) == 0)
    #expect(throws: OrcError.self) { try session.lookup("greet", in: main) }
}
// link-tour:end

@Suite struct ReadmeLinkTourTests {
    @Test("README: the linking tour runs")
    func runsTour() throws {
        try linkTour(objectPath: compileTourSource())
    }

    @Test("README: the linking tour in README.md is exactly the code this test compiles")
    func readmeMatches() throws {
        #expect(try ProgramHarness.readmeShowsTour(marked: "link-tour", in: #filePath))
    }
}
