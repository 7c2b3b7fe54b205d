// Power loss: a SQLite VFS over the system's that keeps what was written
// since each file's last sync, and at a random point "cuts the power" — the
// write or sync in progress fails, every later one fails, and all writes not
// yet synced are taken back (as a disk cache loses them), the shared-memory
// index with them. Then the workspace is opened as after a reboot: every
// command that execute() acknowledged must be there and the chain must verify.
#include "errors.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <map>
#include <random>
#include <vector>

using namespace hx;
using namespace hx::test;

namespace {

// What a write replaced, to put it back if the power goes before a sync.
struct Undo {
    sqlite3_int64 offset;
    std::string before; // the bytes that were there (shorter when the write grew the file)
};

struct Disk {
    sqlite3_vfs* real = nullptr;
    std::map<std::string, std::vector<Undo>> unsynced;
    std::map<std::string, sqlite3_int64> sizeAtSync;
    long long operations = 0, cutAt = -1;
    bool dead = false;
    int cuts = 0;
};
Disk g_disk;

struct File {
    sqlite3_file base;
    sqlite3_file* real;
    std::string path;
};

sqlite3_file* realOf(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

// Counts a write or a sync; true when the power goes at this one.
bool powerGoes()
{
    if (g_disk.dead)
        return true;
    if (++g_disk.operations == g_disk.cutAt) {
        g_disk.dead = true;
        ++g_disk.cuts;
    }
    return g_disk.dead;
}

int xClose(sqlite3_file* f)
{
    File* file = reinterpret_cast<File*>(f);
    const int rc = file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    file->path.~basic_string();
    return rc;
}
int xRead(sqlite3_file* f, void* p, int n, sqlite3_int64 at) { return realOf(f)->pMethods->xRead(realOf(f), p, n, at); }
// Before a change: the file's size as of its last sync, and the `length`
// bytes at `at` it is about to replace, kept to be put back.
void keepBefore(File* file, sqlite3_int64 at, sqlite3_int64 length)
{
    sqlite3_int64 size = 0;
    file->real->pMethods->xFileSize(file->real, &size);
    if (!g_disk.sizeAtSync.count(file->path))
        g_disk.sizeAtSync[file->path] = size;
    Undo u{at, {}};
    if (at < size) {
        u.before.resize(static_cast<size_t>(std::min(length, size - at)));
        file->real->pMethods->xRead(file->real, u.before.data(), static_cast<int>(u.before.size()), at);
    }
    g_disk.unsynced[file->path].push_back(std::move(u));
}

int xWrite(sqlite3_file* f, const void* p, int n, sqlite3_int64 at)
{
    if (powerGoes())
        return SQLITE_IOERR_WRITE;
    File* file = reinterpret_cast<File*>(f);
    keepBefore(file, at, n);
    return file->real->pMethods->xWrite(file->real, p, n, at);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (powerGoes())
        return SQLITE_IOERR_TRUNCATE;
    File* file = reinterpret_cast<File*>(f);
    keepBefore(file, size, std::numeric_limits<sqlite3_int64>::max() / 2); // the cut-off tail
    return file->real->pMethods->xTruncate(file->real, size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (powerGoes())
        return SQLITE_IOERR_FSYNC;
    File* file = reinterpret_cast<File*>(f);
    const int rc = file->real->pMethods->xSync(file->real, flags);
    if (rc == SQLITE_OK) {
        g_disk.unsynced.erase(file->path);
        g_disk.sizeAtSync.erase(file->path);
    }
    return rc;
}
int xFileSize(sqlite3_file* f, sqlite3_int64* s) { return realOf(f)->pMethods->xFileSize(realOf(f), s); }
int xLock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int xUnlock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int xCheckReservedLock(sqlite3_file* f, int* r) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), r); }
int xFileControl(sqlite3_file* f, int op, void* a) { return realOf(f)->pMethods->xFileControl(realOf(f), op, a); }
int xSectorSize(sqlite3_file* f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int xDeviceCharacteristics(sqlite3_file* f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int xShmMap(sqlite3_file* f, int i, int sz, int ext, void volatile** pp) { return realOf(f)->pMethods->xShmMap(realOf(f), i, sz, ext, pp); }
int xShmLock(sqlite3_file* f, int off, int n, int flags) { return realOf(f)->pMethods->xShmLock(realOf(f), off, n, flags); }
void xShmBarrier(sqlite3_file* f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int xShmUnmap(sqlite3_file* f, int del) { return realOf(f)->pMethods->xShmUnmap(realOf(f), del); }

// Version 2: no memory-mapped reads, so every change goes through xWrite.
const sqlite3_io_methods kMethods = {2, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
                                     xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics,
                                     xShmMap, xShmLock, xShmBarrier, xShmUnmap, nullptr, nullptr};

int xOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* f, int flags, int* out)
{
    File* file = reinterpret_cast<File*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    new (&file->path) std::string(name ? name : "");
    const int rc = g_disk.real->xOpen(g_disk.real, name, file->real, flags, out);
    file->base.pMethods = rc == SQLITE_OK ? &kMethods : nullptr;
    if (rc != SQLITE_OK)
        file->path.~basic_string();
    (void)vfs;
    return rc;
}

sqlite3_vfs g_vfs;

void installVfs()
{
    if (g_disk.real)
        return;
    g_disk.real = sqlite3_vfs_find(nullptr);
    g_vfs = *g_disk.real;
    g_vfs.zName = "powerloss";
    g_vfs.szOsFile = static_cast<int>(sizeof(File)) + g_disk.real->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pAppData = nullptr;
    REQUIRE(sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK);
}

// After the cut: what was not synced is gone from the disk, and the shared
// memory index (RAM on a real machine) with it.
void reboot()
{
    for (const auto& [path, undos] : g_disk.unsynced) {
        FILE* f = std::fopen(path.c_str(), "r+b");
        if (!f)
            continue;
        for (auto u = undos.rbegin(); u != undos.rend(); ++u) {
            std::fseek(f, static_cast<long>(u->offset), SEEK_SET);
            std::fwrite(u->before.data(), 1, u->before.size(), f);
        }
        std::fclose(f);
        if (const auto s = g_disk.sizeAtSync.find(path); s != g_disk.sizeAtSync.end())
            std::filesystem::resize_file(path, static_cast<std::uintmax_t>(s->second));
    }
    g_disk.unsynced.clear();
    g_disk.sizeAtSync.clear();
    g_disk.dead = false;
    g_disk.cutAt = -1;
}

} // namespace

TEST_CASE("power cut at random writes and syncs loses no acknowledged command")
{
    installVfs();
    TempDir dir;
    { Workspace ws = newWorkspace(dir); }
    const std::string path = dir.path("w.huixuan");
    std::mt19937 rng(20261129);
    std::vector<std::string> acked; // every event hash execute() reported, in order
    int next = 0;
    for (int round = 0; round < 60; ++round) {
        {
            Workspace ws = Workspace::open(path, fixedClock);
            g_disk.operations = 0;
            g_disk.cutAt = std::uniform_int_distribution<long long>(1, 120)(rng);
            for (int i = 0; i < 40 && !g_disk.dead; ++i, ++next) {
                try {
                    const Verdict v = ws.execute({{"do", "add_person"}, {"person", {{"id", "p" + std::to_string(next)}, {"name", "代表" + std::to_string(next)}}}});
                    REQUIRE(v.accepted());
                    for (const Event& e : v.events)
                        acked.push_back(e.hash);
                } catch (const Error&) {
                    break; // the power went during this command: it was never acknowledged
                }
            }
        } // closing after the cut fails quietly, as the machine is off
        reboot();
        std::filesystem::remove(path + "-shm");
        Workspace again = Workspace::open(path, fixedClock);
        const VerifyReport r = again.journal().verify();
        INFO("round " << round);
        REQUIRE(r.ok);
        const auto events = again.journal().readAll();
        // Every acknowledged event is there, in order (one unacknowledged command may have landed too).
        std::vector<std::string> hashes;
        for (const Event& e : events)
            hashes.push_back(e.hash);
        REQUIRE(hashes.size() >= acked.size() + 1);
        CHECK(std::equal(acked.begin(), acked.end(), hashes.begin() + 1)); // after the federation's event
        acked.assign(hashes.begin() + 1, hashes.end());
        next = static_cast<int>(again.state().roster.size()) + 100 * (round + 1);
    }
    CHECK(g_disk.cuts >= 40); // every round cuts the power before its forty commands are through (60 of 60 here)
}
