// GraphLayout.swift — places a graph's sections in JIT memory: one allocation per permission,
// sections in file order at their alignment.

enum GraphLayout {
    /// Allocates memory for every section and assigns section addresses. On error nothing stays
    /// allocated.
    static func allocate(_ graph: inout LinkGraph, in memory: JITMemoryManager) throws(LinkError) -> [JITAllocation] {
        var requests: [AllocationRequest] = []
        requests.reserveCapacity(MemoryPermission.allCases.count)
        for permission in MemoryPermission.allCases {
            var size: UInt64 = 0, alignment: UInt64 = 1
            for index in graph.sections.indices where graph.sections[index].permission == permission {
                let sectionAlignment = graph.sections[index].alignment
                size = (size + sectionAlignment - 1) & ~(sectionAlignment - 1)
                graph.sections[index].address = size
                size += graph.sections[index].size
                alignment = max(alignment, sectionAlignment)
            }
            if size > 0 { requests.append(AllocationRequest(size: Int(size), alignment: Int(alignment), permission: permission)) }
        }
        let allocations: [JITAllocation]
        do {
            allocations = try memory.allocate(requests)
        } catch {
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

    /// Copies each section's initial bytes into its memory (zero-filling the rest) and returns
    /// where each section's bytes are, for the fixups. The caller tells `memory` once it is done
    /// writing through those pointers (`JITMemoryManager.wroteThroughWriteView`).
    static func copyContents(
        _ graph: LinkGraph, to allocations: [JITAllocation], in memory: JITMemoryManager
    ) -> [UnsafeMutableRawPointer?] {
        var pointers = [UnsafeMutableRawPointer?].filled(with: nil, count: graph.sections.count)
        for (index, section) in graph.sections.enumerated() {
            guard let allocation = allocations.first(where: {
                $0.permission == section.permission && $0.address <= section.address && section.address - $0.address < UInt64($0.size) + 1
            }) else { continue }
            let destination = memory.writablePointer(allocation) + Int(section.address - allocation.address)
            pointers[index] = destination
            switch section.content {
            case let .file(range):
                graph.bytes.withUnsafeBytes { bytes in
                    destination.copyMemory(from: bytes.baseAddress! + range.lowerBound, byteCount: range.count)
                }
                if UInt64(range.count) < section.size {
                    (destination + range.count).initializeMemory(as: UInt8.self, repeating: 0, count: Int(section.size) - range.count)
                }
            case let .synthesized(bytes):
                bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
                if UInt64(bytes.count) < section.size {
                    (destination + bytes.count).initializeMemory(as: UInt8.self, repeating: 0, count: Int(section.size) - bytes.count)
                }
            case .zeroFill:
                destination.initializeMemory(as: UInt8.self, repeating: 0, count: Int(section.size))
            }
        }
        return pointers
    }
}
