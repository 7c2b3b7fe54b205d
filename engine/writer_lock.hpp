#pragma once
// The advisory lock beside a workspace (FILE.huixuan.lock) that a process
// holds while it writes a command. It names its holder — program and process
// id — so that a second writer kept waiting is told plainly who has the
// workspace. SQLite's own lock still serialises the writes; this one only
// says who holds it.
#include <chrono>
#include <string>

namespace hx {

class WriterLockFile {
public:
    explicit WriterLockFile(const std::string& workspacePath);
    ~WriterLockFile();
    WriterLockFile(const WriterLockFile&) = delete;
    WriterLockFile& operator=(const WriterLockFile&) = delete;

    // Waits up to `wait` for the lock, then writes this process as its
    // holder; throws FileError naming the holder when it stays taken.
    void acquire(std::chrono::milliseconds wait);
    void release();

private:
    std::string m_path;
    int m_fd = -1;
};

// Holds the lock for a scope.
class WriterLock {
public:
    WriterLock(WriterLockFile& file, std::chrono::milliseconds wait) : m_file(file) { m_file.acquire(wait); }
    ~WriterLock() { m_file.release(); }
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

private:
    WriterLockFile& m_file;
};

} // namespace hx
