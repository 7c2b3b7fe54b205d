// Durability: a writer killed with SIGKILL at random points loses no
// acknowledged command, and the chain still verifies.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <fcntl.h>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace hx;
using namespace hx::test;

namespace {

// The child: adds people p<start>, p<start+1>, … and writes each id to the
// pipe only after execute() has returned (the acknowledgement).
[[noreturn]] void writer(const std::string& path, int start, int ackFd)
{
    Workspace ws = Workspace::open(path, fixedClock);
    for (int i = start;; ++i) {
        const std::string id = "p" + std::to_string(i);
        if (!ws.execute({{"do", "add_person"}, {"person", {{"id", id}, {"name", "代表" + std::to_string(i)}}}})
                 .accepted())
            _exit(3);
        const std::string line = id + "\n";
        if (write(ackFd, line.data(), line.size()) < 0)
            _exit(4);
    }
}

std::set<std::string> readAcks(int fd)
{
    std::string all;
    char buf[4096];
    for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;)
        all.append(buf, static_cast<size_t>(n));
    std::set<std::string> ids;
    for (size_t pos = 0, nl; (nl = all.find('\n', pos)) != std::string::npos; pos = nl + 1)
        ids.insert(all.substr(pos, nl - pos));
    return ids;
}

} // namespace

TEST_CASE("SIGKILL at random points loses no acknowledged command")
{
    TempDir dir;
    { Workspace ws = newWorkspace(dir); }
    const std::string path = dir.path("w.huixuan");
    std::mt19937 rng(42);
    std::set<std::string> acked;
    for (int round = 0; round < 25; ++round) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            close(fds[0]);
            writer(path, 1 + round * 1000000, fds[1]);
        }
        close(fds[1]);
        usleep(std::uniform_int_distribution<useconds_t>(500, 40000)(rng));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        REQUIRE(WIFSIGNALED(status));
        for (const auto& id : readAcks(fds[0]))
            acked.insert(id);
        close(fds[0]);

        // Every acknowledged person is there after reopening, and the chain verifies.
        VerifyReport r = verifyWorkspace(path);
        REQUIRE(r.ok);
        Workspace ws = Workspace::open(path, fixedClock);
        for (const auto& id : acked)
            REQUIRE(ws.state().roster.find(id));
    }
    INFO("acknowledged commands: " << acked.size());
    CHECK(acked.size() > 25);
}
