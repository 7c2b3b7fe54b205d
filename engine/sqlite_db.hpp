#pragma once
// A thin RAII layer over SQLite: a connection, prepared statements and an
// immediate transaction that rolls back unless committed. Every failure is a
// StorageError naming the statement and SQLite's message.
#include "handles.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hx {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view value);
    // Advances; true while a row is available.
    bool step();
    void reset();
    std::int64_t integer(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;

private:
    void check(int rc) const;
    sqlite3* m_db;
    Handle<sqlite3_stmt, sqlite3_finalize> m_stmt;
};

class Database {
public:
    enum class Mode { OpenExisting, CreateIfMissing, ReadOnly };
    Database(const std::string& path, Mode mode);
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(m_db.get(), sql); }
    std::int64_t scalar(std::string_view sql);
    sqlite3* raw() { return m_db.get(); }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    Handle<sqlite3, sqlite3_close_v2> m_db;
};

// BEGIN IMMEDIATE (a write: the database's one writer from the start) or,
// for Kind::Read, BEGIN (a consistent snapshot to read) on construction;
// ROLLBACK on destruction unless commit().
class Transaction {
public:
    enum class Kind { Write, Read };
    explicit Transaction(Database& db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace hx
