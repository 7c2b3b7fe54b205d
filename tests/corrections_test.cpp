// Every figure can be put right before it counts: ballots issued and
// returned, a show of hands, an entered ballot, a wrong check-in — each as a
// journaled correction with its reason, refused once the count is closed.
#include "scenario.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace hx;
using namespace hx::test;

namespace {

Json cmd(const std::string& text)
{
    Json c = Json::parse(text);
    c["meeting"] = "congress";
    return c;
}

const Round& round(const Workspace& w)
{
    return w.state().meeting("congress")->contest("executives")->current();
}

} // namespace

// RULE: STYLE.md Journal
TEST_CASE("a wrong figure of ballots returned is corrected with its reason, and the record keeps both")
{
    TempDir dir;
    Workspace w = Workspace::open(meetingAtTheDesk(dir.path("w.huixuan"), 4), fixedClock);
    const Verdict noReason = w.execute(cmd(R"({"do":"correct_figure","contest":"executives","figure":"returned","count":9})"));
    CHECK(noReason.refusal.zh == "更正须写明原因");
    const Verdict v = w.execute(cmd(R"({"do":"correct_figure","contest":"executives","figure":"returned","count":9,"reason":"清点有误，重新清点"})"));
    REQUIRE(v.accepted());
    CHECK(*round(w).returned == 9);
    CHECK(v.events.at(0).data["from"] == 10);
    CHECK(v.events.at(0).data["reason"] == "清点有误，重新清点");
    // Not below what is entered already; not beyond those present when issued.
    CHECK(w.execute(cmd(R"({"do":"correct_figure","contest":"executives","figure":"returned","count":3,"reason":"x"})")).refusal.zh
          == "收回票数（3）不能少于已录入的选票（4）");
    CHECK_FALSE(w.execute(cmd(R"({"do":"correct_figure","contest":"executives","figure":"issued","count":11,"reason":"x"})")).accepted());
    CHECK(w.execute(cmd(R"({"do":"correct_figure","contest":"executives","figure":"issued","count":9,"reason":"多算一张"})")).accepted());
    CHECK(*round(w).issued == 9);
    // Replaying gives the same round.
    Workspace again = Workspace::open(dir.path("w.huixuan"), fixedClock);
    CHECK(*round(again).returned == 9);
    CHECK(*round(again).issued == 9);
}

// RULE: RULES §4 Election valid
TEST_CASE("a corrected figure that makes more returned than issued voids the round, as recording it would")
{
    TempDir dir;
    Workspace w = Workspace::open(meetingAtTheDesk(dir.path("w.huixuan"), 0), fixedClock);
    REQUIRE(w.execute(cmd(R"({"do":"correct_figure","contest":"executives","figure":"issued","count":9,"reason":"实发 9 张"})")).accepted());
    CHECK(round(w).closed);
    CHECK(round(w).outcome == "void");
    CHECK(round(w).voidReason == "收回选票（10）多于发出选票（9），选举无效");
}

// RULE: STYLE.md Journal
TEST_CASE("an entered ballot is corrected in place until the count closes")
{
    TempDir dir;
    Workspace w = Workspace::open(meetingAtTheDesk(dir.path("w.huixuan"), 0), fixedClock);
    for (int i = 0; i < 3; ++i)
        REQUIRE(w.execute(cmd(R"({"do":"ballot","contest":"executives","approve":["a01","a02"]})")).accepted());
    const Verdict v = w.execute(cmd(R"({"do":"correct_ballot","contest":"executives","index":2,"ballot":{"approve":["a03"],"oppose":["a01"]},"reason":"录入时看错"})"));
    REQUIRE(v.accepted());
    const Round& r = round(w);
    CHECK(r.tallies[r.position.at("a01")].approve == 2);
    CHECK(r.tallies[r.position.at("a01")].oppose == 1);
    CHECK(r.tallies[r.position.at("a02")].approve == 2);
    CHECK(r.tallies[r.position.at("a02")].abstain == 1);
    CHECK(r.tallies[r.position.at("a03")].approve == 1);
    CHECK(r.valid == 3);
    // An overvote entered as a correction makes the ballot void, with the same rule.
    REQUIRE(w.execute(cmd(R"({"do":"correct_ballot","contest":"executives","index":3,"ballot":{"approve":["a01","a02","a03"]},"reason":"三个都划了圈"})")).accepted());
    CHECK(round(w).valid == 2);
    CHECK(round(w).voided == 1);
    CHECK_FALSE(w.execute(cmd(R"({"do":"correct_ballot","contest":"executives","index":4,"ballot":{},"reason":"x"})")).accepted());
    // Closed: nothing more is corrected.
    for (int i = 0; i < 7; ++i)
        REQUIRE(w.execute(cmd(R"({"do":"ballot","contest":"executives","approve":["a01"]})")).accepted());
    REQUIRE(w.execute(cmd(R"({"do":"close_count","contest":"executives","signed_by":["a05","a06"]})")).accepted());
    CHECK_FALSE(w.execute(cmd(R"({"do":"correct_ballot","contest":"executives","index":1,"ballot":{},"reason":"x"})")).accepted());
    CHECK_FALSE(w.execute(cmd(R"({"do":"correct_figure","contest":"executives","figure":"returned","count":9,"reason":"x"})")).accepted());
}

// RULE: STYLE.md Journal
TEST_CASE("a check-in made in error is withdrawn as a correction, not recorded as leaving")
{
    TempDir dir;
    Workspace w = Workspace::open(meetingAtTheDesk(dir.path("w.huixuan"), 0), fixedClock);
    const Meeting& m = *w.state().meeting("congress");
    REQUIRE(m.present.count("a10"));
    CHECK(w.execute(cmd(R"({"do":"withdraw_check_in","people":["a10"]})")).refusal.zh == "更正须写明原因");
    const Verdict v = w.execute(cmd(R"({"do":"withdraw_check_in","people":["a10"],"reason":"签到时选错了人"})"));
    REQUIRE(v.accepted());
    CHECK(v.events.at(0).type == "check_in_withdrawn");
    CHECK_FALSE(w.state().meeting("congress")->present.count("a10"));
    CHECK_FALSE(w.state().meeting("congress")->attended.count("a10"));
    CHECK_FALSE(w.execute(cmd(R"({"do":"withdraw_check_in","people":["a10"],"reason":"again"})")).accepted());
}

// RULE: STYLE.md Journal
TEST_CASE("a show of hands recorded wrong is corrected with its reason")
{
    TempDir dir;
    Json s = Json::parse(readFile(std::string(HX_SOURCE_DIR) + "/tests/fixtures/executive-by-election/scenario.json"));
    Json& steps = s["meetings"][0]["steps"];
    steps.erase(steps.begin() + 7, steps.end()); // n01's hands recorded, n02's not, the count open
    REQUIRE(runScenario(s, dir.path("w.huixuan")).refusals.empty());
    Workspace w = Workspace::open(dir.path("w.huixuan"), fixedClock);
    const auto c = [](const char* text) { Json j = Json::parse(text); j["meeting"] = "byelection"; return j; };
    CHECK(w.execute(c(R"({"do":"correct_hands","contest":"addition","candidate":"n02","approve":7,"abstain":2,"oppose":2,"reason":"x"})")).refusal.zh
          == "罗佳（n02）的举手表决结果尚未登记，无需更正");
    CHECK(w.execute(c(R"({"do":"correct_hands","contest":"addition","candidate":"n01","approve":8,"abstain":2,"oppose":1})")).refusal.zh == "更正须写明原因");
    const Verdict v = w.execute(c(R"({"do":"correct_hands","contest":"addition","candidate":"n01","approve":8,"abstain":2,"oppose":1,"reason":"重新清点举手人数"})"));
    REQUIRE(v.accepted());
    CHECK(v.events.at(0).data["from"]["approve"] == 9);
    const Round& r = w.state().meeting("byelection")->contest("addition")->current();
    CHECK(r.tallies[r.position.at("n01")].approve == 8);
    CHECK(r.tallies[r.position.at("n01")].abstain == 2);
    CHECK(w.execute(c(R"({"do":"correct_hands","contest":"addition","candidate":"n01","approve":20,"abstain":2,"oppose":1,"reason":"x"})")).refusal.zh.find("超过") != std::string::npos);
}
