// run: plays a scenario file and writes result.json, the workspace and its journal.
#include "cli.hpp"
#include "errors.hpp"
#include "file_io.hpp"
#include "document_set.hpp"
#include "register_json.hpp"
#include "scenario.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace hx::cli {

namespace fs = std::filesystem;

Json readJsonFile(const std::string& path)
{
    try {
        return Json::parse(readWholeFile(path));
    } catch (const Json::parse_error& e) {
        throw InputError({"不是有效的 JSON 文件：" + path + "（" + e.what() + "）",
                          "not a valid JSON file: " + path + " (" + e.what() + ")"});
    }
}

void writeTextFile(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush())
        throw FileError({"无法写入 " + path, "cannot write " + path});
}

namespace {

// The run's own documents folder is replaced only once the new set is complete.
template <class Write>
void replaceWith(const std::string& out, Write write)
{
    const std::string fresh = out + ".new";
    fs::remove_all(fresh);
    write(fresh);
    fs::remove_all(out);
    fs::rename(fresh, out);
}

// Each meeting's documents, signed with a rehearsal identity kept in DIR:
// DIR/documents/ for one meeting, DIR/documents/<meeting>/ for several.
void writeScenarioDocuments(const std::string& workspace, const std::vector<std::string>& meetings, const std::string& dir)
{
    Workspace ws = Workspace::open(workspace, nowIso);
    requireIntactJournal(ws);
    const auto events = ws.journal().readAll();
    const std::string issued = events.empty() ? nowIso() : events.back().at;
    const std::string fed = ws.state().federation ? ws.state().federation->name : "";
    const Identity id = rehearsalIdentity(dir, fed, issued);
    for (const auto& m : meetings) {
        if (!ws.state().meeting(m))
            continue;
        const std::string out = meetings.size() == 1 ? dir + "/documents" : dir + "/documents/" + m;
        replaceWith(out, [&](const std::string& fresh) { (void)writeDocuments(ws.state(), m, ws.journal().head(), ws.journal().length(), issued, id, fresh); });
    }
    if (!ws.state().executives.empty() && meetings.size() > 1) {
        const std::string out = dir + "/documents/register";
        replaceWith(out, [&](const std::string& fresh) {
            (void)writeRegisterDocuments(ws.state(), ws.journal().head(), ws.journal().length(), issued, latestDate(ws.state()), id, fresh);
        });
    }
}

} // namespace

int cmdRun(const Context& c, const Args& a)
{
    if (a.words.size() != 1 || !a.has("out"))
        throw InputError({"用法：huixuan-cli run 场景.json --out 目录", "usage: huixuan-cli run SCENARIO.json --out DIR"});
    const Json scenario = readJsonFile(a.words[0]);
    checkScenario(scenario); // bad input changes nothing: checked before DIR is touched
    const fs::path dir = a.get("out");
    fs::create_directories(dir);
    const fs::path ws = dir / "workspace.huixuan";
    // Played into a new file first: a scenario that fails half-way (a field of the wrong
    // type, say) leaves the previous run's workspace as it was.
    const fs::path fresh = dir / "workspace.huixuan.new";
    auto removeWorkspace = [](const fs::path& p) {
        for (const char* suffix : {"", "-wal", "-shm", ".lock"})
            fs::remove(p.string() + suffix);
    };
    removeWorkspace(fresh);
    ScenarioRun run;
    try {
        run = runScenario(scenario, fresh.string());
    } catch (...) {
        removeWorkspace(fresh);
        throw;
    }
    removeWorkspace(ws);
    fs::rename(fresh, ws);
    fs::remove(fresh.string() + ".lock");
    for (const char* f : {"rehearsal.key.pem", "rehearsal.cert.pem"})
        fs::remove(dir / f);
    writeTextFile((dir / "result.json").string(), run.result);
    writeScenarioDocuments(ws.string(), run.meetings, dir.string());
    for (const auto& r : run.refusals)
        c.err << refusalLine(r, c.lang) << "\n";
    c.out << c.say({"结果：" + (dir / "result.json").string() + "\n工作区与日志：" + ws.string() + "\n文件：" + (dir / "documents").string(),
                    "result: " + (dir / "result.json").string() + "\nworkspace and journal: " + ws.string() + "\ndocuments: " + (dir / "documents").string()})
          << "\n";
    return run.refusals.empty() ? 0 : 1;
}

} // namespace hx::cli
