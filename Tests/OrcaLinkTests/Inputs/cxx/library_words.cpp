// library_words.cpp — std::string, std::map and std::vector work for library_main.cpp, using the
// same template instantiations (Pool<std::string>, Pool<int>, largest<std::string>, next_id).
#include "library.h"
#include <algorithm>
#include <cctype>
#include <sstream>

std::map<std::string, int> count_words(const std::string &text) {
    std::map<std::string, int> counts;
    std::istringstream stream(text);
    std::string word;
    while (stream >> word) {
        std::string clean;
        for (char c : word)
            if (std::isalpha(static_cast<unsigned char>(c))) clean += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!clean.empty()) counts[clean]++;
    }
    return counts;
}

std::vector<std::string> sorted_keys(const std::map<std::string, int> &counts) {
    std::vector<std::string> keys;
    for (const auto &entry : counts) keys.push_back(entry.first);
    std::sort(keys.begin(), keys.end(), [&](const std::string &a, const std::string &b) {
        return counts.at(a) != counts.at(b) ? counts.at(a) > counts.at(b) : a < b;
    });
    return keys;
}

Pool<std::string> joined_pool(const std::vector<std::string> &words) {
    Pool<std::string> pool;
    for (const std::string &word : words) pool.add(word + "/");
    Pool<int> sizes;
    for (const std::string &word : words) sizes.add(static_cast<int>(word.size()));
    pool.add("=" + std::to_string(sizes.total()) + ":" + largest(words));
    return pool;
}

int ids_from_words(int count) {
    int last = 0;
    for (int i = 0; i < count; i++) last = next_id();
    return last;
}

int pools_created_in_words() { return Pool<std::string>::created + Pool<int>::created; }
