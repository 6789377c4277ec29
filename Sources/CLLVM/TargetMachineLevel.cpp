// TargetMachineLevel.cpp — the code generation level a TargetMachine was created with, which
// LLVM's C API does not expose.

#include "CLLVM.h"
#include "llvm/Target/TargetMachine.h"

LLVMCodeGenOptLevel OrcaTargetMachineGetOptLevel(LLVMTargetMachineRef machine) {
    switch (reinterpret_cast<llvm::TargetMachine *>(machine)->getOptLevel()) {
    case llvm::CodeGenOpt::None: return LLVMCodeGenLevelNone;
    case llvm::CodeGenOpt::Less: return LLVMCodeGenLevelLess;
    case llvm::CodeGenOpt::Default: return LLVMCodeGenLevelDefault;
    case llvm::CodeGenOpt::Aggressive: return LLVMCodeGenLevelAggressive;
    }
    return LLVMCodeGenLevelDefault;
}
