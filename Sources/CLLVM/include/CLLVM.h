// CLLVM.h — LLVM 14's C API, as Debian's llvm-14-dev installs it, and the few entry points Orca
// needs that the C API lacks (implemented in this target's C++ files on LLVM's C++ API). The
// `llvm-c` and `llvm` entries beside this header are symbolic links into
// /usr/lib/llvm-14/include, so no compiler flags or environment variables are needed; the
// library is libLLVM-14.so.
#ifndef ORCA_CLLVM_H
#define ORCA_CLLVM_H
#include "llvm-c/BitReader.h"
#include "llvm-c/BitWriter.h"
#include "llvm-c/Core.h"
#include "llvm-c/Error.h"
#include "llvm-c/IRReader.h"
#include "llvm-c/LLJIT.h"
#include "llvm-c/Orc.h"
#include "llvm-c/OrcEE.h"
#include "llvm-c/Analysis.h"
#include "llvm-c/Target.h"
#include "llvm-c/TargetMachine.h"
#include "llvm-c/Transforms/PassBuilder.h"
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A code generation pass pipeline for one TargetMachine, built once and run on one module after
/// another (LLVM's C API builds the pipeline anew for every module, which costs more than
/// compiling a small module). Not thread-safe: one thread at a time uses a pipeline.
typedef struct OrcaOpaqueCodegenPipeline *OrcaCodegenPipelineRef;

/// Builds the pipeline that emits ELF objects for `machine`, which must outlive it. Returns NULL
/// if the target cannot emit objects.
OrcaCodegenPipelineRef OrcaCreateCodegenPipeline(LLVMTargetMachineRef machine);

/// Compiles `module` (whose data layout and triple are the machine's) to an object. The bytes
/// stay valid until the next call on this pipeline or its disposal.
void OrcaCodegenPipelineEmit(OrcaCodegenPipelineRef pipeline, LLVMModuleRef module,
                             const char **bytes, size_t *size);

void OrcaDisposeCodegenPipeline(OrcaCodegenPipelineRef pipeline);

/// Prepares `module` to be compiled as code loaded into a running process (as a shared library
/// is): drops the "PIE Level" module flag, which tells code generation it is building the main
/// executable, and lets every thread-local variable use the dynamic TLS models (any model gives
/// the same result; the static ones need a slot in the initial thread's TLS block).
void OrcaPrepareModuleForLoading(LLVMModuleRef module);

/// The code generation level `machine` was created with.
LLVMCodeGenOptLevel OrcaTargetMachineGetOptLevel(LLVMTargetMachineRef machine);

/// SHA-256 of the concatenation of two byte ranges, into `digest` (32 bytes).
void OrcaSHA256(const void *first, size_t firstSize, const void *second, size_t secondSize,
                uint8_t *digest);

#ifdef __cplusplus
}
#endif
#endif
