// statics_main.cpp — static objects constructed before main (this object's, then
// statics_other.cpp's, in link order) and destroyed after it in reverse order of construction,
// the function-local static destroyed before the statics constructed earlier than it, output
// through std::cout from destructors, and new / delete (global and class-specific).
#include "statics.h"
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

struct Announcer {
    std::string text;
    explicit Announcer(std::string text) : text(std::move(text)) { std::cout << "announce " << this->text << std::endl; }
    ~Announcer() { std::cout << "farewell " << text << "\n"; }
};

Noisy main_first("main_first", 1);
static Announcer announcer("main's announcer");
Noisy main_second("main_second", 2);

int main() {
    std::cout << "main starts; constructed before main: " << constructed_before_main() << "\n";
    std::cout << "other_sum " << other_sum() << ", main values " << main_first.value + main_second.value << "\n";
    Noisy &first = registry();
    Noisy &again = registry();
    std::cout << "registry " << first.value << (&first == &again ? " (one instance)" : " (two instances!)") << "\n";

    Counted *one = new Counted(5);
    Counted *many = new Counted[3]{Counted(1), Counted(2), Counted(3)};
    std::cout << "live " << Counted::live << " payload " << one->payload[3] + many[2].payload[0] << "\n";
    delete one;
    delete[] many;
    auto owned = std::make_unique<Counted>(9);  // global operator new for the unique_ptr? no: Counted's
    int *numbers = new int[100];
    for (int i = 0; i < 100; i++) numbers[i] = i;
    long sum = 0;
    for (int i = 0; i < 100; i++) sum += numbers[i];
    delete[] numbers;
    std::string *text = new std::string(40, 'x');
    std::cout << "sum " << sum << " text " << text->size() << " live " << Counted::live << "\n";
    delete text;
    owned.reset();
    std::cout << "allocations " << Counted::allocations << " live " << Counted::live << "; main returns" << std::endl;
    return Counted::allocations + Counted::live + 10;
}
