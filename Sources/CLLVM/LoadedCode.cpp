// LoadedCode.cpp — makes a module compile as code loaded into a running process.

#include "CLLVM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"

void OrcaPrepareModuleForLoading(LLVMModuleRef module) {
    llvm::Module *m = llvm::unwrap(module);
    if (llvm::NamedMDNode *flags = m->getModuleFlagsMetadata()) {
        llvm::SmallVector<llvm::MDNode *, 8> kept;
        bool dropped = false;
        for (llvm::MDNode *flag : flags->operands()) {
            auto *key = flag->getNumOperands() > 1 ? llvm::dyn_cast<llvm::MDString>(flag->getOperand(1)) : nullptr;
            if (key && key->getString() == "PIE Level") {
                dropped = true;
            } else {
                kept.push_back(flag);
            }
        }
        if (dropped) {
            flags->clearOperands();
            for (llvm::MDNode *flag : kept) flags->addOperand(flag);
        }
    }
    for (llvm::GlobalVariable &global : m->globals()) {
        if (global.isThreadLocal()) global.setThreadLocalMode(llvm::GlobalValue::GeneralDynamicTLSModel);
    }
}
