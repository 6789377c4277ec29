// exceptions_throw.cpp — throws for exceptions_main.cpp: exceptions thrown here are caught there,
// through this object's and the host library's frames.
#include "exceptions.h"
#include <cstdio>
#include <vector>

const char *AppError::kind() const { return "AppError"; }
const char *ParseError::kind() const { return "ParseError"; }

Tracer::Tracer(const char *name) : name(name) { std::printf("  [enter %s]\n", name); }
Tracer::~Tracer() { std::printf("  [leave %s]\n", name); }

void fail_with(int kind) {
    Tracer tracer("fail_with");
    switch (kind) {
    case 0: throw AppError("application error", 7);
    case 1: throw ParseError("bad token", 3);
    case 2: throw 42;
    case 3: throw Plain{99};
    case 4: {
        std::vector<int> small{1, 2, 3};
        std::printf("  never printed %d\n", small.at(5));  // std::out_of_range from libstdc++
        break;
    }
    case 5: std::printf("  never printed %d\n", std::stoi("not a number"));  // std::invalid_argument
        break;
    case 6: throw "a C string";
    default: break;
    }
    std::printf("  fail_with(%d) returned normally\n", kind);
}

int parse_digit(char c) {
    if (c < '0' || c > '9') throw ParseError(std::string("not a digit: ") + c, c);
    return c - '0';
}

int rethrow_after_cleanup(int kind) {
    try {
        fail_with(kind);
    } catch (const AppError &error) {
        std::printf("  cleanup after %s (code %d), rethrowing\n", error.kind(), error.code);
        throw;
    } catch (...) {
        std::printf("  cleanup after something else, rethrowing\n");
        throw;
    }
    return -1;
}

int deep(int depth, int kind) {
    if (depth == 0) fail_with(kind);
    Tracer tracer(depth % 2 ? "deep odd" : "deep even");
    return deep(depth - 1, kind) + 1;
}
