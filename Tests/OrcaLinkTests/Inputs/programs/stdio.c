/* stdout and stderr: interleaved fprintf(stderr), puts/putchar/fputs/fwrite to stdout, output
   left in stdout's buffer when exit() is called from a nested function (exit must flush it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void finish(int status) {
    printf("finishing without a newline... ");
    fputs("still buffered", stdout);
    exit(status);
}

int main(void) {
    fprintf(stderr, "stderr: starting\n");
    puts("line from puts");
    for (char c = 'a'; c <= 'j'; c++) putchar(c);
    putchar('\n');
    fputs("fputs line\n", stdout);
    const char block[] = "written with fwrite\n";
    fwrite(block, 1, strlen(block), stdout);
    fprintf(stdout, "fprintf(stdout) %d %s\n", 7, "seven");
    fprintf(stderr, "stderr: %s\n", "in the middle");
    for (int i = 0; i < 2000; i++) printf("%d%c", i, i % 20 == 19 ? '\n' : ' ');  /* more than one buffer */
    fflush(stderr);
    finish(23);
    return 0;
}
