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
    private let records = Locked(RecordTable())
    private let commonSizes = Locked<[SymbolName: UInt64]>([:])
    /// Symbols standing for objects' initializers, per JITDylib, not yet looked up.
    private let pendingInitializers = Locked<[JITDylib: [SymbolName]]>([:])
    private let initializerCount = Locked(0)
    /// Numbers objects in the order they are added (the link order initializers follow).
    private let objectCount = Locked<UInt64>(0)
    /// Initializers whose objects became ready while `initialize(_:)` runs for their JITDylib:
    /// they run together, in link order, when it finishes.
    private let deferredInitializers = Locked<[JITDylib: (depth: Int, entries: [LifetimeEntry])]>([:])
    /// Where linked code goes.
    public let placement: Placement
    /// The names Orca binds itself (see `JITRuntime`), interned once for identity comparisons.
    let runtimeNames: [SymbolName]

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
        runtimeNames = [JITRuntime.dsoHandleName, JITRuntime.cxaAtexitName, JITRuntime.atexitName, ThreadLocalStorage.getAddressName]
            .map { session.intern($0) }
        session.register(resourceManager: self)
    }

    /// The memory for non-PIC code, created on first use.
    func lowMemory() throws -> JITMemoryManager {
        let low = try lowMemoryManager ?? JITMemoryManager.sharedLow()
        usedLowMemory.withLock { $0 = true }
        return low
    }

    private let usedLowMemory = Locked(false)

    /// Totals over the memory regions the layer has used.
    public var memoryStatistics: MemoryStatistics {
        var total = memory.statistics
        if usedLowMemory.withLock({ $0 }), let low = try? lowMemory(), low !== memory {
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
        let parsed = try ELFFile(bytes: object.contents, file: object.name)
        let owner = tracker?.key ?? jitDylib.defaultResourceTracker.key
        let discarded = claimComdatGroups(try parsed.comdatGroups(), in: jitDylib, for: owner)
        var scan = try ELFLinkGraphBuilder.scanSymbols(of: parsed, session: session, discarding: discarded)
        noteCommons(scan.commons)
        let hasInitializers = try parsed.hasInitializers()
        // The parsed file and the scan move into the unit (their tables are not copied); the
        // unit is made once.
        var elf = Optional(consume parsed)
        try define(in: jitDylib, tracker: tracker, name: object.name, hasInitializers: hasInitializers, session: session) { slot in
            if let initializer = slot.initializer { scan.defined[initializer] = .materializationSideEffectsOnly }
            var unitScan = ELFLinkGraphBuilder.SymbolTableScan()
            swap(&unitScan, &scan)
            return ObjectMaterializationUnit(elf: elf.take()!, scan: unitScan, discarded: discarded, sequence: slot.sequence, layer: self)
        }
    }

    /// Defines, in `jitDylib` under `tracker`, a unit that will produce one object when it is
    /// materialized (an IR module, say), giving it a place in the JITDylib's link order — the
    /// order initializers of different objects run in — and, if its object will have
    /// initializers, a symbol that stands for running them: the unit must include it in its
    /// symbols with `.materializationSideEffectsOnly`, so that `initialize(_:)` runs them even
    /// if nothing else of the object is looked up. The unit hands its object to
    /// `emit(_:slot:for:)` with the same slot.
    ///
    /// - Throws: whatever `makeUnit` or the definition throws.
    public func define<Unit: MaterializationUnit>(
        in jitDylib: JITDylib, tracker: ResourceTracker?, name: String, hasInitializers: Bool,
        _ makeUnit: (ObjectSlot) throws -> Unit
    ) throws {
        guard let session else { throw OrcError.jitDylibRemoved(jitDylib.name) }
        try define(in: jitDylib, tracker: tracker, name: name, hasInitializers: hasInitializers, session: session, makeUnit)
    }

    private func define<Unit: MaterializationUnit>(
        in jitDylib: JITDylib, tracker: ResourceTracker?, name: String, hasInitializers: Bool, session: ExecutionSession,
        _ makeUnit: (ObjectSlot) throws -> Unit
    ) throws {
        var initializer: SymbolName?
        if hasInitializers {
            let number = initializerCount.withLock { count in
                count += 1
                return count
            }
            initializer = session.intern("$orca.init.\(number).\(name)")
        }
        try jitDylib.define(makeUnit(ObjectSlot(initializer: initializer, sequence: nextSequence())), tracker: tracker, through: session)
        if let initializer { pendingInitializers.withLock { $0[jitDylib, default: []].append(initializer) } }
    }

    /// The next place in the link order.
    func nextSequence() -> UInt64 {
        objectCount.withLock { count in
            count += 1
            return count
        }
    }

    /// Remembers the largest size any object declared for each COMMON symbol.
    func noteCommons(_ commons: [SymbolName: UInt64]) {
        guard !commons.isEmpty else { return }
        commonSizes.withLock { sizes in for (name, size) in commons { sizes[name] = max(sizes[name] ?? 0, size) } }
    }

    /// The first object to bring a COMDAT group to a JITDylib provides it; a later object's group
    /// with the same signature is discarded whole. Returns the object's discarded sections.
    func claimComdatGroups(_ groups: [(signature: String, members: [Int])], in jitDylib: JITDylib, for owner: ResourceKey) -> Set<Int> {
        guard !groups.isEmpty else { return [] }
        return records.withLock { table in
            var discarded = Set<Int>()
            for group in groups {
                if table.comdats[jitDylib]?[group.signature] != nil {
                    discarded.formUnion(group.members)
                } else {
                    table.comdats[jitDylib, default: [:]][group.signature] = owner
                }
            }
            return discarded
        }
    }

    /// Links every object added to `jitDylib` that has initializers and not been linked yet, and
    /// runs their initializers as a native link would: all objects' together, by priority, then
    /// in the order the objects were added. Objects linked by other lookups run theirs on their
    /// own, before those lookups return.
    public func initialize(_ jitDylib: JITDylib) throws {
        guard let session else { throw OrcError.jitDylibRemoved(jitDylib.name) }
        let names = pendingInitializers.withLock { $0.removeValue(forKey: jitDylib) } ?? []
        guard !names.isEmpty else { return }
        deferredInitializers.withLock { $0[jitDylib, default: (0, [])].depth += 1 }
        defer {
            let ready = deferredInitializers.withLock { deferred -> [LifetimeEntry] in
                deferred[jitDylib]!.depth -= 1
                guard deferred[jitDylib]!.depth == 0 else { return [] }
                return deferred.removeValue(forKey: jitDylib)?.entries ?? []
            }
            JITRuntime.runInitializers(ready)
        }
        _ = try session.lookup(SymbolLookupSet(names, flags: .weaklyReferencedSymbol),
                               searchOrder: [JITDylibSearchEntry(jitDylib, .matchAllSymbols)])
    }

    /// An object's initializers, now that it is ready: run now, or with the others when
    /// `initialize(_:)` is running for the JITDylib.
    func initializersReady(_ entries: [LifetimeEntry], in jitDylib: JITDylib) {
        let deferred = deferredInitializers.withLock { deferred -> Bool in
            guard deferred[jitDylib] != nil else { return false }
            deferred[jitDylib]!.entries.append(contentsOf: entries)
            return true
        }
        if !deferred { JITRuntime.runInitializers(entries) }
    }

    /// Runs registered destructors of `key` (of every key if nil), newest first, one at a time
    /// from the live table, so that one registered while these run runs next (as exit() does).
    private func drainAtExit(_ key: ResourceKey?) {
        while let next = records.withLock({ table -> AtExitRegistration? in
            var newest: (key: ResourceKey, index: Int, sequence: UInt64)?
            for (owner, lifetime) in table.lifetimes where key == nil || owner == key {
                for (index, registration) in lifetime.atExit.enumerated() where registration.sequence > (newest?.sequence ?? 0) {
                    newest = (owner, index, registration.sequence)
                }
            }
            guard let newest else { return nil }
            return table.lifetimes[newest.key]!.atExit.remove(at: newest.index)
        }) {
            JITRuntime.run(next)
        }
    }

    /// At session end: every tracker's registered destructors, newest first across all of them,
    /// then all finalizers in one order, as at process exit.
    public func handleSessionEnd() {
        drainAtExit(nil as ResourceKey?)
        let finalizers = records.withLock { table -> [LifetimeEntry] in
            var all: [LifetimeEntry] = []
            for key in table.lifetimes.keys {
                all.append(contentsOf: table.lifetimes[key]!.finalizers)
                table.lifetimes[key]!.finalizers = []
            }
            return all
        }
        JITRuntime.runFinalizers(finalizers)
        drainAtExit(nil as ResourceKey?)
    }

    /// The DSO handle and `atexit` thunk of `key`'s code in `manager`'s region, made on first use
    /// (called within `withResourceKeyDo`, so it cannot race with the tracker's removal).
    func dsoHandle(for key: ResourceKey, in manager: JITMemoryManager, isLow: Bool) throws -> (handle: UInt64, atexitThunk: UInt64) {
        let slot = DSOHandleKey(key: key, isLow: isLow)
        if let existing = records.withLock({ $0.dsoHandles[slot] }) { return existing }
        let handle = try manager.allocate(size: 8, alignment: 8, permission: .readWrite)
        let thunk: JITAllocation
        do {
            thunk = try manager.allocate(size: 32, alignment: 16, permission: .readExecute)
        } catch {
            manager.deallocate(handle)
            throw error
        }
        manager.writablePointer(handle).storeBytes(of: 0, as: UInt64.self)
        JITRuntime.writeAtexitThunk(at: manager.writablePointer(thunk), thunkAddress: thunk.address, handle: handle.address)
        var linked = LinkedMemory()
        linked.allocations = [handle, thunk]
        linked.dsoHandles = [handle.address]
        record(linked, under: key)
        DSOHandles.add(handle.address, layer: self, key: key)
        let made = (handle.address, thunk.address)
        records.withLock { $0.dsoHandles[slot] = made }
        return made
    }

    /// Records a destructor JIT'd code registered (through `__cxa_atexit` or `atexit`).
    func recordAtExit(_ registration: AtExitRegistration, under key: ResourceKey) {
        records.withLock { $0.lifetimes[key, default: LinkedLifetime()].atExit.append(registration) }
    }

    /// The largest size any added object declared for a COMMON symbol.
    func commonSize(of name: SymbolName) -> UInt64? { commonSizes.withLock { $0[name] } }

    /// Returns memory freed by removals to the kernel: names no symbol uses any more, retained
    /// empty JIT slabs, and free pages of the process heap that bookkeeping for removed objects
    /// left behind (the C allocator keeps freed heap memory otherwise). The layer does this by
    /// itself once per 1024 removals that leave it holding at most half the objects it held at
    /// its peak since the last time; call it to release at once.
    public func releaseUnusedMemory() throws {
        session?.symbolStringPool.clearDeadEntries()
        try memory.trim()
        if usedLowMemory.withLock({ $0 }), let low = try? lowMemory(), low !== memory { try low.trim() }
        SystemMemory.releaseFreeHeapPages()
    }

    /// Whether `address` lies in JIT memory of this layer's position-independent region.
    func isJITMemory(_ address: UInt64) -> Bool {
        let base = UInt64(memory.executionBase)
        return address >= base && address - base < UInt64(memory.reservationSize)
    }

    /// Bytes of JIT memory recorded under `key`.
    public func memoryInUse(for key: ResourceKey) -> Int {
        records.withLock { $0.memory[key]?.reduce(0) { $0 + $1.size } ?? 0 }
    }

    func record(_ linked: LinkedMemory, under key: ResourceKey) {
        records.withLock { $0.add(linked, under: key) }
    }

    /// Frees what `linked` holds.
    func free(_ linked: LinkedMemory) { free(linked.allocations) }

    /// Frees blocks of either region.
    private func free(_ allocations: [JITAllocation]) {
        guard allocations.contains(where: { !isJITMemory($0.address) }) else {
            memory.deallocate(allocations)
            return
        }
        memory.deallocate(allocations.filter { isJITMemory($0.address) })
        if let low = try? lowMemory() { low.deallocate(allocations.filter { !isJITMemory($0.address) }) }
    }

    /// Runs the destructors the tracker's code registered (newest first), then its finalizers,
    /// unregisters its frames and frees its memory.
    public func handleRemoveResources(_ jitDylib: JITDylib, key: ResourceKey) throws {
        // Usually nothing of the key's runs at removal: then one pass under the lock does it.
        let quick = records.withLock { table -> (removed: LinkedMemory?, release: Bool)? in
            table.forgetClaims(of: key, in: jitDylib)
            if let lifetime = table.lifetimes[key], !lifetime.atExit.isEmpty || !lifetime.finalizers.isEmpty { return nil }
            guard let removed = table.take(key) else { return (nil, false) }
            return (removed, table.countRemoval())
        }
        let (taken, release) = quick ?? removeRunningDestructors(key)
        guard let removed = taken else { return }
        for frame in removed.ehFrames { JITRuntime.deregisterFrame?(UnsafeRawPointer(bitPattern: UInt(frame))) }
        for handle in removed.dsoHandles { DSOHandles.remove(handle) }
        for module in removed.threadLocalModules { ThreadLocalStorage.remove(module) }
        free(removed)
        if release { try? releaseUnusedMemory() }
    }

    /// Removal of a key whose code registered destructors or has finalizers: they run first
    /// (outside the lock: they are the program's code), then what is left is taken.
    private func removeRunningDestructors(_ key: ResourceKey) -> (removed: LinkedMemory?, release: Bool) {
        drainAtExit(key)
        guard var removed = records.withLock({ $0.take(key) }) else { return (nil, false) }
        JITRuntime.runFinalizers(removed.finalizers)
        // Destructors registered while finalizers ran run too.
        drainAtExit(key)
        return records.withLock { table in
            if let late = table.take(key) {
                removed.allocations += late.allocations
                removed.lifetime.merge(late.lifetime)
            }
            return (removed, table.countRemoval())
        }
    }

    public func handleTransferResources(_ jitDylib: JITDylib, destination: ResourceKey, source: ResourceKey) {
        let movedHandles = records.withLock { records -> [UInt64] in
            records.comdats[jitDylib] = records.comdats[jitDylib]?.mapValues { $0 == source ? destination : $0 }
            records.dsoHandles[DSOHandleKey(key: source, isLow: false)] = nil
            records.dsoHandles[DSOHandleKey(key: source, isLow: true)] = nil
            guard let moved = records.take(source) else { return [] }
            records.add(moved, under: destination)
            return moved.dsoHandles
        }
        DSOHandles.moveOwnership(of: movedHandles, to: destination)
    }
}

/// An object waiting to be linked, already parsed and its global names interned. A class, so
/// that the linker works on it in place rather than on copies of its parts.
final class ObjectMaterializationUnit: MaterializationUnit {
    let elf: ELFFile
    let scan: ELFLinkGraphBuilder.SymbolTableScan
    /// Sections of COMDAT groups another object provides.
    let discarded: Set<Int>
    /// The object's place in the link order.
    let sequence: UInt64
    let layer: ObjectLinkingLayer

    init(elf: ELFFile, scan: ELFLinkGraphBuilder.SymbolTableScan, discarded: Set<Int>, sequence: UInt64, layer: ObjectLinkingLayer) {
        self.elf = elf
        self.scan = scan
        self.discarded = discarded
        self.sequence = sequence
        self.layer = layer
    }

    var name: String { elf.file }
    var symbols: [SymbolName: SymbolFlags] { scan.defined }

    func materialize(_ responsibility: MaterializationResponsibility) {
        ObjectLinker(object: self, responsibility: responsibility).link()
    }

    func discard(_ jitDylib: JITDylib, symbol: SymbolName) {}
}

/// What linked code of one key holds: JIT memory (near the host's libraries and, for non-PIC
/// code, below 2 GiB), destructors and finalizers to run, frames registered with the unwinder,
/// and DSO handles.
struct LinkedMemory: Sendable {
    var allocations: [JITAllocation] = []
    var lifetime = LinkedLifetime()

    var finalizers: [LifetimeEntry] {
        get { lifetime.finalizers }
        set { lifetime.finalizers = newValue }
    }
    var ehFrames: [UInt64] {
        get { lifetime.ehFrames }
        set { lifetime.ehFrames = newValue }
    }
    var dsoHandles: [UInt64] {
        get { lifetime.dsoHandles }
        set { lifetime.dsoHandles = newValue }
    }
    var threadLocalModules: [UInt64] {
        get { lifetime.threadLocalModules }
        set { lifetime.threadLocalModules = newValue }
    }
}

/// What the layer keeps per key: memory blocks for every key, lifetime data (destructors,
/// frames, DSO handles, TLS modules) only for keys that have any, so that a plain object costs
/// one array.
private struct RecordTable {
    var memory: [ResourceKey: [JITAllocation]] = [:]
    var lifetimes: [ResourceKey: LinkedLifetime] = [:]
    /// Per tracker and region: the DSO handle and `atexit` thunk its code uses.
    var dsoHandles: [DSOHandleKey: (handle: UInt64, atexitThunk: UInt64)] = [:]
    /// COMDAT group signatures per JITDylib, and the tracker whose object provided each.
    var comdats: [JITDylib: [String: ResourceKey]] = [:]
    /// The most keys holding memory at once since memory was last released.
    private var peakKeys = 0
    /// Removals since memory was last released.
    private var removals = 0

    mutating func add(_ linked: LinkedMemory, under key: ResourceKey) {
        if !linked.allocations.isEmpty {
            if memory[key] == nil { memory[key] = linked.allocations } else { memory[key]!.append(contentsOf: linked.allocations) }
            peakKeys = max(peakKeys, memory.count)
        }
        if !linked.lifetime.isEmpty { lifetimes[key, default: LinkedLifetime()].merge(linked.lifetime) }
    }

    /// Forgets the DSO handles `key` was given and the COMDAT groups its objects provided.
    mutating func forgetClaims(of key: ResourceKey, in jitDylib: JITDylib) {
        if !dsoHandles.isEmpty {
            dsoHandles[DSOHandleKey(key: key, isLow: false)] = nil
            dsoHandles[DSOHandleKey(key: key, isLow: true)] = nil
        }
        if !comdats.isEmpty, let groups = comdats[jitDylib], groups.values.contains(key) {
            comdats[jitDylib] = groups.filter { $0.value != key }
        }
    }

    mutating func take(_ key: ResourceKey) -> LinkedMemory? {
        let blocks = memory.removeValue(forKey: key), lifetime = lifetimes.isEmpty ? nil : lifetimes.removeValue(forKey: key)
        memory.shrinkIfSparse()
        if lifetime != nil { lifetimes.shrinkIfSparse() }
        guard blocks != nil || lifetime != nil else { return nil }
        return LinkedMemory(allocations: blocks ?? [], lifetime: lifetime ?? LinkedLifetime())
    }

    /// Counts a removal; true when it is time to give unused memory back: at least 1024
    /// removals since the last time, leaving at most half the keys of the peak since then. Many
    /// removals in a row thus release memory a few times (the heap does not stay at its high
    /// mark), and a steady add/remove cycle about once per 1024 removals.
    mutating func countRemoval() -> Bool {
        removals += 1
        guard removals >= 1024, memory.count <= peakKeys / 2 else { return false }
        removals = 0
        peakKeys = memory.count
        return true
    }
}

/// Lifetime data of linked code, kept only where there is some.
struct LinkedLifetime: Sendable {
    var finalizers: [LifetimeEntry] = []
    var atExit: [AtExitRegistration] = []
    var ehFrames: [UInt64] = []
    var dsoHandles: [UInt64] = []
    var threadLocalModules: [UInt64] = []

    var isEmpty: Bool { finalizers.isEmpty && atExit.isEmpty && ehFrames.isEmpty && dsoHandles.isEmpty && threadLocalModules.isEmpty }

    mutating func merge(_ other: LinkedLifetime) {
        finalizers.append(contentsOf: other.finalizers)
        atExit.append(contentsOf: other.atExit)
        ehFrames.append(contentsOf: other.ehFrames)
        dsoHandles.append(contentsOf: other.dsoHandles)
        threadLocalModules.append(contentsOf: other.threadLocalModules)
    }
}

/// A tracker's DSO handle per memory region.
struct DSOHandleKey: Hashable {
    let key: ResourceKey
    let isLow: Bool
}
