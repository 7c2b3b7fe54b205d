#include "fixture_support.hpp"

#include "result_compare.hpp"
#include "result_json.hpp"
#include "scenario.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

namespace hx::test {

namespace {

const std::string kFixtures = std::string(HX_SOURCE_DIR) + "/tests/fixtures/";

void checkGolden(const std::string& approvedPath, const std::string& actual)
{
    if (const char* bless = std::getenv("HUIXUAN_BLESS"); bless && std::string(bless) == "1") {
        writeFile(approvedPath, actual);
        std::filesystem::remove(approvedPath + ".actual");
        return;
    }
    const std::string approved = readFile(approvedPath);
    if (approved == actual) {
        std::filesystem::remove(approvedPath + ".actual");
        return;
    }
    writeFile(approvedPath + ".actual", actual);
    const std::string diff = capture("diff -u " + approvedPath + " " + approvedPath + ".actual | head -40");
    FAIL("result differs from the approved " << approvedPath << " (see .actual; HUIXUAN_BLESS=1 re-approves)\n" << diff);
}

void checkReasons(const Json& expected, const Json& result)
{
    for (const auto& want : expected["meetings"])
        if (want.contains("refused") && want["refused"].contains("reason"))
            for (const auto& got : result["meetings"])
                if (got["id"] == want["id"]) {
                    INFO("meeting " << want["id"]);
                    REQUIRE(got.contains("refused"));
                    CHECK(got["refused"]["reason"] == want["refused"]["reason"]);
                }
}

// Every key the expected object names has the same value in the result;
// arrays match element by element and in length.
void checkSubset(const Json& want, const Json& got, const std::string& where)
{
    INFO(where);
    if (want.is_object()) {
        REQUIRE(got.is_object());
        for (const auto& [k, v] : want.items()) {
            CHECK(got.contains(k));
            if (got.contains(k))
                checkSubset(v, got[k], where + "." + k);
        }
    } else if (want.is_array()) {
        REQUIRE(got.is_array());
        CHECK(got.size() == want.size());
        for (size_t i = 0; i < std::min(want.size(), got.size()); ++i)
            checkSubset(want[i], got[i], where + "[" + std::to_string(i) + "]");
    } else {
        CHECK(got == want);
    }
}

// What compare.py does not know: the register, and a regular executive
// meeting's topics, absences, duty reports and reviews.
void checkRegisterParts(const Json& expected, const Json& result)
{
    if (expected.contains("register")) {
        REQUIRE(result.contains("register"));
        checkSubset(expected["register"], result["register"], "register");
    }
    for (const auto& want : expected["meetings"])
        for (const auto& got : result["meetings"])
            if (got["id"] == want["id"])
                for (const char* key : {"closed", "absent_without_leave", "topics", "duty_reports", "reviews"})
                    if (want.contains(key)) {
                        REQUIRE(got.contains(key));
                        checkSubset(want[key], got[key], want["id"].get<std::string>() + "." + key);
                    }
}

} // namespace

void checkFixture(const std::string& name)
{
    const std::string dir = kFixtures + name;
    const Json scenario = Json::parse(readFile(dir + "/scenario.json"));
    const Json expected = Json::parse(readFile(dir + "/expected.json"));
    TempDir tmp;
    const ScenarioRun run = runScenario(scenario, tmp.path("workspace.huixuan"));
    writeFile(tmp.path("result.json"), run.result);

    // Against the independently computed figures.
    const auto diffs = compareResult(Json::parse(run.result), expected);
    for (const auto& d : diffs)
        UNSCOPED_INFO(d);
    CHECK(diffs.empty());
    checkReasons(expected, Json::parse(run.result));
    checkRegisterParts(expected, Json::parse(run.result));

    // Against the approved result, byte for byte.
    checkGolden(dir + "/result.json", run.result);

    // Replaying the journal reproduces the result byte for byte.
    Workspace ws = Workspace::open(tmp.path("workspace.huixuan"), fixedClock);
    REQUIRE(ws.journal().verify().ok);
    CHECK(resultText(resultJson(ws.state(), run.meetings, run.refusals, ws.journal().head())) == run.result);
}

} // namespace hx::test
