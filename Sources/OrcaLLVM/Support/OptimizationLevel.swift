// OptimizationLevel.swift — how hard LLVM works on IR and on code generation.

import CLLVM

/// An optimization level, as `-O0` … `-O3`: for IR optimization it selects LLVM's
/// `default<On>` pipeline (new pass manager), for code generation LLVM's CodeGenOpt level.
public enum OptimizationLevel: Int, Sendable, CaseIterable, Comparable {
    case O0 = 0, O1, O2, O3

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The new pass manager's pipeline for this level.
    var pipeline: String { "default<O\(rawValue)>" }

    /// The code generation level.
    var codegen: LLVMCodeGenOptLevel {
        switch self {
        case .O0: LLVMCodeGenLevelNone
        case .O1: LLVMCodeGenLevelLess
        case .O2: LLVMCodeGenLevelDefault
        case .O3: LLVMCodeGenLevelAggressive
        }
    }
}
