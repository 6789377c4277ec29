/* Global strings and string tables: pointers to literals in data, arrays of strings,
   char arrays, a table of string pointers pointing into another table, string searching. */
#include <stdio.h>
#include <string.h>

const char *greeting = "hello, world";
char mutable_text[] = "mutable text in .data";
const char *const colors[] = { "red", "orange", "yellow", "green", "blue", "indigo", "violet" };
static const char keywords[][10] = { "auto", "break", "case", "char", "const", "continue" };
struct entry { const char *key; const char *value; int code; };
const struct entry dictionary[] = {
    { "one", "uno", 1 }, { "two", "dos", 2 }, { "three", "tres", 3 }, { "four", "cuatro", 4 },
};
const char *const *favourite = &colors[4];
const char *tail_of_greeting = &"hello, world"[7];  /* a pointer into the middle of a literal */
static char buffer[64];

static const char *lookup(const char *key) {
    for (size_t i = 0; i < sizeof dictionary / sizeof dictionary[0]; i++)
        if (strcmp(dictionary[i].key, key) == 0) return dictionary[i].value;
    return "(none)";
}

int main(void) {
    printf("%s (%zu)\n", greeting, strlen(greeting));
    for (char *p = mutable_text; *p; p++) if (*p == ' ') *p = '_';
    printf("%s\n", mutable_text);
    size_t total = 0;
    for (int i = 0; i < 7; i++) { printf("%s%s", i ? "," : "", colors[i]); total += strlen(colors[i]); }
    printf(" total=%zu favourite=%s tail=%s\n", total, *favourite, tail_of_greeting);
    for (int i = 0; i < 6; i++) printf("%-9s|", keywords[i]);
    printf("\n");
    printf("three->%s four->%s five->%s\n", lookup("three"), lookup("four"), lookup("five"));
    strcpy(buffer, colors[2]);
    strcat(buffer, "-");
    strcat(buffer, dictionary[3].value);
    printf("buffer=%s strstr=%s strchr=%s\n", buffer, strstr(greeting, "wor"), strchr(buffer, '-'));
    return (int)(total % 256);  /* 36 */
}
