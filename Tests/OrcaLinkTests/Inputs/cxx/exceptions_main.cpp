// exceptions_main.cpp — catches what exceptions_throw.cpp throws: by exact type, by base class
// (AppError and std::exception), by value, int, const char *, catch (...); rethrown exceptions;
// std::exception_ptr; exceptions from libstdc++ (vector::at, stoi) raised in host frames.
#include "exceptions.h"
#include <cstdio>
#include <exception>
#include <functional>
#include <typeinfo>

static int caught = 0;

static void classify(int kind) {
    std::printf("kind %d:\n", kind);
    try {
        fail_with(kind);
    } catch (const ParseError &error) {
        caught += 1;
        std::printf("  caught ParseError line %d code %d: %s\n", error.line, error.code, error.what());
    } catch (const AppError &error) {
        caught += 2;
        std::printf("  caught AppError (%s) code %d: %s\n", error.kind(), error.code, error.what());
    } catch (const std::out_of_range &error) {
        caught += 3;
        std::printf("  caught std::out_of_range: %s\n", error.what());
    } catch (const std::exception &error) {
        caught += 4;
        std::printf("  caught std::exception (%s): %s\n", typeid(error).name(), error.what());
    } catch (int value) {
        caught += 5;
        std::printf("  caught int %d\n", value);
    } catch (Plain plain) {
        caught += 6;
        std::printf("  caught Plain by value %d\n", plain.value);
    } catch (...) {
        caught += 7;
        std::printf("  caught something else\n");
    }
}

int main() {
    for (int kind = 0; kind <= 7; kind++) classify(kind);

    // Catch by base class: ParseError as AppError, AppError as std::runtime_error.
    try {
        parse_digit('x');
    } catch (const AppError &error) {
        std::printf("ParseError caught as AppError: kind %s, %s\n", error.kind(), error.what());
    }
    try {
        fail_with(0);
    } catch (const std::runtime_error &error) {
        std::printf("AppError caught as runtime_error: %s\n", error.what());
    }

    // Rethrow with `throw;` in the other object, caught here.
    for (int kind : {1, 2, 4}) {
        try {
            rethrow_after_cleanup(kind);
        } catch (const std::exception &error) {
            std::printf("rethrown std::exception: %s\n", error.what());
        } catch (...) {
            std::printf("rethrown non-std exception\n");
        }
    }

    // Unwinding through many frames runs every destructor.
    try {
        deep(4, 3);
    } catch (const Plain &plain) {
        std::printf("deep threw Plain %d\n", plain.value);
    }

    // std::exception_ptr: captured, carried out of the handler, rethrown by the host library.
    std::exception_ptr saved;
    try {
        fail_with(1);
    } catch (...) {
        saved = std::current_exception();
    }
    try {
        std::rethrow_exception(saved);
    } catch (const ParseError &error) {
        std::printf("rethrow_exception gave ParseError line %d\n", error.line);
    }

    // Thrown from a lambda called through std::function; nested try.
    std::function<int(int)> checked = [](int x) -> int {
        if (x > 2) throw AppError("too big", x);
        return x * 10;
    };
    int total = 0;
    for (int x = 0; x < 5; x++) {
        try {
            try {
                total += checked(x);
            } catch (const AppError &error) {
                if (error.code == 4) throw;
                std::printf("inner handler: %s %d\n", error.what(), error.code);
            }
        } catch (const AppError &error) {
            std::printf("outer handler: %s %d\n", error.what(), error.code);
        }
    }
    int digits = parse_digit('4') * 10 + parse_digit('2');
    std::printf("total %d digits %d caught %d\n", total, digits, caught);
    return caught - 11;  // 2+1+5+6+3+4+7 = 28 -> 17
}
