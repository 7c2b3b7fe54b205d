#include "workspace.hpp"

#include "errors.hpp"
#include "sha256.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace hx {

namespace {

// Numbered migrations: index i brings user_version from i to i + 1.
const char* const kMigrations[] = {
    R"sql(
    CREATE TABLE meta(
        key TEXT PRIMARY KEY CHECK(length(key) > 0),
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE events(
        seq INTEGER PRIMARY KEY CHECK(seq >= 1),
        at TEXT NOT NULL,
        type TEXT NOT NULL CHECK(length(type) BETWEEN 1 AND 64),
        body TEXT NOT NULL CHECK(json_valid(body)),
        prev_hash TEXT NOT NULL CHECK(length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK(length(hash) = 64)
    ) STRICT;
    CREATE TABLE journal_head(
        id INTEGER PRIMARY KEY CHECK(id = 1),
        seq INTEGER NOT NULL CHECK(seq >= 1),
        hash TEXT NOT NULL CHECK(length(hash) = 64)
    ) STRICT;
    CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
    CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
    INSERT INTO meta(key, value) VALUES ('format', 'huixuan-workspace');
    )sql",
};

constexpr int kMigrationCount = sizeof kMigrations / sizeof *kMigrations;
static_assert(kMigrationCount == Workspace::kSchemaVersion);

// A file is a workspace by its application id; only create() may start one
// from nothing — opening never writes Huixuan's tables into another file.
void checkVersion(Database& db, bool creating)
{
    const auto appId = db.scalar("PRAGMA application_id");
    const auto version = db.scalar("PRAGMA user_version");
    if (appId != Workspace::kApplicationId && !(creating && appId == 0 && version == 0))
        throw FileError({db.path() + " 不是会选工作区文件", db.path() + " is not a Huixuan workspace"});
    if (version > Workspace::kSchemaVersion)
        throw FileError({db.path() + " 由更新版本的会选写入（格式 " + std::to_string(version)
                             + "），请升级后再打开",
                         db.path() + " was written by a newer Huixuan (format " + std::to_string(version)
                             + "); upgrade to open it"});
}

} // namespace

void requireWorkspaceFormat(Database& db)
{
    checkVersion(db, false);
}

std::string schemaDigest(Database& db)
{
    Json schema = {{"application_id", db.scalar("PRAGMA application_id")}, {"user_version", db.scalar("PRAGMA user_version")}};
    Json master = Json::array();
    Statement st = db.prepare("SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_master ORDER BY type, name");
    while (st.step())
        master.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
    schema["master"] = master;
    Json meta = Json::object();
    Statement m = db.prepare("SELECT key, value FROM meta ORDER BY key");
    while (m.step())
        meta[m.text(0)] = m.text(1);
    schema["meta"] = meta;
    return sha256Hex(canonical(schema));
}

const std::string& expectedSchemaDigest()
{
    // The schema as this version's migrations make it, in a database of its own in memory.
    static const std::string digest = [] {
        Database db(":memory:", Database::Mode::CreateIfMissing);
        for (int v = 0; v < kMigrationCount; ++v)
            db.exec(kMigrations[v]);
        db.exec("PRAGMA application_id = " + std::to_string(Workspace::kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(kMigrationCount));
        return schemaDigest(db);
    }();
    return digest;
}

void requireIntactSchema(Database& db)
{
    if (schemaDigest(db) != expectedSchemaDigest())
        throw FileError({db.path() + " 的表结构、触发器或元数据被改动过，不能据此签发文件，请用 verify 检查",
                         db.path() + ": its tables, triggers or metadata were changed; no documents are signed from it; check it with verify"});
}

Workspace::Workspace(std::unique_ptr<Database> db, Clock clock, Opening opening)
    : m_db(std::move(db)), m_journal(*m_db), m_clock(std::move(clock)), m_state(std::make_unique<State>())
{
    checkVersion(*m_db, opening == Opening::Create);
    if (opening == Opening::ReadOnly) {
        if (m_db->scalar("PRAGMA user_version") < kSchemaVersion)
            throw FileError({m_db->path() + " 是旧版格式，请先用会选打开一次以升级", m_db->path() + " is in an older format; open it once with Huixuan to upgrade it"});
        catchUp();
        return;
    }
    m_db->exec("PRAGMA journal_mode = WAL");
    m_db->exec("PRAGMA synchronous = FULL");
    m_db->exec("PRAGMA foreign_keys = ON");
    migrate();
    catchUp();
}

Workspace Workspace::create(const std::string& path, Clock clock)
{
    if (std::filesystem::exists(path))
        throw FileError({"文件已存在：" + path, "the file exists already: " + path});
    auto db = std::make_unique<Database>(path, Database::Mode::CreateIfMissing);
    // Birth dates, party membership, phone numbers: the workspace is its owner's alone
    // (SQLite gives its -wal and -shm files the same mode).
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
    return Workspace(std::move(db), std::move(clock), Opening::Create);
}

Workspace Workspace::open(const std::string& path, Clock clock)
{
    if (!std::filesystem::exists(path))
        throw FileError({"找不到工作区文件：" + path, "no workspace file at " + path});
    return Workspace(std::make_unique<Database>(path, Database::Mode::OpenExisting), std::move(clock), Opening::Existing);
}

Workspace Workspace::openReadOnly(const std::string& path)
{
    if (!std::filesystem::exists(path))
        throw FileError({"找不到工作区文件：" + path, "no workspace file at " + path});
    return Workspace(std::make_unique<Database>(path, Database::Mode::ReadOnly), [] { return std::string(); }, Opening::ReadOnly);
}

void Workspace::migrate()
{
    for (auto v = m_db->scalar("PRAGMA user_version"); v < kSchemaVersion; ++v) {
        Transaction tx(*m_db);
        m_db->exec(kMigrations[v]);
        m_db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        m_db->exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx.commit();
    }
}

bool Workspace::catchUp()
{
    const std::vector<Event> events = m_journal.readAfter(m_applied);
    for (const Event& e : events) {
        // Another writer's events must continue the chain this state was folded from.
        if (e.seq != m_applied + 1 || e.prevHash != m_appliedHash)
            throw FileError({"日志在第 " + std::to_string(e.seq) + " 条事件处与已读入的内容不连续，请用 verify 检查工作区",
                             "the journal does not continue at event " + std::to_string(e.seq) + "; check the workspace with verify"});
        try {
            apply(*m_state, e);
        } catch (const Json::exception& x) {
            // A rewritten event whose data does not fit its type: said, never a crash.
            throw FileError({"日志第 " + std::to_string(e.seq) + " 条事件（" + e.type + "）的内容格式不对，请用 verify 检查工作区",
                             "event " + std::to_string(e.seq) + " (" + e.type + ") of the journal is malformed (" + x.what() + "); check the workspace with verify"});
        }
        m_applied = e.seq;
        m_appliedHash = e.hash;
    }
    return !events.empty();
}

bool Workspace::refresh()
{
    Transaction tx(*m_db, Transaction::Kind::Read);
    m_journal.forgetHead();
    return catchUp();
}

namespace {

// Events that hold what a ballot says. They take the time of the event before
// them (the ballots' return, for the first), never their own: a ballot's time
// of entry would link it to whoever was seen handing it in.
bool carriesBallots(const std::vector<EventDraft>& events)
{
    static const std::set<std::string> kinds = {"ballots_recorded", "ballot_corrected", "ballot_withdrawn", "entry_recorded",
                                                "entry_withdrawn", "entry_settled", "entries_committed"};
    return !events.empty() && std::all_of(events.begin(), events.end(), [](const EventDraft& e) { return kinds.count(e.type) > 0; });
}

} // namespace

Verdict Workspace::execute(const Json& command)
{
    if (!m_lock)
        m_lock = std::make_unique<WriterLockFile>(m_db->path());
    WriterLock hold(*m_lock, std::chrono::seconds(10));
    std::vector<Event> stored;
    try {
        Transaction tx(*m_db);
        // Decide on the truth: the journal as it stands now that this process holds the write.
        m_journal.forgetHead();
        catchUp();
        Decision d = decide(*m_state, command);
        if (d.refused())
            return {d.refusal, {}};
        stored = m_journal.append(d.events, carriesBallots(d.events) ? m_journal.lastAt() : m_clock());
        tx.commit();
    } catch (...) {
        m_journal.forgetHead(); // nothing of this command was applied
        throw;
    }
    m_journal.committed(stored);
    for (const Event& e : stored) {
        apply(*m_state, e);
        m_applied = e.seq;
        m_appliedHash = e.hash;
    }
    return {{}, std::move(stored)};
}

void requireIntactJournal(Workspace& ws)
{
    if (const VerifyReport r = ws.journal().verify(); !r.ok)
        throw FileError({"未生成文件：工作区日志在第 " + std::to_string(r.brokenAt) + " 条事件处校验不通过（" + r.problem.zh + "），请先用 verify 检查",
                         "no documents written: the workspace's journal fails at event " + std::to_string(r.brokenAt) + " (" + r.problem.en + "); check it with verify"});
    requireIntactSchema(ws.database());
}

VerifyReport verifyWorkspace(const std::string& path)
{
    if (!std::filesystem::exists(path))
        throw FileError({"找不到工作区文件：" + path, "no workspace file at " + path});
    Database db(path, Database::Mode::ReadOnly);
    requireWorkspaceFormat(db);
    // The first broken link is the more telling; with the chain whole, the schema must be this version's.
    VerifyReport r = Journal(db).verify();
    if (r.ok && schemaDigest(db) != expectedSchemaDigest()) {
        r.ok = false;
        r.problem = {"表结构、触发器或元数据被改动过", "the tables, triggers or metadata were changed"};
    }
    return r;
}

} // namespace hx
