/* With priorities_a.c: this object's prioritized constructors and destructors fall between a's. */
#include <stdio.h>

void note_from_b(int value);

__attribute__((constructor(150))) static void b_150(void) {
    printf("b constructor(150)\n");
    note_from_b(10);
}
__attribute__((constructor)) static void b_default(void) {
    printf("b constructor\n");
    note_from_b(2);
}
__attribute__((destructor(150))) static void b_d150(void) { printf("b destructor(150)\n"); }
__attribute__((destructor)) static void b_ddefault(void) { printf("b destructor\n"); }
