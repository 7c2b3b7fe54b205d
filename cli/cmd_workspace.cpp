// init, verify and log: the workspace file and its journal.
#include "cli.hpp"
#include "errors.hpp"
#include "result_json.hpp"
#include "workspace.hpp"

#include <filesystem>
#include <iostream>

namespace hx::cli {

namespace {

const std::string& oneFile(const Args& a, const char* what)
{
    if (a.words.size() != 1)
        throw InputError({std::string("需要一个文件参数：") + what + "（见 --help）",
                          std::string("expected one file argument: ") + what + " (see --help)"});
    return a.words[0];
}

} // namespace

int cmdInit(const Context& c, const Args& a)
{
    const std::string& path = oneFile(a, "文件.huixuan");
    Json fed = {{"name", a.get("name")}, {"kind", a.get("kind")},
                {"party_organisation", a.get("party-org")}, {"upper_federation", a.get("upper")}};
    if (Text problem = checkFederation(federationFromJson(fed)); !problem.empty()) {
        c.err << c.say(problem) << "\n";
        return 1;
    }
    if (std::filesystem::exists(path))
        throw FileError({"文件已存在：" + path, "the file exists already: " + path});
    if (!a.has("no-key"))
        createSigningKey(c, a, path, a.get("name"));
    Workspace ws = Workspace::create(path, nowIso);
    Verdict v = ws.execute({{"do", "create_federation"}, {"federation", fed}});
    if (!v.accepted()) {
        c.err << c.say(v.refusal) << "\n";
        return 1;
    }
    c.out << c.say({"已建立工作区 " + path + "：" + a.get("name"),
                    "created workspace " + path + ": " + a.get("name")})
          << "\n";
    return 0;
}

int cmdResult(const Context& c, const Args& a)
{
    const std::string& path = oneFile(a, "文件.huixuan");
    Workspace ws = Workspace::openReadOnly(path);
    c.out << resultText(resultJson(ws.state(), topLevelMeetings(ws.state()), {}, ws.journal().head()));
    return 0;
}

int cmdLog(const Context& c, const Args& a)
{
    const std::string& path = oneFile(a, "文件.huixuan");
    Database db(path, Database::Mode::ReadOnly);
    requireWorkspaceFormat(db);
    for (const Event& e : Journal(db).readAll()) {
        if (a.has("json")) {
            c.out << canonical({{"seq", e.seq}, {"at", e.at}, {"type", e.type}, {"data", e.data},
                                {"prev_hash", e.prevHash}, {"hash", e.hash}})
                  << "\n";
        } else {
            c.out << e.seq << "  " << e.at << "  " << e.hash.substr(0, 12) << "  " << e.type << "  "
                  << canonical(e.data).substr(0, 160) << "\n";
        }
    }
    return 0;
}

} // namespace hx::cli
