// uncaught.cpp — an exception nothing catches: the unwinder searches past main (through the
// frames of whatever called it) and std::terminate aborts with libstdc++'s message on stderr.
#include <iostream>
#include <stdexcept>

struct Guard {
    ~Guard() { std::cout << "never printed: terminate does not unwind" << std::endl; }
};

static int parse(int depth) {
    if (depth == 0) throw std::logic_error("nobody catches this");
    Guard guard;
    return parse(depth - 1) + 1;
}

int main() {
    std::cout << "about to throw" << std::endl;
    return parse(3);
}
