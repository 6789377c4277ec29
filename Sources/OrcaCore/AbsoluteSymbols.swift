// AbsoluteSymbols.swift — a unit for symbols whose addresses are already known.

/// Defines symbols at fixed addresses. Materializing resolves and emits them at once.
public struct AbsoluteSymbolsMaterializationUnit: MaterializationUnit {
    /// The symbols and where they are.
    public let definitions: SymbolMap

    public init(_ definitions: SymbolMap) { self.definitions = definitions }

    public var name: String { "<absolute symbols>" }

    public var symbols: [SymbolName: SymbolFlags] { definitions.mapValues { $0.flags } }

    public func materialize(_ responsibility: MaterializationResponsibility) {
        let wanted = responsibility.symbols
        do {
            try responsibility.notifyResolved(
                wanted.count == definitions.count ? definitions : definitions.filter { wanted[$0.key] != nil })
            try responsibility.notifyEmitted()
        } catch {
            responsibility.jitDylib.session?.reportError(error)
            responsibility.failMaterialization(error)
        }
    }

    public func discard(_ jitDylib: JITDylib, symbol: SymbolName) {}
}

/// A unit defining `symbols` at fixed addresses (ORC's `absoluteSymbols`).
public func absoluteSymbols(_ symbols: SymbolMap) -> AbsoluteSymbolsMaterializationUnit {
    AbsoluteSymbolsMaterializationUnit(symbols)
}
