// Procedure rules exercised command by command on a live workspace.
#include "counting.hpp"
#include "meeting_rules.hpp"
#include "scenario.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hx;
using namespace hx::test;

namespace {

const char* const kNames[] = {"丁一", "于二", "马三", "王四", "孔五", "白六", "李七", "张八", "陈九", "周十"};

// A workspace with ten people p01..p10 and one meeting "m" of the given kind,
// all ten expected.
struct Hall {
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    explicit Hall(const std::string& kind, Json method = Json::object())
    {
        for (int i = 0; i < 10; ++i)
            ok({{"do", "add_person"}, {"person", {{"id", id(i + 1)}, {"name", kNames[i]}}}});
        Json expected = Json::array();
        for (int i = 1; i <= 10; ++i)
            expected.push_back(id(i));
        ok({{"do", "create_meeting"},
            {"meeting", {{"id", "m"}, {"kind", kind}, {"date", "2026-12-01"}, {"expected", expected}, {"method", method}}}});
    }
    static std::string id(int i) { return (i < 10 ? "p0" : "p") + std::to_string(i); }
    Verdict run(Json cmd)
    {
        cmd["meeting"] = cmd.value("meeting", "m");
        return ws.execute(cmd);
    }
    void ok(const Json& cmd)
    {
        Verdict v = cmd.contains("do") && cmd["do"] != "add_person" && cmd["do"] != "create_meeting" ? run(cmd) : ws.execute(cmd);
        INFO(cmd.dump() << " → " << v.refusal.zh);
        REQUIRE(v.accepted());
    }
    std::string refusal(const Json& cmd) { return run(cmd).refusal.zh; }
    void allPresent() { ok({{"do", "check_in"}, {"people", {"p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10"}}}); }
    void method() { ok({{"do", "adopt"}, {"item", "election_method"}, {"by", "acclamation"}}); }
    void scrutineers(const std::string& chief = "p09")
    {
        ok({{"do", "adopt_scrutineers"}, {"chief", chief}, {"scrutineers", {"p10"}},
            {"tellers", {{{"name", "工作人员"}, {"staff", true}}}}, {"by", "acclamation"}});
    }
    const Meeting& meeting() const { return *ws.state().meeting("m"); }
};

} // namespace

TEST_CASE("integer fractions - strict and at-least thresholds")
{
    // RULE: RULES §4 Fractions
    const Fraction twoThirds{2, 3, true, "expected"}, atLeast{2, 3, false, "expected"};
    CHECK_FALSE(meets(20, 30, twoThirds));
    CHECK(meets(21, 30, twoThirds));
    CHECK(meets(20, 30, atLeast));
    CHECK_FALSE(meets(19, 30, atLeast));
    // RULE: RULES §4 Election threshold
    const Fraction half{1, 2, true, "expected"};
    CHECK(leastMeeting(30, half) == 16);
    CHECK(leastMeeting(7, half) == 4);
    CHECK(leastMeeting(10, half) == 6); // exactly half (5) fails
    CHECK(leastMeeting(10, Fraction{1, 2, false, "expected"}) == 5);
    CHECK(leastMeeting(2000, Fraction{2, 3, true, "expected"}) == 1334);
    for (long long base = 1; base < 200; ++base)
        for (const Fraction& f : {half, twoThirds, atLeast, Fraction{4, 5, true, "expected"}}) {
            const long long least = leastMeeting(base, f);
            CHECK(meets(least, base, f));
            CHECK_FALSE(meets(least - 1, base, f));
        }
}

TEST_CASE("the quorum refusal names the fraction and the figures")
{
    CHECK(quorumNotMet(20, 30, {2, 3, true, "expected"}).zh == "到会人数未超过应到人数的三分之二（20/30）");
    CHECK(quorumNotMet(19, 30, {2, 3, false, "expected"}).zh == "到会人数未达到应到人数的三分之二（19/30）");
    CHECK(quorumNotMet(5, 10, {1, 2, true, "expected"}).zh == "到会人数未超过应到人数的半数（5/10）");
    CHECK(quorumNotMet(8, 10, {4, 5, true, "expected"}).zh == "到会人数未超过应到人数的五分之四（8/10）");
}

TEST_CASE("the competitive margin rounds its percentage up")
{
    // RULE: RULES §4 Competition
    Method m;
    CHECK(executiveMargin(m, 7) == 1);
    m.marginPercent = 10;
    CHECK(executiveMargin(m, 7) == 1);
    CHECK(executiveMargin(m, 25) == 3);
    CHECK(executiveMargin(m, 300) == 30);
}

TEST_CASE("a re-election congress hears the work report first")
{
    // RULE: RULES §2 Re-election agenda
    Hall h("reelection_congress");
    h.allPresent();
    CHECK(h.refusal({{"do", "adopt"}, {"item", "election_method"}}) == "请先进行“上届执行委员会工作报告”，再进行“通过选举办法”");
    h.ok({{"do", "complete"}, {"item", "work_report"}});
    h.method();
}

TEST_CASE("congress elections are by secret ballot and officers are uncontested")
{
    // RULE: RULES §2 Secret ballot
    Hall h("founding_congress");
    h.allPresent();
    h.ok({{"do", "complete"}, {"item", "announce_approval"}});
    h.ok({{"do", "complete"}, {"item", "preparatory_report"}});
    h.method();
    h.scrutineers();
    CHECK(h.refusal({{"do", "open_contest"}, {"contest", "x"}, {"office", "executive"}, {"seats", 2},
                     {"candidates", {"p01", "p02", "p03"}}, {"voting", "show_of_hands"}})
          == "大会和全体会议的选举应采用无记名投票");
    // RULE: RULES §4 Competition
    CHECK(h.refusal({{"do", "open_contest"}, {"contest", "x"}, {"office", "executive"}, {"seats", 2},
                     {"candidates", {"p01", "p02"}}})
          == "执委实行差额选举：候选人数（2）应不少于应选名额加差额（2+1）");
    CHECK(h.refusal({{"do", "open_contest"}, {"contest", "x"}, {"office", "chair"}, {"seats", 1},
                     {"candidates", {"p01"}}})
          == "妇女代表大会只选举执委；主席、副主席由执委会全体会议选举");
}

TEST_CASE("chair and vice-chairs are elected uncontested at an executive meeting")
{
    Hall h("executive_meeting");
    h.allPresent();
    h.method();
    h.scrutineers();
    CHECK(h.refusal({{"do", "open_contest"}, {"contest", "chair"}, {"office", "chair"}, {"seats", 1},
                     {"candidates", {"p01", "p02"}}})
          == "主席实行等额选举：候选人数（2）应等于应选名额（1）");
    h.ok({{"do", "open_contest"}, {"contest", "chair"}, {"office", "chair"}, {"seats", 1}, {"candidates", {"p01"}}});
}

TEST_CASE("scrutineers must be present and only scrutineers sign")
{
    Hall h("executive_meeting");
    h.ok({{"do", "check_in"}, {"people", {"p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08"}}});
    h.method();
    // RULE: FORMAT.md adopt_scrutineers
    CHECK(h.refusal({{"do", "adopt_scrutineers"}, {"chief", "p09"}, {"scrutineers", Json::array()}, {"tellers", Json::array()}})
          == "陈九（p09）不在场，不能担任监票人或计票人");
    h.ok({{"do", "check_in"}, {"people", {"p09", "p10"}}});
    h.scrutineers();
    h.ok({{"do", "open_contest"}, {"contest", "chair"}, {"office", "chair"}, {"seats", 1}, {"candidates", {"p01"}}});
    // RULE: FORMAT.md issue_ballots
    CHECK(h.refusal({{"do", "issue_ballots"}, {"contest", "chair"}, {"count", 11}})
          == "发出选票数（11）应在 1 与实到人数（10）之间");
    h.ok({{"do", "issue_ballots"}, {"contest", "chair"}, {"count", 10}});
    h.ok({{"do", "return_ballots"}, {"contest", "chair"}, {"count", 10}});
    h.ok({{"do", "ballots"}, {"contest", "chair"}, {"ballots", {{{"count", 10}, {"approve", {"p01"}}}}}});
    // RULE: RULES §4 Counting procedure 6
    CHECK(h.refusal({{"do", "close_count"}, {"contest", "chair"}, {"signed_by", {"p02"}}}) == "于二（p02）不是监票人，不能签字");
    h.ok({{"do", "close_count"}, {"contest", "chair"}, {"signed_by", {"p09", "p10"}}});
    CHECK(h.meeting().contests[0].elected == std::vector<std::string>{"p01"});
}

TEST_CASE("ballot entry cannot exceed the ballots returned and the count needs them all")
{
    Hall h("executive_meeting");
    h.allPresent();
    h.method();
    h.scrutineers();
    h.ok({{"do", "open_contest"}, {"contest", "c"}, {"office", "standing"}, {"seats", 2}, {"candidates", {"p01", "p02"}}});
    h.ok({{"do", "issue_ballots"}, {"contest", "c"}, {"count", 10}});
    h.ok({{"do", "return_ballots"}, {"contest", "c"}, {"count", 9}});
    // RULE: RULES §4 Ballot accounting
    CHECK(h.refusal({{"do", "ballots"}, {"contest", "c"}, {"ballots", {{{"count", 10}}}}}) == "录入的选票（10）多于收回的选票（9）");
    h.ok({{"do", "ballots"}, {"contest", "c"}, {"ballots", {{{"count", 8}, {"approve", {"p01", "p02"}}}}}});
    CHECK(h.refusal({{"do", "close_count"}, {"contest", "c"}, {"signed_by", {"p09"}}}) == "已录入选票 8 张，与收回的 9 张不符");
    CHECK(h.refusal({{"do", "ballot"}, {"contest", "c"}, {"approve", {"p01"}}, {"oppose", {"p01"}}}) == "同一张选票对候选人 p01 重复标记");
    CHECK(h.refusal({{"do", "ballot"}, {"contest", "c"}, {"approve", {"p07"}}}) == "选票上没有这位候选人：p07");
    h.ok({{"do", "ballot"}, {"contest", "c"}, {"void", true}, {"reason", "无法辨认"}});
    h.ok({{"do", "close_count"}, {"contest", "c"}, {"signed_by", {"p09"}}});
    const Round& r = h.meeting().contests[0].rounds[0];
    CHECK(r.valid == 8);
    CHECK(r.voided == 1);
    CHECK(r.outcome == "complete");
}

TEST_CASE("attendance - check-in leave and excused absence")
{
    Hall h("executive_meeting");
    // RULE: RULES §1 Attendance
    h.ok({{"do", "check_in"}, {"people", {"p01", "p02"}}});
    CHECK(h.refusal({{"do", "check_in"}, {"people", {"p01"}}}) == "丁一（p01）已经签到");
    CHECK(h.refusal({{"do", "leave"}, {"people", {"p03"}}}) == "马三（p03）没有在场，无法离场");
    CHECK(h.refusal({{"do", "excuse"}, {"people", {"p01"}}}) == "丁一（p01）已经签到，不能请假");
    h.ok({{"do", "excuse"}, {"people", {"p03"}}, {"reason", "出差"}});
    CHECK(h.meeting().excused.at("p03") == "出差");
    h.ok({{"do", "leave"}, {"people", {"p02"}}});
    CHECK(h.meeting().present.size() == 1);
    Verdict stranger = h.ws.execute({{"do", "add_person"}, {"person", {{"id", "x1"}, {"name", "外人"}}}});
    REQUIRE(stranger.accepted());
    CHECK(h.refusal({{"do", "check_in"}, {"people", {"x1"}}}) == "外人（x1）不在本次会议的应到名单中");
}

TEST_CASE("a manual order override is journaled and only before voting")
{
    // RULE: RULES §5.5
    Hall h("executive_meeting");
    h.allPresent();
    h.method();
    h.scrutineers();
    h.ok({{"do", "open_contest"}, {"contest", "c"}, {"office", "standing"}, {"seats", 2}, {"candidates", {"p02", "p01"}}});
    CHECK(h.meeting().contests[0].rounds[0].candidates == std::vector<std::string>{"p01", "p02"});
    CHECK(h.refusal({{"do", "set_order"}, {"contest", "c"}, {"order", {"p02"}}, {"decided_by", "主持人"}})
          == "新的顺序须恰好包含本轮的全部候选人");
    h.ok({{"do", "set_order"}, {"contest", "c"}, {"order", {"p02", "p01"}}, {"decided_by", "主持人"}});
    CHECK(h.meeting().contests[0].rounds[0].candidates == std::vector<std::string>{"p02", "p01"});
    CHECK(h.ws.journal().readAll().back().type == "order_set");
    h.ok({{"do", "issue_ballots"}, {"contest", "c"}, {"count", 10}});
    CHECK(h.refusal({{"do", "set_order"}, {"contest", "c"}, {"order", {"p01", "p02"}}, {"decided_by", "主持人"}})
          == "已开始投票，不能再调整候选人顺序");
}

TEST_CASE("the outcome of a round - surplus tie and shortfall as values")
{
    Round r;
    r.seats = 2;
    r.threshold = 6;
    r.setCandidates({"a", "b", "c", "d"});
    r.tallies = {{9, 0, 1}, {7, 1, 2}, {7, 3, 0}, {6, 0, 4}};
    Method m;
    RoundOutcome o = countRound(r, m);
    CHECK(o.outcome == "tie");
    CHECK(o.elected == std::vector<std::string>{"a"});
    CHECK(o.tied == std::vector<std::string>{"b", "c"});
    m.tie = "fewer_oppose_then_revote";
    o = countRound(r, m);
    CHECK(o.outcome == "complete");
    CHECK(o.elected == std::vector<std::string>{"a", "b"});
    r.tallies = {{9, 0, 1}, {5, 1, 4}, {5, 3, 2}, {2, 0, 8}};
    o = countRound(r, m);
    CHECK(o.outcome == "shortfall");
    CHECK(o.elected == std::vector<std::string>{"a"});
}

// RULE: RULES §4 Counting procedure 3
// RULE: FORMAT.md adopt_scrutineers
// RULE: RULES §1 Bodies
TEST_CASE("a picker offers only those the rules allow: scrutineers present and not standing, candidates not serving")
{
    TempDir dir;
    Workspace w = Workspace::open(meetingAtTheDesk(dir.path("w.huixuan"), 0), fixedClock);
    const Meeting& m = *w.state().meeting("congress");
    const auto scrutineers = eligibleFor(w.state(), m, "scrutineer");
    // a01–a03 stand in the contest; the other seven present may serve.
    CHECK(scrutineers == std::vector<std::string>{"a04", "a05", "a06", "a07", "a08", "a09", "a10"});
    const auto candidates = eligibleFor(w.state(), m, "candidate");
    // a05 (chief) and a06 (scrutineer) serve and cannot stand.
    CHECK(std::find(candidates.begin(), candidates.end(), "a05") == candidates.end());
    CHECK(std::find(candidates.begin(), candidates.end(), "a06") == candidates.end());
    CHECK(std::find(candidates.begin(), candidates.end(), "a01") != candidates.end());
    CHECK(eligibleFor(w.state(), m, "person").size() == 10);
    // The first plenary's presiding officer: only a new executive, none before the count.
    CHECK(eligibleFor(w.state(), m, "new_executive").empty());
}

TEST_CASE("the first plenary is presided by a new executive, offered by the picker")
{
    TempDir dir;
    Json scenario = Json::parse(readFile(std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json"));
    auto& steps = scenario["meetings"][0]["steps"];
    // Up to the announcement of the executives.
    const auto announced = std::find_if(steps.begin(), steps.end(), [](const Json& s) { return s["do"] == "announce"; });
    steps.erase(announced + 1, steps.end());
    REQUIRE(runScenario(scenario, dir.path("w.huixuan")).refusals.empty());
    Workspace w = Workspace::open(dir.path("w.huixuan"), fixedClock);
    const Meeting& m = *w.state().meeting("congress");
    auto elected = eligibleFor(w.state(), m, "new_executive");
    std::sort(elected.begin(), elected.end());
    CHECK(elected == std::vector<std::string>{"d01", "d02", "d03", "d04", "d05", "d06", "d07"});
}

TEST_CASE("meeting and contest ids cannot name a path outside a folder")
{
    TempDir dir;
    Workspace w = newWorkspace(dir);
    for (const char* bad : {"..", "../../x", "a/b", "会议", ""}) {
        INFO(bad);
        const Verdict v = w.execute({{"do", "create_meeting"}, {"meeting", {{"id", bad}, {"kind", "founding_congress"}, {"title", "t"}, {"date", "2026-12-01"}}}});
        CHECK_FALSE(v.accepted());
        CHECK((v.refusal.zh.find("编号只能") == 0 || v.refusal.zh.find("命令缺少字段") == 0));
    }
    const Verdict ok = w.execute({{"do", "create_meeting"}, {"meeting", {{"id", "congress-2026_1"}, {"kind", "founding_congress"}, {"title", "t"}, {"date", "2026-12-01"}}}});
    CHECK(ok.refusal.zh.find("编号只能") == std::string::npos);
}

TEST_CASE("an outgoing document's number, signer and date: written as GB/T 9704 asks, and a request before what it requests")
{
    Hall h("founding_congress");
    const auto filing = [](const std::string& doc, const std::string& number, const std::string& date) {
        return Json{{"do", "set_filing"}, {"document", doc}, {"number", number}, {"signer", "陈静怡"}, {"date", date}, {"copies_to", {"上级妇联"}}};
    };
    // RULE: GB/T 9704-2012 7.2.4
    for (const char* bad : {"星光妇筹〔26〕1号", "星光妇筹〔2026〕01号", "星光妇筹〔2026〕第1号", "星光妇筹(2026)1号", "〔2026〕1号", "星光妇筹〔2026〕1"}) {
        INFO(bad);
        CHECK(h.refusal(filing("request", bad, "2026-11-10")).starts_with("发文字号应写作"));
    }
    // RULE: DOCUMENTS.md What a filing reviewer sends back
    CHECK(h.refusal(filing("request", "星光妇筹〔2026〕1号", "2026-12-01")) == "请示的成文日期（2026-12-01）应早于会议日期（2026-12-01）");
    CHECK(h.refusal(filing("result_report", "星光妇〔2026〕1号", "2026-11-30")) == "选举结果报告的成文日期（2026-11-30）早于会议（2026-12-01）");
    CHECK(h.refusal(filing("minutes", "星光妇〔2026〕1号", "2026-12-01")).starts_with("发文信息只用于"));
    Json hidden = filing("request", "星光妇筹〔2026〕1号", "2026-11-10");
    hidden["signer"] = "陈静\u200b怡";
    CHECK(h.refusal(hidden) == "签发人含有不可见字符或过长");
    h.ok(filing("request", "星光妇筹〔2026〕1号", "2026-11-10"));
    CHECK(h.meeting().filing("request")->number == "星光妇筹〔2026〕1号");
    CHECK(h.meeting().filing("request")->copiesTo == std::vector<std::string>{"上级妇联"});
    // An approval cannot precede the request it answers.
    CHECK(h.refusal({{"do", "record_approval"}, {"document", "request"}, {"date", "2026-11-09"}}) == "批复日期（2026-11-09）早于请示的成文日期（2026-11-10）");
    h.ok({{"do", "record_approval"}, {"document", "request"}, {"date", "2026-11-15"}, {"number", "中共测试委〔2026〕5号"}});
    CHECK(h.refusal(filing("request", "星光妇筹〔2026〕1号", "2026-11-16")) == "请示的成文日期（2026-11-16）晚于它的批复（2026-11-15）");
}
