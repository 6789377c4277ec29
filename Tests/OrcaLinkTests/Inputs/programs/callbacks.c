/* Function pointers stored in data: a global table of callbacks, a struct of handlers, a
   pointer-to-pointer chain, library functions in a table (see hostfnptr.c for library
   functions taken by address in code). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
int divide(int a, int b) { return b ? a / b : 0; }
int modulo(int a, int b) { return b ? a % b : 0; }

struct op { const char *name; char symbol; binop fn; };
struct op ops[] = {
    { "add", '+', add }, { "sub", '-', sub }, { "mul", '*', mul }, { "div", '/', divide }, { "mod", '%', modulo },
};
const int op_count = sizeof ops / sizeof ops[0];

/* A table of library functions, in data (absolute 64-bit addresses). */
size_t (*const length_fns[])(const char *) = { strlen };
int (*const print_fns[])(const char *) = { puts };

struct handlers { void (*on_start)(const char *); int (*on_item)(int); void (*on_end)(int); };
static void start(const char *what) { printf("start %s\n", what); }
static int item(int x) { return x * x; }
static void end(int total) { printf("end total=%d\n", total); }
static const struct handlers default_handlers = { start, item, end };
const struct handlers *current_handlers = &default_handlers;
const struct handlers *const *handlers_ref = &current_handlers;

static int apply_all(int (*fn)(int), const int *xs, int n) {
    int total = 0;
    for (int i = 0; i < n; i++) total += fn(xs[i]);
    return total;
}

int main(void) {
    for (int i = 0; i < op_count; i++)
        printf("%s: 17 %c 5 = %d\n", ops[i].name, ops[i].symbol, ops[i].fn(17, 5));
    const struct handlers *h = *handlers_ref;
    int xs[] = { 1, 2, 3, 4, 5 };
    h->on_start("squares");
    h->on_end(apply_all(h->on_item, xs, 5));
    printf("table strlen(\"hello\")=%zu\n", length_fns[0]("hello"));
    print_fns[0]("puts through a table");
    binop chosen = ops[2].fn;
    return chosen(3, 3);  /* 9 */
}
