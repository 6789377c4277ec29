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
    private let records = Locked<[ResourceKey: LinkedMemory]>([:])
    private let commonSizes = Locked<[SymbolName: UInt64]>([:])
    /// Where linked code goes.
    public let placement: Placement

    /// Which JIT memory the layer links into.
    public enum Placement: Sendable {
        /// Position-independent code near the host's libraries, non-PIC code below 2 GiB.
        case automatic
        /// Everything below 2 GiB: for programs of non-PIC objects, whose data references to each
        /// other must fit in 32 bits wherever each object was compiled.
        case low32Bit
    }

    /// Creates the layer and registers it with `session` as a resource manager. Uses the
    /// process-wide JIT memory unless given managers: `memory` for position-independent code,
    /// `lowMemory` (below 2 GiB) for non-PIC code.
    public init(
        session: ExecutionSession, memory: JITMemoryManager? = nil, lowMemory: JITMemoryManager? = nil, placement: Placement = .automatic
    ) throws {
        self.session = session
        self.placement = placement
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
        let scan = try ELFLinkGraphBuilder.scanSymbols(of: elf, session: session)
        if !scan.commons.isEmpty {
            commonSizes.withLock { sizes in for (name, size) in scan.commons { sizes[name] = max(sizes[name] ?? 0, size) } }
        }
        try jitDylib.define(ObjectMaterializationUnit(elf: elf, scan: scan, layer: self), tracker: tracker)
    }

    /// The largest size any added object declared for a COMMON symbol.
    func commonSize(of name: SymbolName) -> UInt64? { commonSizes.withLock { $0[name] } }

    /// Returns memory freed by removals to the kernel: names no symbol uses any more, retained
    /// empty JIT slabs, and free pages of
    /// the process heap that bookkeeping for many removed objects left behind (the C allocator
    /// keeps freed heap memory otherwise). Worth calling after removing many objects at once.
    public func releaseUnusedMemory() throws {
        session?.symbolStringPool.clearDeadEntries()
        try memory.trim()
        if let low = lowMemoryManager ?? (try? JITMemoryManager.sharedLow()), low !== memory { try low.trim() }
        SystemMemory.releaseFreeHeapPages()
    }

    /// Whether `address` lies in JIT memory of this layer's position-independent region.
    func isJITMemory(_ address: UInt64) -> Bool {
        let base = UInt64(memory.executionBase)
        return address >= base && address - base < UInt64(memory.reservationSize)
    }

    /// Bytes of JIT memory recorded under `key`.
    public func memoryInUse(for key: ResourceKey) -> Int {
        records.withLock { $0[key].map { ($0.nearHost + $0.low).reduce(0) { $0 + $1.size } } ?? 0 }
    }

    func record(_ linked: LinkedMemory, under key: ResourceKey) {
        records.withLock { $0[key, default: LinkedMemory()].merge(linked) }
    }

    /// Frees what `linked` holds.
    func free(_ linked: LinkedMemory) {
        for allocation in linked.nearHost { memory.deallocate(allocation) }
        if !linked.low.isEmpty, let low = try? lowMemory() {
            for allocation in linked.low { low.deallocate(allocation) }
        }
    }

    public func handleRemoveResources(_ jitDylib: JITDylib, key: ResourceKey) throws {
        let removed = records.withLock { records in
            defer { records.shrinkIfSparse() }
            return records.removeValue(forKey: key)
        }
        if let removed { free(removed) }
    }

    public func handleTransferResources(_ jitDylib: JITDylib, destination: ResourceKey, source: ResourceKey) {
        records.withLock { records in
            guard let moved = records.removeValue(forKey: source) else { return }
            records[destination, default: LinkedMemory()].merge(moved)
        }
    }
}

/// An object waiting to be linked, already parsed and its global names interned.
struct ObjectMaterializationUnit: MaterializationUnit {
    let elf: ELFFile
    let scan: ELFLinkGraphBuilder.SymbolTableScan
    let layer: ObjectLinkingLayer

    var name: String { elf.file }
    var symbols: [SymbolName: SymbolFlags] { scan.defined }

    func materialize(_ responsibility: MaterializationResponsibility) {
        ObjectLinker(elf: elf, globalNames: scan.globalNames, layer: layer, responsibility: responsibility).link()
    }

    func discard(_ jitDylib: JITDylib, symbol: SymbolName) {}
}

/// JIT memory recorded under one key: blocks near the host's libraries and, for non-PIC code,
/// blocks below 2 GiB.
struct LinkedMemory: Sendable {
    var nearHost: [JITAllocation] = []
    var low: [JITAllocation] = []

    mutating func merge(_ other: LinkedMemory) {
        nearHost.append(contentsOf: other.nearHost)
        low.append(contentsOf: other.low)
    }
}
