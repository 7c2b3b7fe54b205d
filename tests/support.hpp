#pragma once
// Helpers shared by the tests: a temporary directory removed afterwards, a
// fixed clock, running the CLI, reading and writing files.
#include "workspace.hpp"

#include <string>

namespace hx::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string path(const std::string& name) const { return m_dir + "/" + name; }
    const std::string& dir() const { return m_dir; }

private:
    std::string m_dir;
};

inline std::string fixedClock()
{
    return "2026-12-01T09:00:00+08:00";
}

// A workspace with a federation, created in the directory.
Workspace newWorkspace(const TempDir& dir, const std::string& name = "w.huixuan");

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& bytes);

struct RunResult {
    int status;
    std::string out;
    std::string err;
};
// Runs huixuan-cli with the arguments (shell-quoted here) under the given LANG.
RunResult runCli(const std::string& args, const std::string& lang = "zh_CN.UTF-8");

// Runs a shell command; its standard output, and its exit status in `status`.
std::string capture(const std::string& command, int* status = nullptr);

// The write-ins fixture's meeting (10 present, 2 seats, 丁一 于二 马三; 10 ballots
// issued and returned) written to `path` with `entered` ballots entered
// (each approving 丁一) and the count still open; returns `path`.
std::string meetingAtTheDesk(const std::string& path, int entered);

// Changes a stored row behind the engine's back, as someone with the sqlite3 shell would.
void tamper(const std::string& workspacePath, const std::string& sql);

} // namespace hx::test
