// CLLVM.c — compiles the module's header once, so that every SwiftPM build system sees an
// object for this target. The API itself is libLLVM-14.so.
#include "CLLVM.h"
