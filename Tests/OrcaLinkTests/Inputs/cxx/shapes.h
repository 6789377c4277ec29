// shapes.h — shared by rtti_main.cpp and rtti_shapes.cpp: virtual functions, multiple
// inheritance (Square is a Shape and a Named), a diamond through virtual bases (Base, Left,
// Right, Diamond), classes with key functions (vtable and type_info in rtti_shapes.cpp) and one
// without (Tag: weak copies in both objects).
#pragma once
#include <string>
#include <typeinfo>

struct Shape {
    int id;
    explicit Shape(int id) : id(id) {}
    virtual ~Shape();
    virtual double area() const = 0;
    virtual const char *name() const;
};

struct Named {
    virtual ~Named();
    virtual std::string label() const = 0;
};

struct Circle : Shape {
    double radius;
    Circle(int id, double radius) : Shape(id), radius(radius) {}
    ~Circle() override;
    double area() const override;
    const char *name() const override;
};

struct Square : Shape, Named {
    double side;
    Square(int id, double side) : Shape(id), side(side) {}
    ~Square() override;
    double area() const override;
    std::string label() const override;
};

struct Base {
    int b;
    explicit Base(int b) : b(b) {}
    virtual ~Base();
    virtual int who() const;
};
struct Left : virtual Base {
    int l;
    Left() : Base(1), l(10) {}
    int who() const override;
};
struct Right : virtual Base {
    int r;
    Right() : Base(2), r(20) {}
    virtual int right() const;
};
struct Diamond : Left, Right {
    int d;
    Diamond() : Base(3), d(30) {}
    int who() const override;
    int right() const override;
};

// Defined inline only: no key function, so its vtable and type_info are emitted (weak) wherever used.
struct Tag {
    virtual ~Tag() {}
    virtual int weight() const { return 1; }
};
struct HeavyTag : Tag {
    int weight() const override { return 5; }
};

// rtti_shapes.cpp
Shape *make_shape(int kind);
Base *make_base(int kind);
Tag *make_tag(int kind);
const std::type_info &circle_type();
int destroyed_count();
