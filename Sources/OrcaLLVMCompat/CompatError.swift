// CompatError.swift — Orca's errors as LLVM error objects, which LLVM's own
// LLVMGetErrorMessage / LLVMConsumeError handle.

import CLLVM
import OrcaCore

/// An `LLVMErrorRef` carrying `error`'s description (the error that started a failed
/// materialization, when Orca knows it).
func llvmError(_ error: any Error) -> LLVMErrorRef {
    LLVMCreateStringError(describe(error))
}

/// An `LLVMErrorRef` with `message`.
func llvmError(_ message: String) -> LLVMErrorRef {
    LLVMCreateStringError(message)
}

/// Runs `body`, returning nil on success and the error as an `LLVMErrorRef` otherwise.
func catchingLLVMError(_ body: () throws -> Void) -> LLVMErrorRef? {
    do {
        try body()
        return nil
    } catch {
        return llvmError(error)
    }
}

/// One line for a C host's log: a materialization failure says what caused it.
func describe(_ error: any Error) -> String {
    if case let .failedToMaterialize(symbols, underlying?)? = error as? OrcError {
        let names = symbols.values.flatMap { $0 }.sorted().prefix(5).joined(separator: ", ")
        return "failed to materialize \(names): \(describe(underlying))"
    }
    return "\(error)"
}

/// Types of errors Orca raises for misuse of the C API.
struct CompatError: Error, CustomStringConvertible {
    let description: String
}
