// GraphLayout.swift — places a graph's sections in JIT memory: one allocation per permission,
// sections in file order at their alignment.

enum GraphLayout {
    /// Allocates memory for every section and assigns section addresses. On error nothing stays
    /// allocated.
    static func allocate(_ graph: inout LinkGraph, in memory: JITMemoryManager) throws(LinkError) -> [JITAllocation] {
        let permissions = MemoryPermission.allCases
        let result = withUnsafeTemporaryAllocation(of: AllocationRequest.self, capacity: permissions.count) { requests in
            var count = 0
            for permission in permissions {
                var size: UInt64 = 0, alignment: UInt64 = 1
                for index in graph.sections.indices where graph.sections[index].permission == permission {
                    let sectionAlignment = graph.sections[index].alignment
                    size = (size + sectionAlignment - 1) & ~(sectionAlignment - 1)
                    graph.sections[index].address = size
                    size += graph.sections[index].size
                    alignment = max(alignment, sectionAlignment)
                }
                guard size > 0 else { continue }
                requests.initializeElement(at: count, to: AllocationRequest(size: Int(size), alignment: Int(alignment), permission: permission))
                count += 1
            }
            return Result { () throws(LinkError) in try memory.allocate(UnsafeBufferPointer(rebasing: requests[..<count])) }
        }
        let allocations: [JITAllocation]
        switch result {
        case let .success(made): allocations = made
        case let .failure(error):
            if case let .outOfJITMemory(_, requested) = error { throw LinkError.outOfJITMemory(file: graph.file, requested: requested) }
            throw error
        }
        for allocation in allocations {
            for index in graph.sections.indices where graph.sections[index].permission == allocation.permission {
                graph.sections[index].address += allocation.address
            }
        }
        return allocations
    }

    /// Copies each section's initial bytes into its memory (zero-filling the rest). The caller
    /// tells `memory` once it is done writing (`JITMemoryManager.wroteThroughWriteView`).
    static func copyContents(_ graph: LinkGraph, to memory: GraphWriteView) {
        for section in graph.sections {
            guard let destination = memory.pointer(to: section) else { continue }
            switch section.content {
            case let .file(range):
                graph.bytes.withUnsafeBytes { bytes in
                    destination.copyMemory(from: bytes.baseAddress! + range.lowerBound, byteCount: range.count)
                }
                if UInt64(range.count) < section.size {
                    (destination + range.count).initializeMemory(as: UInt8.self, repeating: 0, count: Int(section.size) - range.count)
                }
            case let .synthesized(range):
                graph.synthesized.withUnsafeBytes { bytes in
                    destination.copyMemory(from: bytes.baseAddress! + range.lowerBound, byteCount: range.count)
                }
                if UInt64(range.count) < section.size {
                    (destination + range.count).initializeMemory(as: UInt8.self, repeating: 0, count: Int(section.size) - range.count)
                }
            case .zeroFill:
                destination.initializeMemory(as: UInt8.self, repeating: 0, count: Int(section.size))
            }
        }
    }
}

/// Where a laid-out graph's sections are written: through the write view for code and
/// read-only data, in place for writable data.
struct GraphWriteView {
    let manager: JITMemoryManager

    /// Where `section`'s bytes are written; nil for an empty section, which has no memory.
    func pointer(to section: GraphSection) -> UnsafeMutableRawPointer? {
        section.size == 0 ? nil : manager.writablePointer(address: section.address, permission: section.permission)
    }
}
