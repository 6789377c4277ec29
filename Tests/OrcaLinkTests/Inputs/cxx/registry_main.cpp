// registry_main.cpp — the registry: a function-local static map (constructed on the first
// registration, from the other object's static constructors, and destroyed after the objects
// constructed before it), this object's own registrar, and main running every plugin.
#include "registry.h"
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

namespace {
struct Registry {
    std::map<std::string, Factory> factories;
    Registry() { std::printf("registry constructed\n"); }
    ~Registry() { std::printf("registry destroyed with %zu factories\n", factories.size()); }
};

Registry &registry() {
    static Registry instance;
    return instance;
}

struct Echo : Plugin {
    std::string run(int input) const override { return "echo " + std::to_string(input); }
};
Plugin *make_echo() { return new Echo; }
}  // namespace

void register_plugin(const char *name, Factory factory) {
    registry().factories[name] = factory;
    std::printf("registered %s\n", name);
}

void log_line(const std::string &line) { std::cout << line << '\n'; }

static Registrar echo("echo", make_echo);

int main() {
    std::cout << "main: " << registry().factories.size() << " plugins" << std::endl;
    int length = 0;
    for (const auto &entry : registry().factories) {
        std::unique_ptr<Plugin> plugin(entry.second());
        std::string result = plugin->run(21);
        length += static_cast<int>(result.size());
        std::cout << entry.first << "(21) = \"" << result << "\"" << std::endl;
    }
    Plugin *raw = registry().factories.at("doubler")();
    std::cout << "raw " << raw->run(50) << std::endl;
    delete raw;
    return length;
}
