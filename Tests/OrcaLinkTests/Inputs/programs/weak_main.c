/* Weak symbols, with weak_strong.c: weak default definitions (a function and a variable)
   overridden by strong ones in another object, a weak default that nobody overrides, and a
   weak undefined function that must resolve to NULL. */
#include <stdio.h>

__attribute__((weak)) const char *greeting(void) { return "weak default greeting"; }
__attribute__((weak)) int tuning = 1;
__attribute__((weak)) const char *farewell(void) { return "weak default farewell (kept)"; }
__attribute__((weak)) int kept_value = 5;

extern void optional_hook(void) __attribute__((weak));
extern int optional_counter __attribute__((weak));

int strong_helper(int x);  /* in weak_strong.c */

int main(void) {
    printf("greeting: %s\n", greeting());
    printf("farewell: %s\n", farewell());
    printf("tuning=%d kept=%d helper=%d\n", tuning, kept_value, strong_helper(4));
    if (optional_hook) {
        printf("optional_hook is present\n");
        optional_hook();
    } else {
        printf("optional_hook is NULL\n");
    }
    printf("optional_counter is %s\n", &optional_counter ? "present" : "NULL");
    return tuning + kept_value;  /* 42 + 5 */
}
