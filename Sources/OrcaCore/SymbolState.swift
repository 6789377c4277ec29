// SymbolState.swift — the life cycle of a symbol in a JITDylib (spec rule C3).

/// Where a symbol is in its life cycle. States only move forward, except that removal deletes the
/// symbol altogether.
public enum SymbolState: Int, Comparable, Sendable, CustomStringConvertible {
    /// Defined by a unit that has not been asked to materialize it yet.
    case neverSearched
    /// Its unit is materializing it; no address yet.
    case materializing
    /// Its address is known (its code may not be in place yet).
    case resolved
    /// Its code is in place, but something it depends on is not yet emitted.
    case emitted
    /// It and everything it depends on are emitted: its address may be used.
    case ready

    public static func < (lhs: SymbolState, rhs: SymbolState) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .neverSearched: "never-searched"
        case .materializing: "materializing"
        case .resolved: "resolved"
        case .emitted: "emitted"
        case .ready: "ready"
        }
    }
}
