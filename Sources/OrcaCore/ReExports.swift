// ReExports.swift — symbols defined as aliases of other symbols, in the same JITDylib or another
// (ORC's reexports / symbolAliases, and ReexportsGenerator).

/// What an alias stands for.
public struct SymbolAliasMapEntry: Sendable, Hashable {
    /// The symbol the alias resolves to.
    public var aliasee: SymbolName
    /// The alias's own flags.
    public var flags: SymbolFlags

    public init(aliasee: SymbolName, flags: SymbolFlags) {
        self.aliasee = aliasee
        self.flags = flags
    }
}

/// Aliases by name.
public typealias SymbolAliasMap = [SymbolName: SymbolAliasMapEntry]

/// Defines aliases that resolve to other symbols. Materializing looks the aliasees up (which
/// materializes them if needed); an alias becomes ready when its aliasee is ready.
public struct ReExportsMaterializationUnit: MaterializationUnit {
    /// Where aliasees are looked up; nil means the JITDylib the aliases are defined in.
    public let source: JITDylib?
    /// Which of the source's symbols may be aliased.
    public let sourceFlags: JITDylibLookupFlags
    /// The aliases.
    public let aliases: SymbolAliasMap

    public init(source: JITDylib?, sourceFlags: JITDylibLookupFlags, aliases: SymbolAliasMap) {
        self.source = source
        self.sourceFlags = sourceFlags
        self.aliases = aliases
    }

    public var name: String { "<reexports from \(source?.name ?? "self")>" }

    public var symbols: [SymbolName: SymbolFlags] { aliases.mapValues { $0.flags } }

    public func materialize(_ responsibility: MaterializationResponsibility) {
        let target = responsibility.jitDylib
        let sourceDylib = source ?? target
        let owned = aliases.filter { responsibility.symbols[$0.key] != nil }
        let requested = responsibility.requestedSymbols
        do {
            // Unrequested aliases stay lazy.
            let unrequested = owned.filter { !requested.contains($0.key) }
            if !unrequested.isEmpty { try responsibility.replace(Self(source: source, sourceFlags: sourceFlags, aliases: unrequested)) }
            var wanted = owned.filter { requested.contains($0.key) }
            // Aliases that lead back to themselves can never resolve: fail them alone.
            let cyclic = sourceDylib === target ? wanted.keys.filter { Self.leadsToCycle(from: $0, in: owned) } : []
            if !cyclic.isEmpty {
                let error = OrcError.aliasCycle(symbols: cyclic.map(\.string), jitDylib: target.name)
                try responsibility.delegate(Set(cyclic)).failMaterialization(error)
                target.session?.reportError(error)
                for name in cyclic { wanted[name] = nil }
            }
            guard !wanted.isEmpty else { return }
            // An alias of another alias being materialized here waits for a later round.
            let now = wanted.filter { sourceDylib !== target || wanted[$0.value.aliasee] == nil }
            let later = wanted.filter { now[$0.key] == nil }
            if !later.isEmpty { try responsibility.replace(Self(source: source, sourceFlags: sourceFlags, aliases: later)) }
            resolve(now, from: sourceDylib, responsibility)
        } catch {
            target.session?.reportError(error)
            responsibility.failMaterialization(error)
        }
    }

    /// Whether following aliases of `aliases` from `start` comes back to an alias already seen.
    private static func leadsToCycle(from start: SymbolName, in aliases: SymbolAliasMap) -> Bool {
        var seen: Set<SymbolName> = [start]
        var current = start
        while let next = aliases[current]?.aliasee {
            guard seen.insert(next).inserted else { return true }
            current = next
        }
        return false
    }

    private func resolve(_ aliases: SymbolAliasMap, from sourceDylib: JITDylib, _ responsibility: MaterializationResponsibility) {
        guard let session = sourceDylib.session else {
            responsibility.failMaterialization(OrcError.jitDylibRemoved(sourceDylib.name))
            return
        }
        let aliasees = Set(aliases.values.map(\.aliasee))
        session.lookup(SymbolLookupSet(aliasees), searchOrder: [JITDylibSearchEntry(sourceDylib, sourceFlags)],
                       requiredState: .resolved) { result in
            do {
                let found = try result.get()
                try responsibility.notifyResolved(aliases.mapValues { alias in
                    ExecutorSymbol(address: found[alias.aliasee]!.address, flags: alias.flags)
                })
                try responsibility.notifyEmitted(dependencies: [sourceDylib: aliasees])
            } catch {
                session.reportError(error)
                responsibility.failMaterialization(error)
            }
        }
    }

    public func discard(_ jitDylib: JITDylib, symbol: SymbolName) {}
}

/// A unit re-exporting `aliases` from `source` into the JITDylib it is defined in.
public func reexports(
    from source: JITDylib, _ aliases: SymbolAliasMap, sourceFlags: JITDylibLookupFlags = .matchExportedSymbolsOnly
) -> ReExportsMaterializationUnit {
    ReExportsMaterializationUnit(source: source, sourceFlags: sourceFlags, aliases: aliases)
}

/// A unit defining `aliases` of symbols of the JITDylib it is defined in.
public func symbolAliases(_ aliases: SymbolAliasMap) -> ReExportsMaterializationUnit {
    ReExportsMaterializationUnit(source: nil, sourceFlags: .matchAllSymbols, aliases: aliases)
}

/// Re-exports, under the same names and flags, whichever of `names` `source` defines (ORC's
/// buildSimpleReexportsAliasMap + reexports). Runs `source`'s generators.
///
/// - Throws: `OrcError.symbolsNotFound` if `source` lacks any of them.
public func reexports(from source: JITDylib, names: [SymbolName]) throws -> ReExportsMaterializationUnit {
    guard let session = source.session else { throw OrcError.jitDylibRemoved(source.name) }
    let flags = try session.lookupFlags(SymbolLookupSet(names), searchOrder: [JITDylibSearchEntry(source, .matchAllSymbols)])
    return reexports(from: source, flags.reduce(into: SymbolAliasMap()) { $0[$1.key] = SymbolAliasMapEntry(aliasee: $1.key, flags: $1.value) },
                     sourceFlags: .matchAllSymbols)
}

/// A generator that re-exports symbols of another JITDylib on demand, optionally filtered.
public final class ReexportsGenerator: DefinitionGenerator {
    /// The JITDylib whose symbols are re-exported.
    public let source: JITDylib
    private let sourceFlags: JITDylibLookupFlags
    private let allow: @Sendable (SymbolName) -> Bool

    public init(
        source: JITDylib, sourceFlags: JITDylibLookupFlags = .matchExportedSymbolsOnly,
        allow: @escaping @Sendable (SymbolName) -> Bool = { _ in true }
    ) {
        self.source = source
        self.sourceFlags = sourceFlags
        self.allow = allow
    }

    public func tryToGenerate(
        _ kind: LookupKind, jitDylib: JITDylib, flags: JITDylibLookupFlags, names: SymbolLookupSet
    ) throws {
        guard let session = source.session else { return }
        let candidates = SymbolLookupSet(names.names.filter(allow), flags: .weaklyReferencedSymbol)
        guard !candidates.isEmpty else { return }
        let found = try session.lookupFlags(candidates, searchOrder: [JITDylibSearchEntry(source, sourceFlags)], kind: kind)
        guard !found.isEmpty else { return }
        let aliases = found.reduce(into: SymbolAliasMap()) { $0[$1.key] = SymbolAliasMapEntry(aliasee: $1.key, flags: $1.value) }
        try jitDylib.define(reexports(from: source, aliases, sourceFlags: sourceFlags))
    }
}
