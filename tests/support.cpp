#include "support.hpp"

#include "scenario.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace hx::test {

TempDir::TempDir()
{
    std::string tmpl = (std::filesystem::temp_directory_path() / "huixuan-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data()))
        throw std::runtime_error("mkdtemp failed");
    m_dir = tmpl;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

Workspace newWorkspace(const TempDir& dir, const std::string& name)
{
    Workspace ws = Workspace::create(dir.path(name), fixedClock);
    Verdict v = ws.execute({{"do", "create_federation"},
                            {"federation",
                             {{"name", "星光社区妇女联合会"}, {"kind", "community"},
                              {"party_organisation", "中共星光社区委员会"},
                              {"upper_federation", "石油路街道妇女联合会"}}}});
    if (!v.accepted())
        throw std::runtime_error("create_federation refused: " + v.refusal.en);
    return ws;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

RunResult runCli(const std::string& args, const std::string& lang)
{
    TempDir tmp;
    const std::string cmd = "HUIXUAN_PASSPHRASE=test-passphrase LC_ALL= LC_MESSAGES= LANG=" + lang + " " + HX_CLI + " " + args + " >"
                            + tmp.path("out") + " 2>" + tmp.path("err");
    const int rc = std::system(cmd.c_str());
    return {WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, readFile(tmp.path("out")), readFile(tmp.path("err"))};
}

std::string meetingAtTheDesk(const std::string& path, int entered)
{
    Json s = Json::parse(readFile(std::string(HX_SOURCE_DIR) + "/tests/fixtures/write-ins-overvotes/scenario.json"));
    Json& steps = s["meetings"][0]["steps"];
    for (auto& step : steps)
        if (step["do"] == "ballots")
            step["ballots"] = Json::array({{{"count", entered}, {"approve", {"a01"}}}});
    steps.erase(steps.end() - 1); // no close_count
    if (entered == 0)
        steps.erase(steps.end() - 1); // no ballots step either
    if (!runScenario(s, path).refusals.empty())
        throw std::runtime_error("the desk meeting was refused");
    return path;
}

void tamper(const std::string& workspacePath, const std::string& sql)
{
    Database db(workspacePath, Database::Mode::OpenExisting);
    db.exec("DROP TRIGGER IF EXISTS events_append_only_update");
    db.exec("DROP TRIGGER IF EXISTS events_append_only_delete");
    db.exec(sql);
}

} // namespace hx::test

namespace hx::test {

std::string capture(const std::string& command, int* status)
{
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("popen failed: " + command);
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;)
        out.append(buf, n);
    const int rc = pclose(pipe);
    if (status)
        *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    return out;
}

} // namespace hx::test
