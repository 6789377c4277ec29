// library.h — shared by library_main.cpp and library_words.cpp: templates and inline functions
// both objects instantiate (COMDAT groups / weak definitions that must end up as one copy:
// one function-local static, one static data member), and the words functions.
#pragma once
#include <map>
#include <string>
#include <vector>

// One sequence for the whole program only if both objects share the one definition.
inline int next_id() {
    static int counter = 0;
    return ++counter;
}

template <typename T> struct Pool {
    static int created;  // one per T across the program
    std::vector<T> items;
    Pool() { created++; }
    void add(const T &item) { items.push_back(item); }
    T total() const {
        T sum{};
        for (const T &item : items) sum = sum + item;
        return sum;
    }
};
template <typename T> int Pool<T>::created = 0;

template <typename T> T largest(const std::vector<T> &values) {
    T best = values.front();
    for (const T &value : values)
        if (best < value) best = value;
    return best;
}

// library_words.cpp
std::map<std::string, int> count_words(const std::string &text);
std::vector<std::string> sorted_keys(const std::map<std::string, int> &counts);
Pool<std::string> joined_pool(const std::vector<std::string> &words);
int ids_from_words(int count);
int pools_created_in_words();
