/* COMMON symbols (compile with -fcommon), with common_b.c: tentative definitions of the same
   variables in two objects, merged into one; one of them also initialized in common_b.c. */
#include <stdio.h>

int shared;
int shared_array[16];
long shared_init;          /* common here, initialized (strong) in common_b.c */
void bump_from_b(int times);

int main(void) {
    for (int i = 0; i < 16; i++) shared_array[i] = i * 3;
    shared = 10;
    bump_from_b(4);
    printf("shared=%d shared_init=%ld\n", shared, shared_init);
    int sum = 0;
    for (int i = 0; i < 16; i++) sum += shared_array[i];
    printf("sum=%d &shared_array aligned=%d\n", sum, (int)((unsigned long)shared_array % sizeof(int) == 0));
    return shared;  /* 14 */
}
