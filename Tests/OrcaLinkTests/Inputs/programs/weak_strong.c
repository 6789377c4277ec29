/* Strong definitions overriding weak_main.c's weak defaults. */
const char *greeting(void) { return "strong greeting"; }
int tuning = 42;
int strong_helper(int x) { return x * tuning; }
