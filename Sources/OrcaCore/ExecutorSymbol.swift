// ExecutorSymbol.swift — addresses in the executing process and resolved symbols.

/// An address in the process that runs JIT'd code.
public struct ExecutorAddress: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByIntegerLiteral, CustomStringConvertible
{
    /// The address as an integer.
    public let rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }
    public init(integerLiteral value: UInt64) { self.rawValue = value }

    /// The null address.
    public static let null = ExecutorAddress(rawValue: 0)

    public var description: String { "0x" + String(rawValue, radix: 16) }

    public static func < (lhs: ExecutorAddress, rhs: ExecutorAddress) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A resolved symbol: its address and its flags.
public struct ExecutorSymbol: Hashable, Sendable, CustomStringConvertible {
    /// Where the symbol lives in the executing process.
    public var address: ExecutorAddress
    /// The flags its definition declared.
    public var flags: SymbolFlags

    public init(address: ExecutorAddress, flags: SymbolFlags) {
        self.address = address
        self.flags = flags
    }

    public var description: String { "\(address) \(flags)" }
}

/// Resolved symbols by name, as lookups return them.
public typealias SymbolMap = [SymbolName: ExecutorSymbol]

/// A lookup's answer together with where each symbol was found.
public struct LookupResult: Sendable {
    /// The symbols found.
    public var symbols: SymbolMap
    /// The JITDylib each symbol was found in (empty unless origins were asked for).
    public var origins: [JITDylib: Set<SymbolName>]

    public init(symbols: SymbolMap, origins: [JITDylib: Set<SymbolName>]) {
        self.symbols = symbols
        self.origins = origins
    }
}
