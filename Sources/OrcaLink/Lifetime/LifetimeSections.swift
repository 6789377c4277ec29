// LifetimeSections.swift — which sections hold initializers and finalizers, and the order a
// native link runs them in.

/// A section of function pointers run at start-up or shut-down.
struct LifetimeSection {
    enum Kind {
        case preinitArray, initArray, ctors, finiArray, dtors
    }

    let section: Int
    let kind: Kind
    /// Sort key: prioritized sections (`.init_array.NNNNN`, `.ctors.NNNNN`) by priority, then the
    /// unprioritized ones, as `ld` orders them.
    let priority: Int

    /// Recognises `.preinit_array`, `.init_array[.N]`, `.ctors[.N]`, `.fini_array[.N]`, `.dtors[.N]`.
    init?(section: Int, name: NameBytes) {
        self.section = section
        guard name.bytes.count >= 6, name.bytes[0] == UInt8(ascii: ".") else { return nil }
        func suffix(after prefix: StaticString) -> Int?? {
            guard name.hasPrefix(prefix) else { return nil }
            let rest = name.dropFirst(prefix.utf8CodeUnitCount)
            if rest.bytes.isEmpty { return .some(nil) }
            guard rest.bytes[0] == UInt8(ascii: "."), let number = rest.dropFirst(1).decimal else { return nil }
            return .some(number)
        }
        let unprioritized = 65536
        if name.equals(".preinit_array") {
            (kind, priority) = (.preinitArray, 0)
        } else if let number = suffix(after: ".init_array") {
            (kind, priority) = (.initArray, number ?? unprioritized)
        } else if let number = suffix(after: ".ctors") {
            (kind, priority) = (.ctors, number.map { 65535 - $0 } ?? unprioritized)
        } else if let number = suffix(after: ".fini_array") {
            (kind, priority) = (.finiArray, number ?? unprioritized)
        } else if let number = suffix(after: ".dtors") {
            (kind, priority) = (.dtors, number.map { 65535 - $0 } ?? unprioritized)
        } else {
            return nil
        }
    }

    var isInitializer: Bool { kind == .preinitArray || kind == .initArray || kind == .ctors }
}

/// One initializer or finalizer with what orders it among all objects' (as a linker orders the
/// merged arrays): priority, then the object's position in the link, then its place in the object.
struct LifetimeEntry: Sendable, Comparable {
    let priority: Int
    let object: UInt64
    let position: Int
    let function: UInt64

    static func < (lhs: LifetimeEntry, rhs: LifetimeEntry) -> Bool {
        (lhs.priority, lhs.object, lhs.position) < (rhs.priority, rhs.object, rhs.position)
    }
}

enum LifetimeFunctions {
    /// The graph's initializers and finalizers, read from the (fixed-up) section contents, for
    /// object number `object`. Initializers run in ascending order; finalizers in descending
    /// order (a finalizer array runs from its end to its start).
    static func collect(
        _ graph: LinkGraph, memory: GraphWriteView, object: UInt64
    ) -> (initializers: [LifetimeEntry], finalizers: [LifetimeEntry]) {
        var initializers: [LifetimeEntry] = [], finalizers: [LifetimeEntry] = []
        guard !graph.lifetimeSections.isEmpty else { return ([], []) }
        let ordered = graph.lifetimeSections.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
        for (_, lifetime) in ordered {
            guard let base = memory.pointer(to: graph.sections[lifetime.section]) else { continue }
            let count = Int(graph.sections[lifetime.section].size / 8)
            var values = (0..<count).map { base.load(fromByteOffset: $0 * 8, as: UInt64.self) }
            values.removeAll { $0 == 0 || $0 == UInt64.max }
            // .ctors and .dtors run back to front within a section.
            if lifetime.kind == .ctors || lifetime.kind == .dtors { values.reverse() }
            // .preinit_array runs before every .init_array.
            let priority = lifetime.kind == .preinitArray ? -1 : lifetime.priority
            for function in values {
                if lifetime.isInitializer {
                    initializers.append(LifetimeEntry(priority: priority, object: object, position: initializers.count, function: function))
                } else {
                    finalizers.append(LifetimeEntry(priority: priority, object: object, position: finalizers.count, function: function))
                }
            }
        }
        return (initializers, finalizers)
    }
}
