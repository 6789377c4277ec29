/* Must not be pulled in: a second strong definition of `conflict`, and a reference to a
   symbol defined nowhere. */
#include <stdio.h>
int conflict = 99;
void nowhere_defined_function(void);
int unused_entry(void) { printf("archive_unused.o was loaded\n"); nowhere_defined_function(); return 1; }
