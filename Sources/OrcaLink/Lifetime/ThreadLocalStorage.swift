// ThreadLocalStorage.swift — Orca's own thread-local storage for JIT'd code (the general- and
// local-dynamic models that -fPIC code uses): each linked object with thread-locals is a TLS
// module; a thread's block for a module is created on its first access, from the module's
// template (.tdata, then zeroed .tbss), and freed when the thread exits or the module is
// removed. JIT'd code reaches it through Orca's `__tls_get_addr`.

import Glibc
import OrcaCore

enum ThreadLocalStorage {
    /// `__tls_get_addr`'s argument: a module and an offset in its block.
    typealias GetAddress = @convention(c) (UnsafeMutablePointer<UInt64>?) -> UnsafeMutableRawPointer?

    static let getAddressName = "__tls_get_addr"

    /// A thread-local symbol has no address; the JITDylib holds this tag instead, from which
    /// other objects' references take the module and offset.
    static let symbolTag: UInt64 = 1 << 63

    static func tag(module: UInt64, offset: UInt64) -> UInt64 { symbolTag | module << 32 | (offset & 0xffff_ffff) }

    static func untag(_ value: UInt64) -> (module: UInt64, offset: UInt64)? {
        guard value & symbolTag != 0 else { return nil }
        return ((value & ~symbolTag) >> 32, value & 0xffff_ffff)
    }

    /// Orca's `__tls_get_addr`.
    static let getAddress: GetAddress = { index in
        guard let index, let block = ThreadBlocks.current.block(for: index[0]) else { return nil }
        return block + Int(index[1])
    }

    static var getAddressAddress: UInt64 { UInt64(UInt(bitPattern: unsafeBitCast(getAddress, to: UnsafeRawPointer.self))) }

    /// One module's template: where its initialized parts are in JIT memory, its size and
    /// alignment.
    struct Template: Sendable {
        var parts: [(address: UInt64, size: Int, offset: Int)]
        var size: Int
        var alignment: Int
    }

    private struct Registry {
        var nextModule: UInt64 = 1
        var templates: [UInt64: Template] = [:]
        /// Live blocks of each module, in every thread, to free when the module goes.
        var blocks: [UInt64: [UInt]] = [:]
    }

    private static let registry = Locked(Registry())

    /// A fresh module number (never reused, so stale per-thread entries are never hit).
    static func reserveModule() -> UInt64 {
        registry.withLock { registry in
            defer { registry.nextModule += 1 }
            return registry.nextModule
        }
    }

    static func register(_ module: UInt64, _ template: Template) {
        registry.withLock { $0.templates[module] = template }
    }

    /// Forgets a module and frees its blocks in every thread.
    static func remove(_ module: UInt64) {
        let blocks = registry.withLock { registry -> [UInt] in
            registry.templates[module] = nil
            return registry.blocks.removeValue(forKey: module) ?? []
        }
        for block in blocks { free(UnsafeMutableRawPointer(bitPattern: block)) }
    }

    /// A new block for `module` made from its template, or nil if the module is gone.
    fileprivate static func makeBlock(for module: UInt64) -> UnsafeMutableRawPointer? {
        registry.withLock { registry -> UnsafeMutableRawPointer? in
            guard let template = registry.templates[module] else { return nil }
            var memory: UnsafeMutableRawPointer?
            guard posix_memalign(&memory, max(template.alignment, 16), max(template.size, 1)) == 0, let memory else { return nil }
            memory.initializeMemory(as: UInt8.self, repeating: 0, count: max(template.size, 1))
            for part in template.parts {
                (memory + part.offset).copyMemory(from: UnsafeRawPointer(bitPattern: UInt(part.address))!, byteCount: part.size)
            }
            registry.blocks[module, default: []].append(UInt(bitPattern: memory))
            return memory
        }
    }

    /// Frees a thread's blocks (at thread exit) that their modules have not freed already.
    fileprivate static func release(_ blocks: [UInt64: UInt]) {
        let owned = registry.withLock { registry -> [UInt] in
            var owned: [UInt] = []
            for (module, block) in blocks {
                guard let index = registry.blocks[module]?.firstIndex(of: block) else { continue }
                registry.blocks[module]!.remove(at: index)
                owned.append(block)
            }
            return owned
        }
        for block in owned { free(UnsafeMutableRawPointer(bitPattern: block)) }
    }
}

/// One thread's TLS blocks, by module; reached through a pthread key, released at thread exit.
private final class ThreadBlocks {
    // Only its own thread touches an instance (it lives in that thread's pthread-specific slot).
    var blocks: [UInt64: UInt] = [:]

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            let blocks = Unmanaged<ThreadBlocks>.fromOpaque(pointer).takeRetainedValue()
            ThreadLocalStorage.release(blocks.blocks)
        }
        return key
    }()

    static var current: ThreadBlocks {
        if let existing = pthread_getspecific(key) { return Unmanaged<ThreadBlocks>.fromOpaque(existing).takeUnretainedValue() }
        let made = ThreadBlocks()
        pthread_setspecific(key, Unmanaged.passRetained(made).toOpaque())
        return made
    }

    func block(for module: UInt64) -> UnsafeMutableRawPointer? {
        if let block = blocks[module] { return UnsafeMutableRawPointer(bitPattern: block) }
        guard let made = ThreadLocalStorage.makeBlock(for: module) else { return nil }
        blocks[module] = UInt(bitPattern: made)
        return made
    }
}
