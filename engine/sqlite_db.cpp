#include "sqlite_db.hpp"

#include "errors.hpp"

namespace hx {

namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what)
{
    const std::string msg = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
    throw StorageError({"数据库错误（" + msg + "）", "database error (" + msg + ")"});
}

} // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr) != SQLITE_OK)
        fail(db, sql);
    m_stmt.reset(raw);
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        fail(m_db, sqlite3_sql(m_stmt.get()));
}

Statement& Statement::bind(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_stmt.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    check(sqlite3_bind_text(m_stmt.get(), index, value.data(), static_cast<int>(value.size()),
                            SQLITE_TRANSIENT));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt.get()); // ready for reuse once the caller has handled the error
    fail(m_db, sqlite3_sql(m_stmt.get()));
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

std::string Statement::text(int column) const
{
    const auto* p = sqlite3_column_text(m_stmt.get(), column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(m_stmt.get(), column)))
             : std::string();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

Database::Database(const std::string& path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    m_db.reset(raw);
    if (rc != SQLITE_OK) {
        const std::string msg = raw ? sqlite3_errmsg(raw) : "out of memory";
        throw FileError({"无法打开工作区文件 " + path + "（" + msg + "）",
                         "cannot open workspace file " + path + " (" + msg + ")"});
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
}

void Database::exec(std::string_view sql)
{
    const std::string s(sql);
    if (sqlite3_exec(m_db.get(), s.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(m_db.get(), sql);
}

std::int64_t Database::scalar(std::string_view sql)
{
    Statement st = prepare(sql);
    return st.step() ? st.integer(0) : 0;
}

Transaction::Transaction(Database& db, Kind kind) : m_db(db)
{
    m_db.exec(kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace hx
