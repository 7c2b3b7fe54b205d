// One writer at a time, deciding on the truth: commands from several
// processes at once (huixuan-cli do, as a console beside a CLI would) are
// each decided on the journal as it stands inside their own write, so the
// record stays possible.
#include "errors.hpp"
#include "writer_lock.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>
#include <thread>

using namespace hx;
using namespace hx::test;

namespace {

// Runs the same command from `n` processes started together; their exit codes.
std::vector<int> inParallel(const std::string& ws, const std::string& command, int n, const TempDir& dir)
{
    writeFile(dir.path("cmd.json"), command);
    std::string script = "pids=; for i in $(seq " + std::to_string(n) + "); do (" + std::string(HX_CLI) + " do " + ws
                         + " \"$(cat " + dir.path("cmd.json") + ")\" >/dev/null 2>&1; echo $? > " + dir.path("rc.") + "$i) & done; wait";
    capture("bash -c '" + script + "'");
    std::vector<int> codes;
    for (int i = 1; i <= n; ++i)
        codes.push_back(std::stoi(readFile(dir.path("rc." + std::to_string(i)))));
    return codes;
}

int count(const std::vector<int>& v, int x)
{
    return static_cast<int>(std::count(v.begin(), v.end(), x));
}

} // namespace

TEST_CASE("eight writers at once cannot enter more ballots than were returned")
{
    TempDir dir;
    const std::string ws = meetingAtTheDesk(dir.path("w.huixuan"), 9);
    const auto codes = inParallel(ws, R"({"do":"ballot","meeting":"congress","contest":"executives","approve":["a02"]})", 8, dir);
    CHECK(count(codes, 0) == 1);
    CHECK(count(codes, 1) == 7);
    Workspace w = Workspace::open(ws, fixedClock);
    CHECK(w.journal().verify().ok);
    const Round& r = w.state().meeting("congress")->contest("executives")->current();
    long long entered = 0;
    for (const auto& g : r.entries)
        entered += g.count;
    CHECK(entered == 10);
}

TEST_CASE("parallel closes of the count leave one close for the round")
{
    TempDir dir;
    const std::string ws = meetingAtTheDesk(dir.path("w.huixuan"), 10);
    const auto codes = inParallel(ws, R"({"do":"close_count","meeting":"congress","contest":"executives","signed_by":["a05","a06"]})", 6, dir);
    CHECK(count(codes, 0) == 1);
    Workspace w = Workspace::open(ws, fixedClock);
    int closes = 0;
    for (const Event& e : w.journal().readAll())
        closes += e.type == "count_closed";
    CHECK(closes == 1);
}

TEST_CASE("a workspace left open decides on what another process wrote since")
{
    TempDir dir;
    const std::string ws = meetingAtTheDesk(dir.path("w.huixuan"), 9);
    Workspace console = Workspace::open(ws, fixedClock); // opened before the CLI writes
    REQUIRE(runCli("do " + ws + R"( '{"do":"ballot","meeting":"congress","contest":"executives","approve":["a02"]}')").status == 0);
    const Verdict late = console.execute(Json::parse(R"({"do":"ballot","meeting":"congress","contest":"executives","approve":["a03"]})"));
    CHECK_FALSE(late.accepted());
    CHECK(console.applied() == Workspace::open(ws, fixedClock).applied());
    // refresh() takes in another process's events without writing.
    Workspace reader = Workspace::open(ws, fixedClock);
    REQUIRE(runCli("do " + ws + R"( '{"do":"close_count","meeting":"congress","contest":"executives","signed_by":["a05","a06"]}')").status == 0);
    CHECK(reader.refresh());
    CHECK_FALSE(reader.refresh());
}

TEST_CASE("a writer kept waiting is told who holds the workspace")
{
    TempDir dir;
    const std::string ws = meetingAtTheDesk(dir.path("w.huixuan"), 9);
    WriterLockFile held(ws);
    held.acquire(std::chrono::milliseconds(0));
    const std::string holder = readFile(ws + ".lock");
    CHECK(holder.find(std::to_string(::getpid())) != std::string::npos);
    WriterLockFile other(ws);
    try {
        other.acquire(std::chrono::milliseconds(50));
        FAIL("the lock was taken twice");
    } catch (const FileError& e) {
        CHECK(e.text().in(Lang::zh).find("工作区正由另一个程序写入（concurrency_tes") == 0);
        CHECK(e.text().in(Lang::zh).find("进程号 " + std::to_string(::getpid())) != std::string::npos);
    }
    held.release();
    other.acquire(std::chrono::milliseconds(0));
}

TEST_CASE("what a workspace writes after taking in another process's events is on disk for everyone")
{
    TempDir dir;
    const std::string ws = meetingAtTheDesk(dir.path("w.huixuan"), 5);
    Workspace console = Workspace::open(ws, fixedClock);
    REQUIRE(runCli("do " + ws + R"( '{"do":"ballot","meeting":"congress","contest":"executives","approve":["a02"]}')").status == 0);
    REQUIRE(console.refresh());
    for (int i = 0; i < 3; ++i)
        REQUIRE(console.execute(Json::parse(R"({"do":"ballot","meeting":"congress","contest":"executives","approve":["a03"]})")).accepted());
    // Another process (and a reopening) sees every one of them.
    CHECK(Workspace::open(ws, fixedClock).applied() == console.applied());
    RunResult after = runCli("do " + ws + R"( '{"do":"ballot","meeting":"congress","contest":"executives","approve":["a02"]}')");
    INFO(after.err);
    CHECK(after.status == 0);
    CHECK(console.refresh());
}

TEST_CASE("a workspace just created, written to by another process, keeps every later write")
{
    TempDir dir;
    Workspace console = newWorkspace(dir); // created here, as the console's start page does
    REQUIRE(console.execute({{"do", "add_person"}, {"person", {{"name", "王芳"}}}}).accepted());
    REQUIRE(runCli("do " + dir.path("w.huixuan") + R"( '{"do":"add_person","person":{"name":"李娜"}}')").status == 0);
    REQUIRE(console.refresh());
    REQUIRE(console.execute({{"do", "add_person"}, {"person", {{"name", "张敏"}}}}).accepted());
    CHECK(Workspace::open(dir.path("w.huixuan"), fixedClock).applied() == console.applied());
    CHECK(runCli("roster list " + dir.path("w.huixuan")).out.find("张敏") != std::string::npos);
}
