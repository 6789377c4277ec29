// BadIRTests.swift — bad IR is a thrown error carrying LLVM's message (or naming what is wrong),
// and the JIT stays usable afterwards.

import CLLVM
import Orca
import Testing

@Suite struct BadIRTests {
    /// Asserts the JIT still compiles and runs a good module.
    func expectUsable(_ jit: JIT, _ name: String) throws {
        try jit.addIR(text: twiceModule(name, extra: 1), name: name)
        #expect(try jit.lookup(name, as: IntFunction.self)(2) == 5)
    }

    @Test func syntaxErrorCarriesLLVMsMessage() throws {
        let jit = try JIT()
        let error = #expect(throws: LLVMError.self) {
            try jit.addIR(text: "define i32 @f() {\n  ret i32 %x\n}\n", name: "broken.ll")
        }
        #expect("\(error!)".contains("broken.ll:2:11: error: use of undefined value '%x'"))
        try expectUsable(jit, "after_syntax")
    }

    @Test func undefinedReferenceFailsTheLookupAndNamesTheSymbol() throws {
        let jit = try JIT()
        let tracker = jit.mainJITDylib.createResourceTracker()
        try jit.addIR(text: """
            declare i32 @no_such_function(i32)
            define i32 @calls(i32 %x) {
              %r = call i32 @no_such_function(i32 %x)
              ret i32 %r
            }
            """, name: "undefined", tracker: tracker)
        let error = #expect(throws: OrcError.self) { try jit.lookup("calls") }
        guard case let .failedToMaterialize(_, underlying?)? = error else {
            Issue.record("expected a materialization failure, got \(String(describing: error))")
            return
        }
        #expect("\(underlying)".contains("no_such_function"))
        try tracker.remove()
        try expectUsable(jit, "after_undefined")
    }

    @Test func wrongTripleAndDataLayout() throws {
        let jit = try JIT()
        let triple = #expect(throws: LLVMError.self) {
            try jit.addIR(text: "target triple = \"aarch64-unknown-linux-gnu\"\n" + twiceModule("arm"), name: "arm.ll")
        }
        #expect("\(triple!)".contains("aarch64-unknown-linux-gnu"))
        #expect(throws: LLVMError.self) {
            try jit.addIR(text: "target triple = \"x86_64-apple-macosx12.0.0\"\n" + twiceModule("mac"), name: "mac.ll")
        }
        let layout = #expect(throws: LLVMError.self) {
            try jit.addIR(text: "target datalayout = \"E-m:e-i64:64-n32:64\"\n" + twiceModule("big"), name: "big.ll")
        }
        #expect("\(layout!)".contains("data layout"))
        #expect(throws: OrcError.self) { try jit.lookup("arm") }
        try expectUsable(jit, "after_target")
    }

    @Test func invalidModuleCarriesTheVerifiersMessage() throws {
        let context = ThreadSafeContext()
        let module = try context.withContext { llvm -> ThreadSafeModule in
            let module = LLVMModuleCreateWithNameInContext("unterminated", llvm)!
            let function = LLVMAddFunction(module, "f", LLVMFunctionType(LLVMVoidTypeInContext(llvm), nil, 0, 0))
            LLVMAppendBasicBlockInContext(llvm, function, "entry")
            return try ThreadSafeModule(module: module, context: context)
        }
        let jit = try JIT()
        let error = #expect(throws: LLVMError.self) { try jit.addIRModule(module) }
        #expect("\(error!)".contains("does not have terminator"))
        // Not taken: the module is still usable by its owner.
        #expect(try module.withModule { LLVMGetFirstFunction($0) != nil })
        try expectUsable(jit, "after_invalid")
    }

    @Test func moduleOfAnotherContextIsRefused() throws {
        let owner = ThreadSafeContext(), other = ThreadSafeContext()
        let raw = owner.withContext { LLVMModuleCreateWithNameInContext("elsewhere", $0)! }
        defer { owner.withContext { _ in LLVMDisposeModule(raw) } }
        let error = #expect(throws: LLVMError.self) { try ThreadSafeModule(module: raw, context: other) }
        #expect("\(error!)".contains("another LLVMContext"))
    }

    @Test func duplicateDefinitionLeavesTheModuleWithItsOwner() throws {
        let jit = try JIT()
        try jit.addIR(text: twiceModule("dup"), name: "first")
        let second = try ThreadSafeModule(parsingIR: twiceModule("dup", extra: 9), name: "second")
        #expect(throws: OrcError.self) { try jit.addIRModule(second) }
        let other = try jit.session.createJITDylib(named: "other")
        try jit.addIRModule(second, to: other)
        #expect(try jit.lookup("dup", as: IntFunction.self, in: other)(1) == 11)
        #expect(try jit.lookup("dup", as: IntFunction.self)(1) == 2)
    }

    @Test func ifuncIsUnsupported() throws {
        let jit = try JIT()
        let error = #expect(throws: LLVMError.self) {
            try jit.addIR(text: """
                define i32 @impl() {
                  ret i32 1
                }
                define i32 ()* @resolver() {
                  ret i32 ()* @impl
                }
                @chosen = ifunc i32 (), i32 ()* ()* @resolver
                """, name: "ifunc.ll")
        }
        #expect("\(error!)".contains("ifunc 'chosen'"))
        try expectUsable(jit, "after_ifunc")
    }
}
