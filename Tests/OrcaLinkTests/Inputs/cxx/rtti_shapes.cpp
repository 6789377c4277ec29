// rtti_shapes.cpp — the classes' key functions (their vtables and type_info live here) and the
// factories rtti_main.cpp uses.
#include "shapes.h"
#include <cstdio>
#include <typeinfo>

static int destroyed = 0;

Shape::~Shape() { std::printf("  ~Shape %d\n", id); destroyed++; }
const char *Shape::name() const { return "shape"; }
Named::~Named() { std::printf("  ~Named\n"); }
Circle::~Circle() { std::printf("  ~Circle r=%.1f\n", radius); }
double Circle::area() const { return 3.0 * radius * radius; }
const char *Circle::name() const { return "circle"; }
Square::~Square() { std::printf("  ~Square s=%.1f\n", side); }
double Square::area() const { return side * side; }
std::string Square::label() const { return "square #" + std::to_string(id); }

Base::~Base() { std::printf("  ~Base b=%d\n", b); destroyed++; }
int Base::who() const { return 100 + b; }
int Left::who() const { return 200 + b + l; }
int Right::right() const { return r; }
int Diamond::who() const { return 300 + b + l + r + d; }
int Diamond::right() const { return -r; }

Shape *make_shape(int kind) {
    if (kind == 0) return new Circle(kind, 1.5);
    return new Square(kind, kind * 2.0);
}

Base *make_base(int kind) {
    switch (kind) {
    case 0: return new Base(9);
    case 1: return new Left();
    case 2: return new Right();
    default: return new Diamond();
    }
}

Tag *make_tag(int kind) { return kind ? new HeavyTag() : new Tag(); }
const std::type_info &circle_type() { return typeid(Circle); }
int destroyed_count() { return destroyed; }
