// ProgramLauncher.swift — what `orca run` does when the program's process exits.

import Foundation
import Glibc
import OrcaCore

enum ProgramLauncher {
    private static let runClock = Locked<PhaseClock?>(nil)
    private static let exitingSession = Locked<ExecutionSession?>(nil)

    /// Ends `session` when the process exits (main returning or exit()), which runs the
    /// destructors and finalizers of the code still loaded.
    static func endSessionAtExit(_ session: ExecutionSession) {
        exitingSession.withLock { $0 = session }
        atexit {
            let session = ProgramLauncher.exitingSession.withLock { session in
                defer { session = nil }
                return session
            }
            try? session?.endSession()
        }
    }

    /// Prints how long the program ran when the process exits (main returning or exit()).
    static func reportRunTimeAtExit(since clock: PhaseClock) {
        _ = clock.lap()
        runClock.withLock { $0 = clock }
        atexit {
            if let clock = ProgramLauncher.runClock.withLock({ $0 }) {
                report(String(format: "orca: run %.3f ms", clock.lap() * 1e3))
            }
        }
    }
}
