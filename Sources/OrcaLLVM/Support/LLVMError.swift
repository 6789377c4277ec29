// LLVMError.swift — errors from LLVM, with LLVM's own message, and errors in how a module was
// handed to Orca.

import CLLVM

/// An error from compiling LLVM IR. Where LLVM produced the error, `description` carries LLVM's
/// message; every case names the module.
public enum LLVMError: Error, CustomStringConvertible, Sendable {
    /// The IR or bitcode could not be read (LLVM's parser message: line, column, what).
    case unreadableIR(module: String, message: String)
    /// The module is not valid IR (LLVM's verifier message).
    case invalidModule(module: String, message: String)
    /// The module is for another machine than the one Orca compiles for.
    case wrongTarget(module: String, triple: String, host: String)
    /// The module's data layout is not the host target's.
    case wrongDataLayout(module: String, layout: String, host: String)
    /// The module belongs to another LLVMContext than the ThreadSafeContext it was given with,
    /// so its context's lock would not guard it.
    case foreignContext(module: String)
    /// The module was already handed to a JIT (a module is compiled once).
    case moduleConsumed(module: String)
    /// The module uses something Orca cannot compile or link (an ifunc, say).
    case unsupported(module: String, detail: String)
    /// An optimization pipeline failed (LLVM's message).
    case optimizationFailed(module: String, message: String)
    /// LLVM cannot build code for this machine (LLVM's message).
    case target(message: String)

    public var description: String {
        switch self {
        case let .unreadableIR(module, message): "\(module): cannot read IR: \(message)"
        case let .invalidModule(module, message): "\(module): invalid module: \(message)"
        case let .wrongTarget(module, triple, host): "\(module): module is for '\(triple)', but Orca compiles for '\(host)'"
        case let .wrongDataLayout(module, layout, host):
            "\(module): module's data layout '\(layout)' is not the host's '\(host)'"
        case let .foreignContext(module): "\(module): module belongs to another LLVMContext than its ThreadSafeContext"
        case let .moduleConsumed(module): "\(module): module was already added to a JIT"
        case let .unsupported(module, detail): "\(module): unsupported: \(detail)"
        case let .optimizationFailed(module, message): "\(module): optimization failed: \(message)"
        case let .target(message): "LLVM target: \(message)"
        }
    }
}

/// Reading LLVM's C strings and error objects.
enum LLVMMessage {
    /// The string of a message LLVM allocated, disposed of.
    static func take(_ message: UnsafeMutablePointer<CChar>?) -> String {
        guard let message else { return "unknown error" }
        defer { LLVMDisposeMessage(message) }
        return String(cString: message).trimmingTrailingNewlines()
    }

    /// The message of an `LLVMErrorRef` (consumed), or nil if it is success.
    static func take(_ error: LLVMErrorRef?) -> String? {
        guard let error else { return nil }
        let message = LLVMGetErrorMessage(error)
        defer { LLVMDisposeErrorMessage(message) }
        return message.map { String(cString: $0).trimmingTrailingNewlines() } ?? "unknown error"
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var result = self
        while result.last == "\n" { result.removeLast() }
        return result
    }
}
