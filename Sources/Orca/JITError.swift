// JITError.swift — errors of the facade itself (everything else throws the errors of the layer
// that failed: OrcError, LinkError, LLVMError).

/// A misuse of `JIT`'s API.
public enum JITError: Error, CustomStringConvertible, Sendable {
    /// `lookup(_:as:)` was asked for a type that is not a `@convention(c)` function pointer.
    case notAFunctionPointer(type: String)
    /// The symbol's address is zero (an absolute symbol), so it cannot be called.
    case nullAddress(symbol: String)

    public var description: String {
        switch self {
        case let .notAFunctionPointer(type): "\(type) is not a @convention(c) function type"
        case let .nullAddress(symbol): "'\(symbol)' is at address 0"
        }
    }
}
