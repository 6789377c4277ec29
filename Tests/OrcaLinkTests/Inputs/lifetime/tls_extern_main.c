/* Thread-local storage of -fPIC code (Orca's own TLS: general and local dynamic), compared with a native build. */
#include <stdio.h>
extern __thread int shared_tls;
int bump(void);
int main(void) { shared_tls = 40; bump(); bump(); printf("shared %d\n", shared_tls); return shared_tls; }
