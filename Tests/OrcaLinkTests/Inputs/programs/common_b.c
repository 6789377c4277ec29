#include <stdio.h>

int shared;
int shared_array[16];
long shared_init = 123456;

void bump_from_b(int times) {
    for (int i = 0; i < times; i++) { shared++; shared_array[i] += 100; }
    shared_init += shared;
    printf("b: shared=%d\n", shared);
}
