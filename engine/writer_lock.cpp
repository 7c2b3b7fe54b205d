#include "writer_lock.hpp"

#include "errors.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <thread>

namespace hx {

namespace {

std::string programName()
{
    std::string name;
    std::getline(std::ifstream("/proc/self/comm"), name);
    return name.empty() ? "?" : name;
}

} // namespace

WriterLockFile::WriterLockFile(const std::string& workspacePath) : m_path(workspacePath + ".lock")
{
    m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        throw FileError({"无法建立工作区的写入锁：" + m_path, "cannot create the workspace's write lock: " + m_path});
}

WriterLockFile::~WriterLockFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void WriterLockFile::acquire(std::chrono::milliseconds wait)
{
    const auto until = std::chrono::steady_clock::now() + wait;
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            throw FileError({"无法锁定工作区：" + m_path, "cannot lock the workspace: " + m_path});
        if (std::chrono::steady_clock::now() >= until) {
            std::string program = "?", pid = "?";
            std::ifstream(m_path) >> program >> pid;
            throw FileError({"工作区正由另一个程序写入（" + program + "，进程号 " + pid + "），请稍后再试",
                             "another program is writing to the workspace (" + program + ", process " + pid + "); try again shortly"});
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    const std::string me = programName() + " " + std::to_string(::getpid()) + "\n";
    if (::ftruncate(m_fd, 0) != 0 || ::pwrite(m_fd, me.data(), me.size(), 0) != static_cast<ssize_t>(me.size())) {
        ::flock(m_fd, LOCK_UN);
        throw FileError({"无法写入工作区的写入锁：" + m_path, "cannot write the workspace's write lock: " + m_path});
    }
}

void WriterLockFile::release()
{
    ::flock(m_fd, LOCK_UN);
}

} // namespace hx
