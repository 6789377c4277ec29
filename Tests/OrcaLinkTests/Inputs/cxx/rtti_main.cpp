// rtti_main.cpp — RTTI across objects: virtual calls, typeid (names and equality with type_info
// from the other object), dynamic_cast down, across (Shape -> Named) and through virtual bases,
// dynamic_cast<void *>, std::bad_cast and std::bad_typeid from the host library.
#include "shapes.h"
#include <cstdio>
#include <typeinfo>

static int score = 0;

int main() {
    for (int kind = 0; kind < 3; kind++) {
        Shape *shape = make_shape(kind);
        std::printf("shape %d: %s area %.2f typeid %s\n", kind, shape->name(), shape->area(), typeid(*shape).name());
        if (typeid(*shape) == typeid(Circle)) score += 1;
        if (typeid(*shape) == circle_type()) score += 1;
        if (Named *named = dynamic_cast<Named *>(shape)) {
            std::printf("  cross-cast to Named: %s\n", named->label().c_str());
            score += 2;
            // Back from the second base to the most derived object.
            if (dynamic_cast<Square *>(named) == dynamic_cast<Square *>(shape)) score += 1;
            if (dynamic_cast<void *>(named) == static_cast<void *>(static_cast<Square *>(shape))) score += 1;
        }
        if (Circle *circle = dynamic_cast<Circle *>(shape)) std::printf("  is a circle of radius %.1f\n", circle->radius);
        delete shape;
    }

    for (int kind = 0; kind < 4; kind++) {
        Base *base = make_base(kind);
        std::printf("base %d: who %d typeid %s\n", kind, base->who(), typeid(*base).name());
        Left *left = dynamic_cast<Left *>(base);
        Right *right = dynamic_cast<Right *>(base);
        Diamond *diamond = dynamic_cast<Diamond *>(base);
        std::printf("  left %s right %s diamond %s\n", left ? "yes" : "no", right ? "yes" : "no", diamond ? "yes" : "no");
        if (diamond) {
            // Through both paths to the one virtual Base.
            Base *viaLeft = static_cast<Left *>(diamond), *viaRight = static_cast<Right *>(diamond);
            std::printf("  one Base: %s, right() %d, cross Left->Right %s\n", viaLeft == viaRight ? "yes" : "no",
                        diamond->right(), dynamic_cast<Right *>(left) == right ? "yes" : "no");
            score += viaLeft == viaRight ? 3 : 0;
        }
        try {
            Diamond &reference = dynamic_cast<Diamond &>(*base);
            std::printf("  reference cast ok, d=%d\n", reference.d);
        } catch (const std::bad_cast &error) {
            std::printf("  reference cast threw %s\n", typeid(error).name());
            score += 1;
        }
        delete base;
    }

    for (int kind = 0; kind < 2; kind++) {
        Tag *tag = make_tag(kind);
        bool heavy = typeid(*tag) == typeid(HeavyTag);
        std::printf("tag %d: weight %d heavy %s cast %s\n", kind, tag->weight(), heavy ? "yes" : "no",
                    dynamic_cast<HeavyTag *>(tag) ? "yes" : "no");
        score += heavy ? 2 : 0;
        delete tag;
    }

    try {
        Shape *none = nullptr;
        std::printf("never printed %s\n", typeid(*none).name());
    } catch (const std::bad_typeid &error) {
        std::printf("typeid of null threw %s\n", typeid(error).name());
        score += 1;
    }
    std::printf("destroyed %d score %d\n", destroyed_count(), score);
    return score + destroyed_count();
}
