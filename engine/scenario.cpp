#include "scenario.hpp"

#include "errors.hpp"

#include <memory>

namespace hx {

namespace {

[[noreturn]] void badScenario(const std::string& zh, const std::string& en)
{
    throw InputError({"场景文件格式不对：" + zh, "malformed scenario file: " + en});
}

// A text field of the scenario: absent gives the fallback, another type is refused.
std::string text(const Json& j, const char* key, const std::string& fallback)
{
    auto it = j.find(key);
    if (it == j.end())
        return fallback;
    if (!it->is_string())
        badScenario(std::string(key) + " 应为文字", std::string(key) + " must be text");
    return it->get<std::string>();
}

// Every step is an object; a first plenary's own steps are a list of such.
void checkSteps(const Json& steps)
{
    if (!steps.is_array())
        badScenario("steps 应为列表", "steps must be a list");
    for (const Json& step : steps) {
        if (!step.is_object())
            badScenario("每一步应为一条命令（对象）", "every step is a command object");
        if (step.contains("steps"))
            checkSteps(step["steps"]);
    }
}

struct Player {
    Workspace& ws;
    std::shared_ptr<std::string> clock;
    ScenarioRun run;

    // Plays steps into meeting `id`; false after the first refusal.
    bool play(const std::string& id, const Json& steps)
    {
        int n = 0;
        for (const Json& step : steps) {
            ++n;
            Json cmd = step;
            cmd["meeting"] = id;
            if (text(cmd, "do", "") == "first_plenary") {
                cmd.erase("steps");
                if (!execute(id, n, cmd) || !playPlenary(id, step.contains("steps") ? step["steps"] : Json::array()))
                    return false;
                if (!execute(id, n, {{"do", "close_first_plenary"}, {"meeting", id}}))
                    return false;
                continue;
            }
            if (!execute(id, n, cmd))
                return false;
        }
        return true;
    }

    // Register entries: steps between meetings, each at its own date.
    void playRegister(const std::string& id, const Json& steps)
    {
        int n = 0;
        for (const Json& step : steps) {
            if (step.contains("date") && step["date"].is_string())
                *clock = step["date"].get<std::string>() + "T09:00:00+08:00";
            if (!execute(id, ++n, step))
                return;
        }
    }

    bool playPlenary(const std::string& congress, const Json& steps)
    {
        return play(ws.state().meeting(congress)->plenary, steps);
    }

    bool execute(const std::string& meeting, int step, const Json& cmd)
    {
        Verdict v = ws.execute(cmd);
        if (!v.accepted())
            run.refusals.push_back({meeting, step, v.refusal});
        return v.accepted();
    }
};

} // namespace

void checkScenario(const Json& s)
{
    if (!s.is_object() || text(s, "format", "") != "huixuan-scenario/1")
        badScenario("format 应为 huixuan-scenario/1", "format must be huixuan-scenario/1");
    if (!s.contains("federation") || !s["federation"].is_object())
        badScenario("缺少 federation", "federation is missing");
    if (!s.contains("people") || !s["people"].is_array())
        badScenario("缺少 people 列表", "the people list is missing");
    if (!s.contains("meetings") || !s["meetings"].is_array())
        badScenario("缺少 meetings 列表", "the meetings list is missing");
    for (const auto& m : s["meetings"]) {
        if (!m.is_object() || !m.contains("id") || !m["id"].is_string() || !m.contains("steps"))
            badScenario("每个会议须有 id 和 steps", "every meeting needs an id and steps");
        text(m, "date", "");
        text(m, "kind", "");
        checkSteps(m["steps"]);
    }
}

ScenarioRun runScenario(const Json& s, const std::string& workspacePath)
{
    checkScenario(s);
    auto clock = std::make_shared<std::string>("2000-01-01T09:00:00+08:00");
    Workspace ws = Workspace::create(workspacePath, [clock] { return *clock; });
    Player p{ws, clock, {}};
    auto setup = [&](const Json& cmd) {
        if (Verdict v = ws.execute(cmd); !v.accepted())
            throw InputError({"场景文件中的" + v.refusal.zh, "in the scenario file: " + v.refusal.en});
    };
    setup({{"do", "create_federation"}, {"federation", s["federation"]}});
    if (!s["people"].empty())
        setup({{"do", "import_roster"}, {"source", "scenario"}, {"add", s["people"]}, {"update", Json::array()}});
    for (const auto& m : s["meetings"]) {
        const std::string id = m["id"];
        *clock = text(m, "date", "2000-01-01") + "T09:00:00+08:00";
        p.run.meetings.push_back(id);
        if (text(m, "kind", "") == "register") {
            p.playRegister(id, m["steps"]);
            continue;
        }
        Json def = m;
        def.erase("steps");
        if (!p.execute(id, 0, {{"do", "create_meeting"}, {"meeting", def}}))
            continue;
        p.play(id, m["steps"]);
    }
    p.run.head = ws.journal().head();
    p.run.result = resultText(resultJson(ws.state(), p.run.meetings, p.run.refusals, p.run.head));
    return p.run;
}

std::string refusalLine(const StepRefusal& r, Lang lang)
{
    std::string where = r.meeting;
    if (const auto slash = where.find('/'); slash != std::string::npos)
        where = where.substr(0, slash) + " " + where.substr(slash + 1);
    return where + " step " + std::to_string(r.step) + ": " + r.reason.in(lang);
}

} // namespace hx
