/* COMMON symbols of different sizes (compile with -fcommon), with common_large.c: `table` is
   4 ints here and 1024 there; like ld, the linker must give it the largest size, so that
   common_large.c filling all 1024 entries does not overwrite this object's other commons
   (several, so that some follow `table` whatever order the compiler lists them in). */
#include <stdio.h>

int neighbour1[4];
int neighbour2[4];
int table[4];
int neighbour3[4];
int neighbour4[4];
void fill_table(void);

static int *const neighbours[] = { neighbour1, neighbour2, neighbour3, neighbour4 };

int main(void) {
    fill_table();
    int damaged = 0, overlapping = 0;
    const char *start = (const char *)table, *end = start + 1024 * sizeof(int);
    for (int n = 0; n < 4; n++) {
        const char *p = (const char *)neighbours[n];
        overlapping += p >= start && p < end;
        for (int i = 0; i < 4; i++) damaged += neighbours[n][i] != 0;
    }
    volatile int *all = table;
    printf("table[3]=%d table[1023]=%d damaged=%d overlapping=%d\n", all[3], all[1023], damaged, overlapping);
    return 10 + overlapping;
}
