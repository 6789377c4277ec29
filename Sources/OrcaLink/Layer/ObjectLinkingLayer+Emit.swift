// ObjectLinkingLayer+Emit.swift — links an object that another layer produced for a
// responsibility it already holds (ORC's ObjectLayer::emit).

import OrcaCore

extension ObjectLinkingLayer {
    /// Links `object` for `responsibility`, the responsibility of a unit defined with
    /// `define(in:tracker:name:hasInitializers:_:)` that got `slot`. Its memory is recorded under
    /// the responsibility's tracker. Global symbols the object defines beyond the responsibility
    /// are claimed for it (weak ones that exist already bind to the existing definition); a
    /// symbol of the responsibility that the object does not define fails it. Never throws:
    /// every failure fails the responsibility, with the error naming the object.
    public func emit(_ object: ObjectFile, slot: ObjectSlot, for responsibility: MaterializationResponsibility) {
        guard let session else {
            responsibility.failMaterialization(OrcError.jitDylibRemoved(responsibility.jitDylib.name))
            return
        }
        do {
            let elf = try ELFFile(bytes: object.contents, file: object.name)
            let jitDylib = responsibility.jitDylib
            let groups = try elf.comdatGroups()
            let discarded = groups.isEmpty ? [] : try responsibility.withResourceKeyDo { key in
                claimComdatGroups(groups, in: jitDylib, for: key)
            }
            let scan = try ELFLinkGraphBuilder.scanSymbols(of: elf, session: session, discarding: discarded)
            noteCommons(scan.commons)
            let owned = responsibility.symbols
            let extra = scan.defined.filter { owned[$0.key] == nil }
            if !extra.isEmpty { try responsibility.defineMaterializing(extra) }
            let missing = owned.filter { !$0.value.contains(.materializationSideEffectsOnly) && scan.defined[$0.key] == nil }
            guard missing.isEmpty else {
                throw LinkError.missingDefinitions(file: object.name, symbols: missing.keys.map(\.string).sorted())
            }
            let unit = ObjectMaterializationUnit(elf: elf, scan: scan, discarded: discarded, sequence: slot.sequence, layer: self)
            ObjectLinker(object: unit, responsibility: responsibility).link()
        } catch {
            responsibility.failMaterialization(error)
        }
    }

    /// Links `object` for `responsibility` when its unit was not defined through
    /// `define(in:tracker:name:hasInitializers:_:)`: the object takes the next place in the link
    /// order, and its initializers run when it is ready (no `initialize(_:)` symbol stands for
    /// them). Otherwise as `emit(_:slot:for:)`.
    public func emit(_ object: ObjectFile, for responsibility: MaterializationResponsibility) {
        emit(object, slot: ObjectSlot(initializer: nil, sequence: nextSequence()), for: responsibility)
    }
}
