/* With priorities_b.c: constructor and destructor priorities interleaved across two objects.
   A native link sorts every object's prioritized entries together, so b's constructor(150) runs
   between a's 101 and 200, and the destructors mirror that. (Only b refers to a, so a's
   initializers come first in any order that follows the link order or the references.) */
#include <stdio.h>

static int b_said = 0;
void note_from_b(int value) { b_said += value; }

__attribute__((constructor(101))) static void a_101(void) { printf("a constructor(101)\n"); }
__attribute__((constructor(200))) static void a_200(void) { printf("a constructor(200)\n"); }
__attribute__((constructor)) static void a_default(void) { printf("a constructor\n"); }
__attribute__((destructor(101))) static void a_d101(void) { printf("a destructor(101)\n"); }
__attribute__((destructor(200))) static void a_d200(void) { printf("a destructor(200)\n"); }
__attribute__((destructor)) static void a_ddefault(void) { printf("a destructor\n"); }

int main(void) {
    printf("main: b said %d\n", b_said);
    return b_said;
}
