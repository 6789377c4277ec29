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
    init?(section: Int, name: String) {
        self.section = section
        func suffix(after prefix: String) -> Int?? {
            guard name.hasPrefix(prefix) else { return nil }
            let rest = name.dropFirst(prefix.count)
            if rest.isEmpty { return .some(nil) }
            guard rest.first == ".", let number = Int(rest.dropFirst()) else { return nil }
            return .some(number)
        }
        let unprioritized = 65536
        if name == ".preinit_array" {
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

enum LifetimeFunctions {
    /// The graph's initializers in the order they run, and its finalizers in the order they run,
    /// read from the (fixed-up) section contents.
    static func collect(_ graph: LinkGraph, memory: [UnsafeMutableRawPointer?]) -> (initializers: [UInt64], finalizers: [UInt64]) {
        func entries(_ lifetime: LifetimeSection) -> [UInt64] {
            guard let base = memory[lifetime.section] else { return [] }
            let count = Int(graph.sections[lifetime.section].size / 8)
            var values = (0..<count).map { base.load(fromByteOffset: $0 * 8, as: UInt64.self) }
            values.removeAll { $0 == 0 || $0 == UInt64.max }
            // .ctors and .dtors run back to front within a section.
            return lifetime.kind == .ctors || lifetime.kind == .dtors ? values.reversed() : values
        }
        let sorted = graph.lifetimeSections.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }.map(\.element)
        let preinit = sorted.filter { $0.kind == .preinitArray }.flatMap(entries)
        let initializers = preinit + sorted.filter { $0.kind == .initArray || $0.kind == .ctors }.flatMap(entries)
        // A finalizer array runs from its end to its start.
        let finalizers = Array(sorted.filter { !$0.isInitializer }.flatMap(entries).reversed())
        return (initializers, finalizers)
    }
}
