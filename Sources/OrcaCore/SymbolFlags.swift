// SymbolFlags.swift — the properties a definition declares for a symbol (ORC's JITSymbolFlags).

/// Flags declared for a symbol by its definition.
public struct SymbolFlags: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8

    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Visible to lookups that match exported symbols only.
    @inlinable public static var exported: SymbolFlags { SymbolFlags(rawValue: 1 << 0) }
    /// May be overridden by a strong definition of the same name (until it is first looked up).
    @inlinable public static var weak: SymbolFlags { SymbolFlags(rawValue: 1 << 1) }
    /// The symbol is a function (its address may be called).
    @inlinable public static var callable: SymbolFlags { SymbolFlags(rawValue: 1 << 2) }
    /// The symbol has no address: looking it up only triggers its unit's side effects (for example
    /// running initializers). It is removed from the symbol table once it is ready.
    @inlinable public static var materializationSideEffectsOnly: SymbolFlags { SymbolFlags(rawValue: 1 << 3) }

    public var description: String {
        var parts: [String] = []
        if contains(.exported) { parts.append("exported") }
        if contains(.weak) { parts.append("weak") }
        if contains(.callable) { parts.append("callable") }
        if contains(.materializationSideEffectsOnly) { parts.append("side-effects-only") }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}
