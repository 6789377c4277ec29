// CLLVM.h — LLVM 14's C API, as Debian's llvm-14-dev installs it. The `llvm-c` and `llvm`
// entries beside this header are symbolic links into /usr/lib/llvm-14/include, so no compiler
// flags or environment variables are needed; the library is libLLVM-14.so.
#ifndef ORCA_CLLVM_H
#define ORCA_CLLVM_H
#include "llvm-c/Core.h"
#include "llvm-c/Error.h"
#include "llvm-c/LLJIT.h"
#include "llvm-c/Orc.h"
#include "llvm-c/OrcEE.h"
#include "llvm-c/Target.h"
#include "llvm-c/TargetMachine.h"
#endif
