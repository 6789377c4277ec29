/* exit() from a function called by main, with atexit handlers pending and output still in
   stdout's buffer (no newline): the handlers run, in reverse order, then destructors, then
   stdout is flushed; the status is exit's argument, not main's. */
#include <stdio.h>
#include <stdlib.h>

static int handlers_run = 0;

static void first(void) { printf("[first handler after %d]", handlers_run++); }
static void second(void) { printf("[second handler after %d]", handlers_run++); }
__attribute__((destructor)) static void last_words(void) { printf("[destructor after %d handlers]\n", handlers_run); }

static void leave(int status) {
    printf("leaving with %d, still buffered... ", status);
    exit(status);
}

int main(int argc, char **argv) {
    (void)argv;
    atexit(first);
    atexit(second);
    for (int i = 0; i < 3; i++) printf("line %d; ", i);
    if (argc > 0) leave(5);
    printf("never printed\n");
    return 0;
}
