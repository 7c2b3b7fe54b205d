// The executive register, command by command: what it refuses and what it
// proposes. The multi-year fixture (tests/fixtures/executive-term) holds the
// whole story; these hold each rule's edges.
#include "register.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace hx;
using namespace hx::test;

namespace {

// A community federation (10–15) with people p01..p20 and a register of
// p01..p12 recorded on 2025-01-06.
struct Term {
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    Term()
    {
        for (int i = 1; i <= 20; ++i)
            ok({{"do", "add_person"}, {"person", {{"id", id(i)}, {"name", "王" + std::to_string(i)}}}});
        ok({{"do", "record_executives"}, {"people", ids(1, 12)}, {"date", "2025-01-06"}, {"offices", {{"p01", "chair"}}}});
    }
    static std::string id(int i) { return (i < 10 ? "p0" : "p") + std::to_string(i); }
    static Json ids(int from, int to)
    {
        Json out = Json::array();
        for (int i = from; i <= to; ++i)
            out.push_back(id(i));
        return out;
    }
    void ok(const Json& cmd)
    {
        Verdict v = ws.execute(cmd);
        INFO(cmd.dump() << " → " << v.refusal.zh);
        REQUIRE(v.accepted());
    }
    std::string refusal(const Json& cmd) { return ws.execute(cmd).refusal.zh; }
    // A regular executive meeting with one topic; `absent` are neither present nor excused.
    void meeting(const std::string& mid, const std::string& date, const std::vector<std::string>& absent)
    {
        ok({{"do", "create_meeting"},
            {"meeting", {{"id", mid}, {"kind", "executive_meeting"}, {"date", date},
                         {"topics", {{{"id", "t"}, {"title", "议题"}, {"source", "chair"}}}}}}});
        Json here = Json::array();
        for (const auto& p : ws.state().executives.serving())
            if (std::find(absent.begin(), absent.end(), p) == absent.end())
                here.push_back(p);
        ok({{"do", "check_in"}, {"meeting", mid}, {"people", here}});
        ok({{"do", "deliberate"}, {"meeting", mid}, {"topic", "t"}, {"by", "acclamation"}});
        ok({{"do", "close_meeting"}, {"meeting", mid}});
    }
    std::vector<WithdrawalProposal> proposals() const { return withdrawalProposals(ws.state()); }
    Json approved(const std::string& date) const { return {{"date", date}, {"number", "中共星光社区委〔2025〕1号"}}; }
};

} // namespace

TEST_CASE("register - exits need the approval and a known reason, and terminations are reported to the next meeting")
{
    // RULE: RULES §3 Exits
    Term t;
    CHECK(t.refusal({{"do", "release"}, {"person", "p05"}, {"date", "2025-03-01"}, {"reason", "left_area"}})
              .find("批准") != std::string::npos);
    CHECK(t.refusal({{"do", "release"}, {"person", "p05"}, {"date", "2025-03-01"}, {"reason", "bored"},
                     {"approved", t.approved("2025-03-01")}})
              .find("卸免理由") != std::string::npos);
    CHECK(t.refusal({{"do", "release"}, {"person", "p05"}, {"date", "2024-12-01"}, {"reason", "resigned"},
                     {"approved", t.approved("2024-12-01")}})
              .find("早于") != std::string::npos);
    t.ok({{"do", "release"}, {"person", "p05"}, {"date", "2025-03-01"}, {"reason", "resigned"}, {"approved", t.approved("2025-03-02")}});
    CHECK(t.ws.state().executives.size() == 11);
    CHECK(t.refusal({{"do", "release"}, {"person", "p05"}, {"date", "2025-03-05"}, {"reason", "resigned"},
                     {"approved", t.approved("2025-03-05")}})
              .find("不是现任执委") != std::string::npos);

    // RULE: RULES §3 Termination
    t.ok({{"do", "terminate"}, {"person", "p06"}, {"reason", "criminal"}, {"approved", t.approved("2025-04-10")}});
    const Executive& p06 = *t.ws.state().executives.find("p06");
    CHECK_FALSE(p06.serving);
    CHECK(p06.history.back().date == "2025-04-10"); // effective on the approval
    CHECK(t.ws.state().executives.unreported == std::vector<std::string>{"p06"});
    t.ok({{"do", "create_meeting"},
          {"meeting", {{"id", "m"}, {"kind", "executive_meeting"}, {"date", "2025-05-01"},
                       {"topics", {{{"id", "t"}, {"title", "议题"}, {"source", "women"}}}}}}});
    t.ok({{"do", "check_in"}, {"meeting", "m"}, {"people", Term::ids(1, 4)}});
    t.ok({{"do", "check_in"}, {"meeting", "m"}, {"people", Term::ids(7, 12)}});
    CHECK(t.refusal({{"do", "deliberate"}, {"meeting", "m"}, {"topic", "t"}, {"by", "acclamation"}})
              .find("通报执委资格终止情况") != std::string::npos);
    t.ok({{"do", "complete"}, {"meeting", "m"}, {"item", "termination_report"}});
    CHECK(t.ws.state().executives.unreported.empty());
    t.ok({{"do", "deliberate"}, {"meeting", "m"}, {"topic", "t"}, {"by", "acclamation"}});
}

TEST_CASE("register - three absences in a row without leave propose a withdrawal, and the decision is journaled")
{
    // RULE: RULES §3 Withdrawal
    Term t;
    CHECK(t.refusal({{"do", "withdraw"}, {"person", "p03"}, {"date", "2025-02-01"}, {"grounds", "absences"},
                     {"approved", t.approved("2025-02-01")}})
              .find("没有") != std::string::npos);
    t.meeting("m1", "2025-02-01", {"p03", "p04"});
    t.meeting("m2", "2025-05-01", {"p03", "p04"});
    // p04 is excused at the third: an excused absence breaks the run.
    t.ok({{"do", "create_meeting"},
          {"meeting", {{"id", "m3"}, {"kind", "executive_meeting"}, {"date", "2025-08-01"},
                       {"topics", {{{"id", "t"}, {"title", "议题"}, {"source", "chair"}}}}}}});
    t.ok({{"do", "check_in"}, {"meeting", "m3"}, {"people", Term::ids(5, 12)}});
    t.ok({{"do", "check_in"}, {"meeting", "m3"}, {"people", {"p01", "p02"}}});
    t.ok({{"do", "excuse"}, {"meeting", "m3"}, {"people", {"p04"}}, {"reason", "生病"}});
    CHECK(t.proposals().empty()); // m3 is not closed yet: its attendance does not count
    t.ok({{"do", "deliberate"}, {"meeting", "m3"}, {"topic", "t"}, {"by", "acclamation"}});
    t.ok({{"do", "close_meeting"}, {"meeting", "m3"}});
    auto p = t.proposals();
    REQUIRE(p.size() == 1);
    CHECK(p[0].person == "p03");
    CHECK(p[0].grounds == "absences");
    CHECK(p[0].evidence == std::vector<std::string>{"m1", "m2", "m3"});
    // Keeping needs a reason; once kept, the same absences propose nothing.
    CHECK(t.refusal({{"do", "keep"}, {"person", "p03"}, {"grounds", "absences"}, {"date", "2025-08-05"},
                     {"approved", t.approved("2025-08-05")}})
              .find("理由") != std::string::npos);
    t.ok({{"do", "keep"}, {"person", "p03"}, {"grounds", "absences"}, {"date", "2025-08-05"},
          {"approved", t.approved("2025-08-05")}, {"note", "因照顾病重家属缺席，已补假"}});
    CHECK(t.proposals().empty());
    t.meeting("m4", "2025-11-01", {"p03"});
    CHECK(t.proposals().empty()); // one absence since the decision
}

TEST_CASE("register - failing the annual review two years running proposes a withdrawal")
{
    // RULE: Duty review
    Term t;
    auto review = [&](const std::string& mid, const std::string& date, int year, const std::string& p03) {
        t.ok({{"do", "create_meeting"},
              {"meeting", {{"id", mid}, {"kind", "executive_meeting"}, {"date", date}, {"topics", Json::array()}}}});
        t.ok({{"do", "check_in"}, {"meeting", mid}, {"people", Term::ids(1, 12)}});
        t.ok({{"do", "review"}, {"meeting", mid}, {"year", year}, {"results", {{"p03", p03}, {"p04", "competent"}}}});
        t.ok({{"do", "close_meeting"}, {"meeting", mid}});
    };
    review("y25", "2025-12-20", 2025, "incompetent");
    CHECK(t.proposals().empty());
    CHECK(t.refusal({{"do", "create_meeting"},
                     {"meeting", {{"id", "again"}, {"kind", "executive_meeting"}, {"date", "2025-12-28"}, {"topics", Json::array()}}}})
              .empty());
    t.ok({{"do", "check_in"}, {"meeting", "again"}, {"people", Term::ids(1, 12)}});
    CHECK(t.refusal({{"do", "review"}, {"meeting", "again"}, {"year", 2025}, {"results", {{"p03", "competent"}}}})
              .find("2025") != std::string::npos);
    CHECK(t.refusal({{"do", "review"}, {"meeting", "again"}, {"year", 2026}, {"results", {{"p03", "great"}}}})
              .find("评议结果") != std::string::npos);
    review("y26", "2026-12-20", 2026, "incompetent");
    auto p = t.proposals();
    REQUIRE(p.size() == 1);
    CHECK(p[0].grounds == "review");
    CHECK(p[0].evidence == std::vector<std::string>{"2025", "2026"});
    t.ok({{"do", "withdraw"}, {"person", "p03"}, {"date", "2027-01-10"}, {"grounds", "review"}, {"approved", t.approved("2027-01-10")}});
    CHECK(t.proposals().empty());
    CHECK_FALSE(t.ws.state().executives.find("p03")->serving);
}

TEST_CASE("register - a by-election takes its expected from the register and its elected join it")
{
    // RULE: Register by-election
    // RULE: RULES §3 Replacement
    // RULE: RULES §1 Committee size
    Term t;
    t.ok({{"do", "release"}, {"person", "p12"}, {"date", "2025-03-01"}, {"reason", "left_area"}, {"approved", t.approved("2025-03-01")}});
    CHECK(t.refusal({{"do", "create_meeting"},
                     {"meeting", {{"id", "b"}, {"kind", "executive_by_election"}, {"date", "2025-06-01"}, {"expected", Term::ids(1, 12)}}}})
              .find("名册") != std::string::npos);
    t.ok({{"do", "create_meeting"}, {"meeting", {{"id", "b"}, {"kind", "executive_by_election"}, {"date", "2025-06-01"}}}});
    CHECK(t.ws.state().meeting("b")->expected.size() == 11);
    CHECK(t.refusal({{"do", "nominate"}, {"meeting", "b"}, {"person", "p13"}, {"path", "organisation"},
                     {"approved", "2025-05-20"}, {"replaces", "p02"}})
              .find("替补") != std::string::npos);
    t.ok({{"do", "nominate"}, {"meeting", "b"}, {"person", "p13"}, {"path", "organisation"}, {"approved", "2025-05-20"}, {"replaces", "p12"}});
    for (int i = 14; i <= 18; ++i)
        t.ok({{"do", "nominate"}, {"meeting", "b"}, {"person", Term::id(i)}, {"path", "organisation"}, {"approved", "2025-05-20"}});
    t.ok({{"do", "check_in"}, {"meeting", "b"}, {"people", Term::ids(1, 11)}});
    t.ok({{"do", "adopt"}, {"meeting", "b"}, {"item", "election_method"}, {"by", "acclamation"}});
    t.ok({{"do", "adopt_scrutineers"}, {"meeting", "b"}, {"chief", "p10"}, {"scrutineers", Json::array()},
          {"tellers", {{{"name", "工作人员"}, {"staff", true}}}}, {"by", "acclamation"}});
    // 11 serving + 6 seats = 17 > 15: beyond the range needs a recorded reason.
    Json open = {{"do", "open_contest"}, {"meeting", "b"}, {"contest", "c"}, {"office", "executive"}, {"seats", 6},
                 {"candidates", Term::ids(13, 18)}, {"voting", "show_of_hands"}};
    CHECK(t.refusal(open).find("请写明人数超出范围的理由") != std::string::npos);
    open["size_reason"] = "增补新经济组织、网格长代表（增补办法第九条）";
    t.ok(open);
    for (int i = 13; i <= 18; ++i)
        t.ok({{"do", "show_of_hands"}, {"meeting", "b"}, {"contest", "c"}, {"candidate", Term::id(i)}, {"approve", 10}});
    t.ok({{"do", "close_count"}, {"meeting", "b"}, {"contest", "c"}, {"signed_by", {"p10"}}});
    t.ok({{"do", "announce"}, {"meeting", "b"}, {"contest", "c"}});
    const Register& reg = t.ws.state().executives;
    CHECK(reg.size() == 17);
    CHECK(reg.find("p13")->history.back().kind == "replaced");
    CHECK(reg.find("p13")->history.back().replaces == "p12");
    CHECK(reg.find("p14")->history.back().kind == "added");
    CHECK(reg.find("p14")->since == "2025-06-01");
}

TEST_CASE("register - a re-election congress starts a new term")
{
    // RULE: Register term
    Term t;
    Json expected = Term::ids(1, 20);
    t.ok({{"do", "create_meeting"}, {"meeting", {{"id", "c"}, {"kind", "reelection_congress"}, {"date", "2027-01-10"}, {"expected", expected}}}});
    t.ok({{"do", "check_in"}, {"meeting", "c"}, {"people", expected}});
    t.ok({{"do", "complete"}, {"meeting", "c"}, {"item", "work_report"}});
    t.ok({{"do", "adopt"}, {"meeting", "c"}, {"item", "election_method"}, {"by", "acclamation"}});
    t.ok({{"do", "adopt_scrutineers"}, {"meeting", "c"}, {"chief", "p20"}, {"scrutineers", Json::array()},
          {"tellers", {{{"name", "工作人员"}, {"staff", true}}}}, {"by", "acclamation"}});
    t.ok({{"do", "open_contest"}, {"meeting", "c"}, {"contest", "e"}, {"office", "executive"}, {"seats", 10},
          {"candidates", Term::ids(5, 15)}});
    t.ok({{"do", "issue_ballots"}, {"meeting", "c"}, {"contest", "e"}, {"count", 20}});
    t.ok({{"do", "return_ballots"}, {"meeting", "c"}, {"contest", "e"}, {"count", 20}});
    t.ok({{"do", "ballots"}, {"meeting", "c"}, {"contest", "e"},
          {"ballots", {{{"count", 20}, {"approve", Term::ids(5, 14)}, {"oppose", Json::array()}}}}});
    t.ok({{"do", "close_count"}, {"meeting", "c"}, {"contest", "e"}, {"signed_by", {"p20"}}});
    t.ok({{"do", "announce"}, {"meeting", "c"}, {"contest", "e"}});
    const Register& reg = t.ws.state().executives;
    CHECK(reg.serving() == std::vector<std::string>{"p05", "p06", "p07", "p08", "p09", "p10", "p11", "p12", "p13", "p14"});
    CHECK(reg.find("p01")->history.back().kind == "term_ended");
    CHECK(reg.find("p01")->offices.empty());
    CHECK(reg.find("p05")->history.back().kind == "elected");
    CHECK(reg.find("p05")->since == "2027-01-10");
}

TEST_CASE("register - offices change with the approval, and leaving the post may keep the seat")
{
    // RULE: RULES §3 Offices
    Term t;
    CHECK(t.refusal({{"do", "take_office"}, {"person", "p02"}, {"office", "vice_chair"}, {"date", "2025-03-01"}}).find("批准")
          != std::string::npos);
    t.ok({{"do", "take_office"}, {"person", "p02"}, {"office", "vice_chair"}, {"date", "2025-03-01"}, {"approved", t.approved("2025-03-01")}});
    t.ok({{"do", "leave_office"}, {"person", "p01"}, {"office", "chair"}, {"date", "2025-04-01"}, {"note", "调任"}});
    CHECK(t.ws.state().executives.find("p01")->serving);
    t.ok({{"do", "leave_office"}, {"person", "p02"}, {"office", "vice_chair"}, {"date", "2025-05-01"}, {"keep_seat", false}});
    CHECK_FALSE(t.ws.state().executives.find("p02")->serving);
    CHECK(t.ws.state().executives.find("p02")->history.back().reason == "changed_post");
}

TEST_CASE("register - seven-ones duties are overdue once their period has ended empty")
{
    // RULE: Seven-ones duties
    Term t;
    CHECK(t.refusal({{"do", "record_duty"}, {"person", "p01"}, {"duty", "dance"}, {"date", "2025-02-01"}}).find("履职事项")
          != std::string::npos);
    CHECK(t.refusal({{"do", "record_duty"}, {"person", "p01"}, {"duty", "contact"}, {"date", "2025-02-30x"}}).find("日期")
          != std::string::npos);
    t.ok({{"do", "record_duty"}, {"person", "p01"}, {"duty", "contact"}, {"date", "2025-02-01"}});
    t.ok({{"do", "record_duty"}, {"person", "p01"}, {"duty", "talk"}, {"date", "2025-03-31"}});
    t.ok({{"do", "record_duty"}, {"person", "p01"}, {"duty", "survey"}, {"date", "2025-05-10"}});
    auto of = [&](const std::string& asOf, const std::string& person) {
        std::vector<std::string> out;
        for (const auto& o : overdueDuties(t.ws.state(), asOf))
            if (o.person == person)
                out.push_back(o.duty + "@" + o.period);
        return out;
    };
    CHECK(of("2025-03-30", "p01").empty());              // Q1 has not ended
    CHECK(of("2025-03-31", "p01").empty());              // both Q1 duties done
    CHECK(of("2025-03-31", "p02") == std::vector<std::string>{"contact@2025-Q1", "talk@2025-Q1"});
    CHECK(of("2025-06-30", "p01") == std::vector<std::string>{"contact@2025-Q2", "talk@2025-Q2", "suggestion@2025-H1"});
    CHECK(of("2025-12-31", "p01").size() == 2 * 3 + 1 + 2 + 3); // Q2–Q4 ×2, suggestion H1, both H2, the three yearly
    CHECK(dutyCounts(*t.ws.state().executives.find("p01"), 2025).at("contact") == 1);
}

TEST_CASE("register - a regular executive meeting deliberates its topics by the method's threshold")
{
    // RULE: Deliberation
    Term t;
    t.ok({{"do", "create_meeting"},
          {"meeting", {{"id", "m"}, {"kind", "executive_meeting"}, {"date", "2025-06-01"},
                       {"topics", {{{"id", "a"}, {"title", "甲"}, {"source", "party_organisation"}},
                                   {{"id", "b"}, {"title", "乙"}, {"source", "executives"}, {"proposer", "p03"}}}}}}});
    CHECK(t.refusal({{"do", "add_topic"}, {"meeting", "m"}, {"topic", {{"id", "a"}, {"title", "重"}, {"source", "chair"}}}})
              .find("重复") != std::string::npos);
    CHECK(t.refusal({{"do", "add_topic"}, {"meeting", "m"}, {"topic", {{"id", "c"}, {"title", "丙"}, {"source", "rumour"}}}})
              .find("来源") != std::string::npos);
    t.ok({{"do", "check_in"}, {"meeting", "m"}, {"people", Term::ids(1, 8)}});
    CHECK(t.refusal({{"do", "deliberate"}, {"meeting", "m"}, {"topic", "a"}, {"by", "acclamation"}}).find("三分之二") != std::string::npos);
    t.ok({{"do", "check_in"}, {"meeting", "m"}, {"people", {"p09"}}}); // 9·3 > 12·2
    // More than half of the 12 due: 7 adopts, 6 does not.
    t.ok({{"do", "deliberate"}, {"meeting", "m"}, {"topic", "a"}, {"by", "show_of_hands"}, {"approve", 6}, {"oppose", 3}});
    t.ok({{"do", "deliberate"}, {"meeting", "m"}, {"topic", "b"}, {"by", "show_of_hands"}, {"approve", 7}, {"abstain", 2}});
    CHECK(t.ws.state().meeting("m")->topic("a")->outcome == "rejected");
    CHECK(t.ws.state().meeting("m")->topic("b")->outcome == "adopted");
    CHECK(t.refusal({{"do", "duty_report"}, {"meeting", "m"}, {"person", "p12"}, {"form", "oral"}}).find("不在场") != std::string::npos);
    t.ok({{"do", "duty_report"}, {"meeting", "m"}, {"person", "p12"}, {"form", "written"}});
    t.ok({{"do", "feedback"}, {"meeting", "m"}, {"topic", "b"}, {"feedback", "已通过，请提议执委牵头落实"}, {"date", "2025-06-05"}});
    t.ok({{"do", "close_meeting"}, {"meeting", "m"}});
    CHECK(t.refusal({{"do", "add_topic"}, {"meeting", "m"}, {"topic", {{"id", "d"}, {"title", "丁"}, {"source", "chair"}}}})
              .find("结束") != std::string::npos);
}

TEST_CASE("register - an executive meeting is due every half year")
{
    // RULE: Executive meetings
    Term t;
    CHECK(executiveMeetingCadence(t.ws.state(), "2025-12-01").last.empty());
    t.meeting("m1", "2025-01-31", {});
    const MeetingCadence c = executiveMeetingCadence(t.ws.state(), "2025-07-28");
    CHECK(c.last == "2025-01-31");
    CHECK(c.due == "2025-07-28");
    CHECK_FALSE(c.overdue);
    CHECK(executiveMeetingCadence(t.ws.state(), "2025-07-29").overdue);
    CHECK(addMonths("2025-09-15", 6) == "2026-03-15");
    CHECK(addMonths("2025-06-30", 6) == "2025-12-28");
}
