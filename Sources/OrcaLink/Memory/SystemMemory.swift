// SystemMemory.swift — the system calls behind JIT memory, each wrapped once with a typed error
// carrying errno. Nothing else in Orca calls them directly.

import Glibc

enum SystemMemory {
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    private static func failure(_ call: String, _ detail: String) -> LinkError {
        let code = errno
        return LinkError.system(call: call, errno: code, detail: "\(detail): \(String(cString: strerror(code)))")
    }

    private typealias MemfdCreate = @convention(c) (UnsafePointer<CChar>, UInt32) -> Int32
    /// glibc's memfd_create (found at run time: the Glibc module does not import it).
    private static let memfdCreate: MemfdCreate? = dlsym(nil, "memfd_create").map { unsafeBitCast($0, to: MemfdCreate.self) }
    private static let closeOnExec: UInt32 = 1

    /// An anonymous memory file of `size` bytes (sparse: nothing is committed until touched).
    static func makeMemoryFile(named name: String, size: Int) throws(LinkError) -> Int32 {
        guard let memfdCreate else {
            throw LinkError.system(call: "memfd_create", errno: ENOSYS, detail: "not provided by this C library")
        }
        let fd = memfdCreate(name, closeOnExec)
        guard fd >= 0 else { throw failure("memfd_create", name) }
        guard ftruncate(fd, off_t(size)) == 0 else {
            let error = failure("ftruncate", "sizing \(name) to \(size) bytes")
            close(fd)
            throw error
        }
        return fd
    }

    /// Maps `size` bytes of `fd` shared, at `hint` exactly if `hint` is given and free (nil
    /// otherwise), or anywhere when `hint` is nil.
    static func map(_ fd: Int32, size: Int, protection: Int32, at hint: UInt, exactly: Bool) -> UnsafeMutableRawPointer? {
        let flags = MAP_SHARED | (exactly ? MAP_FIXED_NOREPLACE : 0)
        let address = mmap(UnsafeMutableRawPointer(bitPattern: hint), size, protection, flags, fd, 0)
        guard let address, address != MAP_FAILED else { return nil }
        if exactly && UInt(bitPattern: address) != hint {
            munmap(address, size)
            return nil
        }
        return address
    }

    static func mapAnywhere(_ fd: Int32, size: Int, protection: Int32) throws(LinkError) -> UnsafeMutableRawPointer {
        guard let address = map(fd, size: size, protection: protection, at: 0, exactly: false) else {
            throw failure("mmap", "mapping \(size) bytes of JIT memory")
        }
        return address
    }

    /// Maps `size` bytes read-write well away from the libraries and the low 4 GiB, at the first
    /// free slot of a far range (so that write views never take address space execution views
    /// need).
    static func mapFarAway(_ fd: Int32, size: Int) throws(LinkError) -> UnsafeMutableRawPointer {
        let slot = UInt((size + (1 << 30) - 1) >> 30) << 30
        for index in 0..<4096 {
            let hint = 0x1000_0000_0000 + UInt(index) * slot
            if let view = map(fd, size: size, protection: PROT_READ | PROT_WRITE, at: hint, exactly: true) { return view }
        }
        return try mapAnywhere(fd, size: size, protection: PROT_READ | PROT_WRITE)
    }

    static func protect(_ address: UnsafeMutableRawPointer, size: Int, _ permission: MemoryPermission) throws(LinkError) {
        let protection: Int32 = switch permission {
        case .readExecute: PROT_READ | PROT_EXEC
        case .read: PROT_READ
        case .readWrite: PROT_READ | PROT_WRITE
        }
        guard mprotect(address, size, protection) == 0 else { throw failure("mprotect", "\(size) bytes as \(permission)") }
    }

    /// Gives the pages of a shared mapping's range back to the kernel (a hole is punched in the
    /// memory file behind it); they read as zeros afterwards, in every mapping.
    static func punchHole(_ address: UnsafeMutableRawPointer, size: Int) throws(LinkError) {
        guard madvise(address, size, MADV_REMOVE) == 0 else {
            throw failure("madvise(MADV_REMOVE)", "releasing \(size) bytes of JIT memory")
        }
    }

    /// Drops this mapping's page-table entries for the range (the memory file keeps the data).
    static func dropMappings(_ address: UnsafeMutableRawPointer, size: Int) {
        _ = madvise(address, size, MADV_DONTNEED)
    }

    /// An address inside the C library, to place JIT memory within reach of it (0 if unknown).
    static let hostLibraryAnchor: UInt = dlsym(nil, "printf").map { UInt(bitPattern: $0) } ?? 0

    private typealias DladdrWithSymbol = @convention(c) (UnsafeRawPointer?, UnsafeMutableRawPointer?, UnsafeMutablePointer<UnsafeRawPointer?>?, Int32) -> Int32
    private static let dladdr1: DladdrWithSymbol? = dlsym(nil, "dladdr1").map { unsafeBitCast($0, to: DladdrWithSymbol.self) }

    /// What the dynamic symbol table says of the symbol at `address` (dladdr1): its size and
    /// whether it is a function; nil if the address is in no loaded object. An address inside a
    /// loaded object with no symbol starting there is what dlsym returns for an indirect function
    /// (the implementation it resolved to), so it counts as a function.
    static func hostSymbol(at address: UInt) -> (size: Int, isFunction: Bool)? {
        guard let dladdr1, address != 0 else { return nil }
        var info = (0, 0, 0, 0)
        var entry: UnsafeRawPointer?
        let found = withUnsafeMutableBytes(of: &info) { dladdr1(UnsafeRawPointer(bitPattern: address), $0.baseAddress, &entry, 1) }
        guard found != 0 else { return nil }
        guard let entry, UInt(bitPattern: info.3) == address else { return (0, true) }
        let type = entry.load(fromByteOffset: 4, as: UInt8.self) & 0xf
        return (Int(entry.load(fromByteOffset: 16, as: UInt64.self)), type == 2 || type == 10)
    }

    /// Writes `jmp *0(%rip)` followed by `target` (14 bytes) at `destination`.
    static func writeJump(to target: UInt64, at destination: UnsafeMutableRawPointer) {
        let bytes: [UInt8] = [0xff, 0x25, 0, 0, 0, 0]
        bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress!, byteCount: 6) }
        (destination + 6).storeBytes(of: target.littleEndian, as: UInt64.self)
    }

    /// Copies `size` bytes from a host address into JIT memory.
    static func copy(from address: UInt, to destination: UnsafeMutableRawPointer, size: Int) {
        destination.copyMemory(from: UnsafeRawPointer(bitPattern: address)!, byteCount: size)
    }

    private typealias MallocTrim = @convention(c) (Int) -> Int32
    private static let mallocTrim: MallocTrim? = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: MallocTrim.self) }

    /// Asks the C allocator to return free heap pages to the kernel (glibc's malloc_trim).
    static func releaseFreeHeapPages() { _ = mallocTrim?(0) }

    static func unmap(_ address: UnsafeMutableRawPointer, size: Int) { _ = munmap(address, size) }

    static func closeFile(_ fd: Int32) { _ = close(fd) }
}
