// statics_other.cpp — static objects of the second object (printing with printf), the
// function-local static, and Counted's operator new / delete.
#include "statics.h"
#include <cstdio>
#include <cstdlib>

static int constructions = 0;

Noisy::Noisy(const char *name, int value) : name(name), value(value) {
    constructions++;
    std::printf("construct %s (%d)\n", name, value);
}
Noisy::~Noisy() { std::printf("destroy %s (%d)\n", name, value); }

Noisy other_first("other_first", 3);
static Noisy other_hidden("other_hidden", 4);  // internal linkage, still destroyed at exit
Noisy other_second("other_second", other_first.value * 10);  // initialized from an earlier static

Noisy &registry() {
    static Noisy instance("registry", 77);
    return instance;
}

int other_sum() { return other_first.value + other_hidden.value + other_second.value; }
int constructed_before_main() { return constructions; }

int Counted::live = 0;
int Counted::allocations = 0;
Counted::Counted(int seed) {
    for (int i = 0; i < 4; i++) payload[i] = seed + i;
    live++;
}
Counted::~Counted() { live--; }
void *Counted::operator new(std::size_t size) {
    allocations++;
    std::printf("Counted::operator new(%zu)\n", size);
    return std::malloc(size);
}
void Counted::operator delete(void *pointer, std::size_t size) {
    std::printf("Counted::operator delete(%zu)\n", size);
    std::free(pointer);
}
void *Counted::operator new[](std::size_t size) {
    allocations++;
    std::printf("Counted::operator new[]\n");
    return std::malloc(size);
}
void Counted::operator delete[](void *pointer) {
    std::printf("Counted::operator delete[]\n");
    std::free(pointer);
}
