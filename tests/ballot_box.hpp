#pragma once
// A workspace at the ballot box, for the desk's and the scan's tests: eight
// present of eight (c1…c8), c8 chief scrutineer, c7 scrutineer, the given
// tellers, a standing-committee contest "s" of three seats with candidates
// c1…c3, four ballots issued and returned.
#include "support.hpp"

#include <catch2/catch.hpp>

namespace hx::test {

struct BallotBox {
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    explicit BallotBox(const Json& method = Json::object(), const Json& tellers = Json::array())
    {
        const char* names[] = {"王芳", "李娜", "张敏", "刘静", "陈丽", "杨艳", "黄红", "赵霞"};
        Json ids = Json::array();
        for (int i = 0; i < 8; ++i) {
            const std::string id = "c" + std::to_string(i + 1);
            REQUIRE(ws.execute({{"do", "add_person"}, {"person", {{"id", id}, {"name", names[i]}}}}).accepted());
            ids.push_back(id);
        }
        REQUIRE(ws.execute({{"do", "create_meeting"}, {"meeting", {{"id", "m"}, {"kind", "executive_meeting"}, {"expected", ids}, {"method", method}}}})
                    .accepted());
        ok({{"do", "check_in"}, {"people", ids}});
        ok({{"do", "adopt"}, {"item", "election_method"}});
        ok({{"do", "adopt_scrutineers"}, {"chief", "c8"}, {"scrutineers", {"c7"}}, {"tellers", tellers}});
        ok({{"do", "open_contest"}, {"contest", "s"}, {"office", "standing"}, {"seats", 3}, {"candidates", {"c1", "c2", "c3"}}});
        ok({{"do", "issue_ballots"}, {"contest", "s"}, {"count", 4}});
        ok({{"do", "return_ballots"}, {"contest", "s"}, {"count", 4}});
    }
    // The command about contest "s" of meeting "m".
    Verdict run(Json c)
    {
        c["meeting"] = "m";
        if (!c.contains("contest"))
            c["contest"] = "s";
        return ws.execute(c);
    }
    void ok(Json c)
    {
        Verdict v = run(c);
        INFO(c.dump() << " → " << v.refusal.zh);
        REQUIRE(v.accepted());
    }
    std::string refusal(Json c) { return run(std::move(c)).refusal.zh; }
    const Round& round() const { return ws.state().meeting("m")->contests[0].current(); }
};

} // namespace hx::test
