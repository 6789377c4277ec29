// exit_mixed.cpp — std::exit from a nested call with C++ static objects alive, atexit handlers
// registered before and after a function-local static was constructed, and output left in
// std::cout's buffer: exit runs the atexit handlers and static destructors interleaved, newest
// registration first; locals of the frames exit leaves are not destroyed.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

struct Loud {
    std::string name;
    explicit Loud(std::string name) : name(std::move(name)) { std::cout << "construct " << this->name << "\n"; }
    ~Loud() { std::cout << "destroy " << name << "\n"; }
};

Loud global_one("global one");
Loud global_two("global two");

static void early_handler() { std::cout << "atexit handler registered before the local static\n"; }
static void late_handler() { std::cout << "atexit handler registered after the local static\n"; }

static Loud &lazy() {
    static Loud instance("function-local static");
    return instance;
}

[[noreturn]] static void finish(int status) {
    Loud never_destroyed("local of a frame exit leaves");
    std::cout << "calling exit(" << status << ") with output buffered";
    std::exit(status);
}

int main() {
    std::atexit(early_handler);
    std::cout << "lazy: " << lazy().name << "\n";
    std::atexit(late_handler);
    Loud local("local of main");
    finish(4);
}
