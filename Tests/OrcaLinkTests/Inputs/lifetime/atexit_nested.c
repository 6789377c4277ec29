/* A handler registered while exit is running handlers (from another handler) runs next, before
   the handlers registered earlier that have not run yet (C11 7.22.4.4). */
#include <stdio.h>
#include <stdlib.h>

static void outer_first(void) { printf("outer handler registered first\n"); }
static void late(void) { printf("handler registered during exit\n"); }
static void registers_late(void) {
    printf("handler that registers another\n");
    atexit(late);
}
static void outer_last(void) { printf("outer handler registered last\n"); }

int main(void) {
    atexit(outer_first);
    atexit(registers_late);
    atexit(outer_last);
    printf("main returns\n");
    return 3;
}
