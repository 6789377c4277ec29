// SymbolPool.swift — the C API's symbol string pool: reference-counted entries, one per name,
// each holding the name as a C string for LLVMOrcSymbolStringPoolEntryStr.

import CLLVM
import Glibc
import OrcaCore

/// One interned name as the C API sees it.
final class PoolEntry {
    let name: SymbolName
    let cString: UnsafeMutablePointer<CChar>
    unowned let pool: CompatSymbolPool
    /// References the C host holds (guarded by the pool's lock).
    var count = 0

    init(name: SymbolName, pool: CompatSymbolPool) {
        self.name = name
        cString = strdup(name.string)
        self.pool = pool
    }

    deinit { free(cString) }
}

/// The entries of one ExecutionSession. Entries live while the host holds references to them,
/// and until `clearDeadEntries()` after that (so an entry's string stays valid while a callback
/// borrows it).
final class CompatSymbolPool: @unchecked Sendable {
    // Invariant: `entries` and every entry's `count` are touched only inside `state.withLock`.
    private let state = Locked(())
    private nonisolated(unsafe) var entries: [SymbolName: PoolEntry] = [:]
    let session: ExecutionSession

    init(session: ExecutionSession) { self.session = session }

    /// The entry for `name`, with one more reference for the caller.
    func retainedEntry(_ name: SymbolName) -> OpaquePointer {
        state.withLock { _ in
            let entry = entries[name] ?? PoolEntry(name: name, pool: self)
            entries[name] = entry
            entry.count += 1
            return Handle.borrowed(entry)
        }
    }

    /// The entry for `name` as a string.
    func retainedEntry(_ string: String) -> OpaquePointer { retainedEntry(session.intern(string)) }

    func retain(_ entry: PoolEntry) { state.withLock { _ in entry.count += 1 } }

    func release(_ entry: PoolEntry) { state.withLock { _ in entry.count -= 1 } }

    /// Forgets entries no one references, then Orca's own unused names.
    func clearDeadEntries() {
        state.withLock { _ in entries = entries.filter { $0.value.count > 0 } }
        session.symbolStringPool.clearDeadEntries()
    }

    /// The name behind an entry reference.
    static func name(_ reference: OpaquePointer?) -> SymbolName { Handle.object(reference, as: PoolEntry.self).name }
}

/// LLVM 14's `LLVMOrcExecutionSessionGetSymbolStringPool` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcExecutionSessionGetSymbolStringPool")
public func executionSessionGetSymbolStringPool(_ session: LLVMOrcExecutionSessionRef?) -> LLVMOrcSymbolStringPoolRef? {
    Handle.borrowed(Handle.object(session, as: CompatSession.self).pool)
}

/// LLVM 14's `LLVMOrcSymbolStringPoolClearDeadEntries` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcSymbolStringPoolClearDeadEntries")
public func symbolStringPoolClearDeadEntries(_ pool: LLVMOrcSymbolStringPoolRef?) {
    Handle.object(pool, as: CompatSymbolPool.self).clearDeadEntries()
}

/// LLVM 14's `LLVMOrcExecutionSessionIntern` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcExecutionSessionIntern")
public func executionSessionIntern(_ session: LLVMOrcExecutionSessionRef?, _ name: UnsafePointer<CChar>?) -> LLVMOrcSymbolStringPoolEntryRef? {
    Handle.object(session, as: CompatSession.self).pool.retainedEntry(String(cString: name!))
}

/// LLVM 14's `LLVMOrcRetainSymbolStringPoolEntry` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcRetainSymbolStringPoolEntry")
public func retainSymbolStringPoolEntry(_ entry: LLVMOrcSymbolStringPoolEntryRef?) {
    let entry = Handle.object(entry, as: PoolEntry.self)
    entry.pool.retain(entry)
}

/// LLVM 14's `LLVMOrcReleaseSymbolStringPoolEntry` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcReleaseSymbolStringPoolEntry")
public func releaseSymbolStringPoolEntry(_ entry: LLVMOrcSymbolStringPoolEntryRef?) {
    let entry = Handle.object(entry, as: PoolEntry.self)
    entry.pool.release(entry)
}

/// LLVM 14's `LLVMOrcSymbolStringPoolEntryStr` (llvm-c/Orc.h), on Orca, with LLVM's signature and ownership rules.
@_cdecl("LLVMOrcSymbolStringPoolEntryStr")
public func symbolStringPoolEntryStr(_ entry: LLVMOrcSymbolStringPoolEntryRef?) -> UnsafePointer<CChar>? {
    UnsafePointer(Handle.object(entry, as: PoolEntry.self).cString)
}
