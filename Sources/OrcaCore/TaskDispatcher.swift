// TaskDispatcher.swift — where materialization work runs.

import Dispatch
import FoundationEssentials

/// Decides which thread runs a task (materializations, and completions of asynchronous work).
public protocol TaskDispatcher: Sendable {
    /// Runs `task`, now or later, on some thread.
    func dispatch(_ task: @escaping @Sendable () -> Void)

    /// Waits until every dispatched task has finished; tasks dispatched afterwards run in place.
    func shutdown()
}

/// Runs each task immediately on the thread that dispatches it.
public struct InPlaceTaskDispatcher: TaskDispatcher {
    public init() {}

    public func dispatch(_ task: @escaping @Sendable () -> Void) { task() }

    public func shutdown() {}
}

/// Runs tasks on at most `maximumThreads` threads at once, first in first out.
///
/// Tasks must not block waiting for other tasks of the same pool (use `async` or callback
/// lookups inside materializers, not blocking ones), or a full pool can deadlock.
public final class ThreadPoolTaskDispatcher: TaskDispatcher {
    private struct Queue {
        var tasks: [@Sendable () -> Void] = []
        var head = 0
        var runningWorkers = 0
        var isShutDown = false

        mutating func next() -> (@Sendable () -> Void)? {
            guard head < tasks.count else {
                tasks.removeAll(keepingCapacity: true)
                head = 0
                return nil
            }
            defer { head += 1 }
            return tasks[head]
        }
    }

    /// The largest number of tasks that run at the same time.
    public let maximumThreads: Int
    private let queue = Locked(Queue())
    private let workers = DispatchQueue(label: "orca.task-dispatcher", attributes: .concurrent)
    private let outstanding = DispatchGroup()

    /// Creates a pool. `maximumThreads` defaults to the number of active processors.
    public init(maximumThreads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.maximumThreads = max(1, maximumThreads)
    }

    public func dispatch(_ task: @escaping @Sendable () -> Void) {
        let startWorker: Bool? = queue.withLock { queue in
            if queue.isShutDown { return nil }
            queue.tasks.append(task)
            guard queue.runningWorkers < maximumThreads else { return false }
            queue.runningWorkers += 1
            return true
        }
        switch startWorker {
        case nil: task()
        case true?:
            outstanding.enter()
            workers.async { self.drain() }
        case false?: break
        }
    }

    private func drain() {
        while let task = queue.withLock({ queue -> (@Sendable () -> Void)? in
            if let task = queue.next() { return task }
            queue.runningWorkers -= 1
            return nil
        }) {
            task()
        }
        outstanding.leave()
    }

    public func shutdown() {
        queue.withLock { $0.isShutDown = true }
        outstanding.wait()
    }
}
