// exceptions.h — shared by exceptions_main.cpp and exceptions_throw.cpp: an exception hierarchy
// whose vtables and type_info live in exceptions_throw.cpp (key function), a type without a key
// function (type_info is a weak COMDAT copy in both objects), and RAII tracers that print when
// unwinding destroys them.
#pragma once
#include <stdexcept>
#include <string>

struct AppError : std::runtime_error {
    int code;
    AppError(const std::string &what, int code) : std::runtime_error(what), code(code) {}
    virtual const char *kind() const;  // key function: defined in exceptions_throw.cpp
};

struct ParseError : AppError {
    int line;
    ParseError(const std::string &what, int line) : AppError(what, 40 + line), line(line) {}
    const char *kind() const override;
};

// No key function: each object that throws or catches it has its own weak type_info.
struct Plain {
    int value;
};

// Prints when it is constructed and when it is destroyed (also by unwinding).
struct Tracer {
    const char *name;
    explicit Tracer(const char *name);
    ~Tracer();
};

// exceptions_throw.cpp
void fail_with(int kind);             // throws a different type for each kind
int parse_digit(char c);              // throws ParseError unless c is a digit
int rethrow_after_cleanup(int kind);  // catches, cleans up, `throw;`
int deep(int depth, int kind);        // recursion through JIT'd frames, throws at depth 0
