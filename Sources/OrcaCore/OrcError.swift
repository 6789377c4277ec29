// OrcError.swift — every error the core reports. Cases carry the names involved.

/// An error from Orca's core. Every case names the symbols, JITDylibs or trackers involved, and
/// `description` reads as a sentence.
public enum OrcError: Error, CustomStringConvertible {
    /// Required symbols were not found in any JITDylib of the search order.
    case symbolsNotFound(symbols: [String], searchOrder: [String])
    /// A strong definition of `symbol` already exists in `jitDylib` (rule C7).
    case duplicateDefinition(symbol: String, jitDylib: String)
    /// Symbols failed to materialize (their unit failed, they were removed before they were
    /// ready, or something they depend on failed), keyed by JITDylib name. `underlying` is the
    /// error that started the failure, where one is known.
    case failedToMaterialize(symbols: [String: [String]], underlying: (any Error)?)
    /// The resource tracker was removed or merged into another (rules R3–R5).
    case resourceTrackerDefunct(jitDylib: String)
    /// A tracker of one JITDylib was used with another.
    case trackerOfOtherJITDylib(tracker: String, jitDylib: String)
    /// A JITDylib with this name already exists in the session.
    case jitDylibNameInUse(String)
    /// The JITDylib was removed from its session (or the session has ended).
    case jitDylibRemoved(String)
    /// A materialization responsibility was asked about symbols it is not responsible for.
    case symbolsNotInResponsibility(symbols: [String], jitDylib: String)
    /// `notifyResolved` gave flags that differ from the declared ones.
    case symbolFlagsMismatch(symbol: String, declared: SymbolFlags, resolved: SymbolFlags)
    /// `notifyEmitted` was called before these symbols were resolved.
    case symbolsNotResolved(symbols: [String], jitDylib: String)
    /// Emitted symbols depend on symbols that failed or were removed before they were ready.
    case unsatisfiedDependencies(symbols: [String], jitDylib: String, dependencies: [String: [String]])
    /// Aliases that only refer to each other can never be resolved.
    case aliasCycle(symbols: [String], jitDylib: String)
    /// Several errors, from several parties (for example resource managers during a removal).
    case multiple([any Error])

    public var description: String {
        switch self {
        case let .symbolsNotFound(symbols, order):
            return "symbols not found: \(symbols.sorted().joined(separator: ", ")) (searched \(order.joined(separator: ", ")))"
        case let .duplicateDefinition(symbol, jitDylib):
            return "duplicate definition of symbol '\(symbol)' in JITDylib '\(jitDylib)'"
        case let .failedToMaterialize(symbols, underlying):
            let listed = symbols.keys.sorted().map { "\($0): \(symbols[$0]!.sorted().joined(separator: ", "))" }
            let cause = underlying.map { ": \($0)" } ?? ""
            return "failed to materialize symbols { \(listed.joined(separator: "; ")) }\(cause)"
        case let .resourceTrackerDefunct(jitDylib):
            return "resource tracker of JITDylib '\(jitDylib)' is defunct (removed or transferred)"
        case let .trackerOfOtherJITDylib(tracker, jitDylib):
            return "resource tracker of JITDylib '\(tracker)' used with JITDylib '\(jitDylib)'"
        case let .jitDylibNameInUse(name):
            return "a JITDylib named '\(name)' already exists"
        case let .jitDylibRemoved(name):
            return "JITDylib '\(name)' has been removed"
        case let .symbolsNotInResponsibility(symbols, jitDylib):
            return "symbols \(symbols.sorted().joined(separator: ", ")) in JITDylib '\(jitDylib)' are not in this materialization responsibility"
        case let .symbolFlagsMismatch(symbol, declared, resolved):
            return "symbol '\(symbol)' resolved with flags \(resolved), declared \(declared)"
        case let .symbolsNotResolved(symbols, jitDylib):
            return "symbols \(symbols.sorted().joined(separator: ", ")) in JITDylib '\(jitDylib)' emitted before being resolved"
        case let .unsatisfiedDependencies(symbols, jitDylib, dependencies):
            let listed = dependencies.keys.sorted().map { "\($0): \(dependencies[$0]!.sorted().joined(separator: ", "))" }
            return "symbols \(symbols.sorted().joined(separator: ", ")) in JITDylib '\(jitDylib)' depend on symbols that failed or were removed { \(listed.joined(separator: "; ")) }"
        case let .aliasCycle(symbols, jitDylib):
            return "aliases \(symbols.sorted().joined(separator: ", ")) in JITDylib '\(jitDylib)' form a cycle"
        case let .multiple(errors):
            return errors.map { "\($0)" }.joined(separator: "; ")
        }
    }

    /// Combines errors into one: nil for none, the error itself for one, `.multiple` otherwise.
    static func combine(_ errors: [any Error]) -> (any Error)? {
        switch errors.count {
        case 0: nil
        case 1: errors[0]
        default: OrcError.multiple(errors)
        }
    }
}
