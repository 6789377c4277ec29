// ThreadSanitizer.swift — ThreadSanitizer's annotation hooks, when the process runs under it.

import Glibc

/// Finds ThreadSanitizer's `__tsan_acquire` / `__tsan_release` in the running process. Outside
/// a `-sanitize=thread` build they do not exist and `annotations` is nil.
enum ThreadSanitizer {
    typealias Hook = @convention(c) (UnsafeMutableRawPointer?) -> Void

    struct Annotations {
        let acquire: Hook
        let release: Hook
    }

    static let annotations: Annotations? = {
        guard let acquire = dlsym(nil, "__tsan_acquire"), let release = dlsym(nil, "__tsan_release") else { return nil }
        return Annotations(acquire: unsafeBitCast(acquire, to: Hook.self), release: unsafeBitCast(release, to: Hook.self))
    }()
}
