// ProgramLauncher.swift — calls a JIT'd main(argc, argv, envp) with C strings it owns.

import Foundation
import Glibc
import OrcaCore

enum ProgramLauncher {
    typealias Main = @convention(c) (Int32, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32

    /// Calls the function at `address` as `int main(int argc, char **argv, char **envp)`.
    static func callMain(at address: ExecutorAddress, arguments: [String]) -> Int32 {
        let main = unsafeBitCast(UnsafeRawPointer(bitPattern: UInt(address.rawValue)), to: Main.self)
        let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: arguments.count + 1)
        for (index, argument) in arguments.enumerated() { argv[index] = strdup(argument) }
        argv[arguments.count] = nil
        return main(Int32(arguments.count), argv, environ)
    }

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
