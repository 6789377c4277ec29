// MaterializationUnit.swift — lazily materialized definitions (spec rule C4).

/// A set of symbol definitions that costs nothing until one of its symbols is looked up.
///
/// When that happens the session calls `materialize(_:)` exactly once, on the session's task
/// dispatcher, with a responsibility for every symbol the unit still defines. A unit whose
/// tracker is removed before that is dropped without running.
public protocol MaterializationUnit: Sendable {
    /// A name for diagnostics (for example the object file's path).
    var name: String { get }

    /// The symbols the unit defines, with their flags.
    var symbols: [SymbolName: SymbolFlags] { get }

    /// Produces the definitions. The unit must eventually call `notifyResolved` and
    /// `notifyEmitted`, or `failMaterialization`, on `responsibility` (or hand the work on with
    /// `replace` / `delegate`). `responsibility.symbols` is authoritative: it omits symbols that
    /// were discarded.
    func materialize(_ responsibility: MaterializationResponsibility)

    /// Tells the unit that its weak definition of `symbol` lost to a strong one and will not be
    /// requested. Called without the session lock, possibly concurrently with `materialize`.
    func discard(_ jitDylib: JITDylib, symbol: SymbolName)
}
