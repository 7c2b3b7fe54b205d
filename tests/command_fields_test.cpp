// Every field of every command, given with the wrong type, is refused by a
// checked accessor that names the field: none reaches the JSON library.
// The commands are those of the bundled scenarios and the fixtures, played
// step by step; before each step, each of its fields in turn (nested ones
// too) is replaced by a value of another type and decided on the same state.
#include "command.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

using namespace hx;
using namespace hx::test;

namespace {

// A value of another type than the one given.
Json wrongType(const Json& v)
{
    if (v.is_string())
        return 5;
    if (v.is_number() || v.is_boolean())
        return "5";
    return "x";
}

// Each variant of the command with one node, at any depth, of the wrong type.
void variants(const Json& node, const std::function<void(Json)>& replace)
{
    replace(wrongType(node));
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string key = it.key();
            variants(*it, [&](Json v) { Json n = node; n[key] = std::move(v); replace(std::move(n)); });
        }
    } else if (node.is_array() && !node.empty()) {
        variants(node[0], [&](Json v) { Json n = node; n[0] = std::move(v); replace(std::move(n)); });
    }
}

std::vector<Json> mistyped(const Json& cmd)
{
    std::vector<Json> out;
    for (auto it = cmd.begin(); it != cmd.end(); ++it) {
        if (it.key() == "do")
            continue;
        const std::string key = it.key();
        variants(*it, [&](Json v) { Json c = cmd; c[key] = std::move(v); out.push_back(std::move(c)); });
    }
    return out;
}

struct Player {
    Workspace& ws;
    int decided = 0;
    std::vector<std::string> refused; // the real steps refused, with why

    void step(Json cmd)
    {
        for (const Json& bad : mistyped(cmd)) {
            const Decision d = decide(ws.state(), bad);
            ++decided;
            INFO(bad.dump());
            INFO(d.refusal.zh);
            CHECK(d.refused());
            CHECK(d.refusal.zh.find("命令字段类型不对") == std::string::npos);
        }
        if (Verdict v = ws.execute(cmd); !v.accepted())
            refused.push_back(cmd.dump() + " → " + v.refusal.zh);
    }

    void play(const std::string& meeting, const Json& steps)
    {
        for (Json cmd : steps) {
            cmd["meeting"] = meeting;
            const Json inner = cmd.contains("steps") ? cmd["steps"] : Json::array();
            cmd.erase("steps");
            step(cmd);
            if (cmd["do"] == "first_plenary") {
                play(ws.state().meeting(meeting)->plenary, inner);
                step({{"do", "close_first_plenary"}, {"meeting", meeting}});
            }
        }
    }

    void run(const Json& s)
    {
        step({{"do", "create_federation"}, {"federation", s["federation"]}});
        step({{"do", "import_roster"}, {"source", "scenario"}, {"add", s["people"]}, {"update", Json::array()}});
        for (const Json& m : s["meetings"]) {
            if (m.value("kind", "") == "register") {
                for (const Json& cmd : m["steps"])
                    step(cmd);
                continue;
            }
            Json def = m;
            def.erase("steps");
            step({{"do", "create_meeting"}, {"meeting", def}});
            play(m["id"], m["steps"]);
        }
    }
};

} // namespace

TEST_CASE("a command field of the wrong type is refused by name, at any depth, in every verb the scenarios use")
{
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(HX_SOURCE_DIR) + "/assets/scenarios"))
        files.push_back(e.path());
    for (const auto& e : std::filesystem::directory_iterator(std::string(HX_SOURCE_DIR) + "/tests/fixtures"))
        files.push_back(e.path() / "scenario.json");
    int decided = 0;
    for (const auto& file : files) {
        INFO(file);
        TempDir dir;
        Workspace ws = Workspace::create(dir.path("w.huixuan"), fixedClock);
        Player p{ws, 0, {}};
        const Json s = Json::parse(readFile(file));
        p.run(s);
        decided += p.decided;
    }
    CHECK(decided > 2000);
}

// The void-election fixture up to its scrutineers, then these steps, then a register meeting.
Json congressWith(const char* steps)
{
    Json s = Json::parse(readFile(std::string(HX_SOURCE_DIR) + "/tests/fixtures/void-election/scenario.json"));
    Json& all = s["meetings"][0]["steps"];
    all.erase(all.begin() + 5, all.end());
    const Json open = Json::parse(R"([
      {"do": "open_contest", "contest": "executives", "office": "executive", "seats": 2,
       "candidates": ["a01", "a02", "a03"], "voting": "secret_ballot"},
      {"do": "set_order", "contest": "executives", "order": ["a03", "a02", "a01"], "decided_by": "a05"},
      {"do": "issue_ballots", "contest": "executives", "count": 10},
      {"do": "correct_figure", "contest": "executives", "figure": "issued", "count": 9, "reason": "点错"},
      {"do": "correct_figure", "contest": "executives", "figure": "issued", "count": 10, "reason": "复核"},
      {"do": "return_ballots", "contest": "executives", "count": 10}
    ])");
    const Json more = Json::parse(steps);
    all.insert(all.end(), open.begin(), open.end());
    all.insert(all.end(), more.begin(), more.end());
    s["meetings"].push_back(Json::parse(R"({"id": "roster", "kind": "register", "steps": [
      {"do": "add_person", "person": {"id": "a11", "name": "钱十一", "sex": "女", "phone": "13800000000"}},
      {"do": "update_person", "person": {"id": "a11", "name": "钱十一", "sex": "女", "phone": "13900000000"}},
      {"do": "remove_person", "person": "a11", "reason": "录重"}
    ]})"));
    return s;
}

// Plays the scenario, every real step accepted; returns the executives' valid ballots.
long long playAccepted(const Json& s)
{
    TempDir dir;
    Workspace ws = Workspace::create(dir.path("w.huixuan"), fixedClock);
    Player p{ws, 0, {}};
    p.run(s);
    CHECK(p.refused == std::vector<std::string>{});
    CHECK(p.decided > 100);
    CHECK_FALSE(ws.state().roster.find("a11"));
    return ws.state().meeting("congress")->contests[0].current().valid;
}

TEST_CASE("a command field of the wrong type is refused by name in the verbs of the desk, the corrections and the roster")
{
    CHECK(playAccepted(congressWith(R"([
      {"do": "ballot", "contest": "executives", "approve": ["a01"], "oppose": ["a02"],
       "write_ins": [{"name": "赵丽", "mark": "approve"}]},
      {"do": "withdraw_ballot", "contest": "executives", "reason": "录错"},
      {"do": "ballot", "contest": "executives", "approve": ["a01"]},
      {"do": "correct_ballot", "contest": "executives", "index": 1, "reason": "看错",
       "ballot": {"approve": ["a02"], "oppose": ["a03"]}},
      {"do": "withdraw_check_in", "people": ["a10"], "reason": "误签"}
    ])")) == 1);
    CHECK(playAccepted(congressWith(R"([
      {"do": "correct_figure", "contest": "executives", "figure": "returned", "count": 1, "reason": "复核"},
      {"do": "entry_ballot", "contest": "executives", "teller": "A", "approve": ["a01"]},
      {"do": "entry_undo", "contest": "executives", "teller": "A"},
      {"do": "entry_ballot", "contest": "executives", "teller": "A", "approve": ["a01"]},
      {"do": "entry_ballot", "contest": "executives", "teller": "B", "approve": ["a02"]},
      {"do": "entry_settle", "contest": "executives", "index": 0, "approve": ["a01"], "decided_by": "a06"},
      {"do": "entry_commit", "contest": "executives"}
    ])")) == 1);
    CHECK(playAccepted(congressWith(R"([
      {"do": "correct_figure", "contest": "executives", "figure": "returned", "count": 2, "reason": "复核"},
      {"do": "scan_record", "contest": "executives", "ballots": [{"sheets": [{"image": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "page": 1}], "set_aside": "no_code"}]},
      {"do": "scan_undo", "contest": "executives", "reason": "顺序乱了"},
      {"do": "scan_record", "contest": "executives", "ballots": [
        {"sheets": [{"image": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "page": 1}], "marks": {"a01": "unclear", "a02": "oppose", "a03": "blank"},
         "write_ins": [{"index": 0, "name_written": true, "mark": "approve"}]},
        {"sheets": [{"image": "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "page": 2}], "set_aside": "no_code"}]},
      {"do": "scan_decide", "contest": "executives", "ballot": 1, "candidate": "a01", "mark": "approve", "decided_by": "a06"},
      {"do": "scan_transcribe", "contest": "executives", "ballot": 1, "write_in": 0, "name": "赵丽", "by": "工作人员甲"},
      {"do": "scan_decide", "contest": "executives", "ballot": 2, "approve": ["a01"], "decided_by": "a05"},
      {"do": "entry_ballot", "contest": "executives", "teller": "A", "approve": ["a01"], "oppose": ["a02"],
       "write_ins": [{"name": "赵丽", "mark": "approve"}]},
      {"do": "entry_ballot", "contest": "executives", "teller": "A", "approve": ["a01"]},
      {"do": "entry_commit", "contest": "executives"}
    ])")) == 2);
}
