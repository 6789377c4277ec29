// library_main.cpp — iostream formatting, std::string / std::vector / std::map from the host's
// libstdc++, and templates instantiated in both objects: next_id's counter, Pool<T>::created
// and largest<T> must be one definition each across the objects.
#include "library.h"
#include <iomanip>
#include <iostream>
#include <sstream>

int main() {
    const std::string text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs, quick quick!";
    std::map<std::string, int> counts = count_words(text);
    std::vector<std::string> keys = sorted_keys(counts);
    std::cout << counts.size() << " distinct words; most frequent first:\n";
    for (const std::string &key : keys) std::cout << "  " << std::left << std::setw(8) << key << std::right << std::setw(3) << counts[key] << "\n";

    Pool<std::string> pool = joined_pool(std::vector<std::string>(keys.begin(), keys.begin() + 4));
    std::cout << "joined: " << pool.total() << "\n";
    Pool<int> numbers;
    for (int i = 1; i <= 10; i++) numbers.add(i * i);
    std::cout << "sum of squares " << numbers.total() << ", largest " << largest(numbers.items) << ", largest word "
              << largest(keys) << "\n";

    // One next_id counter: ids continue across the objects.
    int a = next_id(), b = ids_from_words(3), c = next_id();
    std::cout << "ids " << a << " " << b << " " << c << "\n";
    // One Pool<T>::created per T: the counts agree in both objects.
    std::cout << "pools created: here " << Pool<std::string>::created + Pool<int>::created << ", in words "
              << pools_created_in_words() << "\n";

    std::ostringstream formatted;
    formatted << std::fixed << std::setprecision(3) << 3.14159265 << " " << std::hex << std::showbase << 48879 << " "
              << std::dec << std::setfill('*') << std::setw(6) << 42;
    std::cout << "formatted: " << formatted.str() << std::endl;

    std::vector<int> values{5, 3, 9, 1};
    values.insert(values.begin() + 1, 7);
    values.erase(values.begin() + 3);
    std::string listing;
    for (int value : values) listing += std::to_string(value) + ",";
    listing.pop_back();
    std::cout << "values " << listing << " (" << values.size() << ")" << std::endl;
    return c + pools_created_in_words();  // 5 + 3
}
