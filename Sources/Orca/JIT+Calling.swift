// JIT+Calling.swift — looking symbols up as addresses and typed functions, and running main.

import Glibc
import OrcaCore
import OrcaLink

extension JIT {
    /// The address of `name` in `jitDylib` (main by default), compiling and linking what it
    /// needs first.
    ///
    /// - Throws: `OrcError.symbolsNotFound`, or `OrcError.failedToMaterialize` carrying the
    ///   compiler's or linker's error.
    public func lookup(_ name: String, in jitDylib: JITDylib? = nil) throws -> ExecutorAddress {
        try session.lookup(name, in: jitDylib ?? mainJITDylib).address
    }

    /// `name` as a callable function of type `type`, which must be a `@convention(c)` function
    /// type matching the JIT'd function's C signature (Orca cannot check the signature).
    ///
    /// - Throws: `JITError.notAFunctionPointer` for other types, and what `lookup(_:in:)` throws.
    public func lookup<Function>(_ name: String, as type: Function.Type, in jitDylib: JITDylib? = nil) throws -> Function {
        guard MemoryLayout<Function>.size == MemoryLayout<UnsafeRawPointer>.size else {
            throw JITError.notAFunctionPointer(type: String(describing: type))
        }
        guard let pointer = UnsafeRawPointer(bitPattern: UInt(try lookup(name, in: jitDylib).rawValue)) else {
            throw JITError.nullAddress(symbol: name)
        }
        return unsafeBitCast(pointer, to: type)
    }

    /// C's `main`: `int main(int argc, char **argv, char **envp)`.
    public typealias Main = @convention(c) (Int32, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32

    /// Runs the main JITDylib's initializers (static constructors of everything added, in link
    /// order), then calls `entry` as C's `main` with `arguments` (argv[0] first) and the
    /// process's environment, and returns its result.
    ///
    /// - Throws: what looking up `entry` or linking the initializers' code throws.
    public func runMain(arguments: [String], entry: String = "main") throws -> Int32 {
        try objectLayer.initialize(mainJITDylib)
        let main = try lookup(entry, as: Main.self)
        let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: arguments.count + 1)
        for (index, argument) in arguments.enumerated() { argv[index] = strdup(argument) }
        argv[arguments.count] = nil
        defer {
            for index in arguments.indices { free(argv[index]) }
            argv.deallocate()
        }
        return main(Int32(arguments.count), argv, environ)
    }
}
