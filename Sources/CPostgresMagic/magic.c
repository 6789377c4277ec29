// magic.c — PostgreSQL 15's "magic block", so that PostgreSQL 15 accepts liborca-llvm14.so in
// shared_preload_libraries (it refuses libraries without one). The layout and values are those of
// PG_MODULE_MAGIC in PostgreSQL 15 on 64-bit Linux (fmgr.h: FUNC_MAX_ARGS 100, INDEX_MAX_KEYS 32,
// NAMEDATALEN 64, FLOAT8PASSBYVAL true, ABI "PostgreSQL"). Other PostgreSQL versions refuse it;
// they can load the library with LD_PRELOAD instead.

typedef struct {
    int len;
    int version;
    int funcmaxargs;
    int indexmaxkeys;
    int namedatalen;
    int float8byval;
    char abi_extra[32];
} PgMagicBlock;

__attribute__((visibility("default"))) const PgMagicBlock *Pg_magic_func(void) {
    static const PgMagicBlock block = {sizeof(PgMagicBlock), 1500, 100, 32, 64, 1, "PostgreSQL"};
    return &block;
}
