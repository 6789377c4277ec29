// LinkError.swift — every error the linker reports. Each names the file, and where it applies
// the section, symbol and relocation involved.

/// An error from OrcaLink: malformed input, an unsupported feature, an unresolvable reference,
/// or a failure of the operating system.
public enum LinkError: Error, CustomStringConvertible {
    /// The file is not well-formed: `detail` says what is wrong and where.
    case malformed(file: String, detail: String)
    /// The file is valid but uses something Orca does not support (a relocation type, a symbol
    /// type, a machine, a file kind).
    case unsupported(file: String, detail: String)
    /// A relocation's computed value does not fit its field.
    case relocationOutOfRange(file: String, section: String, offset: UInt64, relocation: String, symbol: String, value: Int64)
    /// Symbols the object needs were found nowhere in the link order.
    case undefinedSymbols(file: String, symbols: [String])
    /// Symbols the unit that produced the object promised, which the object does not define.
    case missingDefinitions(file: String, symbols: [String])
    /// A system call failed.
    case system(call: String, errno: Int32, detail: String)
    /// The JIT memory reservation cannot hold what `file` needs.
    case outOfJITMemory(file: String, requested: Int)

    public var description: String {
        switch self {
        case let .malformed(file, detail):
            return "\(file): malformed object: \(detail)"
        case let .unsupported(file, detail):
            return "\(file): unsupported: \(detail)"
        case let .relocationOutOfRange(file, section, offset, relocation, symbol, value):
            return "\(file): \(relocation) at \(section)+0x\(String(offset, radix: 16)) against '\(symbol)' is out of range (value \(value))"
        case let .undefinedSymbols(file, symbols):
            return "\(file): undefined symbols: \(symbols.sorted().joined(separator: ", "))"
        case let .missingDefinitions(file, symbols):
            return "\(file): the object does not define \(symbols.joined(separator: ", "))"
        case let .system(call, errno, detail):
            return "\(call) failed (errno \(errno)): \(detail)"
        case let .outOfJITMemory(file, requested):
            return "\(file): JIT memory exhausted (\(requested) bytes requested)"
        }
    }
}
