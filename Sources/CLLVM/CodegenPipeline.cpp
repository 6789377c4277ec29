// CodegenPipeline.cpp — a code generation pipeline built once per TargetMachine and reused for
// every module. LLVM's AsmPrinter and MachineModuleInfo reset their per-module state in
// doInitialization/doFinalization, so one legacy PassManager runs module after module; the
// output stream is a vector cleared before each run.

#include "CLLVM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCContext.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"

struct OrcaOpaqueCodegenPipeline {
    llvm::SmallVector<char, 0> buffer;
    llvm::raw_svector_ostream stream{buffer};
    llvm::legacy::PassManager passes;
};

OrcaCodegenPipelineRef OrcaCreateCodegenPipeline(LLVMTargetMachineRef machine) {
    auto *target = reinterpret_cast<llvm::TargetMachine *>(machine);
    auto *pipeline = new OrcaOpaqueCodegenPipeline();
    llvm::MCContext *context = nullptr;
    if (target->addPassesToEmitMC(pipeline->passes, context, pipeline->stream, /*DisableVerify=*/true)) {
        delete pipeline;
        return nullptr;
    }
    return pipeline;
}

void OrcaCodegenPipelineEmit(OrcaCodegenPipelineRef pipeline, LLVMModuleRef module, const char **bytes, size_t *size) {
    pipeline->buffer.clear();
    pipeline->passes.run(*llvm::unwrap(module));
    *bytes = pipeline->buffer.data();
    *size = pipeline->buffer.size();
}

void OrcaDisposeCodegenPipeline(OrcaCodegenPipelineRef pipeline) { delete pipeline; }
