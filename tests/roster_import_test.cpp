// Roster import: preview marks rows, commit is atomic, bad files change nothing.
#include "support.hpp"

#include "errors.hpp"
#include "roster_import.hpp"

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <iconv.h>
#include <filesystem>
#include <random>

using namespace hx;
using namespace hx::test;
using S = ImportRow::Status;

namespace {

const std::string kCsv = "姓名,性别,出生年月,民族,政治面貌,学历,工作单位,职务,联系电话\n"
                         "王芳,女,1978.3,汉族,中共党员,大学,星光社区,主任,13800000000\n"
                         "李娜,女,1980年11月,汉族,群众,大专,,网格员,\n";

std::string encode(const std::string& utf8, const char* encoding)
{
    iconv_t cd = iconv_open(encoding, "UTF-8");
    std::string out(utf8.size() * 2, '\0');
    char* in = const_cast<char*>(utf8.data());
    size_t inLeft = utf8.size(), outLeft = out.size();
    char* o = out.data();
    iconv(cd, &in, &inLeft, &o, &outLeft);
    iconv_close(cd);
    out.resize(out.size() - outLeft);
    return out;
}

std::string toGb18030(const std::string& utf8)
{
    return encode(utf8, "GB18030");
}

// The import as a user runs it: preview, then commit of the accepted rows.
Verdict importFile(Workspace& ws, const std::string& path)
{
    ImportPreview pv = previewImport(ws.state().roster, readTableFile(path));
    return ws.execute(importCommand(pv, "roster"));
}

void writeXlsx(const std::string& path, bool withFormula)
{
    lxw_workbook* wb = workbook_new(path.c_str());
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    worksheet_write_string(ws, 0, 0, "姓名", nullptr);
    worksheet_write_string(ws, 0, 1, "出生年月", nullptr);
    worksheet_write_string(ws, 0, 2, "职务", nullptr);
    worksheet_write_string(ws, 1, 0, "王芳", nullptr);
    worksheet_write_number(ws, 1, 1, 28550, nullptr); // 1978-03-01 as an Excel date
    worksheet_write_string(ws, 1, 2, "主任", nullptr);
    worksheet_write_string(ws, 2, 0, "李娜", nullptr);
    worksheet_write_string(ws, 2, 1, "1980-11", nullptr);
    if (withFormula)
        worksheet_write_formula(ws, 2, 2, "=A2&\"助理\"", nullptr);
    workbook_close(wb);
}

} // namespace

TEST_CASE("CSV in UTF-8 or UTF-8 with BOM or GB18030 reads the same")
{
    TempDir dir;
    writeFile(dir.path("utf8.csv"), kCsv);
    writeFile(dir.path("bom.csv"), "\xEF\xBB\xBF" + kCsv);
    writeFile(dir.path("gb.csv"), toGb18030(kCsv));
    REQUIRE(readFile(dir.path("gb.csv")) != kCsv);
    for (const char* f : {"utf8.csv", "bom.csv", "gb.csv"}) {
        Table t = readTableFile(dir.path(f));
        INFO(f);
        REQUIRE(t.rows.size() == 3);
        CHECK(t.rows[0][0].text == "姓名");
        CHECK(t.rows[1][0].text == "王芳");
        CHECK(t.rows[2][2].text == "1980年11月");
    }
}

TEST_CASE("preview marks new and changed and unchanged rows and commit is one event")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    writeFile(dir.path("r.csv"), kCsv);
    ImportPreview pv = previewImport(ws.state().roster, readTableFile(dir.path("r.csv")));
    REQUIRE(pv.rows.size() == 2);
    CHECK(pv.count(S::New) == 2);
    CHECK(pv.rows[0].person.birth == "1978-03");
    CHECK(pv.rows[1].person.birth == "1980-11");
    CHECK(ws.journal().length() == 1); // the preview wrote nothing
    REQUIRE(ws.execute(importCommand(pv, "r.csv")).accepted());
    CHECK(ws.journal().length() == 2);
    CHECK(ws.state().roster.size() == 2);

    writeFile(dir.path("r2.csv"), "姓名,出生年月,职务\n王芳,1978-03,书记\n李娜,1980-11,\n张敏,1985-01,\n");
    ImportPreview pv2 = previewImport(ws.state().roster, readTableFile(dir.path("r2.csv")));
    CHECK(pv2.rows[0].status == S::Changed);
    CHECK(pv2.rows[0].reason.zh == "职务");
    CHECK(pv2.rows[1].status == S::Unchanged);
    CHECK(pv2.rows[2].status == S::New);
}

TEST_CASE("row errors - missing name bad date duplicates unknown column formula")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    writeFile(dir.path("bad.csv"), "姓名,出生年月,籍贯\n"
                                   ",1978-03,\n"
                                   "张敏,13/1980,\n"
                                   "王芳,1978-03,\n"
                                   "王芳,1978.03,\n"
                                   "李娜,1980-11,重庆\n"
                                   "=HYPERLINK(\"x\"),1980-11,\n");
    ImportPreview pv = previewImport(ws.state().roster, readTableFile(dir.path("bad.csv")));
    REQUIRE(pv.rows.size() == 6);
    CHECK(pv.unknownColumns == std::vector<std::string>{"籍贯"});
    CHECK(pv.rows[0].reason.zh == "缺少姓名");
    CHECK(pv.rows[1].reason.zh == "出生年月格式应为 YYYY-MM：13/1980");
    CHECK(pv.rows[2].status == S::New);
    CHECK(pv.rows[3].reason.zh == "与前面的行重复：王芳");
    CHECK(pv.rows[4].reason.zh == "未知列“籍贯”中有内容");
    CHECK(pv.rows[5].reason.zh == "第 1 列是公式，请改为直接填写内容");
    CHECK(pv.count(S::Error) == 5);
}

TEST_CASE("Big5 and Excel's UTF-16 \"Unicode text\" read like UTF-8")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    std::string tabbed = kCsv;
    for (auto& ch : tabbed)
        if (ch == ',')
            ch = '\t';
    // A Big5 file is written in traditional characters, headers included.
    const std::string traditional = "姓名,性別,出生年月,民族,政治面貌,學歷,工作單位,職務,聯繫電話\n"
                                    "王芳,女,1978.3,漢族,中共黨員,大學,星光社區,主任,13800000000\n"
                                    "李娜,女,1980年11月,漢族,群衆,大專,,網格員,\n";
    const std::pair<const char*, std::string> files[] = {
        {"big5.csv", encode(traditional, "BIG5-HKSCS")},
        {"unicode.txt", encode(tabbed, "UTF-16")}, // iconv writes the byte-order mark, as Excel does
        {"gb18030.csv", toGb18030(kCsv)},
    };
    for (const auto& [name, bytes] : files) {
        INFO(name);
        writeFile(dir.path(name), bytes);
        ImportPreview pv = previewImport(ws.state().roster, readTableFile(dir.path(name)));
        REQUIRE(pv.rows.size() == 2);
        CHECK(pv.count(S::New) == 2);
        CHECK(pv.rows[0].person.name == "王芳");
        CHECK(pv.rows[0].person.post.size() == 6);
        CHECK(pv.rows[0].person.phone == "13800000000");
        CHECK(pv.rows[1].person.birth == "1980-11");
    }
}

TEST_CASE("whole-file errors are clear and change nothing")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    const std::string head = ws.journal().head();
    std::mt19937 rng(20261201);
    std::string garbage(10u << 20, '\0');
    for (auto& ch : garbage)
        ch = static_cast<char>(rng() & 0xff);
    std::string highGarbage = garbage;
    for (auto& ch : highGarbage)
        ch = static_cast<char>(ch | 0x80); // no NUL: must fail as an encoding
    std::string utf16 = "\xFF\xFE";
    for (char ch : std::string("name\n"))
        utf16 += std::string{ch, '\0'};
    const std::pair<std::string, std::string> cases[] = {
        {"", "文件是空的，没有表头也没有数据"},
        {"\n\n\r\n", "文件是空的，没有表头也没有数据"},
        {"姓名,性别\n", "文件只有表头，没有数据行"},
        {"名字,性别\n王芳,女\n", "第一行应为表头，且须有“姓名”列"},
        {"姓名\n\"王芳\n", "CSV 文件中引号未闭合（始于第 2 行）"},
        {garbage, "文件含有二进制内容，不是文本表格"},
        {highGarbage, "文件编码无法识别"},
        {utf16, "文件只有表头，没有数据行"}, // read as UTF-16: "name" is the English header
        {"姓名\n王\xE0\x80\xAF芳\n", "文件编码无法识别"},   // an overlong form
        {"姓名\n王\xED\xA0\x80芳\n", "文件编码无法识别"},   // a surrogate
        {"PK\3\4 this is no zip archive at all", "不是有效的 XLSX 文件"},
    };
    int n = 0;
    for (const auto& [bytes, message] : cases) {
        const std::string path = dir.path("case" + std::to_string(n++) + ".csv");
        writeFile(path, bytes);
        INFO(message);
        try {
            (void)importFile(ws, path);
            FAIL("imported a bad file");
        } catch (const InputError& e) {
            CHECK(e.text().zh.find(message) == 0);
        }
    }
    CHECK(ws.journal().head() == head);
    CHECK(ws.state().roster.size() == 0);
}

TEST_CASE("XLSX - strings and numbers as dates read and formulas flagged")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    writeXlsx(dir.path("ok.xlsx"), false);
    ImportPreview pv = previewImport(ws.state().roster, readTableFile(dir.path("ok.xlsx")));
    REQUIRE(pv.rows.size() == 2);
    CHECK(pv.rows[0].person.name == "王芳");
    CHECK(pv.rows[0].person.birth == "1978-03");
    CHECK(pv.rows[0].person.post == "主任");
    CHECK(pv.count(S::New) == 2);

    writeXlsx(dir.path("formula.xlsx"), true);
    ImportPreview pf = previewImport(ws.state().roster, readTableFile(dir.path("formula.xlsx")));
    CHECK(pf.rows[1].status == S::Error);
    CHECK(pf.rows[1].reason.zh == "第 3 列是公式，请改为直接填写内容");
}

TEST_CASE("export to XLSX reads back the same roster and is byte-identical for the same record")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    writeFile(dir.path("r.csv"), kCsv);
    REQUIRE(importFile(ws, dir.path("r.csv")).accepted());
    writeXlsxFile(dir.path("a.xlsx"), "名册", rosterRows(ws.state().roster), ws.journal().lastTime());
    writeXlsxFile(dir.path("b.xlsx"), "名册", rosterRows(ws.state().roster), ws.journal().lastTime());
    CHECK(readFile(dir.path("a.xlsx")) == readFile(dir.path("b.xlsx")));
    ImportPreview pv = previewImport(ws.state().roster, readTableFile(dir.path("a.xlsx")));
    REQUIRE(pv.rows.size() == 2);
    CHECK(pv.count(S::Unchanged) == 2);
    CHECK(pv.rows[0].person.phone == "13800000000");
}

TEST_CASE("an import command with a taken id is refused whole")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    REQUIRE(ws.execute({{"do", "add_person"}, {"person", {{"id", "p01"}, {"name", "王芳"}}}}).accepted());
    Verdict v = ws.execute({{"do", "import_roster"},
                            {"add", {{{"name", "李娜"}}, {{"id", "p01"}, {"name", "张敏"}}}},
                            {"update", Json::array()}});
    CHECK(v.refusal.zh == "编号已存在：p01");
    CHECK(ws.state().roster.size() == 1);
}

// RULE: RULES §6 What is kept
TEST_CASE("a person entered in error is removed with a reason, and one the record names stays")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    for (const char* name : {"王芳", "李娜", "张敏"})
        REQUIRE(ws.execute({{"do", "add_person"}, {"person", {{"name", name}}}}).accepted());
    REQUIRE(ws.execute({{"do", "create_meeting"},
                        {"meeting", {{"id", "m1"}, {"kind", "founding_congress"}, {"title", "第一次妇女代表大会"},
                                     {"date", "2026-12-01"}, {"expected", {"P0001", "P0002"}}}}})
                .accepted());

    CHECK(ws.execute({{"do", "remove_person"}, {"person", "P0003"}}).refusal.zh == "请写明删除的原因");
    CHECK(ws.execute({{"do", "remove_person"}, {"person", "P0002"}, {"reason", "录错"}}).refusal.zh ==
          "李娜 已载入会议记录（第一次妇女代表大会），不能从名册删除");
    CHECK(ws.execute({{"do", "remove_person"}, {"person", "P0009"}, {"reason", "录错"}}).refusal.zh == "名册中没有编号 P0009");
    REQUIRE(ws.execute({{"do", "remove_person"}, {"person", "P0003"}, {"reason", "重复录入"}}).accepted());
    CHECK(ws.state().roster.size() == 2);
    CHECK(ws.state().roster.byName("张敏").empty());

    // The removed id is never handed out again, also after reopening.
    REQUIRE(ws.execute({{"do", "add_person"}, {"person", {{"name", "赵丽"}}}}).accepted());
    Workspace again = Workspace::open(dir.path("w.huixuan"), fixedClock);
    CHECK(again.state().roster.byName("赵丽").front()->id == "P0004");
    CHECK(!again.state().roster.find("P0003"));
}

TEST_CASE("names that deceive are refused with the row named, and ids are safe")
{
    TempDir dir;
    Workspace ws = newWorkspace(dir);
    REQUIRE(ws.execute({{"do", "add_person"}, {"person", {{"name", "王芳"}}}}).accepted());
    const std::pair<std::string, std::string> bad[] = {
        {"王\u200B芳", "姓名含有不可见或控制字符（U+200B）"},      // a second, visually identical 王芳
        {"王芳\u202E", "姓名含有不可见或控制字符（U+202E）"},      // right-to-left override
        {"王\t芳", "姓名含有不可见或控制字符（U+0009）"},
        {"王\n芳", "姓名含有不可见或控制字符（U+000A）"},
        {"\uFEFF王芳", "姓名含有不可见或控制字符（U+FEFF）"},
        {"王\u0301芳", "姓名含有组合附加符号（U+0301），请改用完整的字"}, // a mark no character absorbs
    };
    for (const auto& [name, message] : bad) {
        INFO(message);
        CHECK(ws.execute({{"do", "add_person"}, {"person", {{"name", name}}}}).refusal.zh == message);
    }
    CHECK(ws.execute({{"do", "add_person"}, {"person", {{"name", "李娜"}, {"post", "主任\u2066"}}}}).refusal.zh ==
          "职务含有不可见或控制字符（U+2066）");
    CHECK(ws.execute({{"do", "add_person"}, {"person", {{"id", "../x"}, {"name", "李娜"}}}}).refusal.zh.find("编号只能") == 0);
    CHECK(ws.execute({{"do", "add_person"}, {"person", {{"id", std::string(100000, 'a')}, {"name", "李娜"}}}})
              .refusal.zh.find("编号只能") == 0);
    CHECK(ws.state().roster.size() == 1);

    // A name typed decomposed (e + U+0301) is kept composed: one José, however typed.
    REQUIRE(ws.execute({{"do", "add_person"}, {"person", {{"id", "j1"}, {"name", "Jose\u0301"}}}}).accepted());
    CHECK(ws.state().roster.find("j1")->name == "Jos\u00E9");
    CHECK(ws.state().roster.byName("Jos\u00E9").size() == 1);
    writeFile(dir.path("n.csv"), "姓名\nJose\u0301 Li\n");
    ImportPreview composed = previewImport(ws.state().roster, readTableFile(dir.path("n.csv")));
    REQUIRE(composed.rows.size() == 1);
    CHECK(composed.rows[0].person.name == "Jos\u00E9 Li");
    REQUIRE(ws.execute({{"do", "remove_person"}, {"person", "j1"}, {"reason", "测试"}}).accepted());

    // In an import, the row is named.
    writeFile(dir.path("r.csv"), "姓名,职务\n张敏,主任\n王\u200B芳,委员\n");
    ImportPreview pv = previewImport(ws.state().roster, readTableFile(dir.path("r.csv")));
    REQUIRE(pv.rows.size() == 2);
    CHECK(pv.rows[1].status == S::Error);
    CHECK(pv.rows[1].line == 3);
    CHECK(pv.rows[1].reason.zh == "姓名含有不可见或控制字符（U+200B）");
}

TEST_CASE("an XLSX that would ask for more than a roster's size is refused before it is allocated")
{
    TempDir dir;
    const std::string wide = dir.path("wide.xlsx"), tall = dir.path("tall.xlsx");
    {
        lxw_workbook* wb = workbook_new(wide.c_str());
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        worksheet_write_string(ws, 0, 0, "姓名", nullptr);
        worksheet_write_string(ws, 1, 500, "王芳", nullptr); // column SG
        workbook_close(wb);
    }
    {
        lxw_workbook* wb = workbook_new(tall.c_str());
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        worksheet_write_string(ws, 0, 0, "姓名", nullptr);
        for (lxw_row_t r = 1; r <= 20000; ++r)
            worksheet_write_number(ws, r, 150, 1, nullptr); // 151 cells a row, 3 million in all
        workbook_close(wb);
    }
    CHECK(std::filesystem::file_size(tall) < 200'000);
    const std::pair<std::string, std::string> cases[] = {{wide, "单元格列号异常（名册至多 200 列）"}, {tall, "表格过大"}};
    for (const auto& [path, why] : cases) {
        INFO(path);
        try {
            (void)readTableFile(path);
            FAIL("read an oversized sheet");
        } catch (const InputError& e) {
            CHECK(e.text().zh.find(why) != std::string::npos);
        }
    }
}
