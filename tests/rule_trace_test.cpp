// Rules are traced: every `// RULE: <source>` tag in engine/, ballots/ and
// reports/ has a test in tests/ carrying the same tag (the part before " — ").
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

namespace {

std::set<std::string> tagsUnder(const std::string& dir)
{
    const std::regex tag(R"(//\s*RULE:\s*(.*?)\s*(—|$))");
    std::set<std::string> out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        const auto ext = e.path().extension();
        if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp"))
            continue;
        std::ifstream in(e.path());
        std::string line;
        std::smatch m;
        while (std::getline(in, line))
            if (std::regex_search(line, m, tag))
                out.insert(m[1]);
    }
    return out;
}

} // namespace

TEST_CASE("every RULE tag in the engine, the ballots and the documents has a test with the same tag")
{
    const auto tests = tagsUnder(HX_SOURCE_DIR "/tests");
    for (const char* dir : {"/engine", "/ballots", "/reports"}) {
        const auto tags = tagsUnder(std::string(HX_SOURCE_DIR) + dir);
        CHECK(tags.size() >= (std::string(dir) == "/engine" ? 20u : 1u));
        for (const auto& t : tags) {
            INFO(dir << " tag without a test: " << t);
            CHECK(tests.count(t) == 1);
        }
    }
}
