/* A program split over several objects (multi_main.c, multi_util.c, multi_data.c): shared
   globals, calls in both directions, static functions and variables with the same names in
   different objects. */
#include <stdio.h>

extern int counter;                 /* defined in multi_util.c */
extern long history[8];             /* defined in multi_data.c */
extern const char *unit_names[];    /* defined in multi_data.c */
int accumulate(int value);          /* multi_util.c */
int util_calls_back(int n);         /* multi_util.c, calls main_helper */
const char *prefix = "main";        /* used by multi_util.c */

static int local_state = 1000;                   /* same name as a static in multi_util.c */
static int scale(int x) { return x * 10; }       /* same name as a static in multi_util.c */

int main_helper(int x) { local_state += x; return scale(x) + 1; }

int main(void) {
    for (int i = 1; i <= 5; i++) accumulate(i * i);
    printf("counter=%d local_state=%d\n", counter, local_state);
    printf("callback chain: %d\n", util_calls_back(4));
    printf("local_state=%d\n", local_state);
    for (int i = 0; i < 8; i++) printf("%ld ", history[i]);
    printf("\n%s %s %s\n", unit_names[0], unit_names[1], unit_names[2]);
    return counter % 64;  /* 55 */
}
