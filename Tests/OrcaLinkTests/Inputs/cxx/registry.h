// registry.h — shared by registry_main.cpp and registry_plugins.cpp: a registry of plugin
// factories that static Registrar objects fill before main (the self-registration idiom), and
// plugins made with new and destroyed with delete through a virtual destructor.
#pragma once
#include <string>

struct Plugin {
    virtual ~Plugin() {}
    virtual std::string run(int input) const = 0;
};

typedef Plugin *(*Factory)();

// registry_main.cpp
void register_plugin(const char *name, Factory factory);
void log_line(const std::string &line);

// Registers a factory when constructed; prints when destroyed at exit.
struct Registrar {
    const char *name;
    Registrar(const char *name, Factory factory) : name(name) { register_plugin(name, factory); }
    ~Registrar() { log_line(std::string("unregister ") + name); }
};
