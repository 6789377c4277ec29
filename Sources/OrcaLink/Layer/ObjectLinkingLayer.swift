// ObjectLinkingLayer.swift — adds relocatable objects to JITDylibs and links them on demand; as
// a ResourceManager it frees an object's memory when its tracker is removed.

import OrcaCore

/// Links ELF x86-64 relocatable objects into JIT memory (ORC's ObjectLinkingLayer).
///
/// `add(_:to:tracker:)` defines the object's global symbols at once (from its symbol table);
/// nothing is linked until one of them is looked up. Linking resolves the object's references
/// along its JITDylib's link order, so objects may refer to each other in any order (cycles
/// included). The memory of a linked object is recorded under its tracker's key and freed when
/// the tracker is removed. Thread-safe.
public final class ObjectLinkingLayer: ResourceManager {
    /// The session the layer serves (the layer does not keep it alive).
    public weak let session: ExecutionSession?
    /// Where linked code and data live (near the host's libraries).
    public let memory: JITMemoryManager
    private let lowMemoryManager: JITMemoryManager?
    private let records = Locked<[ResourceKey: [LinkedMemory]]>([:])

    /// Creates the layer and registers it with `session` as a resource manager. Uses the
    /// process-wide JIT memory unless given managers: `memory` for position-independent code,
    /// `lowMemory` (below 2 GiB) for non-PIC code.
    public init(session: ExecutionSession, memory: JITMemoryManager? = nil, lowMemory: JITMemoryManager? = nil) throws {
        self.session = session
        self.memory = try memory ?? JITMemoryManager.shared()
        lowMemoryManager = lowMemory
        session.register(resourceManager: self)
    }

    /// The memory for non-PIC code, created on first use.
    func lowMemory() throws -> JITMemoryManager { try lowMemoryManager ?? JITMemoryManager.sharedLow() }

    /// Totals over both memory regions the layer uses.
    public var memoryStatistics: MemoryStatistics {
        var total = memory.statistics
        if let low = lowMemoryManager ?? (try? JITMemoryManager.sharedLow()), low !== memory {
            let statistics = low.statistics
            total.reserved += statistics.reserved
            total.committed += statistics.committed
            total.inUse += statistics.inUse
        }
        return total
    }

    /// Defines `object`'s global symbols in `jitDylib`, owned by `tracker` (or the default
    /// tracker). The object is linked when one of them is first looked up.
    ///
    /// - Throws: `LinkError` if the object is malformed or unsupported; `OrcError` if a symbol is
    ///   already defined.
    public func add(_ object: ObjectFile, to jitDylib: JITDylib, tracker: ResourceTracker? = nil) throws {
        guard let session else { throw OrcError.jitDylibRemoved(jitDylib.name) }
        let elf = try ELFFile(bytes: object.bytes, file: object.name)
        let symbols = try ELFLinkGraphBuilder.definedSymbols(of: elf, session: session)
        try jitDylib.define(ObjectMaterializationUnit(object: object, symbols: symbols, layer: self), tracker: tracker)
    }

    /// Bytes of JIT memory recorded under `key`.
    public func memoryInUse(for key: ResourceKey) -> Int {
        records.withLock { $0[key]?.reduce(0) { total, linked in linked.allocations.reduce(total) { $0 + $1.size } } ?? 0 }
    }

    func record(_ linked: LinkedMemory, under key: ResourceKey) {
        records.withLock { $0[key, default: []].append(linked) }
    }

    public func handleRemoveResources(_ jitDylib: JITDylib, key: ResourceKey) throws {
        let removed = records.withLock { $0.removeValue(forKey: key) } ?? []
        for linked in removed { linked.free() }
    }

    public func handleTransferResources(_ jitDylib: JITDylib, destination: ResourceKey, source: ResourceKey) {
        records.withLock { records in
            guard let moved = records.removeValue(forKey: source) else { return }
            records[destination, default: []].append(contentsOf: moved)
        }
    }
}

/// An object waiting to be linked.
struct ObjectMaterializationUnit: MaterializationUnit {
    let object: ObjectFile
    let symbols: [SymbolName: SymbolFlags]
    let layer: ObjectLinkingLayer

    var name: String { object.name }

    func materialize(_ responsibility: MaterializationResponsibility) {
        ObjectLinker(object: object, layer: layer, responsibility: responsibility).link()
    }

    func discard(_ jitDylib: JITDylib, symbol: SymbolName) {}
}

/// The memory of one linked object: what to give back when its tracker goes.
struct LinkedMemory: Sendable {
    let manager: JITMemoryManager
    var allocations: [JITAllocation]

    func free() {
        for allocation in allocations { manager.deallocate(allocation) }
    }
}
