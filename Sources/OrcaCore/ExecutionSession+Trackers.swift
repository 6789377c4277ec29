// ExecutionSession+Trackers.swift — the session side of ResourceTracker's operations.

extension ExecutionSession {
    func isDefunct(_ key: ResourceKey, of jitDylib: JITDylib) -> Bool {
        state.withLock { $0.dylibs[jitDylib.id]?.trackers[key] == nil }
    }

    func removeTracker(key: ResourceKey, of jitDylib: JITDylib) throws {
        let managers: [any ResourceManager]? = update { state, effects in
            guard state.removeTracker(key, in: jitDylib.id, effects: &effects) else { return nil }
            return state.resourceManagers
        }
        guard let managers else { return }
        var errors: [any Error] = []
        for manager in managers.reversed() {
            do { try manager.handleRemoveResources(jitDylib, key: key) } catch { errors.append(error) }
        }
        if let error = OrcError.combine(errors) { throw error }
    }

    func transferTracker(source: ResourceKey, destination: ResourceKey, of jitDylib: JITDylib) throws {
        // A replaced default tracker comes back so that it is released outside the lock.
        _ = try state.withLock { state throws(OrcError) in
            try state.transferTracker(source: source, destination: destination, in: jitDylib)
        }
    }

    /// Rule R8: a live tracker whose last reference went away hands what it owns to the default
    /// tracker.
    func trackerReleased(key: ResourceKey, of jitDylib: JITDylib) {
        _ = state.withLock { state -> ResourceTracker? in
            guard let dylib = state.dylibs[jitDylib.id], dylib.trackers[key] != nil else { return nil }
            return try? state.transferTracker(source: key, destination: dylib.defaultTracker.key, in: jitDylib)
        }
    }

    func createTracker(for jitDylib: JITDylib) -> ResourceTracker {
        state.withLock { state in
            guard state.dylibs[jitDylib.id] != nil else {
                return ResourceTracker(jitDylib: jitDylib, key: ResourceKey(rawValue: 0), isDefault: false)
            }
            return state.makeTracker(in: jitDylib.id, handle: jitDylib, isDefault: false)
        }
    }
}
