#pragma once
// A workspace is one SQLite file per federation (*.huixuan): the journal of
// every command accepted, and the state folded from it. One transaction per
// command, WAL with synchronous=FULL: a command is durable once execute()
// returns accepted.
#include "command.hpp"
#include "journal.hpp"
#include "sqlite_db.hpp"
#include "state.hpp"
#include "writer_lock.hpp"

#include <functional>
#include <memory>
#include <string>

namespace hx {

// Returns the current time as ISO 8601 text. Injected: the engine never reads the clock.
using Clock = std::function<std::string()>;

struct [[nodiscard]] Verdict {
    Text refusal;
    std::vector<Event> events;
    bool accepted() const { return refusal.empty(); }
};

class Workspace {
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kApplicationId = 0x48585731; // "HXW1"

    // Creates a new workspace file; refuses to overwrite an existing one.
    static Workspace create(const std::string& path, Clock clock);
    // Opens an existing workspace, migrating it forward; refuses a file
    // written by a newer version or one that is not a workspace.
    static Workspace open(const std::string& path, Clock clock);
    // Opens an existing workspace to read it only (result, roster list,
    // register show): the file is opened read-only, nothing is migrated or
    // written; a workspace of an older format is refused until it is opened
    // once to be upgraded.
    static Workspace openReadOnly(const std::string& path);

    // Decides the command on the journal as it stands when the write begins —
    // events appended by another process are applied first — and appends its
    // events in the same transaction. One writer at a time: the others wait,
    // and are told who holds the workspace if the wait is long.
    Verdict execute(const Json& command);
    // Applies events another process has appended since; true when there were any.
    bool refresh();
    // How many events the state holds.
    std::int64_t applied() const { return m_applied; }
    const State& state() const { return *m_state; }
    Journal& journal() { return m_journal; }
    Database& database() { return *m_db; }

private:
    enum class Opening { Create, Existing, ReadOnly };
    Workspace(std::unique_ptr<Database> db, Clock clock, Opening opening);
    void migrate();
    // Applies the events after m_applied, checking that each links to the last.
    bool catchUp();

    std::unique_ptr<Database> m_db;
    Journal m_journal;
    Clock m_clock;
    std::unique_ptr<State> m_state;
    std::int64_t m_applied = 0;
    std::string m_appliedHash = kGenesisHash;
    std::unique_ptr<WriterLockFile> m_lock;
};

// Refuses (FileError, naming the first broken link) a workspace whose journal
// does not verify: nothing is signed from a record that may have been edited.
// Refuses, read-only, a file that is not a Huixuan workspace or was written by a newer version.
void requireWorkspaceFormat(Database& db);
// SHA-256 of the file's schema: application id, version, every table, index
// and trigger as SQLite keeps them, and the meta table's rows.
std::string schemaDigest(Database& db);
// The digest of the schema this version's migrations make.
const std::string& expectedSchemaDigest();
// Refuses a workspace whose schema is not the expected one (a trigger dropped, a table changed).
void requireIntactSchema(Database& db);
void requireIntactJournal(Workspace& ws);

// Opens a workspace read-only, without migrating, and verifies its journal.
VerifyReport verifyWorkspace(const std::string& path);

} // namespace hx
