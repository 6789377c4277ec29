/* custom_units.c — custom materialization units through LLVM 14's ORC C API: a unit's materialize
   callback reads its responsibility (symbols, requested symbols, target JITDylib), resolves,
   claims an extra symbol, delegates part of its work, adds dependencies and emits; a unit never
   looked up is destroyed when its tracker is removed; a weak definition that loses is discarded;
   a failed materialization fails the lookup; a unit emits an object it compiled for its
   responsibility through the LLJIT's object layer; an IR transform set on the LLJIT's IR transform
   layer sees (and optimizes) every module added. Prints what happened; run it on stock LLVM 14 and
   with Orca's liborca-llvm14.so preloaded: the output must be the same. */
#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int times_two(int x) { return 2 * x; }
static int data_word = 77;
static LLVMOrcExecutionSessionRef session;
static LLVMOrcJITDylibRef main_dylib;
static int materialized, destroyed, discarded;

static LLVMJITEvaluatedSymbol symbol_at(void *address) {
    LLVMJITEvaluatedSymbol symbol = {(uint64_t)(uintptr_t)address, {LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable, 0}};
    return symbol;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void print_names(const char *what, LLVMOrcSymbolStringPoolEntryRef *names, size_t count) {
    const char *strings[16];
    for (size_t i = 0; i < count && i < 16; i++) strings[i] = LLVMOrcSymbolStringPoolEntryStr(names[i]);
    qsort(strings, count, sizeof strings[0], by_name);
    printf("  %s:", what);
    for (size_t i = 0; i < count; i++) printf(" %s", strings[i]);
    printf("\n");
}

static void check(LLVMErrorRef error, const char *what) {
    if (!error) return;
    char *message = LLVMGetErrorMessage(error);
    printf("  %s failed: %s\n", what, message);
    LLVMDisposeErrorMessage(message);
}

/* Unit 1: "produced" and "companion"; claims "extra"; delegates "companion". */
static void materialize_first(void *context, LLVMOrcMaterializationResponsibilityRef mr) {
    materialized++;
    printf("materialize %s (target is main: %s)\n", (const char *)context,
           LLVMOrcMaterializationResponsibilityGetTargetDylib(mr) == main_dylib ? "yes" : "no");
    size_t count;
    LLVMOrcCSymbolFlagsMapPairs symbols = LLVMOrcMaterializationResponsibilityGetSymbols(mr, &count);
    LLVMOrcSymbolStringPoolEntryRef names[8];
    for (size_t i = 0; i < count; i++) names[i] = symbols[i].Name;
    print_names("symbols", names, count);
    LLVMOrcDisposeCSymbolFlagsMap(symbols);
    LLVMOrcSymbolStringPoolEntryRef *requested = LLVMOrcMaterializationResponsibilityGetRequestedSymbols(mr, &count);
    print_names("requested", requested, count);
    LLVMOrcDisposeSymbols(requested);

    LLVMOrcCSymbolFlagsMapPair extra = {LLVMOrcExecutionSessionIntern(session, "extra"), {LLVMJITSymbolGenericFlagsExported, 0}};
    check(LLVMOrcMaterializationResponsibilityDefineMaterializing(mr, &extra, 1), "defineMaterializing");

    LLVMOrcSymbolStringPoolEntryRef companion = LLVMOrcExecutionSessionIntern(session, "companion");
    LLVMOrcMaterializationResponsibilityRef delegated;
    check(LLVMOrcMaterializationResponsibilityDelegate(mr, &companion, 1, &delegated), "delegate");
    LLVMJITCSymbolMapPair other = {companion, symbol_at(&data_word)};
    check(LLVMOrcMaterializationResponsibilityNotifyResolved(delegated, &other, 1), "resolve companion");
    check(LLVMOrcMaterializationResponsibilityNotifyEmitted(delegated), "emit companion");
    LLVMOrcDisposeMaterializationResponsibility(delegated);

    LLVMJITCSymbolMapPair resolved[2] = {
        {LLVMOrcExecutionSessionIntern(session, "produced"), symbol_at((void *)times_two)},
        {LLVMOrcExecutionSessionIntern(session, "extra"), symbol_at(&data_word)},
    };
    check(LLVMOrcMaterializationResponsibilityNotifyResolved(mr, resolved, 2), "resolve");
    LLVMOrcSymbolStringPoolEntryRef dependency = LLVMOrcExecutionSessionIntern(session, "companion");
    LLVMOrcCDependenceMapPair dependence = {main_dylib, {&dependency, 1}};
    LLVMOrcMaterializationResponsibilityAddDependenciesForAll(mr, &dependence, 1);
    check(LLVMOrcMaterializationResponsibilityNotifyEmitted(mr), "emit");
    LLVMOrcDisposeMaterializationResponsibility(mr);
}

static void materialize_failing(void *context, LLVMOrcMaterializationResponsibilityRef mr) {
    materialized++;
    printf("materialize %s: failing it\n", (const char *)context);
    LLVMOrcMaterializationResponsibilityFailMaterialization(mr);
    LLVMOrcDisposeMaterializationResponsibility(mr);
}

static LLVMOrcLLJITRef the_jit;

/* Unit 3: compiles "from_object() = 5" with a TargetMachine and emits the object for its
   responsibility. */
static void materialize_object(void *context, LLVMOrcMaterializationResponsibilityRef mr) {
    materialized++;
    printf("materialize %s: emitting an object\n", (const char *)context);
    LLVMContextRef llvm = LLVMContextCreate();
    LLVMModuleRef module = LLVMModuleCreateWithNameInContext("object", llvm);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(llvm);
    LLVMValueRef function = LLVMAddFunction(module, "from_object", LLVMFunctionType(i32, NULL, 0, 0));
    LLVMBuilderRef builder = LLVMCreateBuilderInContext(llvm);
    LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(llvm, function, "entry"));
    LLVMBuildRet(builder, LLVMConstInt(i32, 5, 0));
    LLVMDisposeBuilder(builder);
    char *triple = LLVMGetDefaultTargetTriple(), *error = NULL;
    LLVMTargetRef target;
    LLVMGetTargetFromTriple(triple, &target, &error);
    LLVMTargetMachineRef machine = LLVMCreateTargetMachine(target, triple, "", "", LLVMCodeGenLevelDefault, LLVMRelocPIC, LLVMCodeModelSmall);
    LLVMSetTarget(module, triple);
    LLVMMemoryBufferRef object;
    if (LLVMTargetMachineEmitToMemoryBuffer(machine, module, LLVMObjectFile, &error, &object)) {
        printf("  codegen failed: %s\n", error);
        LLVMOrcMaterializationResponsibilityFailMaterialization(mr);
        LLVMOrcDisposeMaterializationResponsibility(mr);
    } else {
        LLVMOrcObjectLayerEmit(LLVMOrcLLJITGetObjLinkingLayer(the_jit), mr, object);
    }
    LLVMDisposeTargetMachine(machine);
    LLVMDisposeModule(module);
    LLVMContextDispose(llvm);
    LLVMDisposeMessage(triple);
}

static int transforms;

static LLVMErrorRef optimize(void *context, LLVMModuleRef module) {
    LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
    LLVMErrorRef error = LLVMRunPasses(module, "instcombine", NULL, options);
    LLVMDisposePassBuilderOptions(options);
    return error;
}

static LLVMErrorRef transform(void *context, LLVMOrcThreadSafeModuleRef *module, LLVMOrcMaterializationResponsibilityRef mr) {
    transforms++;
    printf("transform %s (target is main: %s)\n", (const char *)context,
           LLVMOrcMaterializationResponsibilityGetTargetDylib(mr) == main_dylib ? "yes" : "no");
    return LLVMOrcThreadSafeModuleWithModuleDo(*module, optimize, NULL);
}

/* halve(x) = (x * 2) / 2 + 1, added as IR through the transform layer. */
static void add_ir(LLVMOrcLLJITRef jit) {
    LLVMOrcThreadSafeContextRef context = LLVMOrcCreateNewThreadSafeContext();
    LLVMContextRef llvm = LLVMOrcThreadSafeContextGetContext(context);
    LLVMModuleRef module = LLVMModuleCreateWithNameInContext("ir", llvm);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(llvm);
    LLVMTypeRef one[] = {i32};
    LLVMValueRef function = LLVMAddFunction(module, "halve", LLVMFunctionType(i32, one, 1, 0));
    LLVMBuilderRef builder = LLVMCreateBuilderInContext(llvm);
    LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(llvm, function, "entry"));
    LLVMValueRef twice = LLVMBuildNSWMul(builder, LLVMGetParam(function, 0), LLVMConstInt(i32, 2, 0), "twice");
    LLVMValueRef half = LLVMBuildSDiv(builder, twice, LLVMConstInt(i32, 2, 0), "half");
    LLVMBuildRet(builder, LLVMBuildAdd(builder, half, LLVMConstInt(i32, 1, 0), "result"));
    LLVMDisposeBuilder(builder);
    LLVMOrcThreadSafeModuleRef threadSafe = LLVMOrcCreateNewThreadSafeModule(module, context);
    LLVMOrcDisposeThreadSafeContext(context);
    check(LLVMOrcLLJITAddLLVMIRModule(jit, main_dylib, threadSafe), "add IR");
}

static void discard(void *context, LLVMOrcJITDylibRef jd, LLVMOrcSymbolStringPoolEntryRef name) {
    discarded++;
    printf("discard %s from %s\n", LLVMOrcSymbolStringPoolEntryStr(name), (const char *)context);
}

static void destroy(void *context) {
    destroyed++;
    printf("destroy %s\n", (const char *)context);
}

static LLVMOrcMaterializationUnitRef unit(const char *label, const char **names, const uint8_t *flags, size_t count,
                                          LLVMOrcMaterializationUnitMaterializeFunction materialize) {
    LLVMOrcCSymbolFlagsMapPair symbols[4];
    for (size_t i = 0; i < count; i++) {
        symbols[i].Name = LLVMOrcExecutionSessionIntern(session, names[i]);
        symbols[i].Flags.GenericFlags = flags[i];
        symbols[i].Flags.TargetFlags = 0;
    }
    return LLVMOrcCreateCustomMaterializationUnit(label, (void *)label, symbols, count, NULL, materialize, discard, destroy);
}

static void lookup(LLVMOrcLLJITRef jit, const char *name) {
    LLVMOrcExecutorAddress address = 0;
    LLVMErrorRef error = LLVMOrcLLJITLookup(jit, &address, name);
    if (error) {
        LLVMConsumeError(error);
        printf("lookup %s: failed\n", name);
    } else if (strcmp(name, "halve") == 0) {
        printf("lookup %s: halve(20) = %d\n", name, ((int (*)(int))(uintptr_t)address)(20));
    } else if (strcmp(name, "from_object") == 0) {
        printf("lookup %s: from_object() = %d\n", name, ((int (*)(void))(uintptr_t)address)());
    } else if (strcmp(name, "produced") == 0) {
        printf("lookup %s: times_two(21) = %d\n", name, ((int (*)(int))(uintptr_t)address)(21));
    } else {
        printf("lookup %s: %d\n", name, *(int *)(uintptr_t)address);
    }
}

static void ignore(void *context, LLVMErrorRef error) { LLVMConsumeError(error); }

int main(void) {
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    LLVMOrcLLJITRef jit;
    check(LLVMOrcCreateLLJIT(&jit, NULL), "create");
    session = LLVMOrcLLJITGetExecutionSession(jit);
    LLVMOrcExecutionSessionSetErrorReporter(session, ignore, NULL);
    main_dylib = LLVMOrcLLJITGetMainJITDylib(jit);
    const uint8_t plain = LLVMJITSymbolGenericFlagsExported, weak = LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsWeak;

    const char *first[] = {"produced", "companion"};
    const uint8_t first_flags[] = {plain, plain};
    check(LLVMOrcJITDylibDefine(main_dylib, unit("first", first, first_flags, 2, materialize_first)), "define first");
    lookup(jit, "produced");
    lookup(jit, "produced");
    lookup(jit, "companion");
    lookup(jit, "extra");

    LLVMOrcResourceTrackerRef tracker = LLVMOrcJITDylibCreateResourceTracker(main_dylib);
    const char *unused[] = {"never_looked_up"};
    const uint8_t unused_flags[] = {plain};
    LLVMOrcMaterializationUnitRef unused_unit = unit("unused", unused, unused_flags, 1, materialize_first);
    LLVMJITCSymbolMapPair strong = {LLVMOrcExecutionSessionIntern(session, "contested"), symbol_at(&data_word)};
    check(LLVMOrcJITDylibDefine(main_dylib, LLVMOrcAbsoluteSymbols(&strong, 1)), "define strong");
    const char *weak_names[] = {"contested", "weak_other"};
    const uint8_t weak_flags[] = {weak, plain};
    check(LLVMOrcJITDylibDefine(main_dylib, unit("weak-unit", weak_names, weak_flags, 2, materialize_failing)), "define weak");
    (void)unused_unit;
    LLVMOrcDisposeMaterializationUnit(unused_unit);
    LLVMOrcMaterializationUnitRef tracked = unit("tracked", unused, unused_flags, 1, materialize_first);
    (void)tracked;
    lookup(jit, "contested");
    lookup(jit, "weak_other");
    LLVMOrcResourceTrackerRef tracked_tracker = tracker;
    const char *removed[] = {"removed_unit_symbol"};
    LLVMOrcMaterializationUnitRef removed_unit = unit("removed", removed, unused_flags, 1, materialize_first);
    (void)removed_unit;
    LLVMConsumeError(LLVMOrcResourceTrackerRemove(tracked_tracker));
    LLVMOrcReleaseResourceTracker(tracked_tracker);
    LLVMOrcDisposeMaterializationUnit(removed_unit);
    LLVMOrcDisposeMaterializationUnit(tracked);

    const char *object_names[] = {"from_object"};
    const uint8_t callable[] = {LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable};
    the_jit = jit;
    check(LLVMOrcJITDylibDefine(main_dylib, unit("object-unit", object_names, callable, 1, materialize_object)), "define object unit");
    lookup(jit, "from_object");

    LLVMOrcIRTransformLayerSetTransform(LLVMOrcLLJITGetIRTransformLayer(jit), transform, (void *)"ir-transform");
    add_ir(jit);
    lookup(jit, "halve");

    printf("materialized %d, destroyed %d, discarded %d, transformed %d\n", materialized, destroyed, discarded, transforms);
    check(LLVMOrcDisposeLLJIT(jit), "dispose");
    return 0;
}
