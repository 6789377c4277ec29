/* atexit handlers: several registered in main run in reverse order after main returns, one
   registered by a constructor runs after them (it was registered first), the same function may
   be registered twice, and the handlers' output is flushed with the rest at exit. */
#include <stdio.h>
#include <stdlib.h>

static int calls = 0;

static void handler_one(void) { printf("handler one (call %d)\n", ++calls); }
static void handler_two(void) { printf("handler two (call %d)\n", ++calls); }
static void handler_three(void) { printf("handler three (call %d)\n", ++calls); }
static void handler_from_constructor(void) { printf("handler registered by a constructor (call %d)\n", ++calls); }

__attribute__((constructor)) static void setup(void) {
    printf("constructor registers a handler\n");
    atexit(handler_from_constructor);
}

int main(void) {
    if (atexit(handler_one) != 0) return 1;
    if (atexit(handler_two) != 0) return 1;
    if (atexit(handler_three) != 0) return 1;
    if (atexit(handler_one) != 0) return 1;  /* registered twice: runs twice */
    printf("main returns with 5 handlers pending\n");
    return 7;
}
