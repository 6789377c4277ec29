// Orca.swift — the facade module: `JIT`, and everything below it re-exported.

@_exported import OrcaCore
@_exported import OrcaLink
@_exported import OrcaLLVM
