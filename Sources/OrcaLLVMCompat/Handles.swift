// Handles.swift — Orca objects as the C API's opaque references, and back. A reference the C
// API documents as owned by the caller holds a retain; one it documents as borrowed (a
// JITDylib, an ExecutionSession) does not, and stays valid while its owner lives.

import CLLVM
import OrcaCore

enum Handle {
    /// A reference that keeps `object` alive until `release` is called on it.
    static func retained(_ object: AnyObject) -> OpaquePointer {
        OpaquePointer(Unmanaged.passRetained(object).toOpaque())
    }

    /// A reference that does not keep `object` alive.
    static func borrowed(_ object: AnyObject) -> OpaquePointer {
        OpaquePointer(Unmanaged.passUnretained(object).toOpaque())
    }

    /// The object behind `reference` (which the caller must have got from this API).
    static func object<T: AnyObject>(_ reference: OpaquePointer?, as type: T.Type = T.self) -> T {
        Unmanaged<T>.fromOpaque(UnsafeRawPointer(reference!)).takeUnretainedValue()
    }

    /// Drops the retain a `retained` reference holds.
    static func release(_ reference: OpaquePointer?) {
        guard let reference else { return }
        Unmanaged<AnyObject>.fromOpaque(UnsafeRawPointer(reference)).release()
    }

    /// The object behind a retained reference, taking over its retain.
    static func take<T: AnyObject>(_ reference: OpaquePointer?, as type: T.Type = T.self) -> T {
        Unmanaged<T>.fromOpaque(UnsafeRawPointer(reference!)).takeRetainedValue()
    }
}

/// A C host's context pointer, carried into closures that Orca may call on other threads.
struct HostContext: @unchecked Sendable {
    // Invariant: the C API leaves the pointer's lifetime and thread-safety to the host that
    // passed it, as LLVM's does; Orca only hands it back to the host's own callbacks.
    let pointer: UnsafeMutableRawPointer?
}

/// The C API's symbol flags as Orca's (the generic bits have the same values).
func symbolFlags(_ flags: LLVMJITSymbolFlags) -> SymbolFlags {
    SymbolFlags(rawValue: flags.GenericFlags & 0x0f)
}

/// Orca's symbol flags as the C API's.
func cSymbolFlags(_ flags: SymbolFlags) -> LLVMJITSymbolFlags {
    LLVMJITSymbolFlags(GenericFlags: flags.rawValue, TargetFlags: 0)
}
