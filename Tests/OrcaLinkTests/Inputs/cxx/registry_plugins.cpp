// registry_plugins.cpp — plugins that register themselves with registry_main.cpp's registry from
// static constructors, and a static whose destructor prints through std::cout.
#include "registry.h"
#include <iostream>

namespace {
struct Doubler : Plugin {
    Doubler() { log_line("new Doubler"); }
    ~Doubler() override { log_line("delete Doubler"); }
    std::string run(int input) const override { return std::to_string(input * 2); }
};

struct Shouter : Plugin {
    std::string run(int input) const override { return std::string(static_cast<size_t>(input % 5), '!'); }
};

struct Farewell {
    ~Farewell() { std::cout << "plugins' farewell" << std::endl; }
};

Plugin *make_doubler() { return new Doubler; }
Plugin *make_shouter() { return new Shouter; }

Registrar doubler("doubler", make_doubler);
Farewell farewell;
Registrar shouter("shouter", make_shouter);
}  // namespace
