/* Variadic functions of our own: va_list, va_copy, doubles and pointers through varargs,
   a vsnprintf wrapper. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

long sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long total = 0;
    for (int i = 0; i < count; i++) total += va_arg(ap, int);
    va_end(ap);
    return total;
}

double mean(int count, ...) {
    va_list ap, again;
    va_start(ap, count);
    va_copy(again, ap);
    double total = 0;
    for (int i = 0; i < count; i++) total += va_arg(ap, double);
    double max = -1e300;
    for (int i = 0; i < count; i++) { double v = va_arg(again, double); if (v > max) max = v; }
    va_end(again);
    va_end(ap);
    printf("max=%.3f ", max);
    return total / count;
}

/* A tiny format language: i = int, d = double, s = string, c = char. */
static int describe(char *out, size_t size, const char *types, ...) {
    va_list ap;
    va_start(ap, types);
    size_t used = 0;
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': used += snprintf(out + used, size - used, "[i:%d]", va_arg(ap, int)); break;
        case 'd': used += snprintf(out + used, size - used, "[d:%.2f]", va_arg(ap, double)); break;
        case 's': used += snprintf(out + used, size - used, "[s:%s]", va_arg(ap, const char *)); break;
        case 'c': used += snprintf(out + used, size - used, "[c:%c]", (char)va_arg(ap, int)); break;
        }
    }
    va_end(ap);
    return (int)used;
}

static void log_line(const char *level, const char *format, ...) {
    char buffer[256];
    va_list ap;
    va_start(ap, format);
    vsnprintf(buffer, sizeof buffer, format, ap);
    va_end(ap);
    printf("%s: %s\n", level, buffer);
}

int main(void) {
    printf("sum0=%ld sum3=%ld sum10=%ld\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("mean=%.3f\n", mean(5, 1.5, 2.5, 3.5, 10.25, -4.0));
    printf("mean=%.3f\n", mean(9, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)); /* more doubles than XMM registers */
    char text[200];
    int n = describe(text, sizeof text, "isdcii", 42, "forty-two", 4.25, 'x', -1, 7);
    printf("%s (%d chars)\n", text, n);
    log_line("info", "%d + %d = %d, %s", 2, 3, 2 + 3, "ok");
    log_line("warn", "%5.1f%% of %lu", 99.5, 1234567890UL);
    return (int)sum_ints(4, 1, 2, 3, 5);  /* 11 */
}
