#include <stdio.h>

extern const char *prefix;
extern long history[8];
int main_helper(int x);

int counter;
static int local_state = 7;
static int scale(int x) { return x * 2; }
static int calls;

int accumulate(int value) {
    counter += value;
    history[calls++ % 8] = (long)counter * scale(value);
    local_state += value;
    return counter;
}

int util_calls_back(int n) {
    int total = 0;
    for (int i = 0; i < n; i++) total += main_helper(i);
    printf("%s: util local_state=%d calls=%d\n", prefix, local_state, calls);
    return total;
}
