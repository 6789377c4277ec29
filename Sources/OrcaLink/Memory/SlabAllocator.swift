// SlabAllocator.swift — the bookkeeping of JIT memory: size-class slabs per permission for
// small blocks, whole pages for large ones. Works in offsets into the reservation; the manager
// does the system calls.

/// Size-class allocation over a page-run allocator.
struct SlabAllocator {
    static let slabSize = 64 << 10
    static let largestSmallBlock = 2048
    /// Empty slabs kept committed (to avoid page faults when objects come and go).
    static let retainedLimit = 256 << 10
    static let writeFlushThreshold = 256 << 10
    /// Block sizes: multiples of 16 up to 256, then four per doubling up to 2048.
    static let sizeClassCount = 28

    /// The block size of size class `index`.
    @inline(__always)
    static func classSize(_ index: Int) -> Int {
        if index < 16 { return (index + 1) * 16 }
        let step = index - 16, octave = step / 4
        return (256 << octave) + (step % 4 + 1) * (64 << octave)
    }

    struct Slab {
        var offset: Int
        var permission: MemoryPermission
        var sizeClass: Int
        var capacity: Int
        var bump = 0
        var freeBlocks: [Int32] = []
        var used = 0
        var isRetainedEmpty = false
        var isLive = true
    }

    private var pages: PageRuns
    private var slabs: [Slab] = []
    private var unusedSlabIDs: [Int32] = []
    /// Slabs with free blocks, by permission and size class.
    private var available: [[Int32]]
    private var retainedBytes = 0
    private(set) var committedBytes = 0
    private(set) var inUseBytes = 0

    /// `unusableOffsets`: places no block may start at (their slab is never handed out).
    init(pageCount: Int, unusableOffsets: [Int] = []) {
        pages = PageRuns(pageCount: pageCount)
        for offset in unusableOffsets {
            let slab = offset / Self.slabSize * Self.slabSize
            pages.reserve(slab / SystemMemory.pageSize, Self.slabSize / SystemMemory.pageSize)
        }
        available = Array(repeating: [], count: Self.sizeClassCount * MemoryPermission.allCases.count)
    }

    private var pageSize: Int { SystemMemory.pageSize }

    /// Allocates a block (offset-based). Also returns newly taken pages, which the manager must
    /// protect for `permission`.
    mutating func allocate(
        size: Int, alignment: Int, permission: MemoryPermission
    ) throws(LinkError) -> (JITAllocation, (offset: Int, pages: Int)?) {
        let size = max(size, 1)
        guard alignment <= 4096, let classIndex = Self.sizeClass(size: size, alignment: alignment)
        else { return try allocateLarge(size: size, alignment: alignment, permission: permission) }
        var newPages: (Int, Int)?
        let list = Self.availableIndex(permission, classIndex)
        var slabID = available[list].last ?? -1
        if slabID < 0 {
            guard let start = pages.take(Self.slabSize / pageSize, alignment: Self.slabSize / pageSize) else {
                throw LinkError.outOfJITMemory(file: "", requested: size)
            }
            let classSize = Self.classSize(classIndex)
            let slab = Slab(offset: start * pageSize, permission: permission, sizeClass: classIndex, capacity: Self.slabSize / classSize)
            slabID = newSlabID(slab)
            available[list].append(slabID)
            committedBytes += Self.slabSize
            newPages = (slab.offset, Self.slabSize / pageSize)
        }
        let block = take(fromSlab: Int(slabID))
        let classSize = Self.classSize(classIndex)
        inUseBytes += classSize
        let allocation = JITAllocation(
            address: UInt64(slabs[Int(slabID)].offset + Int(block) * classSize), size: classSize, permission: permission,
            slab: slabID)
        return (allocation, newPages)
    }

    /// Where the list of slabs with free blocks of one permission and size class is.
    @inline(__always)
    private static func availableIndex(_ permission: MemoryPermission, _ sizeClass: Int) -> Int {
        permission.rawValue * sizeClassCount + sizeClass
    }

    /// The smallest size class that holds `size` bytes at `alignment`, if any.
    private static func sizeClass(size: Int, alignment: Int) -> Int? {
        // Classes up to 256 bytes are the multiples of 16: the first candidate is direct.
        var index = size <= 256 ? (size + 15) / 16 - 1 : 16
        while index < sizeClassCount {
            let classSize = classSize(index)
            if classSize >= size && classSize % alignment == 0 { return index }
            index += 1
        }
        return nil
    }

    private mutating func newSlabID(_ slab: Slab) -> Int32 {
        if let id = unusedSlabIDs.popLast() {
            slabs[Int(id)] = slab
            return id
        }
        slabs.append(slab)
        return Int32(slabs.count - 1)
    }

    private mutating func take(fromSlab id: Int) -> Int32 {
        let (block, wasRetained, isFull) = modify(&slabs[id]) { slab -> (Int32, Bool, Bool) in
            let wasRetained = slab.isRetainedEmpty
            slab.isRetainedEmpty = false
            let block: Int32
            if let reused = slab.freeBlocks.popLast() {
                block = reused
            } else {
                block = Int32(slab.bump)
                slab.bump += 1
            }
            slab.used += 1
            return (block, wasRetained, slab.used == slab.capacity)
        }
        if wasRetained { retainedBytes -= Self.slabSize }
        if isFull { available[Self.availableIndex(slabs[id].permission, slabs[id].sizeClass)].removeAll { $0 == Int32(id) } }
        return block
    }

    private mutating func allocateLarge(
        size: Int, alignment: Int, permission: MemoryPermission
    ) throws(LinkError) -> (JITAllocation, (offset: Int, pages: Int)?) {
        let count = (size + pageSize - 1) / pageSize
        guard let start = pages.take(count, alignment: max(1, alignment / pageSize)) else {
            throw LinkError.outOfJITMemory(file: "", requested: size)
        }
        committedBytes += count * pageSize
        inUseBytes += count * pageSize
        let allocation = JITAllocation(address: UInt64(start * pageSize), size: count * pageSize, permission: permission, slab: -1)
        return (allocation, (start * pageSize, count))
    }

    /// Frees a block; returns the range (offset, size) whose pages the manager must give back,
    /// if any.
    mutating func deallocate(_ allocation: JITAllocation, offset: Int) -> (Int, Int)? {
        inUseBytes -= allocation.size
        guard allocation.slab >= 0 else {
            pages.give(offset / pageSize, allocation.size / pageSize)
            committedBytes -= allocation.size
            return (offset, allocation.size)
        }
        let id = Int(allocation.slab)
        let (becameAvailable, isEmpty) = modify(&slabs[id]) { slab -> (Bool, Bool) in
            let classSize = Self.classSize(slab.sizeClass)
            slab.freeBlocks.append(Int32((offset - slab.offset) / classSize))
            let wasFull = slab.used == slab.capacity
            slab.used -= 1
            return (wasFull, slab.used == 0)
        }
        if becameAvailable { available[Self.availableIndex(slabs[id].permission, slabs[id].sizeClass)].append(Int32(id)) }
        guard isEmpty else { return nil }
        if retainedBytes + Self.slabSize <= Self.retainedLimit {
            slabs[id].isRetainedEmpty = true
            retainedBytes += Self.slabSize
            return nil
        }
        return release(slab: id)
    }

    /// Runs `body` on `value` in place (one access to an element instead of one per field).
    @inline(__always)
    private func modify<Value, Result>(_ value: inout Value, _ body: (inout Value) -> Result) -> Result { body(&value) }

    /// Releases every retained empty slab.
    mutating func releaseRetained() -> [(Int, Int)] {
        slabs.indices.filter { slabs[$0].isLive && slabs[$0].isRetainedEmpty }.map { release(slab: $0) }
    }

    private mutating func release(slab id: Int) -> (Int, Int) {
        let slab = slabs[id]
        if slab.isRetainedEmpty { retainedBytes -= Self.slabSize }
        available[Self.availableIndex(slab.permission, slab.sizeClass)].removeAll { $0 == Int32(id) }
        pages.give(slab.offset / pageSize, Self.slabSize / pageSize)
        committedBytes -= Self.slabSize
        slabs[id].isLive = false
        slabs[id].freeBlocks = []
        unusedSlabIDs.append(Int32(id))
        return (slab.offset, Self.slabSize)
    }
}
