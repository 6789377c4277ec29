// JITMemoryManager.swift — memory for linked code and data, given back when code is removed.
//
// One reservation of address space, backed by a memory file mapped twice: the execution view,
// where code runs and data lives, and a write view. Pages of the execution view get their
// protection (r-x, r--, rw-) once, when a slab is carved for one permission, and keep it while
// anything lives there: code is written through the write view, so it is never writable and
// executable at once, and adding code never changes the protection of pages running code uses.
// Small allocations come from size-class slabs (no system call per object); large ones take
// whole pages. Emptied memory is punched out of the memory file, so resident memory goes back
// to where it was.

import OrcaCore
import Synchronization

/// Where JIT memory stands, in bytes.
public struct MemoryStatistics: Sendable, Equatable, CustomStringConvertible {
    /// Address space reserved for JIT code and data.
    public var reserved: Int
    /// Pages taken from the reservation for slabs and large allocations (not given back yet).
    public var committed: Int
    /// Bytes handed out to linked objects.
    public var inUse: Int

    public init(reserved: Int, committed: Int, inUse: Int) {
        self.reserved = reserved
        self.committed = committed
        self.inUse = inUse
    }

    public var description: String { "reserved \(reserved) B, committed \(committed) B, in use \(inUse) B" }
}

/// A block of JIT memory for one permission (16 bytes: linked objects keep one per permission).
struct JITAllocation: Sendable {
    let address: UInt64
    private let sizeAndPermission: UInt32
    /// Slab the block came from, or -1 for whole pages.
    let slab: Int32

    init(address: UInt64, size: Int, permission: MemoryPermission, slab: Int32) {
        self.address = address
        sizeAndPermission = UInt32(size) | UInt32(permission.rawValue) << 30
        self.slab = slab
    }

    var size: Int { Int(sizeAndPermission & 0x3fff_ffff) }
    var permission: MemoryPermission { MemoryPermission(rawValue: Int(sizeAndPermission >> 30))! }
}

/// A block wanted from JIT memory.
struct AllocationRequest {
    let size: Int
    let alignment: Int
    let permission: MemoryPermission
}

/// Allocates JIT memory within one reservation, all of it within ±2 GiB of itself. Thread-safe.
public final class JITMemoryManager: Sendable {
    /// Where the reservation is placed.
    public enum Placement: Sendable {
        /// Within ±2 GiB of the host's shared libraries (libc, libstdc++…), so that position-
        /// independent code reaches their code and data directly, as gcc's PIE code expects.
        case nearHostLibraries
        /// Below 2 GiB, so that non-PIC code's 32-bit absolute relocations fit.
        case low32Bit
    }

    /// Size of the address-space reservation.
    public let reservationSize: Int
    /// Where the reservation was placed.
    public let placement: Placement
    let executionBase: UInt
    private let writeBase: UInt
    private let memoryFile: Int32
    private let state: Locked<SlabAllocator>
    /// Bytes written through the write view since its pages were last dropped.
    private let writtenSinceFlush = Atomic<Int>(0)

    /// The process-wide manager near the host's libraries, created on first use, shared by
    /// layers that are not given one.
    public static func shared() throws -> JITMemoryManager { try sharedNearHost.get() }
    /// The process-wide manager below 2 GiB, for non-PIC code.
    public static func sharedLow() throws -> JITMemoryManager { try sharedLow32Bit.get() }
    private static let sharedNearHost = Result { try JITMemoryManager(placement: .nearHostLibraries, reservationSize: 512 << 20) }
    private static let sharedLow32Bit = Result { try JITMemoryManager(placement: .low32Bit, reservationSize: 256 << 20) }

    /// Reserves `reservationSize` bytes of address space (nothing is committed until used).
    public init(placement: Placement = .nearHostLibraries, reservationSize: Int = 256 << 20) throws {
        let size = (reservationSize + SlabAllocator.slabSize - 1) / SlabAllocator.slabSize * SlabAllocator.slabSize
        let fd = try SystemMemory.makeMemoryFile(named: "orca-jit", size: size)
        do {
            let executionView = try Self.reserve(fd, size: size, placement)
            // The write view goes far away, leaving the address space near the libraries (and
            // below 2 GiB) to execution views.
            let writeView = try SystemMemory.mapFarAway(fd, size: size)
            executionBase = UInt(bitPattern: executionView)
            writeBase = UInt(bitPattern: writeView)
        } catch {
            SystemMemory.closeFile(fd)
            throw error
        }
        memoryFile = fd
        self.reservationSize = size
        self.placement = placement
        // libgcc's unwinder reads a function whose address has zero low 32 bits as discarded
        // (4-byte FDE start encodings), so no code may start on a 4 GiB boundary.
        let boundary = UInt(1) << 32, base = executionBase
        let firstBoundary = (base + boundary - 1) / boundary * boundary
        let unusable = stride(from: firstBoundary, to: base + UInt(size), by: Int(boundary)).map { Int($0 - base) }
        state = Locked(SlabAllocator(pageCount: size / SystemMemory.pageSize, unusableOffsets: unusable))
    }

    /// Maps the execution view where `placement` asks.
    private static func reserve(_ fd: Int32, size: Int, _ placement: Placement) throws(LinkError) -> UnsafeMutableRawPointer {
        switch placement {
        case .low32Bit:
            var hint: UInt = 0x1000_0000
            while hint + UInt(size) <= 0x8000_0000 {
                if let view = SystemMemory.map(fd, size: size, protection: 0, at: hint, exactly: true) { return view }
                hint += UInt(size)
            }
            throw LinkError.system(call: "mmap", errno: 0, detail: "no room for \(size) bytes of JIT memory below 2 GiB")
        case .nearHostLibraries:
            let anchor = SystemMemory.hostLibraryAnchor
            let reach: UInt = 0x7800_0000
            func inReach(_ start: UInt) -> Bool { anchor == 0 || max(start + UInt(size), anchor) - min(start, anchor) < reach }
            // The kernel maps top-down, just below the libraries already loaded: usually in reach.
            let view = try SystemMemory.mapAnywhere(fd, size: size, protection: 0)
            if inReach(UInt(bitPattern: view)) { return view }
            SystemMemory.unmap(view, size: size)
            // Otherwise look for a free range below the C library, then above it, within reach.
            let step = UInt(SlabAllocator.slabSize) * 256
            let top = (anchor - min(anchor, UInt(size))) & ~(step - 1)
            var candidates: [UInt] = stride(from: top, to: top > reach ? top - reach : 0, by: -Int(step)).map { $0 }
            candidates += stride(from: (anchor + step) & ~(step - 1), to: anchor + reach, by: Int(step)).map { $0 }
            for candidate in candidates where inReach(candidate) {
                if let view = SystemMemory.map(fd, size: size, protection: 0, at: candidate, exactly: true) { return view }
            }
            throw LinkError.system(call: "mmap", errno: 0, detail: "JIT memory could not be placed within 2 GiB of the C library")
        }
    }

    deinit {
        SystemMemory.unmap(UnsafeMutableRawPointer(bitPattern: executionBase)!, size: reservationSize)
        SystemMemory.unmap(UnsafeMutableRawPointer(bitPattern: writeBase)!, size: reservationSize)
        SystemMemory.closeFile(memoryFile)
    }

    /// Current totals.
    public var statistics: MemoryStatistics {
        state.withLock { MemoryStatistics(reserved: reservationSize, committed: $0.committedBytes, inUse: $0.inUseBytes) }
    }

    /// Gives every retained empty slab back to the kernel (empty slabs are otherwise kept, up to
    /// 256 KiB, so that code coming and going does not fault pages in and out).
    public func trim() throws {
        let released = state.withLock { $0.releaseRetained() }
        for (offset, size) in released { try SystemMemory.punchHole(writeView(offset), size: size) }
    }

    private func writeView(_ offset: Int) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(bitPattern: writeBase + UInt(offset))! }

    func allocate(size: Int, alignment: Int, permission: MemoryPermission) throws(LinkError) -> JITAllocation {
        try allocate(CollectionOfOne(AllocationRequest(size: size, alignment: alignment, permission: permission)))[0]
    }

    /// Allocates a block for every request, taking the lock once: all of them, or none (and
    /// the error).
    func allocate(_ requests: some Collection<AllocationRequest>) throws(LinkError) -> [JITAllocation] {
        for request in requests where request.size >= min(reservationSize, 1 << 30) || request.alignment > reservationSize {
            throw LinkError.outOfJITMemory(file: "", requested: request.size)
        }
        var allocations: [JITAllocation] = []
        allocations.reserveCapacity(requests.count)
        var newPages: [(offset: Int, pages: Int, permission: MemoryPermission)] = []
        let failure = state.withLock { allocator -> (LinkError, released: [(Int, Int)])? in
            do throws(LinkError) {
                for request in requests {
                    let (allocation, pages) = try allocator.allocate(size: request.size, alignment: request.alignment, permission: request.permission)
                    allocations.append(allocation)
                    if let pages { newPages.append((pages.offset, pages.pages, request.permission)) }
                }
                return nil
            } catch {
                // Offsets, not yet addresses: the allocator's own currency.
                let released = allocations.compactMap { allocator.deallocate($0, offset: Int($0.address)) }
                return (error, released)
            }
        }
        if let (error, released) = failure {
            releaseQuietly(released)
            throw error
        }
        for (offset, pages, permission) in newPages {
            let address = UnsafeMutableRawPointer(bitPattern: executionBase + UInt(offset))!
            do {
                try SystemMemory.protect(address, size: pages * SystemMemory.pageSize, permission)
            } catch {
                for allocation in allocations { deallocate(allocation.located(at: executionBase)) }
                throw error
            }
        }
        for index in allocations.indices { allocations[index] = allocations[index].located(at: executionBase) }
        return allocations
    }

    /// Gives pages of emptied blocks back, ignoring failures (the pages stay committed).
    private func releaseQuietly(_ released: [(Int, Int)]) {
        for (offset, size) in released { try? SystemMemory.punchHole(writeView(offset), size: size) }
    }

    func deallocate(_ allocation: JITAllocation) { deallocate(CollectionOfOne(allocation)) }

    /// Frees blocks, taking the lock once.
    func deallocate(_ allocations: some Collection<JITAllocation>) {
        guard !allocations.isEmpty else { return }
        let base = UInt64(executionBase)
        let released = state.withLock { allocator in
            var released: [(Int, Int)] = []
            for allocation in allocations {
                if let range = allocator.deallocate(allocation, offset: Int(allocation.address - base)) { released.append(range) }
            }
            return released
        }
        releaseQuietly(released)
    }

    /// Where to write `allocation`'s bytes: the write view for code and read-only data, the
    /// execution view itself for writable data.
    func writablePointer(_ allocation: JITAllocation) -> UnsafeMutableRawPointer {
        writablePointer(address: allocation.address, permission: allocation.permission)
    }

    /// Where to write the byte at `address` (in memory this manager allocated for `permission`).
    func writablePointer(address: UInt64, permission: MemoryPermission) -> UnsafeMutableRawPointer {
        let offset = UInt(address) - executionBase
        return UnsafeMutableRawPointer(bitPattern: (permission == .readWrite ? executionBase : writeBase) + offset)!
    }

    /// Notes that `bytes` were written through the write view; once enough have been, the write
    /// view's page-table entries are dropped so that memory is counted once.
    func wroteThroughWriteView(_ bytes: Int) {
        let total = writtenSinceFlush.add(bytes, ordering: .relaxed).newValue
        guard total >= SlabAllocator.writeFlushThreshold,
              writtenSinceFlush.compareExchange(expected: total, desired: 0, ordering: .relaxed).exchanged
        else { return }
        SystemMemory.dropMappings(UnsafeMutableRawPointer(bitPattern: writeBase)!, size: reservationSize)
    }
}

extension JITAllocation {
    /// The allocator works in offsets; this turns one into an address in the execution view.
    fileprivate func located(at base: UInt) -> JITAllocation {
        JITAllocation(address: address + UInt64(base), size: size, permission: permission, slab: slab)
    }
}
