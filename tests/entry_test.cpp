// Ballot entry at the tellers' desk: one by one with undo, and double entry
// compared ballot by ballot with the scrutineers settling the differences.
#include "counting.hpp"
#include "pinyin.hpp"
#include "ballot_box.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace hx;
using namespace hx::test;

namespace {

// Teller A's or B's entry of one ballot, which must be accepted.
void entry(BallotBox& b, const char* teller, Json approve)
{
    Verdict v = b.run({{"do", "entry_ballot"}, {"teller", teller}, {"approve", approve}});
    INFO(v.refusal.zh);
    REQUIRE(v.accepted());
}

} // namespace

TEST_CASE("one ballot at a time - undo is a journaled correction")
{
    // RULE: STYLE.md Journal
    BallotBox b;
    b.ok({{"do", "ballot"}, {"contest", "s"}, {"approve", {"c1", "c2"}}});
    b.ok({{"do", "ballot"}, {"contest", "s"}, {"approve", {"c1"}}, {"oppose", {"c3"}}, {"write_ins", {{{"name", "赵丽"}, {"mark", "approve"}}}}});
    CHECK(b.round().tallies[0].approve == 2);
    CHECK(b.round().writeIns.at("赵丽") == 1);
    const auto before = b.ws.journal().length();
    b.ok({{"do", "withdraw_ballot"}, {"contest", "s"}, {"reason", "录错"}});
    CHECK(b.ws.journal().length() == before + 1);
    CHECK(b.round().tallies[0].approve == 1);
    CHECK(b.round().tallies[2].oppose == 0);
    CHECK(b.round().writeIns.empty());
    CHECK(b.round().valid == 1);
    // The correction replays: reopening gives the same figures.
    Workspace again = Workspace::open(b.dir.path("w.huixuan"), fixedClock);
    CHECK(again.state().meeting("m")->contests[0].current().valid == 1);
    b.ok({{"do", "withdraw_ballot"}, {"contest", "s"}});
    CHECK(b.run({{"do", "withdraw_ballot"}}).refusal.zh == "没有可以撤回的选票");
}

TEST_CASE("double entry - agreeing stacks are counted once both are complete")
{
    BallotBox b;
    for (const char* t : {"A", "B"}) {
        entry(b, t, {"c1", "c2"});
        entry(b, t, {"c1"});
        entry(b, t, {"c2", "c3"});
    }
    CHECK(b.run({{"do", "entry_commit"}}).refusal.zh == "两位计票人须各录入全部 4 张选票（A 3 张，B 3 张）");
    entry(b, "A", Json::array());
    entry(b, "B", Json::array());
    CHECK(b.round().valid == 0); // nothing counted before the commit
    REQUIRE(b.run({{"do", "entry_commit"}}).accepted());
    CHECK(b.round().valid == 4);
    CHECK(b.round().tallies[0].approve == 2);
    CHECK(b.round().tallies[1].approve == 2);
    CHECK(b.round().tallies[2].abstain == 3);
    CHECK(b.round().pendingA.empty());
    CHECK(b.run({{"do", "ballot"}, {"approve", {"c1"}}}).refusal.zh == "录入的选票（5）多于收回的选票（4）");
}

TEST_CASE("double entry - differences wait for the scrutineers")
{
    // RULE: RULES §4 Counting procedure 6
    BallotBox b;
    entry(b, "A", {"c1", "c2"});
    entry(b, "B", {"c1", "c3"}); // differs
    entry(b, "A", {"c1"});
    entry(b, "B", {"c2"});       // differs
    entry(b, "A", {"c2"});
    entry(b, "B", {"c2"});
    entry(b, "A", {"c3"});
    entry(b, "B", {"c3"});
    CHECK(entryDifferences(b.round()) == std::vector<size_t>{0, 1});
    CHECK(b.run({{"do", "entry_commit"}}).refusal.zh == "还有 2 张选票两次录入不一致，须由监票人裁定（第 1 张起）");
    CHECK(b.run({{"do", "entry_settle"}, {"index", 0}, {"approve", {"c1", "c2"}}, {"decided_by", "c1"}}).refusal.zh
          == "王芳（c1）不是监票人，不能裁定");
    CHECK(b.run({{"do", "entry_settle"}, {"index", 2}, {"approve", {"c2"}}, {"decided_by", "c8"}}).refusal.zh
          == "第 3 张选票两次录入一致或已裁定");
    REQUIRE(b.run({{"do", "entry_settle"}, {"index", 0}, {"approve", {"c1", "c2"}}, {"decided_by", "c8"}}).accepted());
    REQUIRE(b.run({{"do", "entry_settle"}, {"index", 1}, {"approve", {"c1"}}, {"decided_by", "c7"}}).accepted());
    REQUIRE(b.run({{"do", "entry_commit"}}).accepted());
    CHECK(b.round().tallies[0].approve == 2);
    CHECK(b.round().tallies[1].approve == 2);
    CHECK(b.round().tallies[2].approve == 1);
}

TEST_CASE("double entry - a teller's undo takes back the last entry and any decision on it")
{
    BallotBox b;
    entry(b, "A", {"c1"});
    entry(b, "B", {"c2"});
    REQUIRE(b.run({{"do", "entry_settle"}, {"index", 0}, {"approve", {"c1"}}, {"decided_by", "c8"}}).accepted());
    REQUIRE(b.run({{"do", "entry_undo"}, {"teller", "B"}}).accepted());
    CHECK(b.round().pendingB.empty());
    CHECK(b.round().settled.empty());
    CHECK(b.run({{"do", "entry_undo"}, {"teller", "B"}}).refusal.zh == "计票人 B 没有可以撤回的选票");
    CHECK(b.run({{"do", "entry_ballot"}, {"teller", "C"}}).refusal.zh == "计票人应为 A 或 B");
}

TEST_CASE("check-in finds people by pinyin initials or part of the name")
{
    BallotBox b;
    const State& s = b.ws.state();
    const auto& ids = s.meeting("m")->expected;
    CHECK(searchPeople(s, ids, "wf", 10) == std::vector<std::string>{"c1"});
    CHECK(searchPeople(s, ids, "WF", 10) == std::vector<std::string>{"c1"});
    CHECK(searchPeople(s, ids, "l", 10) == std::vector<std::string>{"c2", "c4"});
    CHECK(searchPeople(s, ids, "敏", 10) == std::vector<std::string>{"c3"});
    CHECK(searchPeople(s, ids, "c5", 10) == std::vector<std::string>{"c5"});
    CHECK(searchPeople(s, ids, "", 3).size() == 3);
    CHECK(pinyinInitials(U'单').find('s') != std::string::npos); // the surname reads shàn
    CHECK(pinyinInitials(U'曾').find('z') != std::string::npos);
    CHECK(nameMatches("x", "单雪", "sx"));
    CHECK(nameMatches("x", "单雪", "dx"));
    CHECK_FALSE(nameMatches("x", "王芳", "wx"));
}

TEST_CASE("a void ballot's reason reads in English too")
{
    CHECK(voidReasonText("无法辨认").en == "illegible");
    CHECK(voidReasonText("赞成人数（4）超过应选名额（3）").en == "4 approvals for 3 seats");
    CHECK(voidReasonText("赞成人数（4）超过应选名额（3）").zh == "赞成人数（4）超过应选名额（3）");
    CHECK(voidReasonText("用铅笔填写").en == "用铅笔填写"); // the tellers' own words stay as written
}

TEST_CASE("ballot events carry the time of the ballots' return, never their own")
{
    TempDir dir;
    int minute = 0;
    Clock ticking = [&minute] {
        char at[32];
        std::snprintf(at, sizeof at, "2026-12-01T09:%02d:00Z", ++minute);
        return std::string(at);
    };
    Workspace ws = Workspace::create(dir.path("w.huixuan"), ticking);
    REQUIRE(ws.execute({{"do", "create_federation"}, {"federation", {{"name", "测试妇联"}, {"kind", "community"}}}}).accepted());
    for (const char* id : {"c1", "c2", "c3", "c4"})
        REQUIRE(ws.execute({{"do", "add_person"}, {"person", {{"id", id}, {"name", std::string("代表") + id}}}}).accepted());
    const Json m = {{"meeting", "m"}};
    auto ok = [&](Json c) {
        c["meeting"] = "m";
        const Verdict v = ws.execute(c);
        INFO(c.dump() << " → " << v.refusal.zh);
        REQUIRE(v.accepted());
    };
    REQUIRE(ws.execute({{"do", "create_meeting"}, {"meeting", {{"id", "m"}, {"kind", "executive_meeting"}, {"expected", {"c1", "c2", "c3", "c4"}}}}}).accepted());
    ok({{"do", "check_in"}, {"people", {"c1", "c2", "c3", "c4"}}});
    ok({{"do", "adopt"}, {"item", "election_method"}});
    ok({{"do", "adopt_scrutineers"}, {"chief", "c4"}, {"scrutineers", Json::array()}, {"tellers", Json::array()}});
    ok({{"do", "open_contest"}, {"contest", "s"}, {"office", "standing"}, {"seats", 2}, {"candidates", {"c1", "c2"}}});
    ok({{"do", "issue_ballots"}, {"contest", "s"}, {"count", 4}});
    ok({{"do", "return_ballots"}, {"contest", "s"}, {"count", 4}});
    ok({{"do", "ballot"}, {"contest", "s"}, {"approve", {"c1"}}});
    ok({{"do", "ballot"}, {"contest", "s"}, {"approve", {"c2"}}});
    ok({{"do", "withdraw_ballot"}, {"contest", "s"}, {"reason", "录错"}});
    ok({{"do", "ballot"}, {"contest", "s"}, {"approve", {"c1"}}});
    std::string returnedAt;
    int ballots = 0;
    for (const Event& e : ws.journal().readAll()) {
        if (e.type == "ballots_returned")
            returnedAt = e.at;
        if (e.type == "ballots_recorded" || e.type == "ballot_withdrawn") {
            ++ballots;
            CHECK(e.at == returnedAt);
        }
    }
    CHECK(ballots == 4);
    CHECK_FALSE(returnedAt.empty());
    ok({{"do", "ballot"}, {"contest", "s"}, {"approve", {"c2"}}});
    ok({{"do", "ballot"}, {"contest", "s"}, {"approve", {"c1", "c2"}}});
    CHECK(ws.journal().lastAt() == returnedAt);
    ok({{"do", "close_count"}, {"contest", "s"}, {"signed_by", {"c4"}}});
    CHECK(ws.journal().lastAt() > returnedAt);   // the close has its own time again
}
