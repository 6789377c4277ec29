/* Addresses of the C library's functions taken in code (in non-PIC code, `mov $puts, %reg`,
   which a system linker points at a PLT entry in the executable), called through pointers and
   compared with the same addresses stored in data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int (*const print_fns[])(const char *) = { puts };
static int (*volatile pick_print)(const char *);
static int (*volatile pick_compare)(const char *, const char *);
static void (*volatile pick_free)(void *);

int main(void) {
    pick_print = puts;
    pick_compare = strcmp;
    pick_free = free;
    pick_print("puts through a pointer taken in code");
    printf("strcmp through a pointer: %d\n", pick_compare("abc", "abd") < 0);
    pick_free(malloc(16));
    printf("same puts in code and data: %d\n", pick_print == print_fns[0]);
    return pick_compare("b", "a") > 0 ? 12 : 0;
}
