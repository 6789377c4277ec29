// PageRuns.swift — which pages of the JIT reservation are free: sorted, coalesced runs.

/// Free page runs of a reservation, allocated first-fit and coalesced on release.
struct PageRuns {
    /// Free runs as (first page, page count), sorted by first page, never adjacent.
    private(set) var free: [(start: Int, count: Int)]

    init(pageCount: Int) { free = [(0, pageCount)] }

    /// Takes `count` pages whose first page is a multiple of `alignment` pages.
    mutating func take(_ count: Int, alignment: Int = 1) -> Int? {
        for index in free.indices {
            let run = free[index]
            let start = (run.start + alignment - 1) / alignment * alignment
            guard start + count <= run.start + run.count else { continue }
            let before = start - run.start, after = run.start + run.count - (start + count)
            var replacement: [(start: Int, count: Int)] = []
            if before > 0 { replacement.append((run.start, before)) }
            if after > 0 { replacement.append((start + count, after)) }
            free.replaceSubrange(index...index, with: replacement)
            return start
        }
        return nil
    }

    /// Takes the pages `start..<start+count` out of the free runs, wherever they are free.
    mutating func reserve(_ start: Int, _ count: Int) {
        var index = 0
        while index < free.count {
            let run = free[index], end = run.start + run.count
            guard run.start < start + count, start < end else {
                index += 1
                continue
            }
            var replacement: [(start: Int, count: Int)] = []
            if run.start < start { replacement.append((run.start, start - run.start)) }
            if start + count < end { replacement.append((start + count, end - (start + count))) }
            free.replaceSubrange(index...index, with: replacement)
            index += replacement.count
        }
    }

    /// Returns pages to the free runs.
    mutating func give(_ start: Int, _ count: Int) {
        var low = 0, high = free.count
        while low < high {
            let middle = (low + high) / 2
            if free[middle].start < start { low = middle + 1 } else { high = middle }
        }
        var run = (start: start, count: count)
        var range = low..<low
        if low > 0, free[low - 1].start + free[low - 1].count == start {
            run = (free[low - 1].start, free[low - 1].count + count)
            range = (low - 1)..<low
        }
        if low < free.count, run.start + run.count == free[low].start {
            run.count += free[low].count
            range = range.lowerBound..<(low + 1)
        }
        free.replaceSubrange(range, with: [run])
    }
}
