/* Thread-local storage of -fPIC code (Orca's own TLS: general and local dynamic), compared with a native build. */
__thread int shared_tls = 1;
int bump(void) { return ++shared_tls; }
