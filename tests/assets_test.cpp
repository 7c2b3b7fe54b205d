// The example scenarios shipped in assets/ (the demo and docs/scenario.md's
// examples) run to the end without a refusal.
#include "scenario.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace hx;
using namespace hx::test;

TEST_CASE("every scenario in assets runs without a refusal")
{
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(HX_SOURCE_DIR "/assets/scenarios")) {
        if (e.path().extension() != ".json")
            continue;
        ++files;
        TempDir tmp;
        const ScenarioRun run = runScenario(Json::parse(readFile(e.path().string())), tmp.path("w.huixuan"));
        INFO(e.path().filename().string());
        for (const auto& r : run.refusals)
            FAIL_CHECK(refusalLine(r, Lang::zh));
        CHECK(run.refusals.empty());
    }
    CHECK(files >= 3);
}
