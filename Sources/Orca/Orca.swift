// Orca.swift — the facade module. Today it re-exports the core; the `JIT` facade joins it once
// the linker and the LLVM IR layer exist.

@_exported import OrcaCore
