// CLLVM.c — compiles the module's header as C once, so that the C declarations are checked the
// way Swift imports them. The C API itself is libLLVM-14.so; Orca's additions are the C++ files.
#include "CLLVM.h"
