// Property tests over random meetings: the tallies always add up, and
// replaying the journal reproduces result.json byte for byte.
#include "result_json.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace hx;
using namespace hx::test;

namespace {

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"};
const char* const kGiven[] = {"芳", "娜", "敏", "静", "丽", "艳", "红", "霞", "玲", "梅", "燕", "萍", "秀英", "桂兰", "丽华", "雪"};

struct RandomMeeting {
    std::mt19937 rng;
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    std::vector<std::string> candidates;

    explicit RandomMeeting(unsigned seed) : rng(seed) {}

    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    void ok(Json cmd)
    {
        cmd["meeting"] = "m";
        Verdict v = ws.execute(cmd);
        INFO(cmd.dump() << " → " << v.refusal.zh);
        REQUIRE(v.accepted());
    }

    Json ballot(const Round& r)
    {
        if (pick(0, 30) == 0)
            return {{"count", 1}, {"void", true}, {"reason", "无法辨认"}};
        Json b = {{"count", pick(1, 3)}, {"approve", Json::array()}, {"oppose", Json::array()}, {"write_ins", Json::array()}};
        for (const auto& c : r.candidates) {
            const int x = pick(0, 99);
            if (x < 55)
                b["approve"].push_back(c);
            else if (x < 70)
                b["oppose"].push_back(c);
        }
        if (pick(0, 8) == 0)
            b["write_ins"].push_back({{"name", "另选" + std::to_string(pick(1, 3))}, {"mark", pick(0, 3) ? "approve" : "none"}});
        return b;
    }

    void vote(const Meeting& m, const std::string& contest)
    {
        const Round& r = m.contest(contest)->current();
        const long long present = static_cast<long long>(m.present.size());
        ok({{"do", "issue_ballots"}, {"contest", contest}, {"count", present}});
        if (pick(0, 12) == 0) {
            ok({{"do", "return_ballots"}, {"contest", contest}, {"count", present + 1}});
            return;
        }
        ok({{"do", "return_ballots"}, {"contest", contest}, {"count", present}});
        long long left = present;
        Json groups = Json::array();
        while (left > 0) {
            Json b = ballot(r);
            b["count"] = std::min<long long>(b["count"].get<long long>(), left);
            left -= b["count"].get<long long>();
            groups.push_back(b);
        }
        ok({{"do", "ballots"}, {"contest", contest}, {"ballots", groups}});
        ok({{"do", "close_count"}, {"contest", contest}, {"signed_by", {m.scrutineers.chief}}});
    }

    void play()
    {
        const int expected = pick(8, 80), seats = pick(1, std::min(12, expected / 3));
        const int nCandidates = seats + pick(1, 3);
        const int present = pick(expected * 2 / 3 + 1, expected);
        Json people = Json::array();
        for (int i = 0; i < expected; ++i) {
            const std::string name = std::string(kSurnames[pick(0, 15)]) + kGiven[pick(0, 15)] + (i % 3 ? kGiven[pick(0, 15)] : "");
            const std::string id = "d" + std::to_string(i);
            REQUIRE(ws.execute({{"do", "add_person"}, {"person", {{"id", id}, {"name", name}}}}).accepted());
            people.push_back(id);
            if (i < nCandidates)
                candidates.push_back(id);
        }
        REQUIRE(ws.execute({{"do", "create_meeting"},
                            {"meeting", {{"id", "m"}, {"kind", "founding_congress"}, {"expected", people},
                                         {"method", {{"tie", pick(0, 1) ? "revote" : "fewer_oppose_then_revote"}}}}}})
                    .accepted());
        Json here = Json::array();
        for (int i = expected - present; i < expected; ++i)
            here.push_back(people[static_cast<size_t>(i)]);
        ok({{"do", "check_in"}, {"people", here}});
        ok({{"do", "complete"}, {"item", "announce_approval"}});
        ok({{"do", "complete"}, {"item", "preparatory_report"}});
        ok({{"do", "adopt"}, {"item", "election_method"}});
        ok({{"do", "adopt_scrutineers"}, {"chief", people[static_cast<size_t>(expected - 1)]}, {"scrutineers", Json::array()},
            {"tellers", {{{"name", "工作人员"}, {"staff", true}}}}});
        ok({{"do", "open_contest"}, {"contest", "executives"}, {"office", "executive"}, {"seats", seats}, {"candidates", candidates}});
        const Meeting& m = *ws.state().meeting("m");
        vote(m, "executives");
        for (int round = 0; round < 6 && !m.contests[0].concluded; ++round) {
            ok({{"do", "open_round"}, {"contest", "executives"}});
            vote(m, "executives");
        }
        if (m.contests[0].concluded)
            ok({{"do", "announce"}, {"contest", "executives"}});
    }
};

} // namespace

TEST_CASE("random meetings - tallies add up and the journal replays to the same bytes")
{
    for (unsigned seed = 1; seed <= 60; ++seed) {
        INFO("seed " << seed);
        RandomMeeting rm(seed);
        rm.play();
        const Meeting& m = *rm.ws.state().meeting("m");
        for (const auto& r : m.contests[0].rounds) {
            REQUIRE(r.returned);
            if (r.outcome == "void") {
                CHECK(*r.returned > *r.issued);
                continue;
            }
            // approve + oppose + abstain = valid, for every candidate
            for (const auto& t : r.tallies)
                CHECK(t.approve + t.oppose + t.abstain == r.valid);
            // valid + void = returned
            CHECK(r.valid + r.voided == *r.returned);
            CHECK(static_cast<long long>(r.elected.size()) <= r.seats);
        }
        CHECK(static_cast<int>(m.contests[0].elected.size()) <= m.contests[0].seats);
        const std::string before = resultText(resultJson(rm.ws.state(), {"m"}, {}, rm.ws.journal().head()));
        Workspace again = Workspace::open(rm.dir.path("w.huixuan"), fixedClock);
        CHECK(resultText(resultJson(again.state(), {"m"}, {}, again.journal().head())) == before);
    }
}
