// huixuan-cli as a user runs it: one clear line on error, non-zero exit,
// Chinese by default and English under LANG=en*.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace hx;
using namespace hx::test;

namespace {

const std::string kInit = " --name 星光社区妇女联合会 --kind community --party-org 中共星光社区委员会 --upper 石油路街道妇女联合会";

} // namespace

TEST_CASE("every subcommand has --help")
{
    for (const char* sub : {"init", "verify", "log", "roster", "do", "register"}) {
        RunResult zh = runCli(std::string(sub) + " --help");
        RunResult en = runCli(std::string(sub) + " --help", "en_US.UTF-8");
        INFO(sub);
        CHECK(zh.status == 0);
        CHECK(zh.out.find("huixuan-cli " + std::string(sub)) == 0);
        CHECK(en.out.find("huixuan-cli " + std::string(sub)) == 0);
        CHECK(zh.out != en.out);
    }
    CHECK(runCli("--help").status == 0);
    CHECK(runCli("").status == 2);
}

TEST_CASE("init then verify and log - a tampered file fails verify naming the broken link")
{
    TempDir dir;
    const std::string ws = dir.path("a.huixuan");
    RunResult init = runCli("init " + ws + kInit);
    CHECK(init.status == 0);
    CHECK(init.out.find("已建立工作区 " + ws + "：星光社区妇女联合会\n") != std::string::npos);
    CHECK(init.out.find("签名密钥：" + ws + ".key.pem（已加密，仅本人可读）") == 0);
    RunResult ok = runCli("verify " + ws);
    CHECK(ok.status == 0);
    CHECK(ok.out.find("校验通过：1 条事件") == 0);
    RunResult log = runCli("log " + ws);
    CHECK(log.out.find("federation_created") != std::string::npos);

    tamper(ws, "UPDATE events SET body = replace(body, '星光', '月光')");
    RunResult bad = runCli("verify " + ws);
    CHECK(bad.status == 1);
    CHECK(bad.err == "校验失败：第 1 条事件处断链——第 1 条事件的内容已被改动（哈希不符）\n");
    RunResult badEn = runCli("verify " + ws, "en_US.UTF-8");
    CHECK(badEn.err == "verification failed at event 1: event 1 was altered (hash mismatch)\n");
}

TEST_CASE("errors are one line with a non-zero exit")
{
    TempDir dir;
    RunResult unknown = runCli("frobnicate");
    CHECK(unknown.status == 2);
    CHECK(unknown.err == "未知的子命令：frobnicate（见 huixuan-cli --help）\n");
    RunResult missing = runCli("verify " + dir.path("none.huixuan"));
    CHECK(missing.status == 1);
    CHECK(missing.err == "找不到文件：" + dir.path("none.huixuan") + "\n");
    RunResult kind = runCli("init " + dir.path("b.huixuan") + " --name x --kind city", "en_GB.UTF-8");
    CHECK(kind.status == 1);
    CHECK(kind.err.find("unknown federation kind: city") == 0);
    CHECK(kind.err.find('\n') == kind.err.size() - 1);
}

TEST_CASE("roster import previews and refuses error rows without --skip-errors and export writes XLSX")
{
    TempDir dir;
    const std::string ws = dir.path("a.huixuan");
    REQUIRE(runCli("init " + ws + kInit).status == 0);
    writeFile(dir.path("r.csv"), "姓名,出生年月\n王芳,1978-03\n李娜,1980/13\n");
    RunResult pv = runCli("roster import " + ws + " " + dir.path("r.csv"));
    CHECK(pv.status == 0);
    CHECK(pv.out.find("第 2 行\t新增\t王芳") != std::string::npos);
    CHECK(pv.out.find("第 3 行\t错误\t李娜\t出生年月格式应为 YYYY-MM：1980/13") != std::string::npos);
    RunResult refused = runCli("roster import " + ws + " " + dir.path("r.csv") + " --commit");
    CHECK(refused.status == 1);
    CHECK(runCli("roster list " + ws).out.find("王芳") == std::string::npos);
    RunResult done = runCli("roster import " + ws + " " + dir.path("r.csv") + " --commit --skip-errors");
    CHECK(done.status == 0);
    CHECK(runCli("roster list " + ws).out.find("P0001\t王芳\t\t1978-03") != std::string::npos);
    RunResult ex = runCli("roster export " + ws + " " + dir.path("out.xlsx"));
    CHECK(ex.status == 0);
    CHECK(readFile(dir.path("out.xlsx")).substr(0, 2) == "PK");
}

TEST_CASE("init creates an encrypted owner-only signing key and its certificate")
{
    TempDir dir;
    const std::string ws = dir.path("a.huixuan");
    RunResult init = runCli("init " + ws + kInit);
    REQUIRE(init.status == 0);
    const auto perms = std::filesystem::status(ws + ".key.pem").permissions();
    CHECK((perms & std::filesystem::perms::all) == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    CHECK(readFile(ws + ".key.pem").starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    const std::string subject = capture("openssl x509 -in " + ws + ".cert.pem -noout -subject -nameopt utf8 2>&1");
    CHECK(subject.find("星光社区妇女联合会") != std::string::npos);
    CHECK(capture("openssl x509 -in " + ws + ".cert.pem -noout -text 2>&1").find("prime256v1") != std::string::npos);
    // A wrong passphrase cannot open it.
    RunResult wrong = runCli("documents " + ws + " --meeting x --out " + dir.path("d") + " --passphrase-file /dev/null");
    CHECK(wrong.status == 1);
}

TEST_CASE("init without a passphrase writes nothing")
{
    TempDir dir;
    const std::string ws = dir.path("a.huixuan");
    const std::string cmd = "env -u HUIXUAN_PASSPHRASE " + std::string(HX_CLI) + " init " + ws + kInit + " 2>&1";
    int rc = 0;
    const std::string out = capture(cmd, &rc);
    CHECK(rc == 1);
    CHECK(out.find("需要签名密钥的口令") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(ws));
    CHECK_FALSE(std::filesystem::exists(ws + ".key.pem"));
}

TEST_CASE("init imports an existing key and certificate and refuses a mismatched pair")
{
    TempDir dir;
    const std::string a = dir.path("a.huixuan"), b = dir.path("b.huixuan"), c = dir.path("c.huixuan");
    REQUIRE(runCli("init " + a + kInit).status == 0);
    REQUIRE(runCli("init " + c + kInit).status == 0);
    RunResult imported = runCli("init " + b + kInit + " --import-key " + a + ".key.pem --import-cert " + a + ".cert.pem");
    CHECK(imported.status == 0);
    CHECK(readFile(b + ".cert.pem") == readFile(a + ".cert.pem"));
    RunResult mismatch = runCli("init " + dir.path("d.huixuan") + kInit + " --import-key " + a + ".key.pem --import-cert " + c + ".cert.pem");
    CHECK(mismatch.status == 1);
    CHECK(mismatch.err == "签名密钥与证书不匹配\n");
    CHECK_FALSE(std::filesystem::exists(dir.path("d.huixuan")));
}

TEST_CASE("register - the executive register from the command line, and any engine command through do")
{
    TempDir dir;
    const std::string ws = dir.path("r.huixuan");
    REQUIRE(runCli("init " + ws + kInit + " --no-key").status == 0);
    for (int i = 1; i <= 10; ++i) {
        const std::string id = (i < 10 ? "e0" : "e") + std::to_string(i);
        REQUIRE(runCli("do " + ws + " '{\"do\":\"add_person\",\"person\":{\"id\":\"" + id + "\",\"name\":\"王" + std::to_string(i) + "\"}}'").status == 0);
    }
    RunResult bad = runCli("do " + ws + " '{\"do\":\"release\",\"person\":\"e01\"}'");
    CHECK(bad.status == 1);
    CHECK(bad.err == "王1（e01）不是现任执委\n");
    CHECK(runCli("do " + ws + " 'not json'").status == 1);
    RunResult rec = runCli("register " + ws + " record-executives --people e01,e02,e03,e04,e05,e06,e07,e08,e09,e10 --date 2025-01-06 --offices '{\"e01\":\"chair\"}'");
    CHECK(rec.status == 0);
    CHECK(rec.out == "已记录：executives_recorded #12\n");
    RunResult noApproval = runCli("register " + ws + " release --person e05 --date 2025-03-01 --reason resigned");
    CHECK(noApproval.status == 1);
    CHECK(noApproval.err == "王5（e05）的变动尚未经同级党组织批准（approved）\n");
    CHECK(runCli("register " + ws + " release --person e05 --date 2025-03-01 --reason resigned --approved 2025-03-02 --number 文号1").status == 0);
    RunResult show = runCli("register " + ws);
    CHECK(show.status == 0);
    CHECK(show.out.find("截至 2025-03-02：现任执委 9 名（范围 10–15）\n  王1（e01）  2025-01-06 主席\n") == 0);
    CHECK(show.out.find("低于下限，应增补 1 名") != std::string::npos);
    RunResult en = runCli("register " + ws + " history", "en_US.UTF-8");
    CHECK(en.out.find("2025-03-01  王5（e05）  released — resigned (approved 2025-03-02 文号1)") != std::string::npos);
    CHECK(runCli("register " + ws + " frobnicate").status == 1);
}

TEST_CASE("a workspace finds its signing key in the user's key store after it is moved")
{
    TempDir dir;
    REQUIRE(runCli("run " + std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json --out " + dir.path("run")).status == 0);
    const std::string ws = dir.path("run/workspace.huixuan");
    std::string identity;
    {
        Workspace w = Workspace::open(ws, fixedClock);
        identity = w.journal().firstHash();
    }
    REQUIRE(identity.size() == 64);
    // As the console keeps keys: $XDG_DATA_HOME/huixuan/keys/<identity prefix>.
    const std::string store = dir.path("data/huixuan/keys");
    std::filesystem::create_directories(store);
    std::filesystem::rename(dir.path("run/rehearsal.key.pem"), store + "/" + identity.substr(0, 16) + ".key.pem");
    std::filesystem::rename(dir.path("run/rehearsal.cert.pem"), store + "/" + identity.substr(0, 16) + ".cert.pem");
    std::filesystem::create_directories(dir.path("moved"));
    const std::string moved = dir.path("moved/b.huixuan");
    std::filesystem::rename(ws, moved);

    setenv("XDG_DATA_HOME", dir.path("nowhere").c_str(), 1);
    RunResult missing = runCli("documents " + moved + " --meeting congress --out " + dir.path("d1"));
    CHECK(missing.status == 1);
    setenv("XDG_DATA_HOME", dir.path("data").c_str(), 1);
    RunResult found = runCli("documents " + moved + " --meeting congress --out " + dir.path("d2"));
    unsetenv("XDG_DATA_HOME");
    CHECK(found.status == 0);
    CHECK(std::filesystem::exists(dir.path("d2/选举结果报告.pdf")));
}

TEST_CASE("at rest: the workspace and the documents are owner-only, the key under PBKDF2-HMAC-SHA256 at 600,000 iterations")
{
    TempDir dir;
    const std::string ws = dir.path("a.huixuan");
    REQUIRE(runCli("init " + ws + kInit).status == 0);
    const auto ownerOnly = std::filesystem::perms::owner_read | std::filesystem::perms::owner_write;
    CHECK((std::filesystem::status(ws).permissions() & std::filesystem::perms::all) == ownerOnly);
    const std::string asn1 = capture("openssl asn1parse -in " + ws + ".key.pem 2>&1");
    CHECK(asn1.find("hmacWithSHA256") != std::string::npos);
    CHECK(asn1.find(":0927C0") != std::string::npos); // 600000
    CHECK(asn1.find("aes-256-cbc") != std::string::npos);
    REQUIRE(runCli("run " + std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json --out " + dir.path("run")).status == 0);
    CHECK((std::filesystem::status(dir.path("run/documents/选举结果报告.pdf")).permissions() & std::filesystem::perms::all) == ownerOnly);
    CHECK((std::filesystem::status(dir.path("run/workspace.huixuan")).permissions() & std::filesystem::perms::all) == ownerOnly);
}

TEST_CASE("verify names the signing certificate and refuses a signature by any other key when the federation's is given")
{
    TempDir dir;
    REQUIRE(runCli("run " + std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json --out " + dir.path("run")).status == 0);
    const std::string pdf = dir.path("run/documents/选举结果报告.pdf");
    const std::string own = dir.path("run/rehearsal.cert.pem");
    const std::string fingerprint = capture("openssl x509 -in " + own + " -noout -fingerprint -sha256 | cut -d= -f2 | tr -d '\\n'");
    REQUIRE(fingerprint.size() == 95);
    RunResult ok = runCli("verify " + pdf + " --cert " + own);
    CHECK(ok.status == 0);
    CHECK(ok.out.find(fingerprint) != std::string::npos);
    CHECK(ok.out.find("签名人为本妇联证书") != std::string::npos);
    // A throwaway key of the same name is not the federation's.
    REQUIRE(runCli("init " + dir.path("other.huixuan") + kInit).status == 0);
    RunResult other = runCli("verify " + pdf + " --cert " + dir.path("other.huixuan.cert.pem"));
    CHECK(other.status == 1);
    CHECK(other.err.find("签名证书不是本妇联的证书") == 0);
    // Nothing to compare with is said, not passed off as a match.
    std::filesystem::create_directories(dir.path("alone"));
    std::filesystem::copy_file(pdf, dir.path("alone/选举结果报告.pdf"));
    RunResult alone = runCli("verify " + dir.path("alone/选举结果报告.pdf"));
    CHECK(alone.status == 0);
    CHECK(alone.out.find("未与记录比对") != std::string::npos);
    CHECK(alone.out.find("未与本妇联证书比对") != std::string::npos);
    RunResult missing = runCli("verify " + pdf + " --record " + dir.path("nowhere/record.json"));
    CHECK(missing.status == 1);
    CHECK(missing.err.find("找不到记录文件") == 0);
}

TEST_CASE("documents are signed only from a journal that verifies, and writing them touches nothing else in the folder")
{
    TempDir dir;
    REQUIRE(runCli("run " + std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json --out " + dir.path("run")).status == 0);
    const std::string ws = dir.path("run/workspace.huixuan");
    const std::string key = " --key " + dir.path("run/rehearsal.key.pem") + " --cert " + dir.path("run/rehearsal.cert.pem");
    std::filesystem::create_directories(dir.path("out"));
    writeFile(dir.path("out/notes.txt"), "mine");
    REQUIRE(runCli("documents " + ws + " --meeting congress --out " + dir.path("out") + key).status == 0);
    CHECK(readFile(dir.path("out/notes.txt")) == "mine");
    CHECK(std::filesystem::exists(dir.path("out/选举结果报告.pdf")));
    CHECK_FALSE(std::filesystem::exists(dir.path("out.part")));

    tamper(ws, "UPDATE events SET body = replace(body, '丁敏', '丁明') WHERE seq = 2");
    RunResult refused = runCli("documents " + ws + " --meeting congress --out " + dir.path("out2") + key);
    CHECK(refused.status == 1);
    CHECK(refused.err.find("未生成文件：工作区日志在第") == 0);
    CHECK_FALSE(std::filesystem::exists(dir.path("out2")));
}

TEST_CASE("bad inputs end in one line, a non-zero exit and no change")
{
    TempDir dir;
    const std::string out = dir.path("run");
    REQUIRE(runCli("run " + std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json --out " + out).status == 0);
    const std::string before = readFile(out + "/workspace.huixuan");
    auto oneLine = [](const RunResult& r) {
        INFO(r.err);
        CHECK(r.status == 1);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    };

    // A scenario with a field of the wrong type: refused in one line; the previous run's workspace stays.
    Json scenario = Json::parse(readFile(std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json"));
    for (const char* field : {"format", "date"}) {
        Json bad = scenario;
        if (std::string(field) == "format")
            bad["format"] = 1;
        else
            bad["meetings"][0]["date"] = 20261201;
        writeFile(dir.path("bad.json"), bad.dump());
        const RunResult r = runCli("run " + dir.path("bad.json") + " --out " + out);
        oneLine(r);
        CHECK(readFile(out + "/workspace.huixuan") == before);
        CHECK_FALSE(std::filesystem::exists(out + "/workspace.huixuan.new"));
    }

    // A record whose id is a number, a journal length given as text.
    Json record = Json::parse(readFile(out + "/documents/record.json"));
    record["id"] = 5;
    writeFile(dir.path("rec.json"), record.dump());
    writeFile(dir.path("rec.json.p7s"), readFile(out + "/documents/record.json.p7s"));
    oneLine(runCli("verify " + dir.path("rec.json")));

    // A non-hex byte in the signature, and a change in its unsigned padding: refused, never a crash.
    const std::string pdf = readFile(out + "/documents/选举结果报告.pdf");
    const size_t contents = pdf.find("/Contents <") + 11;
    std::string nonHex = pdf;
    nonHex[contents + 4] = 'z';
    writeFile(dir.path("nonhex.pdf"), nonHex);
    RunResult r = runCli("verify " + dir.path("nonhex.pdf"));
    CHECK(r.status == 1);
    CHECK(r.err.find("签名数据不完整或其填充被改动") != std::string::npos);
    std::string padded = pdf;
    const size_t end = pdf.find('>', contents);
    padded[end - 3] = '1'; // inside the zeros after the signature
    writeFile(dir.path("padded.pdf"), padded);
    r = runCli("verify " + dir.path("padded.pdf"));
    CHECK(r.status == 1);
    CHECK(r.err.find("签名数据不完整或其填充被改动") != std::string::npos);
    CHECK(runCli("verify " + out + "/documents/选举结果报告.pdf").status == 0);

    // A command field of the wrong type: named, with the type it should have.
    const RunResult typed = runCli("do " + out + "/workspace.huixuan '{\"do\":\"add_person\",\"person\":{\"id\":\"z1\",\"name\":5}}'");
    oneLine(typed);
    CHECK(typed.err.find("name（应为文字）") != std::string::npos);

    // A date that is not one.
    oneLine(runCli("register " + out + "/workspace.huixuan --as-of abcd"));
    CHECK(readFile(out + "/workspace.huixuan") == before);
}

TEST_CASE("read-only commands refuse a newer version's file and another program's database, writing nothing")
{
    TempDir dir;
    const std::string ws = dir.path("w.huixuan");
    REQUIRE(runCli("init " + ws + kInit).status == 0);
    REQUIRE(capture("sqlite3 '" + ws + "' 'PRAGMA user_version = 99'").empty());
    const std::string newer = readFile(ws);
    const RunResult log = runCli("log " + ws);
    CHECK(log.status == 1);
    CHECK(log.err.find("由更新版本的会选写入") != std::string::npos);
    CHECK(runCli("verify " + ws).status == 1);
    CHECK(readFile(ws) == newer);

    const std::string other = dir.path("other.db");
    REQUIRE(capture("sqlite3 '" + other + "' 'CREATE TABLE notes(x)'").empty());
    const std::string before = readFile(other);
    for (const char* command : {"log ", "verify ", "roster list ", "result "}) {
        const RunResult r = runCli(command + other);
        INFO(command);
        CHECK(r.status == 1);
        CHECK(r.err.find("不是会选工作区文件") != std::string::npos);
    }
    CHECK(readFile(other) == before);
    CHECK(capture("sqlite3 '" + other + "' 'PRAGMA journal_mode'") == "delete\n");
}

TEST_CASE("the record covers the schema: a dropped trigger is seen by verify, and no documents are signed from it")
{
    TempDir dir;
    const std::string out = dir.path("run");
    REQUIRE(runCli("run " + std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json --out " + out).status == 0);
    const std::string ws = out + "/workspace.huixuan";
    const std::string record = out + "/documents/record.json";
    CHECK(Json::parse(readFile(record))["workspace_schema"] == expectedSchemaDigest());
    CHECK(runCli("verify " + record + " --workspace " + ws).status == 0);

    // Every event left as it was, the append-only trigger dropped: the chain still holds, the schema does not.
    REQUIRE(capture("sqlite3 '" + ws + "' 'DROP TRIGGER events_append_only_delete'").empty());
    const RunResult workspace = runCli("verify " + ws);
    CHECK(workspace.status == 1);
    CHECK(workspace.err.find("表结构、触发器或元数据被改动过") != std::string::npos);
    const RunResult againstRecord = runCli("verify " + record + " --workspace " + ws);
    CHECK(againstRecord.status == 1);
    CHECK(againstRecord.err.find("工作区的表结构、触发器或元数据与记录签发时不同") != std::string::npos);
    const RunResult docs = runCli("documents " + ws + " --meeting congress --out " + dir.path("again") + " --key " + out +
                                  "/rehearsal.key.pem --cert " + out + "/rehearsal.cert.pem");
    CHECK(docs.status == 1);
    CHECK(docs.err.find("表结构、触发器或元数据被改动过") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path("again")));
}
