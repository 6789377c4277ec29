// LookupTypes.swift — what a lookup asks for and where it searches (spec rule C6).

/// Why a lookup is made. Generators may treat dynamic lookups (the JIT'd program calling dlsym)
/// differently from static ones (a linker resolving references).
public enum LookupKind: Sendable {
    /// A linker or the host resolving references.
    case staticLookup
    /// A dlsym-style lookup made at run time by JIT'd code.
    case dlsym
}

/// Which of a JITDylib's symbols a search may match.
public enum JITDylibLookupFlags: Sendable {
    /// Only symbols whose flags contain `.exported`.
    case matchExportedSymbolsOnly
    /// Every symbol, hidden ones included.
    case matchAllSymbols
}

/// Whether a symbol must be found.
public enum SymbolLookupFlags: Sendable {
    /// A lookup fails if the symbol is not found.
    case requiredSymbol
    /// A missing symbol is left out of the result instead (weak references).
    case weaklyReferencedSymbol
}

/// One JITDylib of a search order with its matching rule.
public struct JITDylibSearchEntry: Sendable {
    /// The JITDylib searched.
    public var jitDylib: JITDylib
    /// Which of its symbols match.
    public var flags: JITDylibLookupFlags

    public init(_ jitDylib: JITDylib, _ flags: JITDylibLookupFlags = .matchExportedSymbolsOnly) {
        self.jitDylib = jitDylib
        self.flags = flags
    }
}

/// JITDylibs searched in order; the first definition found wins.
public typealias JITDylibSearchOrder = [JITDylibSearchEntry]

/// The names a lookup asks for, each required or weakly referenced, in order.
public struct SymbolLookupSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The names with their lookup flags.
    public var entries: [(name: SymbolName, flags: SymbolLookupFlags)]

    /// A set in which every name has the same flags.
    public init(_ names: some Sequence<SymbolName>, flags: SymbolLookupFlags = .requiredSymbol) {
        entries = names.map { ($0, flags) }
    }

    /// A set in which every name has the same flags.
    public init(_ names: [SymbolName], flags: SymbolLookupFlags = .requiredSymbol) {
        entries = []
        entries.reserveCapacity(names.count)
        for name in names { entries.append((name, flags)) }
    }

    public init(arrayLiteral elements: SymbolName...) { self.init(elements) }

    /// Adds a name.
    public mutating func add(_ name: SymbolName, flags: SymbolLookupFlags = .requiredSymbol) {
        entries.append((name, flags))
    }

    /// The names alone.
    public var names: [SymbolName] { entries.map { $0.name } }

    public var isEmpty: Bool { entries.isEmpty }

    public func makeIterator() -> IndexingIterator<[(name: SymbolName, flags: SymbolLookupFlags)]> {
        entries.makeIterator()
    }
}
