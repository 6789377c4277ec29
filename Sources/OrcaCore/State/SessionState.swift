// SessionState.swift — all mutable state of an ExecutionSession, behind the session's one lock.
//
// Everything here runs with the session lock held. It never calls into units, generators,
// queries' handlers or other user code (apart from `ResourceManager.handleTransferResources`
// and `withResourceKeyDo` bodies, which the protocol documents); work that must run afterwards
// is collected in `Effects` and run by the session once the lock is released.

/// Identifies a JITDylib inside its session.
typealias DylibID = SerialID

/// One symbol of one JITDylib: the node of the dependency graph.
struct SymbolKey: Hashable {
    let dylib: DylibID
    let name: SymbolName

    func _rawHashValue(seed: Int) -> Int { name._rawHashValue(seed: seed &+ Int(truncatingIfNeeded: dylib.value)) }
}

/// A symbol table entry (32 bytes: a JITDylib holds one per symbol).
struct SymbolEntry {
    var address = ExecutorAddress.null
    /// The tracker that owns this symbol.
    var owner: ResourceKey
    /// The unit, responsibility or emission unit the symbol belongs to; which one depends on
    /// the state (they never coexist).
    private var link = SerialID.none
    var flags: SymbolFlags
    var state: SymbolState
    /// Set when materialization failed; the symbol then stays until its tracker is removed.
    var hasError = false

    init(flags: SymbolFlags, state: SymbolState, owner: ResourceKey, unit: SerialID = .none, responsibility: SerialID = .none) {
        self.flags = flags
        self.state = state
        self.owner = owner
        link = state == .neverSearched ? unit : responsibility
    }

    /// The unmaterialized unit defining it (state `.neverSearched`), else none.
    var unit: SerialID {
        get { state == .neverSearched ? link : .none }
        set { link = newValue }
    }

    /// The responsibility materializing it (states `.materializing` and `.resolved`), else none.
    var responsibility: SerialID {
        get { state == .materializing || state == .resolved ? link : .none }
        set { link = newValue }
    }

    /// The emission unit it belongs to while emitted but not ready, else none.
    var emissionUnit: SerialID {
        get { state == .emitted ? link : .none }
        set { link = newValue }
    }
}

/// A unit that has not been asked to materialize yet, with the symbols it still defines.
struct UnmaterializedUnit {
    let unit: any MaterializationUnit
    var symbols: [SymbolName: SymbolFlags]
}

/// Bookkeeping for a symbol that is not ready yet: who waits for it.
struct MaterializingInfo {
    var pendingQueries = QueryList()
    /// Emission units that cannot become ready before this symbol is emitted.
    var dependantUnits: Set<SerialID> = []
}

/// Something an emission unit waits for: a responsibility to emit (it emits all its symbols at
/// once), or a symbol that no responsibility is materializing yet.
enum WaitToken: Hashable {
    case responsibility(SerialID)
    case symbol(SymbolKey)

    func _rawHashValue(seed: Int) -> Int {
        switch self {
        case let .responsibility(id): mixedHash(id.value, seed: seed)
        case let .symbol(key): key._rawHashValue(seed: seed &+ 1)
        }
    }
}

/// Symbols emitted together (one dependence group) that wait, as one, for what is not emitted
/// yet. Waiting per unit and per responsibility, rather than per symbol, keeps emission cost
/// proportional to the objects involved, not to the number of symbols they define.
struct EmissionUnit {
    var symbols: [SymbolKey]
    var waitingFor: Set<WaitToken>
    /// The action to run once every unit of its emission is ready, else none.
    var readyAction = SerialID.none
}

/// Work to run once everything one emission defined is ready (for example initializers).
struct ReadyAction {
    var pendingUnits: Int
    let action: @Sendable () -> Void
}

/// What a live tracker owns, besides symbols listed by owner in the symbol table. A class, so
/// that the responsibilities reporting to it reach it without a table lookup.
final class TrackerRecord: @unchecked Sendable {
    // Invariant that makes this Sendable: reachable only from SessionState (the DylibState's
    // table and responsibility records), so only touched with the session lock held, which
    // also makes the run-time exclusivity checks of its fields redundant (they are off).
    let key: ResourceKey
    /// Symbols defined under the tracker (not kept for the default tracker, rule R6).
    @exclusivity(unchecked) var symbols = OwnedNames()
    /// False once the tracker was removed or transferred away (it is then defunct). After
    /// `symbols`, so that it sits in that struct's tail padding (the record stays 56 bytes).
    @exclusivity(unchecked) var isLive = true
    /// Responsibilities currently reporting to the tracker, as a list through the records.
    @exclusivity(unchecked) var firstResponsibility: ResponsibilityRecord?

    init(key: ResourceKey) { self.key = key }

    /// Adds a responsibility to the list (it must not be on any list).
    func attach(_ record: ResponsibilityRecord) {
        record.tracker = self
        record.isAttached = true
        record.next = firstResponsibility
        firstResponsibility?.previous = record
        firstResponsibility = record
    }

    /// The responsibilities on the list.
    var responsibilities: [ResponsibilityRecord] {
        var result: [ResponsibilityRecord] = []
        var next = firstResponsibility
        while let record = next {
            result.append(record)
            next = record.next
        }
        return result
    }
}

/// One JITDylib's state. A class, so that reading it never copies its tables and updating them
/// is always in place, however large they are.
final class DylibState: @unchecked Sendable {
    // Invariant that makes this Sendable: a DylibState is reachable only through the
    // SessionState that `ExecutionSession.state` (a `Locked`) guards, so only one thread at a
    // time touches it, with the session lock held. The same lock makes the run-time
    // exclusivity checks of its tables redundant, so they are turned off.
    let handle: JITDylib
    @exclusivity(unchecked) var symbols: [SymbolName: SymbolEntry] = [:]
    @exclusivity(unchecked) var units: [SerialID: UnmaterializedUnit] = [:]
    @exclusivity(unchecked) var materializing: [SymbolName: MaterializingInfo] = [:]
    /// Live (non-defunct) trackers, the default one included.
    @exclusivity(unchecked) var trackers: [ResourceKey: TrackerRecord] = [:]
    @exclusivity(unchecked) var defaultTracker: ResourceTracker
    @exclusivity(unchecked) var linkOrder: JITDylibSearchOrder
    @exclusivity(unchecked) var generators: [any DefinitionGenerator] = []

    init(handle: JITDylib, defaultTracker: ResourceTracker, linkOrder: JITDylibSearchOrder) {
        self.handle = handle
        self.defaultTracker = defaultTracker
        self.linkOrder = linkOrder
    }
}

/// A materialization in progress: the state behind one `MaterializationResponsibility`, which
/// holds it, so that its calls find it without a table lookup.
final class ResponsibilityRecord: @unchecked Sendable {
    // Invariant that makes this Sendable: its fields are read and written only with the
    // session lock held (the responsibility object only hands it back to SessionState), which
    // also makes the run-time exclusivity checks of its fields redundant (they are off); the
    // one exception, `unit`, is confined to one thread (see there).
    let id: SerialID
    let jitDylib: JITDylib
    let table: DylibState
    /// The tracker the responsibility reports to (its list holds this record while the
    /// record is attached); follows transfers.
    @exclusivity(unchecked) var tracker: TrackerRecord
    /// The symbols still to be resolved and emitted; empty once finished.
    @exclusivity(unchecked) var symbols: [SymbolName: SymbolFlags]
    /// Neighbours on the tracker's list. `previous` is unowned: the list's links keep records
    /// alive, and a record leaves the list before it goes.
    @exclusivity(unchecked) var next: ResponsibilityRecord?
    @exclusivity(unchecked) unowned(unsafe) var previous: ResponsibilityRecord?
    /// Whether the record is on its tracker's list.
    @exclusivity(unchecked) var isAttached = false
    /// The unit to materialize, until it is started. Not under the lock: set before the record
    /// is published and taken once, by `takeUnit()`, on the thread that runs the effects of the
    /// state change that made the record; no other thread touches it.
    @exclusivity(unchecked) private var unit: (any MaterializationUnit)?

    var dylib: DylibID { jitDylib.id }

    init(id: SerialID, table: DylibState, tracker: TrackerRecord, symbols: [SymbolName: SymbolFlags], unit: (any MaterializationUnit)? = nil) {
        self.id = id
        jitDylib = table.handle
        self.table = table
        self.tracker = tracker
        self.symbols = symbols
        self.unit = unit
    }

    /// The unit to start, once (see `unit`).
    func takeUnit() -> (any MaterializationUnit)? {
        defer { unit = nil }
        return unit
    }

    /// Takes the record off its tracker's list.
    func detach() {
        guard isAttached else { return }
        isAttached = false
        if let previous { previous.next = next } else if tracker.firstResponsibility === self { tracker.firstResponsibility = next }
        next?.previous = previous
        next = nil
        previous = nil
    }
}

/// The session's state.
struct SessionState {
    var dylibs: [DylibID: DylibState] = [:]
    var dylibNames: [String: DylibID] = [:]
    var dylibCreationOrder: [DylibID] = []
    var emissionUnits: [SerialID: EmissionUnit] = [:]
    /// Emission units waiting for each responsibility to emit.
    var responsibilityDependants: [SerialID: Set<SerialID>] = [:]
    var readyActions: [SerialID: ReadyAction] = [:]
    var resourceManagers: [any ResourceManager] = []
    var isEnded = false
    private var lastID: UInt64 = 0

    mutating func makeID() -> SerialID {
        lastID += 1
        return SerialID(value: lastID)
    }

    func dylibName(_ id: DylibID) -> String { dylibs[id]?.handle.name ?? "<removed>" }

    func entry(_ key: SymbolKey) -> SymbolEntry? { dylibs[key.dylib]?.symbols[key.name] }

    /// Groups symbol keys by JITDylib name, for error messages.
    func namesByDylib(_ keys: some Sequence<SymbolKey>) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for key in keys { result[dylibName(key.dylib), default: []].append(key.name.string) }
        return result
    }

    // MARK: Failure

    /// Moves `keys` and everything that depends on them to the error state and fails every
    /// query waiting on them (rule C6). Symbols no longer in the table are skipped.
    mutating func failSymbols(_ keys: [SymbolKey], underlying: (any Error)?, effects: inout Effects) {
        var worklist = keys
        var failed: [SymbolKey] = []
        var queriesToFail: [QueryRecord] = []
        while let key = worklist.popLast() {
            guard let entry = entry(key), !entry.hasError else { continue }
            dylibs[key.dylib]!.symbols[key.name]!.hasError = true
            failed.append(key)
            if entry.emissionUnit != .none, let unit = removeEmissionUnit(entry.emissionUnit) {
                worklist.append(contentsOf: unit.symbols)
            }
            if entry.responsibility != .none {
                for dependant in responsibilityDependants.removeValue(forKey: entry.responsibility) ?? [] {
                    if let unit = removeEmissionUnit(dependant) { worklist.append(contentsOf: unit.symbols) }
                }
            }
            guard let info = dylibs[key.dylib]!.materializing.removeValue(forKey: key.name) else { continue }
            queriesToFail.append(contentsOf: info.pendingQueries.all)
            for dependant in info.dependantUnits {
                if let unit = removeEmissionUnit(dependant) { worklist.append(contentsOf: unit.symbols) }
            }
        }
        guard !queriesToFail.isEmpty else { return }
        let error = OrcError.failedToMaterialize(symbols: namesByDylib(failed), underlying: underlying)
        for query in queriesToFail { failQuery(query, error, effects: &effects) }
    }

    mutating func register(_ unit: SerialID, waitingFor token: WaitToken) {
        switch token {
        case let .responsibility(id): responsibilityDependants[id, default: []].insert(unit)
        case let .symbol(key): dylibs[key.dylib]!.materializing[key.name, default: MaterializingInfo()].dependantUnits.insert(unit)
        }
    }

    mutating func unregister(_ unit: SerialID, from token: WaitToken) {
        switch token {
        case let .responsibility(id): responsibilityDependants[id]?.remove(unit)
        case let .symbol(key): dylibs[key.dylib]?.materializing[key.name]?.dependantUnits.remove(unit)
        }
    }

    /// Units waiting for responsibility `id` wait for `replacement` instead (or as well, when
    /// `keep`): used when a responsibility hands symbols to another, or back to the table.
    mutating func redirectDependants(of id: SerialID, to replacement: [WaitToken], keep: Bool) {
        guard let dependants = keep ? responsibilityDependants[id] : responsibilityDependants.removeValue(forKey: id) else { return }
        for unit in dependants where emissionUnits[unit] != nil {
            if !keep { emissionUnits[unit]!.waitingFor.remove(.responsibility(id)) }
            for token in replacement where emissionUnits[unit]!.waitingFor.insert(token).inserted { register(unit, waitingFor: token) }
        }
    }

    /// Deletes an emission unit that failed or was removed: its ready action never runs.
    mutating func removeEmissionUnit(_ id: SerialID) -> EmissionUnit? {
        guard let unit = detachEmissionUnit(id) else { return nil }
        if unit.readyAction != .none { readyActions[unit.readyAction] = nil }
        return unit
    }

    /// Counts down a ready action for a unit that became ready; runs it after the last one.
    mutating func unitBecameReady(_ unit: EmissionUnit, effects: inout Effects) {
        guard unit.readyAction != .none, readyActions[unit.readyAction] != nil else { return }
        readyActions[unit.readyAction]!.pendingUnits -= 1
        if readyActions[unit.readyAction]!.pendingUnits == 0, let done = readyActions.removeValue(forKey: unit.readyAction) {
            effects.append(readyAction: done.action)
        }
    }

    /// Deletes an emission unit and unregisters it from what it waited for.
    mutating func detachEmissionUnit(_ id: SerialID) -> EmissionUnit? {
        guard let unit = emissionUnits.removeValue(forKey: id) else { return nil }
        for token in unit.waitingFor { unregister(id, from: token) }
        for key in unit.symbols where dylibs[key.dylib]?.symbols[key.name]?.emissionUnit == id {
            dylibs[key.dylib]!.symbols[key.name]!.emissionUnit = .none
        }
        return unit
    }

    // MARK: Materialization

    /// Takes an unmaterialized unit out of the table and schedules its materialization.
    mutating func startMaterializing(unit unitID: SerialID, in table: DylibState, effects: inout Effects) {
        guard let pending = table.units.removeValue(forKey: unitID),
              let anySymbol = pending.symbols.keys.first,
              let owner = table.symbols[anySymbol]?.owner,
              let tracker = table.trackers[owner]
        else { return }
        let responsibilityID = makeID()
        for name in pending.symbols.keys {
            modify(&table.symbols[name]!) { entry in
                entry.state = .materializing
                entry.unit = .none
                entry.responsibility = responsibilityID
            }
        }
        let record = ResponsibilityRecord(id: responsibilityID, table: table, tracker: tracker, symbols: pending.symbols, unit: pending.unit)
        tracker.attach(record)
        effects.append(materialization: record)
    }

    /// `record`, if its tracker is not defunct.
    func liveResponsibility(_ record: ResponsibilityRecord) throws(OrcError) -> ResponsibilityRecord {
        guard record.tracker.isLive else { throw OrcError.resourceTrackerDefunct(jitDylib: record.jitDylib.name) }
        return record
    }

    /// Checks that `names` all belong to the responsibility.
    func requireResponsibility(_ record: ResponsibilityRecord, covers names: some Sequence<SymbolName>) throws(OrcError) {
        let outside = names.filter { record.symbols[$0] == nil }
        guard outside.isEmpty else {
            throw OrcError.symbolsNotInResponsibility(symbols: outside.map(\.string), jitDylib: record.jitDylib.name)
        }
    }
}

/// Runs `body` on `value` in place: one access to a table entry instead of one per field.
@inline(__always)
@discardableResult
func modify<Value, Result>(_ value: inout Value, _ body: (inout Value) -> Result) -> Result { body(&value) }
