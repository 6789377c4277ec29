// JITRuntime.swift — what the C runtime would otherwise give JIT'd code: `__cxa_atexit`,
// `atexit` and `__dso_handle` that belong to the code's tracker, and unwinder registration of
// its frames.

import Glibc
import OrcaCore

/// The functions JIT'd code calls for registering destructors, bound at link time.
enum JITRuntime {
    typealias Destructor = @convention(c) (UnsafeMutableRawPointer?) -> Void
    typealias CxaAtexit = @convention(c) (Destructor?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Int32
    typealias FrameRegistration = @convention(c) (UnsafeRawPointer?) -> Void

    /// Names the linker binds itself instead of looking them up.
    static let dsoHandleName = "__dso_handle"
    static let cxaAtexitName = "__cxa_atexit"
    static let atexitName = "atexit"

    /// Orca's `__cxa_atexit`: a registration with a DSO handle Orca made goes to that handle's
    /// tracker; anything else goes to the C library's.
    static let cxaAtexit: CxaAtexit = { function, argument, handle in
        let dso = UInt64(UInt(bitPattern: handle))
        if let function, DSOHandles.register(function, argument: argument, handle: dso) { return 0 }
        return hostCxaAtexit?(function, argument, handle) ?? -1
    }

    static var cxaAtexitAddress: UInt64 { UInt64(UInt(bitPattern: unsafeBitCast(cxaAtexit, to: UnsafeRawPointer.self))) }

    private static let hostCxaAtexit: CxaAtexit? = dlsym(nil, "__cxa_atexit").map { unsafeBitCast($0, to: CxaAtexit.self) }
    static let registerFrame: FrameRegistration? = dlsym(nil, "__register_frame").map { unsafeBitCast($0, to: FrameRegistration.self) }
    static let deregisterFrame: FrameRegistration? = dlsym(nil, "__deregister_frame").map { unsafeBitCast($0, to: FrameRegistration.self) }

    /// Calls initializers in their order (`void f(int argc, char **argv, char **envp)`).
    static func runInitializers(_ entries: [LifetimeEntry]) {
        typealias Initializer = @convention(c) (Int32, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Void
        for entry in entries.sorted() {
            unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(entry.function)), to: Initializer.self)(0, nil, environ)
        }
    }

    /// Calls finalizers in their order (`void f(void)`): the reverse of the initializers'.
    static func runFinalizers(_ entries: [LifetimeEntry]) {
        typealias Finalizer = @convention(c) () -> Void
        for entry in entries.sorted().reversed() { unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(entry.function)), to: Finalizer.self)() }
    }

    /// Calls one registered destructor.
    static func run(_ registration: AtExitRegistration) {
        unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(registration.function)), to: Destructor.self)(
            UnsafeMutableRawPointer(bitPattern: UInt(registration.argument)))
    }

    /// Writes the `atexit` thunk for a DSO handle: `atexit(f)` is `__cxa_atexit(f, 0, handle)`.
    /// 32 bytes: lea handle(%rip), %rdx; xor %esi, %esi; jmp *0(%rip); <address of cxaAtexit>.
    static func writeAtexitThunk(at destination: UnsafeMutableRawPointer, thunkAddress: UInt64, handle: UInt64) {
        var bytes: [UInt8] = [0x48, 0x8d, 0x15, 0, 0, 0, 0, 0x31, 0xf6, 0xff, 0x25, 0, 0, 0, 0]
        let displacement = Int32(truncatingIfNeeded: Int64(bitPattern: handle) - Int64(bitPattern: thunkAddress + 7))
        withUnsafeBytes(of: displacement.littleEndian) { bytes.replaceSubrange(3..<7, with: $0) }
        withUnsafeBytes(of: cxaAtexitAddress.littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: repeatElement(0xcc, count: 32 - bytes.count))
        bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress!, byteCount: 32) }
    }
}

/// A destructor registered by JIT'd code.
struct AtExitRegistration: Sendable {
    let function: UInt64
    let argument: UInt64
    /// Global registration order (destructors run newest first).
    let sequence: UInt64
}

/// The DSO handles Orca gave out, and the tracker each belongs to (process-wide, because
/// `__cxa_atexit` is a plain C function).
enum DSOHandles {
    private struct Owner {
        weak var layer: ObjectLinkingLayer?
        var key: ResourceKey
    }

    private struct Table {
        var owners: [UInt64: Owner] = [:]
        var sequence: UInt64 = 0
    }

    private static let table = Locked(Table())

    static func add(_ handle: UInt64, layer: ObjectLinkingLayer, key: ResourceKey) {
        table.withLock { $0.owners[handle] = Owner(layer: layer, key: key) }
    }

    static func remove(_ handle: UInt64) {
        table.withLock { _ = $0.owners.removeValue(forKey: handle) }
    }

    static func moveOwnership(of handles: [UInt64], to key: ResourceKey) {
        table.withLock { table in for handle in handles { table.owners[handle]?.key = key } }
    }

    /// Records a destructor under the handle's tracker; false if Orca did not make the handle.
    static func register(_ function: JITRuntime.Destructor, argument: UnsafeMutableRawPointer?, handle: UInt64) -> Bool {
        let found = table.withLock { table -> (ObjectLinkingLayer, ResourceKey, UInt64)? in
            guard let owner = table.owners[handle], let layer = owner.layer else { return nil }
            table.sequence += 1
            return (layer, owner.key, table.sequence)
        }
        guard let (layer, key, sequence) = found else { return false }
        layer.recordAtExit(AtExitRegistration(
            function: UInt64(UInt(bitPattern: unsafeBitCast(function, to: UnsafeRawPointer.self))),
            argument: UInt64(UInt(bitPattern: argument)), sequence: sequence), under: key)
        return true
    }
}
