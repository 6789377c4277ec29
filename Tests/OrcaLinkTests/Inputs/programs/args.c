/* argv handling and exit() from a nested function: prints its arguments (not argv[0], which
   differs between runs), parses options with getopt, and exits from three calls deep with a
   status computed from the arguments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int verbose;

static void level3(int status) {
    printf("level3: exiting with %d\n", status);
    exit(status);
}
static void level2(int status) { level3(status + 1); printf("not reached\n"); }
static void level1(int status) { level2(status * 2); printf("not reached\n"); }

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d]=\"%s\" (%zu)\n", i, argv[i], strlen(argv[i]));
    printf("argv[argc]=%s\n", argv[argc] == NULL ? "NULL" : "not NULL");
    int base = 3, opt;
    while ((opt = getopt(argc, argv, "vb:")) != -1) {
        switch (opt) {
        case 'v': verbose++; break;
        case 'b': base = atoi(optarg); break;
        default: printf("bad option\n"); return 2;
        }
    }
    printf("verbose=%d base=%d optind=%d\n", verbose, base, optind);
    for (int i = optind; i < argc; i++) printf("operand: %s\n", argv[i]);
    if (getenv("PATH") == NULL) printf("no PATH\n");
    level1(base + argc);
    return 0;
}
