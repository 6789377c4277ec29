// Locked.swift — the lock every piece of Orca's shared state sits behind.

import Synchronization

/// A value that is only reachable while holding a `Mutex` (from Synchronization), and whose
/// locking ThreadSanitizer understands.
///
/// `Mutex`'s futex-based implementation on Linux is invisible to ThreadSanitizer, which then
/// reports every access made under it as a race. `Locked` keeps the value out of the `Mutex`
/// and, only when the process runs under ThreadSanitizer, tells it about each acquire and
/// release, so that race tests report real races only.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    // Invariant that makes this Sendable: `value` is read and written only inside
    // `mutex.withLock`, i.e. by one thread at a time.
    private let mutex = Mutex(())
    // The mutex already makes every access exclusive, so the runtime check is skipped.
    @exclusivity(unchecked) private var value: Value

    /// Creates the lock holding `value`.
    public init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value. `body` must not lock the same `Locked`
    /// again (the lock is not recursive).
    @inline(__always)
    public func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        try mutex.withLock { (_: inout Void) throws(Failure) -> Result in
            guard let annotations = ThreadSanitizer.annotations else { return try body(&value) }
            let address = Unmanaged.passUnretained(self).toOpaque()
            annotations.acquire(address)
            defer { annotations.release(address) }
            return try body(&value)
        }
    }
}
