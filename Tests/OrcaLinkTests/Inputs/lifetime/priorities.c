/* Constructors and destructors with priorities in one object: constructors run by increasing
   priority and then the ones without, destructors by decreasing priority after the ones
   without, all destructors after the atexit handlers registered in main; an init_array entry
   written by hand runs like a constructor without priority. */
#include <stdio.h>
#include <stdlib.h>

static int step = 0;
static int order_ok = 1;

static void expect_step(int expected, const char *what) {
    step++;
    if (step != expected) order_ok = 0;
    printf("%2d %s\n", step, what);
}

__attribute__((constructor)) static void ctor_default(void) { expect_step(3, "constructor without priority"); }
__attribute__((constructor(200))) static void ctor_200(void) { expect_step(2, "constructor(200)"); }
__attribute__((constructor(101))) static void ctor_101(void) { expect_step(1, "constructor(101)"); }
static void by_hand(void) { expect_step(4, "init_array entry by hand"); }
__attribute__((used, section(".init_array"))) static void (*by_hand_entry)(void) = by_hand;

__attribute__((destructor(101))) static void dtor_101(void) { expect_step(10, "destructor(101)"); }
__attribute__((destructor)) static void dtor_default(void) { expect_step(8, "destructor without priority"); }
__attribute__((destructor(200))) static void dtor_200(void) {
    expect_step(9, "destructor(200)");
    printf("order %s\n", order_ok ? "as expected" : "WRONG");
}

static void handler(void) { expect_step(7, "atexit handler"); }

int main(void) {
    expect_step(5, "main");
    atexit(handler);
    expect_step(6, "main returns");
    return 11;
}
