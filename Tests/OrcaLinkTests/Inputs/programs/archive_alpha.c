#include <stdio.h>
int beta(int x);
int alpha(int x) { printf("alpha(%d)\n", x); return beta(x) + 1; }
