// statics.h — shared by statics_main.cpp and statics_other.cpp: objects with static storage
// whose constructors and destructors print, a function-local static, and a class with its own
// operator new / delete that counts.
#pragma once
#include <cstddef>

struct Noisy {
    const char *name;
    int value;
    Noisy(const char *name, int value);
    ~Noisy();
};

struct Counted {
    int payload[4];
    static int live;
    static int allocations;
    explicit Counted(int seed);
    ~Counted();
    static void *operator new(std::size_t size);
    static void operator delete(void *pointer, std::size_t size);
    static void *operator new[](std::size_t size);
    static void operator delete[](void *pointer);
};

// statics_other.cpp
extern Noisy other_first, other_second;
Noisy &registry();  // function-local static, constructed on first call
int other_sum();
int constructed_before_main();
