// JITTests.swift — the JIT facade on IR: add under a tracker, call through a typed lookup,
// remove, re-add a changed function; memory statistics; modules built with LLVM's C API;
// initializers and destructors; parallel compilation; optimization and transform layers.

import CLLVM
import Orca
import Testing

typealias IntFunction = @convention(c) (Int32) -> Int32

/// A module defining `name(x) = x * 2 + extra`.
func twiceModule(_ name: String = "twice", extra: Int = 0) -> String {
    """
    define i32 @\(name)(i32 %x) {
      %a = mul i32 %x, 2
      %b = add i32 %a, \(extra)
      ret i32 %b
    }
    """
}

/// Defines `host_cell` in the JIT's main JITDylib as the address of `cell`.
func defineHostCell(_ cell: UnsafeMutablePointer<Int32>, in jit: JIT) throws {
    let address = ExecutorAddress(rawValue: UInt64(UInt(bitPattern: cell)))
    try jit.mainJITDylib.define(absoluteSymbols([jit.session.intern("host_cell"): ExecutorSymbol(address: address, flags: .exported)]))
}

@Suite struct JITTests {
    @Test func addCallRemoveReAdd() throws {
        // A region of its own, so that other tests' JITs do not change its statistics.
        let jit = try JIT(options: JITOptions(memory: JITMemoryManager(reservationSize: 16 << 20)))
        let before = jit.memoryStatistics.inUse
        let tracker = jit.mainJITDylib.createResourceTracker()
        try jit.addIR(text: twiceModule(), name: "v1", tracker: tracker)
        let v1 = try jit.lookup("twice", as: IntFunction.self)
        #expect(v1(21) == 42)
        #expect(jit.memoryStatistics.inUse > before)
        try tracker.remove()
        #expect(throws: OrcError.self) { try jit.lookup("twice") }
        #expect(jit.memoryStatistics.inUse == before)

        let second = jit.mainJITDylib.createResourceTracker()
        try jit.addIR(text: twiceModule(extra: 1), name: "v2", tracker: second)
        #expect(try jit.lookup("twice", as: IntFunction.self)(21) == 43)
        try second.remove()
        #expect(jit.memoryStatistics.inUse == before)
        #expect(jit.compileLayer.modulesCompiled == 2)
    }

    @Test func moduleBuiltWithLLVMsCAPI() throws {
        let context = ThreadSafeContext()
        let module = try context.withContext { llvm -> ThreadSafeModule in
            let module = LLVMModuleCreateWithNameInContext("built", llvm)!
            let int32 = LLVMInt32TypeInContext(llvm)
            var parameters: [LLVMTypeRef?] = [int32, int32]
            let function = LLVMAddFunction(module, "add", LLVMFunctionType(int32, &parameters, 2, 0))
            let builder = LLVMCreateBuilderInContext(llvm)
            defer { LLVMDisposeBuilder(builder) }
            LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(llvm, function, "entry"))
            LLVMBuildRet(builder, LLVMBuildAdd(builder, LLVMGetParam(function, 0), LLVMGetParam(function, 1), "sum"))
            return try ThreadSafeModule(module: module, context: context)
        }
        let jit = try JIT()
        try jit.addIRModule(module)
        typealias Add = @convention(c) (Int32, Int32) -> Int32
        #expect(try jit.lookup("add", as: Add.self)(40, 2) == 42)
        // The module was handed over: a second add fails, and the JIT goes on working.
        #expect(throws: LLVMError.self) { try jit.addIRModule(module) }
        #expect(try jit.lookup("add", as: Add.self)(1, 2) == 3)
    }

    @Test func modulesSharingAContext() throws {
        let context = ThreadSafeContext()
        let jit = try JIT(options: JITOptions(compileThreads: 2))
        for index in 0..<4 {
            try jit.addIRModule(try ThreadSafeModule(parsingIR: twiceModule("f\(index)", extra: index), name: "m\(index)", context: context))
        }
        for index in 0..<4 { #expect(try jit.lookup("f\(index)", as: IntFunction.self)(10) == Int32(20 + index)) }
    }

    @Test func parallelCompilation() throws {
        let jit = try JIT(options: JITOptions(compileThreads: 2))
        let names = (0..<12).map { "p\($0)" }
        for (index, name) in names.enumerated() { try jit.addIR(text: twiceModule(name, extra: index), name: name) }
        // One lookup of all of them: the modules compile on the dispatcher's two threads.
        let symbols = try jit.session.lookup(SymbolLookupSet(names.map { jit.session.intern($0) }),
                                             searchOrder: [JITDylibSearchEntry(jit.mainJITDylib, .matchExportedSymbolsOnly)])
        #expect(symbols.count == 12)
        for (index, name) in names.enumerated() { #expect(try jit.lookup(name, as: IntFunction.self)(1) == Int32(2 + index)) }
        #expect(jit.compileLayer.modulesCompiled == 12)
    }

    @Test func wrongFunctionTypeIsAnError() throws {
        let jit = try JIT()
        try jit.addIR(text: twiceModule())
        #expect(throws: JITError.self) { try jit.lookup("twice", as: ((Int32) -> Int32).self) }
    }

    @Test func optimizationPipeline() throws {
        // A loop that LLVM's O2 pipeline turns into a closed form; the result must not change.
        let sum = """
            define i64 @sum(i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
              %acc.next = add i64 %acc, %i
              %next = add i64 %i, 1
              %done = icmp eq i64 %next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret i64 %acc.next
            }
            """
        typealias Sum = @convention(c) (Int64) -> Int64
        for level in OptimizationLevel.allCases {
            let jit = try JIT(options: JITOptions(optimization: level, codegen: level))
            try jit.addIR(text: sum)
            #expect(try jit.lookup("sum", as: Sum.self)(1001) == 500_500)
        }
    }

    @Test func transformLayerSeesEveryModule() throws {
        let jit = try JIT()
        let seen = Locked<[String]>([])
        let layer = IRTransformLayer(base: jit.compileLayer) { module, name in
            var length = 0
            let first = LLVMGetFirstFunction(module).flatMap { LLVMGetValueName2($0, &length) }.map { String(cString: $0) }
            seen.withLock { $0.append("\(name):\(first ?? "")") }
        }
        try layer.add(try ThreadSafeModule(parsingIR: twiceModule("t1"), name: "one"), to: jit.mainJITDylib)
        try layer.add(try ThreadSafeModule(parsingIR: twiceModule("t2"), name: "two"), to: jit.mainJITDylib)
        #expect(seen.withLock { $0 }.isEmpty)
        #expect(try jit.lookup("t2", as: IntFunction.self)(1) == 2)
        #expect(seen.withLock { $0 } == ["two:t2"])
        #expect(try jit.lookup("t1", as: IntFunction.self)(2) == 4)
        #expect(seen.withLock { $0 } == ["two:t2", "one:t1"])
    }

    @Test func constructorsRunFirstAndDestructorsAtRemoval() throws {
        // The module's constructor stores 7 through a pointer the host defines; its destructor
        // stores 99 there when its tracker is removed.
        let cell = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        defer { cell.deallocate() }
        cell.pointee = 0
        let jit = try JIT()
        try defineHostCell(cell, in: jit)
        let tracker = jit.mainJITDylib.createResourceTracker()
        try jit.addIR(text: """
            @host_cell = external global i32
            @llvm.global_ctors = appending global [1 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 65535, void ()* @init, i8* null }]
            @llvm.global_dtors = appending global [1 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 65535, void ()* @fini, i8* null }]
            define internal void @init() {
              store i32 7, i32* @host_cell
              ret void
            }
            define internal void @fini() {
              store i32 99, i32* @host_cell
              ret void
            }
            define i32 @read() {
              %v = load i32, i32* @host_cell
              ret i32 %v
            }
            """, name: "lifetime", tracker: tracker)
        try jit.objectLayer.initialize(jit.mainJITDylib)
        #expect(cell.pointee == 7)
        typealias Read = @convention(c) () -> Int32
        #expect(try jit.lookup("read", as: Read.self)() == 7)
        try tracker.remove()
        #expect(cell.pointee == 99)
    }

    @Test func runMainPassesArguments() throws {
        let jit = try JIT()
        try jit.addIR(text: """
            declare i64 @strlen(i8*)
            define i32 @main(i32 %argc, i8** %argv) {
              %p = getelementptr i8*, i8** %argv, i64 1
              %s = load i8*, i8** %p
              %n = call i64 @strlen(i8* %s)
              %n32 = trunc i64 %n to i32
              %r = add i32 %n32, %argc
              ret i32 %r
            }
            """, name: "main")
        #expect(try jit.runMain(arguments: ["prog", "hello"]) == 7)
    }

    @Test func hostSymbolsAndLibrariesAreOptions() throws {
        let callsCos = """
            declare double @cos(double)
            define double @one() {
              %r = call double @cos(double 0.0)
              ret double %r
            }
            """
        typealias One = @convention(c) () -> Double
        let isolated = try JIT(options: JITOptions(hostProcessSymbols: false))
        try isolated.addIR(text: callsCos, name: "isolated")
        #expect(throws: OrcError.self) { try isolated.lookup("one") }

        let withLibm = try JIT(options: JITOptions(hostProcessSymbols: false, libraries: ["libm.so.6"]))
        try withLibm.addIR(text: callsCos, name: "libm")
        #expect(try withLibm.lookup("one", as: One.self)() == 1.0)
    }

    @Test func shutdownRunsDestructorsOfWhatIsStillLoaded() throws {
        let cell = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        defer { cell.deallocate() }
        cell.pointee = 0
        let jit = try JIT()
        try defineHostCell(cell, in: jit)
        try jit.addIR(text: """
            @host_cell = external global i32
            @llvm.global_dtors = appending global [1 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 65535, void ()* @fini, i8* null }]
            define internal void @fini() {
              store i32 5, i32* @host_cell
              ret void
            }
            define i32 @alive() {
              ret i32 1
            }
            """, name: "kept")
        #expect(try jit.lookup("alive", as: (@convention(c) () -> Int32).self)() == 1)
        #expect(cell.pointee == 0)
        try jit.shutdown()
        #expect(cell.pointee == 5)
        #expect(throws: (any Error).self) { try jit.addIR(text: twiceModule(), name: "late") }
    }
}
