// DefinitionGenerator.swift — on-demand definitions for symbols a JITDylib lacks (spec rule C2).

/// Asked to define symbols that a lookup did not find in a JITDylib — for example from the host
/// process, a static archive or a shared library.
///
/// Generators run without the session lock. The session runs at most one generator pass per
/// JITDylib at a time, so a generator never races with itself for the same JITDylib.
public protocol DefinitionGenerator: AnyObject, Sendable {
    /// Defines (with `jitDylib.define`) whichever of `names` it can. Names it cannot define are
    /// simply left alone; throwing fails the lookup with the error.
    func tryToGenerate(
        _ kind: LookupKind, jitDylib: JITDylib, flags: JITDylibLookupFlags, names: SymbolLookupSet
    ) throws
}
