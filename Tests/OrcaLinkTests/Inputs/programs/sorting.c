/* qsort and bsearch calling back into JIT'd comparators: integers, structs by string key,
   doubles descending. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person { const char *name; int age; };

static int by_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
int by_name(const void *a, const void *b) {
    return strcmp(((const struct person *)a)->name, ((const struct person *)b)->name);
}
static int by_age_then_name(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    return p->age != q->age ? p->age - q->age : by_name(a, b);
}
static int descending(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}

struct person people[] = {
    { "mallory", 40 }, { "alice", 30 }, { "eve", 25 }, { "bob", 30 }, { "trent", 50 }, { "carol", 25 }, { "dave", 41 },
};
int (*const comparators[])(const void *, const void *) = { by_name, by_age_then_name };
static unsigned seed = 12345;
static int next_random(void) { seed = seed * 1103515245u + 12345u; return (int)((seed >> 16) % 1000); }

int main(void) {
    int numbers[64];
    for (int i = 0; i < 64; i++) numbers[i] = next_random();
    qsort(numbers, 64, sizeof numbers[0], by_int);
    for (int i = 0; i < 64; i += 8) printf("%d ", numbers[i]);
    printf("\n");
    int key = numbers[37];
    int *found = bsearch(&key, numbers, 64, sizeof numbers[0], by_int);
    printf("bsearch %d -> index %d\n", key, found ? (int)(found - numbers) : -1);
    size_t n = sizeof people / sizeof people[0];
    for (int c = 0; c < 2; c++) {
        qsort(people, n, sizeof people[0], comparators[c]);
        for (size_t i = 0; i < n; i++) printf("%s:%d ", people[i].name, people[i].age);
        printf("\n");
    }
    double values[] = { 3.5, -1.25, 9.0, 0.0, 2.75, 9.5, -7.0 };
    qsort(values, 7, sizeof values[0], descending);
    for (int i = 0; i < 7; i++) printf("%.2f ", values[i]);
    printf("\n");
    return numbers[0] % 100 + 1;
}
