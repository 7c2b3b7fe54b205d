// The workspace file and its journal: append-only, hash-chained, migrations,
// refusals that change nothing, and tamper detection.
#include "support.hpp"

#include "errors.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace hx;
using namespace hx::test;

namespace {

Json addPerson(const std::string& name, const std::string& id = "")
{
    Json p = {{"name", name}, {"sex", "女"}};
    if (!id.empty())
        p["id"] = id;
    return {{"do", "add_person"}, {"person", p}};
}

} // namespace

TEST_CASE("events chain - each stores the previous hash and its own")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    REQUIRE(ws.execute(addPerson("王芳")).accepted());
    REQUIRE(ws.execute(addPerson("李娜")).accepted());
    auto events = ws.journal().readAll();
    REQUIRE(events.size() == 3);
    CHECK(events[0].prevHash == kGenesisHash);
    CHECK(events[1].prevHash == events[0].hash);
    CHECK(events[2].prevHash == events[1].hash);
    CHECK(ws.journal().head() == events[2].hash);
    CHECK(events[2].hash == eventHash(events[1].hash, 3, fixedClock(), "person_added", canonical(events[2].data)));
    VerifyReport r = ws.journal().verify();
    CHECK(r.ok);
    CHECK(r.events == 3);
    CHECK(r.head == events[2].hash);
}

TEST_CASE("state is a fold of the events - reopening replays the journal")
{
    TempDir dir;
    {
        Workspace ws = newWorkspace(dir);
        REQUIRE(ws.execute(addPerson("王芳", "p01")).accepted());
        REQUIRE(ws.execute({{"do", "update_person"}, {"person", {{"id", "p01"}, {"name", "王芳"}, {"birth", "1978-03"}}}})
                    .accepted());
    }
    Workspace again = Workspace::open(dir.path("w.huixuan"), fixedClock);
    REQUIRE(again.state().federation);
    CHECK(again.state().federation->name == "星光社区妇女联合会");
    REQUIRE(again.state().roster.find("p01"));
    CHECK(again.state().roster.find("p01")->birth == "1978-03");
}

TEST_CASE("a refused command changes nothing and says why")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    REQUIRE(ws.execute(addPerson("王芳", "p01")).accepted());
    const std::string head = ws.journal().head();
    Verdict dup = ws.execute(addPerson("李娜", "p01"));
    CHECK_FALSE(dup.accepted());
    CHECK(dup.refusal.zh == "编号已存在：p01");
    Verdict noName = ws.execute(addPerson(""));
    CHECK(noName.refusal.zh == "缺少姓名");
    // RULE: DOCUMENTS.md 候选人建议名单
    Verdict badBirth = ws.execute({{"do", "add_person"}, {"person", {{"name", "赵丽"}, {"birth", "1978-13"}}}});
    CHECK(badBirth.refusal.zh == "出生年月格式应为 YYYY-MM：1978-13");
    Verdict unknown = ws.execute({{"do", "dance"}});
    CHECK(unknown.refusal.zh == "未知的命令：dance");
    Verdict second = ws.execute({{"do", "create_federation"}, {"federation", {{"name", "x"}, {"kind", "village"}}}});
    CHECK_FALSE(second.accepted());
    CHECK(ws.journal().head() == head);
    CHECK(ws.journal().length() == 2);
    CHECK(ws.state().roster.size() == 1);
}

TEST_CASE("the journal refuses UPDATE and DELETE through SQL")
{
    TempDir dir;
    { Workspace ws = newWorkspace(dir); }
    Database db(dir.path("w.huixuan"), Database::Mode::OpenExisting);
    CHECK_THROWS_AS(db.exec("UPDATE events SET type = 'x'"), StorageError);
    CHECK_THROWS_AS(db.exec("DELETE FROM events"), StorageError);
}

TEST_CASE("editing any stored field is detected with the first broken link named")
{
    const char* edits[] = {
        "UPDATE events SET body = replace(body, '李娜', '李四') WHERE seq = 3",
        "UPDATE events SET type = 'person_updated' WHERE seq = 3",
        "UPDATE events SET at = '2026-12-02T09:00:00+08:00' WHERE seq = 3",
        "UPDATE events SET prev_hash = hash WHERE seq = 3",
        "UPDATE events SET hash = printf('%064d', 7) WHERE seq = 3",
    };
    for (const char* edit : edits) {
        TempDir dir;
        {
            Workspace ws = newWorkspace(dir);
            for (const char* n : {"王芳", "李娜", "张敏"})
                REQUIRE(ws.execute(addPerson(n)).accepted());
        }
        REQUIRE(verifyWorkspace(dir.path("w.huixuan")).ok);
        tamper(dir.path("w.huixuan"), edit);
        VerifyReport r = verifyWorkspace(dir.path("w.huixuan"));
        INFO(edit);
        CHECK_FALSE(r.ok);
        CHECK(r.brokenAt == 3);
    }
}

TEST_CASE("deleting events is detected in the middle and at the end")
{
    TempDir dir;
    {
        Workspace ws = newWorkspace(dir);
        for (const char* n : {"王芳", "李娜", "张敏"})
            REQUIRE(ws.execute(addPerson(n)).accepted());
    }
    SECTION("middle")
    {
        tamper(dir.path("w.huixuan"), "DELETE FROM events WHERE seq = 2");
        VerifyReport r = verifyWorkspace(dir.path("w.huixuan"));
        CHECK_FALSE(r.ok);
        CHECK(r.brokenAt == 2);
        CHECK(r.problem.zh == "第 2 条事件缺失");
    }
    SECTION("end")
    {
        tamper(dir.path("w.huixuan"), "DELETE FROM events WHERE seq = 4");
        VerifyReport r = verifyWorkspace(dir.path("w.huixuan"));
        CHECK_FALSE(r.ok);
        CHECK(r.brokenAt == 4);
    }
}

TEST_CASE("the schema is STRICT with CHECK constraints")
{
    TempDir dir;
    { Workspace ws = newWorkspace(dir); }
    Database db(dir.path("w.huixuan"), Database::Mode::OpenExisting);
    CHECK_THROWS_AS(db.exec("INSERT INTO events VALUES ('two', 'x', 't', '{}', 'a', 'b')"), StorageError);
    CHECK_THROWS_AS(db.exec("INSERT INTO events VALUES (9, 'x', 't', 'not json', '" + kGenesisHash + "', '"
                            + std::string(64, '1') + "')"),
                    StorageError);
    CHECK(db.scalar("PRAGMA user_version") == Workspace::kSchemaVersion);
    CHECK(db.scalar("PRAGMA application_id") == Workspace::kApplicationId);
    Statement mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
}

TEST_CASE("a file written by a newer version is refused and left unchanged")
{
    TempDir dir;
    { Workspace ws = newWorkspace(dir); }
    {
        Database db(dir.path("w.huixuan"), Database::Mode::OpenExisting);
        db.exec("PRAGMA user_version = 99");
    }
    const std::string before = readFile(dir.path("w.huixuan"));
    try {
        Workspace::open(dir.path("w.huixuan"), fixedClock);
        FAIL("opened a newer file");
    } catch (const FileError& e) {
        CHECK(e.text().zh.find("更新版本") != std::string::npos);
    }
    CHECK(readFile(dir.path("w.huixuan")) == before);
}

TEST_CASE("a file that is not a workspace is refused")
{
    TempDir dir;
    {
        Database db(dir.path("other.db"), Database::Mode::CreateIfMissing);
        db.exec("CREATE TABLE t(x); PRAGMA application_id = 7; PRAGMA user_version = 1;");
    }
    CHECK_THROWS_AS(Workspace::open(dir.path("other.db"), fixedClock), FileError);
    CHECK_THROWS_AS(Workspace::open(dir.path("missing.huixuan"), fixedClock), FileError);
    writeFile(dir.path("text.huixuan"), "hello, not sqlite at all, just some text that is long enough.......");
    CHECK_THROWS_AS(Workspace::open(dir.path("text.huixuan"), fixedClock), Error);
}

TEST_CASE("create refuses to overwrite an existing file")
{
    TempDir dir;
    { Workspace ws = newWorkspace(dir); }
    CHECK_THROWS_AS(Workspace::create(dir.path("w.huixuan"), fixedClock), FileError);
}

TEST_CASE("opening never writes into a file that is not a workspace: an empty file or another program's database is refused unchanged")
{
    TempDir dir;
    const std::string empty = dir.path("empty.huixuan");
    writeFile(empty, "");
    CHECK_THROWS_AS(Workspace::open(empty, fixedClock), FileError);
    CHECK(readFile(empty).empty());
    CHECK_FALSE(std::filesystem::exists(empty + "-wal"));

    const std::string other = dir.path("other.db");
    capture("sqlite3 " + other + " 'CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES (1);'");
    const std::string before = readFile(other);
    CHECK_THROWS_AS(Workspace::open(other, fixedClock), FileError);
    CHECK(readFile(other) == before);
    CHECK(capture("sqlite3 " + other + " 'PRAGMA journal_mode;'") == "delete\n");
    CHECK(capture("sqlite3 " + other + " '.tables'") == "notes\n");
}

TEST_CASE("a rewritten event whose data does not fit its type is refused on opening, not a crash")
{
    TempDir dir;
    {
        Workspace ws = newWorkspace(dir);
        REQUIRE(ws.execute(addPerson("王芳", "p01")).accepted());
    }
    const std::string path = dir.path("w.huixuan");
    // A consistent rewrite: the body replaced and every hash from there recomputed, so the chain holds.
    {
        Database db(path, Database::Mode::OpenExisting);
        db.exec("DROP TRIGGER events_append_only_update");
        std::string prev;
        Statement first = db.prepare("SELECT prev_hash FROM events WHERE seq = 2");
        REQUIRE(first.step());
        prev = first.text(0);
        Statement row = db.prepare("SELECT at, type FROM events WHERE seq = 2");
        REQUIRE(row.step());
        const std::string body = R"({"person":5})";
        const std::string hash = eventHash(prev, 2, row.text(0), "person_removed", body);
        db.exec("UPDATE events SET type = 'person_removed', body = '" + body + "', hash = '" + hash + "' WHERE seq = 2");
        db.exec("UPDATE journal_head SET hash = '" + hash + "' WHERE id = 1");
    }
    try {
        (void)Workspace::open(path, fixedClock);
        FAIL("opened a workspace with a malformed event");
    } catch (const FileError& e) {
        CHECK(e.text().zh == "日志第 2 条事件（person_removed）的内容格式不对，请用 verify 检查工作区");
    }
}

TEST_CASE("a workspace opened to read cannot write, and reads what the writer committed")
{
    TempDir dir;
    Workspace writer = newWorkspace(dir);
    REQUIRE(writer.execute(addPerson("王芳", "p01")).accepted());
    Workspace reader = Workspace::openReadOnly(dir.path("w.huixuan"));
    CHECK(reader.state().roster.size() == 1);
    const auto before = writer.journal().length();
    CHECK_THROWS_AS(reader.execute(addPerson("李娜", "p02")), StorageError);
    REQUIRE(writer.execute(addPerson("张敏", "p03")).accepted());
    CHECK(reader.refresh());
    CHECK(reader.state().roster.size() == 2);
    CHECK(writer.journal().length() == before + 1);
}
