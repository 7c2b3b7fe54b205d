// compare-result RESULT.json EXPECTED.json: prints one line per difference
// and "N differences"; exits 1 if there is any, 2 on unreadable input.
#include "result_compare.hpp"

#include <fstream>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: compare-result RESULT.json EXPECTED.json\n";
        return 2;
    }
    nlohmann::json files[2];
    for (int i = 0; i < 2; ++i) {
        std::ifstream in(argv[i + 1]);
        if (in.is_open())
            files[i] = nlohmann::json::parse(in, nullptr, false);
        if (!in.is_open() || files[i].is_discarded()) {
            std::cerr << "compare-result: cannot read JSON from " << argv[i + 1] << "\n";
            return 2;
        }
    }
    std::vector<std::string> diffs;
    try {
        diffs = hx::test::compareResult(files[0], files[1]);
    } catch (const nlohmann::json::exception& e) {
        std::cerr << "compare-result: malformed result or expected figures: " << e.what() << "\n";
        return 2;
    }
    for (const auto& d : diffs)
        std::cout << d << "\n";
    std::cout << diffs.size() << " differences\n";
    return diffs.empty() ? 0 : 1;
}
