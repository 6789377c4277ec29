/* host.c — a C host of LLVM 14's ORC C API that uses it the way PostgreSQL 15's llvmjit.c does:
   two LLJITs (no and full code generation optimization) from TargetMachines, an object linking
   layer creator registering a JIT event listener, an error reporter, the process's symbols plus
   a custom generator for "hostext." names, modules built in a context the host owns (wrapped by
   one session-wide ThreadSafeContext), one resource tracker per "query", lookup, call, removal,
   and clearing dead pool entries. Usage: host QUERIES. Prints what it computed; exit status 0
   when every result was right. Run it as is (LLVM 14's ORC) or with LD_PRELOAD of Orca's
   liborca-llvm14.so: the output must be the same. */
#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/OrcEE.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Host functions JIT'd code calls: one found in the process, one through the custom generator. */
__attribute__((visibility("default"))) int host_add(int a, int b) { return a + b; }
static int answer(void) { return 42; }

static int warnings;

static char *message(LLVMErrorRef error) {
    char *text = LLVMGetErrorMessage(error);
    char *copy = strdup(text);
    LLVMDisposeErrorMessage(text);
    return copy;
}

static void report(void *context, LLVMErrorRef error) {
    char *text = message(error);
    warnings++;
    free(text);
}

static LLVMErrorRef resolve(LLVMOrcDefinitionGeneratorRef generator, void *context, LLVMOrcLookupStateRef *state,
                            LLVMOrcLookupKind kind, LLVMOrcJITDylibRef jd, LLVMOrcJITDylibLookupFlags flags,
                            LLVMOrcCLookupSet names, size_t count) {
    /* Defines the names it knows (PostgreSQL defines every name, unknown ones at address 0, which
       LLVM's RuntimeDyld turns into a fatal error when the code uses one). */
    LLVMJITCSymbolMapPair *symbols = calloc(count, sizeof *symbols);
    size_t defined = 0;
    for (size_t i = 0; i < count; i++) {
        if (strcmp(LLVMOrcSymbolStringPoolEntryStr(names[i].Name), "hostext.answer") != 0) continue;
        LLVMOrcRetainSymbolStringPoolEntry(names[i].Name);
        symbols[defined].Name = names[i].Name;
        symbols[defined].Sym.Address = (uint64_t)(uintptr_t)answer;
        symbols[defined].Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported;
        defined++;
    }
    if (defined == 0) { free(symbols); return LLVMErrorSuccess; }
    LLVMOrcMaterializationUnitRef unit = LLVMOrcAbsoluteSymbols(symbols, defined);
    LLVMErrorRef error = LLVMOrcJITDylibDefine(jd, unit);
    if (error) LLVMOrcDisposeMaterializationUnit(unit);
    free(symbols);
    return error;
}

static LLVMOrcObjectLayerRef create_object_layer(void *context, LLVMOrcExecutionSessionRef session, const char *triple) {
    LLVMOrcObjectLayerRef layer = LLVMOrcCreateRTDyldObjectLinkingLayerWithSectionMemoryManager(session);
    LLVMOrcRTDyldObjectLinkingLayerRegisterJITEventListener(layer, LLVMCreateGDBRegistrationListener());
    return layer;
}

static LLVMOrcLLJITRef create_jit(LLVMTargetMachineRef machine) {
    LLVMOrcLLJITBuilderRef builder = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(machine));
    LLVMOrcLLJITBuilderSetObjectLinkingLayerCreator(builder, create_object_layer, NULL);
    LLVMOrcLLJITRef jit;
    LLVMErrorRef error = LLVMOrcCreateLLJIT(&jit, builder);
    if (error) { printf("create: %s\n", message(error)); exit(2); }
    LLVMOrcExecutionSessionSetErrorReporter(LLVMOrcLLJITGetExecutionSession(jit), report, NULL);
    LLVMOrcDefinitionGeneratorRef process;
    error = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&process, LLVMOrcLLJITGetGlobalPrefix(jit), NULL, NULL);
    if (error) { printf("generator: %s\n", message(error)); exit(2); }
    LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(jit), process);
    LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(jit), LLVMOrcCreateCustomCAPIDefinitionGenerator(resolve, NULL));
    return jit;
}

/* evalexpr_N(x) = host_add(x, N) + hostext.answer() (+ missing() when broken). */
static LLVMModuleRef build_module(LLVMContextRef context, const char *triple, const char *layout, int n, int broken) {
    LLVMModuleRef module = LLVMModuleCreateWithNameInContext("pg", context);
    LLVMSetTarget(module, triple);
    LLVMSetDataLayout(module, layout);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(context);
    LLVMTypeRef two[] = {i32, i32};
    LLVMTypeRef add_type = LLVMFunctionType(i32, two, 2, 0), nullary = LLVMFunctionType(i32, NULL, 0, 0);
    LLVMValueRef add = LLVMAddFunction(module, "host_add", add_type);
    LLVMValueRef ext = LLVMAddFunction(module, "hostext.answer", nullary);
    char name[64];
    snprintf(name, sizeof name, "evalexpr_%d", n);
    LLVMTypeRef one[] = {i32};
    LLVMValueRef function = LLVMAddFunction(module, name, LLVMFunctionType(i32, one, 1, 0));
    LLVMBuilderRef builder = LLVMCreateBuilderInContext(context);
    LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(context, function, "entry"));
    LLVMValueRef args[] = {LLVMGetParam(function, 0), LLVMConstInt(i32, n, 0)};
    LLVMValueRef sum = LLVMBuildCall2(builder, add_type, add, args, 2, "sum");
    LLVMValueRef total = LLVMBuildAdd(builder, sum, LLVMBuildCall2(builder, nullary, ext, NULL, 0, "answer"), "total");
    if (broken) {
        LLVMValueRef missing = LLVMAddFunction(module, "missing_function", nullary);
        total = LLVMBuildAdd(builder, total, LLVMBuildCall2(builder, nullary, missing, NULL, 0, "m"), "broken");
    }
    LLVMBuildRet(builder, total);
    LLVMDisposeBuilder(builder);
    return module;
}

int main(int argc, char **argv) {
    int queries = argc > 1 ? atoi(argv[1]) : 100;
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    LLVMInitializeNativeAsmParser();
    char *triple = LLVMGetDefaultTargetTriple(), *error_text = NULL;
    LLVMTargetRef target;
    if (LLVMGetTargetFromTriple(triple, &target, &error_text)) { printf("%s\n", error_text); return 2; }
    char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
    LLVMTargetMachineRef opt0 = LLVMCreateTargetMachine(target, triple, cpu, features, LLVMCodeGenLevelNone, LLVMRelocDefault, LLVMCodeModelJITDefault);
    LLVMTargetMachineRef opt3 = LLVMCreateTargetMachine(target, triple, cpu, features, LLVMCodeGenLevelAggressive, LLVMRelocDefault, LLVMCodeModelJITDefault);
    LLVMTargetDataRef data = LLVMCreateTargetDataLayout(opt0);
    char *layout = LLVMCopyStringRepOfTargetData(data);
    LLVMOrcThreadSafeContextRef session_context = LLVMOrcCreateNewThreadSafeContext();
    LLVMOrcLLJITRef jits[2] = {create_jit(opt0), create_jit(opt3)};
    LLVMContextRef context = LLVMContextCreate();

    int wrong = 0;
    long checksum = 0;
    for (int n = 0; n < queries; n++) {
        LLVMOrcLLJITRef jit = jits[n & 1];
        int broken = n % 25 == 24;
        LLVMOrcThreadSafeModuleRef module = LLVMOrcCreateNewThreadSafeModule(build_module(context, triple, layout, n, broken), session_context);
        LLVMOrcResourceTrackerRef tracker = LLVMOrcJITDylibCreateResourceTracker(LLVMOrcLLJITGetMainJITDylib(jit));
        LLVMErrorRef error = LLVMOrcLLJITAddLLVMIRModuleWithRT(jit, tracker, module);
        if (error) { printf("add %d: %s\n", n, message(error)); return 2; }
        char name[64];
        snprintf(name, sizeof name, "evalexpr_%d", n);
        LLVMOrcExecutorAddress address = 0;
        error = LLVMOrcLLJITLookup(jit, &address, name);
        if (broken) {
            if (!error) { printf("query %d: a module calling a missing function was linked\n", n); wrong++; }
            else free(message(error));
        } else if (error) {
            printf("lookup %d: %s\n", n, message(error));
            wrong++;
        } else {
            int result = ((int (*)(int))(uintptr_t)address)(n);
            if (result != 2 * n + 42) { printf("query %d: %d\n", n, result); wrong++; }
            checksum += result;
        }
        LLVMConsumeError(LLVMOrcResourceTrackerRemove(tracker));
        LLVMOrcReleaseResourceTracker(tracker);
        LLVMOrcSymbolStringPoolClearDeadEntries(LLVMOrcExecutionSessionGetSymbolStringPool(LLVMOrcLLJITGetExecutionSession(jit)));
        /* As PostgreSQL does every 100 queries: a new LLVMContext once no module uses the old one. */
        if (n % 100 == 99) {
            LLVMContextDispose(context);
            context = LLVMContextCreate();
        }
    }
    printf("queries %d, checksum %ld, wrong %d, lookup errors reported %s\n", queries, checksum, wrong, warnings > 0 ? "yes" : "no");
    LLVMConsumeError(LLVMOrcDisposeLLJIT(jits[1]));
    LLVMConsumeError(LLVMOrcDisposeLLJIT(jits[0]));
    LLVMOrcDisposeThreadSafeContext(session_context);
    return wrong == 0 ? 0 : 1;
}
