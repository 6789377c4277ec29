/* Uses a static archive (libdemo.a: archive_alpha.o, archive_beta.o, archive_gamma.o,
   archive_unused.o) whose members must be pulled in on demand: alpha directly, beta through
   alpha, gamma (data only) through beta; archive_unused.o must never be loaded: it defines
   `conflict` again and refers to a symbol that exists nowhere. */
#include <stdio.h>

int alpha(int x);
int conflict = 7;

int main(void) {
    int result = alpha(5);
    printf("alpha(5)=%d conflict=%d\n", result, conflict);
    return result % 100;
}
