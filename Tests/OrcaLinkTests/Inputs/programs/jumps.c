/* setjmp / longjmp: error recovery from deep recursion, volatile locals, nested handlers. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf *handler;
static int depth_reached;

static void fail_at(int depth, int limit) {
    depth_reached = depth;
    if (depth == limit) longjmp(*handler, depth);
    if (depth > 1000) return;
    fail_at(depth + 1, limit);
}

static int try_descend(int limit) {
    jmp_buf here, *saved = handler;
    volatile int attempts = 0;
    handler = &here;
    int code = setjmp(here);
    attempts++;
    if (code == 0) {
        fail_at(0, limit);
        handler = saved;
        return -1;
    }
    handler = saved;
    printf("caught %d after %d attempt(s)\n", code, attempts);
    return code;
}

static jmp_buf outer;
static void inner_work(int n) {
    jmp_buf inner, *saved = handler;
    handler = &inner;
    if (setjmp(inner) == 0) {
        if (n % 2) longjmp(inner, 1);
        printf("inner %d: no jump\n", n);
    } else {
        printf("inner %d: jumped locally\n", n);
    }
    handler = saved;
    if (n == 3) longjmp(outer, 33);
}

int main(void) {
    int total = 0;
    for (int limit = 1; limit <= 5; limit++) total += try_descend(limit * 10);
    printf("total=%d depth=%d\n", total, depth_reached);
    volatile int rounds = 0;
    int code = setjmp(outer);
    if (code == 0) {
        for (int i = 0; i < 10; i++) { rounds++; inner_work(i); }
    }
    printf("outer code=%d rounds=%d\n", code, rounds);
    return code;  /* 33 */
}
