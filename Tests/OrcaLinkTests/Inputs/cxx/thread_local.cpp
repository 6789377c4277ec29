/* Thread-local storage of -fPIC code (Orca's own TLS: general and local dynamic), compared with a native build. */
#include <iostream>
#include <string>
#include <thread>
struct Counter { std::string label; int n = 0; Counter() : label("counter") {} ~Counter() { } };
thread_local Counter counter;
int main() { counter.n = 5; std::thread t([] { counter.n += 1; std::cout << "thread " << counter.label << " " << counter.n << "\n"; }); t.join(); std::cout << "main " << counter.n << "\n"; return counter.n; }
