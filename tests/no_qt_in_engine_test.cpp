// The engine is pure C++20: no Qt header in engine/, ever (STYLE.md, Layers).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

TEST_CASE("engine/ includes no Qt header")
{
    const std::regex qtInclude(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]|qt|Qt))");
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(HX_SOURCE_DIR "/engine")) {
        if (!entry.is_regular_file())
            continue;
        ++files;
        std::ifstream in(entry.path());
        std::string line;
        for (int n = 1; std::getline(in, line); ++n) {
            INFO(entry.path().string() << ":" << n << ": " << line);
            CHECK_FALSE(std::regex_search(line, qtInclude));
        }
    }
    CHECK(files > 10);
}

TEST_CASE("the no-Qt pattern does catch a Qt include")
{
    const std::regex qtInclude(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]|qt|Qt))");
    CHECK(std::regex_search(std::string("#include <QString>"), qtInclude));
    CHECK(std::regex_search(std::string("  # include \"QtCore/qglobal.h\""), qtInclude));
    CHECK_FALSE(std::regex_search(std::string("#include <sqlite3.h>"), qtInclude));
}
