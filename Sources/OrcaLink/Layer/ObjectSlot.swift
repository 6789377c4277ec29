// ObjectSlot.swift — an object's place among the objects of its JITDylib, reserved when the unit
// that produces it is defined.

import OrcaCore

/// Where an object that a unit will produce stands among its JITDylib's objects: its position in
/// the link order (which orders initializers across objects) and the symbol, if any, that stands
/// for running its initializers. Made by `ObjectLinkingLayer.define(in:tracker:name:hasInitializers:_:)`.
public struct ObjectSlot: Sendable {
    /// The symbol the unit must define (with `.materializationSideEffectsOnly`) so that
    /// `ObjectLinkingLayer.initialize(_:)` links the object; nil if it has no initializers.
    public let initializer: SymbolName?
    /// The order objects were added in.
    let sequence: UInt64
}
