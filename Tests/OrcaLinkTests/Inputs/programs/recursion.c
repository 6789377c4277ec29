/* Recursion: Ackermann, Fibonacci, mutual recursion, Towers of Hanoi, a recursive descent parser. */
#include <stdio.h>

static int ackermann(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int is_odd(unsigned n);
int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static long hanoi(int disks, int from, int to, int via) {
    if (disks == 0) return 0;
    return hanoi(disks - 1, from, via, to) + 1 + hanoi(disks - 1, via, to, from);
}

/* expr := term (('+'|'-') term)*, term := factor (('*'|'/') factor)*, factor := num | '(' expr ')' */
static const char *cursor;
static long expr(void);
static long factor(void) {
    if (*cursor == '(') { cursor++; long v = expr(); cursor++; return v; }
    long v = 0;
    while (*cursor >= '0' && *cursor <= '9') v = v * 10 + (*cursor++ - '0');
    return v;
}
static long term(void) {
    long v = factor();
    while (*cursor == '*' || *cursor == '/') { char op = *cursor++; long r = factor(); v = op == '*' ? v * r : v / r; }
    return v;
}
static long expr(void) {
    long v = term();
    while (*cursor == '+' || *cursor == '-') { char op = *cursor++; long r = term(); v = op == '+' ? v + r : v - r; }
    return v;
}

int main(void) {
    for (int m = 0; m <= 2; m++)
        for (int n = 0; n <= 3; n++) printf("ack(%d,%d)=%d\n", m, n, ackermann(m, n));
    printf("ack(3,5)=%d\n", ackermann(3, 5));
    for (int i = 0; i <= 25; i += 5) printf("fib(%d)=%ld\n", i, fib(i));
    printf("even(1001)=%d odd(1001)=%d\n", is_even(1001), is_odd(1001));
    printf("hanoi(16)=%ld\n", hanoi(16, 1, 3, 2));
    const char *exprs[] = { "1+2*3", "(1+2)*3", "100/(2+3)-4*(5-7)", "((((42))))" };
    for (int i = 0; i < 4; i++) { cursor = exprs[i]; printf("%s = %ld\n", exprs[i], expr()); }
    return (int)(fib(10) % 7);  /* 55 % 7 == 6 */
}
