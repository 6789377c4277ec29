/* Thread-local storage of -fPIC code (Orca's own TLS: general and local dynamic), compared with a native build. */
#include <stdio.h>
#include <pthread.h>
_Thread_local int counter = 5;
static _Thread_local long hits;
__thread char name[16] = "main";
static void *work(void *arg) { long n = (long)arg; for (long i = 0; i < n; i++) { counter++; hits += 2; } snprintf(name, sizeof name, "t%ld", n); printf("%s counter=%d hits=%ld\n", name, counter, hits); return 0; }
int main(void) { pthread_t t[3]; for (long i = 0; i < 3; i++) { pthread_create(&t[i], 0, work, (void*)(i + 1)); pthread_join(t[i], 0); } work((void*)10); printf("final %s %d %ld\n", name, counter, hits); return counter; }
