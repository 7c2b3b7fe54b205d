// Filed documents as a federation office and a checker would meet them:
// pdfsig and qpdf accept them, a changed byte breaks them, the text reads
// right, the pages look as approved, the QR codes scan, the ballot keeps the
// engine's order, and huixuan-cli verify says valid or exactly what is wrong.
#include "ballot_pdf.hpp"
#include "fonts.hpp"
#include "official_doc.hpp"
#include "pdf_review.hpp"
#include "record.hpp"
#include "scenario.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <QFontDatabase>
#include <QFontInfo>

#include <filesystem>
#include <regex>

using namespace hx;
using namespace hx::test;

namespace {

const std::string kScenario = std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json";

// The founding congress run through the CLI once, as a user would.
struct Filed {
    TempDir dir;
    std::string docs = dir.path("out/documents");
    Filed() { REQUIRE(runCli("run " + kScenario + " --out " + dir.path("out")).status == 0); }
    std::string doc(const std::string& name) const { return docs + "/" + name; }
};

// The PDF's text as pdftotext reads it, without white space (lines wrap anywhere).
std::string pdfText(const std::string& pdf)
{
    std::string out;
    for (char c : capture("pdftotext '" + pdf + "' - 2>/dev/null"))
        if (c != ' ' && c != '\n' && c != '\f')
            out += c;
    return out;
}

size_t wrapCount(const QString& s, double indent)
{
    return breakLines(s, 28, indent).size();
}

// Every page of a PDF against its approved image, tests/golden/<set>/<name>-<page>.png;
// HUIXUAN_BLESS=1 approves what is rendered now. Returns the pages that differ.
std::vector<std::string> goldenPages(const std::string& pdf, const std::string& set)
{
    TempDir tmp;
    REQUIRE(std::system(("pdftoppm -r 30 -gray -png '" + pdf + "' '" + tmp.path("p") + "'").c_str()) == 0);
    const std::string stem = std::filesystem::path(pdf).stem().string();
    const std::string dir = std::string(HX_SOURCE_DIR) + "/tests/golden/" + set;
    const bool bless = std::getenv("HUIXUAN_BLESS") && std::string(std::getenv("HUIXUAN_BLESS")) == "1";
    std::vector<std::string> pages;
    for (const auto& e : std::filesystem::directory_iterator(tmp.dir()))
        pages.push_back(e.path().string());
    std::sort(pages.begin(), pages.end());
    std::vector<std::string> differ;
    for (size_t i = 0; i < pages.size(); ++i) {
        const std::string approved = dir + "/" + stem + "-" + std::to_string(i + 1) + ".png";
        const std::string png = readFile(pages[i]);
        if (bless) {
            std::filesystem::create_directories(dir);
            writeFile(approved, png);
        } else if (!std::filesystem::exists(approved) || readFile(approved) != png) {
            writeFile(approved + ".actual", png);
            differ.push_back(approved);
        }
    }
    return differ;
}

} // namespace

TEST_CASE("every filed PDF carries a signature pdfsig validates and passes qpdf --check")
{
    Filed f;
    int pdfs = 0;
    for (const auto& e : std::filesystem::directory_iterator(f.docs)) {
        if (e.path().extension() != ".pdf")
            continue;
        ++pdfs;
        const std::string path = e.path().string();
        INFO(path);
        const std::string sig = capture("pdfsig '" + path + "' 2>&1");
        CHECK(sig.find("Signature Validation: Signature is Valid.") != std::string::npos);
        CHECK(sig.find("Total document signed") != std::string::npos);
        int rc = -1;
        capture("qpdf --check '" + path + "' 2>&1", &rc);
        CHECK(rc == 0);
    }
    CHECK(pdfs >= 20);
}

TEST_CASE("one changed byte breaks the signature")
{
    Filed f;
    std::string pdf = readFile(f.doc("选举结果报告.pdf"));
    const auto at = pdf.find("/MediaBox");
    REQUIRE(at != std::string::npos);
    pdf[at + 2] = pdf[at + 2] == 'e' ? 'f' : 'e';
    writeFile(f.doc("tampered.pdf"), pdf);
    CHECK(capture("pdfsig '" + f.doc("tampered.pdf") + "' 2>&1").find("Signature is Valid") == std::string::npos);
    RunResult v = runCli("verify " + f.doc("tampered.pdf"));
    CHECK(v.status == 1);
    CHECK(v.err.find("签名与内容不符（内容已被改动）") != std::string::npos);

    writeFile(f.doc("appended.pdf"), readFile(f.doc("选举结果报告.pdf")) + "% appended\n");
    RunResult a = runCli("verify " + f.doc("appended.pdf"));
    CHECK(a.status == 1);
    CHECK(a.err.find("签名之后文件又被追加了内容") != std::string::npos);
}

TEST_CASE("huixuan-cli verify checks a PDF and its record and a JSON record and a scanned code")
{
    Filed f;
    RunResult pdf = runCli("verify " + f.doc("选举结果报告.pdf"));
    CHECK(pdf.status == 0);
    CHECK(pdf.out.find("有效：数字签名完好") != std::string::npos);
    RunResult rec = runCli("verify " + f.doc("record.json") + " --workspace " + f.dir.path("out/workspace.huixuan"));
    CHECK(rec.status == 0);
    const std::string text = readFile(f.doc("record.json"));

    // A record changed by one character fails its signature.
    std::string changed = text;
    changed.replace(changed.find("\"present\":26"), 12, "\"present\":27");
    writeFile(f.dir.path("record.json"), changed);
    std::filesystem::copy_file(f.doc("record.json.p7s"), f.dir.path("record.json.p7s"));
    RunResult bad = runCli("verify " + f.dir.path("record.json"));
    CHECK(bad.status == 1);
    CHECK(bad.err.find("签名与内容不符") != std::string::npos);

    // The PDF checked against another record names the mismatch.
    RunResult other = runCli("verify " + f.doc("选举结果报告.pdf") + " --record " + f.dir.path("record.json"));
    CHECK(other.status == 1);
    CHECK(other.err.find("摘要不符") != std::string::npos);
}

TEST_CASE("the QR code on every page scans with a stock reader and names the record")
{
    Filed f;
    const Json record = Json::parse(readFile(f.doc("record.json")));
    TempDir tmp;
    REQUIRE(std::system(("pdftoppm -r 150 -png '" + f.doc("选举结果报告.pdf") + "' '" + tmp.path("rr") + "'").c_str()) == 0);
    int pages = 0;
    for (const auto& e : std::filesystem::directory_iterator(tmp.dir())) {
        ++pages;
        const std::string code = capture("zbarimg --raw -q '" + e.path().string() + "' 2>/dev/null");
        INFO(e.path().filename().string());
        REQUIRE(code.starts_with("HX1|"));
        const Seal s = parseSeal(code);
        CHECK(s.ok);
        CHECK(s.id == record["id"]);
        CHECK(s.digest == capture("sha256sum '" + f.doc("record.json") + "' | cut -c1-64").substr(0, 64));
        RunResult v = runCli("verify --qr '" + code.substr(0, code.find('\n')) + "' --record " + f.doc("record.json"));
        CHECK(v.status == 0);
    }
    CHECK(pages >= 2);
    RunResult wrong = runCli("verify --qr 'HX1|congress@1|" + std::string(64, 'a') + "' --record " + f.doc("record.json"));
    CHECK(wrong.status == 1);
    CHECK(wrong.err.find("摘要不符") != std::string::npos);
    CHECK(wrong.err.find("记录编号不符") != std::string::npos);

    REQUIRE(std::system(("pdftoppm -r 150 -png -f 1 -l 1 '" + f.doc("选票（执委第1轮）.pdf") + "' '" + tmp.path("b") + "'").c_str()) == 0);
    const Json geometry = Json::parse(readFile(f.doc("ballot-executives-r1.geometry.json")));
    CHECK(capture("zbarimg --raw -q '" + tmp.path("b-1.png") + "' 2>/dev/null") == geometry["pages"][0]["code"].get<std::string>() + "\n");
}

TEST_CASE("the ballot lists the candidates in the engine's order with as many write-in cells as seats")
{
    Filed f;
    const Json result = Json::parse(readFile(f.dir.path("out/result.json")));
    std::vector<std::string> names;
    for (const auto& c : result["meetings"][0]["contests"][0]["rounds"][0]["candidates"])
        names.push_back(c["name"]);
    const std::string text = pdfText(f.doc("选票（执委第1轮）.pdf"));
    size_t at = 0;
    for (const auto& n : names) {
        const auto pos = text.find(n, at);
        INFO(n);
        REQUIRE(pos != std::string::npos);
        at = pos + n.size();
    }
    CHECK(text.find("（按姓氏笔画为序）") != std::string::npos);
    const Json geometry = Json::parse(readFile(f.doc("ballot-executives-r1.geometry.json")));
    int writeIns = 0, candidates = 0;
    for (const auto& page : geometry["pages"])
        for (const auto& cell : page["cells"])
            (cell["kind"] == "write_in" ? writeIns : candidates)++;
    CHECK(writeIns == 7);
    CHECK(candidates == 8);
    // The code names the meeting, contest and round, and a digest of the layout: nothing of a voter.
    CHECK(std::regex_match(geometry["code"].get<std::string>(), std::regex(R"(HXB2\|congress\|executives\|r1\|[0-9a-f]{12})")));
    CHECK(geometry["registration"].size() == 4);
}

TEST_CASE("the documents read right")
{
    Filed f;
    const std::string report = pdfText(f.doc("选举结果报告.pdf"));
    CHECK(report.find("关于星光社区妇女联合会第一次妇女代表") != std::string::npos);
    CHECK(report.find("中共渝中区石油路街道星光社区委员会") != std::string::npos);
    CHECK(report.find("会议应到代表30名，实到26名") != std::string::npos);
    CHECK(report.find("—1—") != std::string::npos);
    const std::string tally = pdfText(f.doc("计票结果报告单（执委第1轮）.pdf"));
    CHECK(tally.find("发出选票26张，收回选票26张，其中有效票25张，无效票1张") != std::string::npos);
    CHECK(tally.find("不少于16票") != std::string::npos);
    CHECK(tally.find("赵丽2票") != std::string::npos);
    CHECK(tally.find("总监票人") != std::string::npos);
    const std::string script = pdfText(f.doc("主持词.pdf"));
    CHECK(script.find("实到26名，超过应到人数的三分之二，符合规定，可以进行选举") != std::string::npos);
}

TEST_CASE("the same record gives the same bytes before signing")
{
    const Json scenario = Json::parse(readFile(kScenario));
    TempDir tmp;
    const ScenarioRun run = runScenario(scenario, tmp.path("w.huixuan"));
    Workspace ws = Workspace::open(tmp.path("w.huixuan"), fixedClock);
    const Meeting& m = *ws.state().meeting("congress");
    const BallotPaper a = ballotPaper(ws.state(), m, m.contests[0], m.contests[0].rounds[0]);
    const BallotPaper b = ballotPaper(ws.state(), m, m.contests[0], m.contests[0].rounds[0]);
    CHECK(a.pdf == b.pdf);
    OfficialDocument d({"测试", "HX1|x@1|" + QString(64, QLatin1Char('0')), "D:20261201090000Z"});
    d.title(QStringLiteral("测试文件"));
    d.paragraph(QStringLiteral("正文，第一段。"));
    CHECK(d.pdf() == d.pdf());
    CHECK(d.pdf().contains("/CreationDate (D:20261201090000Z)"));
}

TEST_CASE("the pages look as approved")
{
    // Each page of each document of the founding congress, a multi-round contest, a seat
    // reduction and a show-of-hands by-election, as approved by eye (HUIXUAN_BLESS=1 re-approves).
    const auto check = [](const std::string& set, const std::string& scenario, const std::vector<std::string>& only) {
        TempDir dir;
        REQUIRE(runCli("run " + scenario + " --out " + dir.path("out")).status == 0);
        for (const auto& e : std::filesystem::directory_iterator(dir.path("out/documents"))) {
            const std::string name = e.path().filename().string();
            if (e.path().extension() != ".pdf" || (!only.empty() && std::find(only.begin(), only.end(), name) == only.end()))
                continue;
            for (const auto& page : goldenPages(e.path().string(), set))
                FAIL_CHECK(page << " differs from the approved image (see .actual; HUIXUAN_BLESS=1 re-approves)");
        }
    };
    const std::string fixtures = std::string(HX_SOURCE_DIR) + "/tests/fixtures/";
    check("founding-congress", kScenario, {});
    const std::vector<std::string> reports = {"选举结果报告.pdf", "选举结果宣布稿.pdf", "会议记录.pdf", "主持词.pdf"};
    check("founding-preparation", std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-preparation.json", {});
    check("seat-reduction", fixtures + "seat-reduction/scenario.json", reports);
    check("executive-by-election", fixtures + "executive-by-election/scenario.json", {});
}

TEST_CASE("lines break by the Chinese rules: no closing mark first, no opening mark last, names and numbers whole")
{
    const auto text = [](const std::vector<BrokenLine>& lines) {
        std::vector<QString> out;
        for (const auto& l : lines)
            out.push_back(l.text);
        return out;
    };
    // A closing mark never starts a line and nothing hangs outside it: the character before it goes down too.
    auto lines = text(breakLines(QString(27, QChar(0x4E00)) + QStringLiteral("二，三"), 28, 0));
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].contains(QStringLiteral("二，")));
    CHECK_FALSE(lines[1].startsWith(QStringLiteral("，")));
    for (const auto& l : breakLines(QString(27, QChar(0x4E00)) + QStringLiteral("二，三"), 28, 0))
        CHECK(l.cells <= 28);
    // An opening mark never ends a line.
    lines = text(breakLines(QString(27, QChar(0x4E00)) + QStringLiteral("《章程》"), 28, 0));
    CHECK_FALSE(lines[0].endsWith(QStringLiteral("《")));
    // A number stays whole with its unit.
    lines = text(breakLines(QString(26, QChar(0x4E00)) + QStringLiteral("代表10名"), 28, 0));
    CHECK(lines[1].contains(QStringLiteral("10名")));
    lines = text(breakLines(QString(26, QChar(0x4E00)) + QStringLiteral("无效票1张"), 28, 0));
    CHECK(lines[1].contains(QStringLiteral("1张")));
    // A kept name is never split; the short line is justified.
    const auto named = breakLines(QString(27, QChar(0x4E00)) + keep(QStringLiteral("丁敏")) + QStringLiteral("当选"), 28, 0);
    CHECK(named[1].text.contains(QStringLiteral("丁敏")));
    CHECK_FALSE(named[0].text.endsWith(QStringLiteral("丁")));
    CHECK(named[0].justify);
    CHECK_FALSE(named[1].justify);
    // A word is kept whole where the line then falls at most three cells short.
    lines = text(breakLines(QString(24, QChar(0x4E00)) + QStringLiteral("，妇女代表大会"), 28, 0));
    CHECK_FALSE(lines[0].endsWith(QStringLiteral("代")));
    CHECK(wrapCount(QStringLiteral("2026年12月1日"), 2) == 1);
}

TEST_CASE("huixuan-cli documents writes the set from a workspace at any time")
{
    Filed f;
    const std::string out = f.dir.path("again");
    RunResult r = runCli("documents " + f.dir.path("out/workspace.huixuan") + " --meeting congress --out " + out + " --key " +
                         f.dir.path("out/rehearsal.key.pem") + " --cert " + f.dir.path("out/rehearsal.cert.pem"));
    REQUIRE(r.status == 0);
    CHECK(r.out.find(out + "/选举结果报告.pdf") != std::string::npos);
    // The same workspace gives the same record, so the earlier documents still verify against it.
    CHECK(readFile(out + "/record.json") == readFile(f.doc("record.json")));
    CHECK(runCli("verify " + f.doc("计票结果报告单（执委第1轮）.pdf") + " --record " + out + "/record.json").status == 0);
    RunResult unknown = runCli("documents " + f.dir.path("out/workspace.huixuan") + " --meeting nope --out " + out + "2 --key " +
                               f.dir.path("out/rehearsal.key.pem") + " --cert " + f.dir.path("out/rehearsal.cert.pem"));
    CHECK(unknown.status == 1);
    CHECK(unknown.err == "没有这个会议：nope\n");
}

TEST_CASE("a term's register documents: signed, and they read right")
{
    TempDir dir;
    const std::string out = dir.path("out");
    REQUIRE(runCli("run " + std::string(HX_SOURCE_DIR) + "/tests/fixtures/executive-term/scenario.json --out " + out).status == 0);
    const std::string reg = out + "/documents/register";
    for (const char* name : {"执委名册.pdf", "履职评议汇总表.pdf"}) {
        INFO(name);
        CHECK(capture("pdfsig '" + reg + "/" + name + "' 2>&1").find("Signature is Valid") != std::string::npos);
        CHECK(runCli("verify " + reg + "/" + name + " --record " + reg + "/record.json").status == 0);
    }
    const std::string extract = pdfText(reg + "/执委名册.pdf");
    CHECK(extract.find("截至2026年4月2日，现任执委10名。") != std::string::npos);
    CHECK(extract.find("何雪") != std::string::npos);
    CHECK(extract.find("郭佳副主席") != std::string::npos); // vice-chair since 2026-02-01
    // An extract as of an earlier day shows the offices of that day (郭佳 was then an executive, 陈秀兰 vice-chair).
    const std::string earlier = pdfText(out + "/documents/byelection-2025/执委名册.pdf");
    CHECK(earlier.find("截至2025年9月10日") != std::string::npos);
    CHECK(earlier.find("陈秀兰副主席") != std::string::npos);
    CHECK(earlier.find("郭佳副主席") == std::string::npos);
    CHECK(extract.find("组织劝退") != std::string::npos);
    CHECK(extract.find("连续三次无故缺席执委会议") != std::string::npos);
    const std::string summary = pdfText(reg + "/履职评议汇总表.pdf");
    CHECK(summary.find("2026年度执委履职及述职评议情况汇总表") != std::string::npos);
    CHECK(summary.find("郭佳2100000") != std::string::npos); // contact 2, talk 1 in 2026
    const std::string minutes = pdfText(out + "/documents/exec-2024-2/会议记录.pdf");
    CHECK(minutes.find("应到11名，实到9名；请假：朱海燕（住院治疗）；无故缺席：马丽。") != std::string::npos);
    CHECK(minutes.find("举手表决：赞成5，反对2，弃权2，未通过。") != std::string::npos);
    CHECK(minutes.find("胡静：不称职") != std::string::npos);
    CHECK(pdfText(out + "/documents/exec-2024-2/履职评议汇总表.pdf").find("胡静0000000—不称职") != std::string::npos);
    const std::string report = pdfText(out + "/documents/byelection-2025/选举结果报告.pdf");
    CHECK(report.find("关于增补、替补执行委员会委员的报告") != std::string::npos);
    CHECK(report.find("郭佳：组织推荐，中共桃源村总支部委员会于2025年9月1日审查同意，提名为替补孙玉兰的人选。") != std::string::npos);
    CHECK(report.find("选举后执行委员会委员共10名") != std::string::npos); // as of the by-election, not as of today
}

TEST_CASE("delegate cards: one per expected delegate, each code scans to its meeting and person, same bytes twice")
{
    Filed f;
    const std::string ws = f.dir.path("out/workspace.huixuan");
    RunResult cards = runCli("roster cards " + ws + " --meeting congress --out " + f.dir.path("cards.pdf"));
    REQUIRE(cards.status == 0);
    CHECK(cards.out.find("已写出 30 张证件") == 0);
    REQUIRE(runCli("roster cards " + ws + " --meeting congress --out " + f.dir.path("again.pdf")).status == 0);
    CHECK(readFile(f.dir.path("cards.pdf")) == readFile(f.dir.path("again.pdf")));
    CHECK(capture("pdfinfo '" + f.dir.path("cards.pdf") + "' | grep Pages") == "Pages:           3\n");
    CHECK(pdfText(f.dir.path("cards.pdf")).find("代表证丁敏") != std::string::npos);

    TempDir tmp;
    REQUIRE(std::system(("pdftoppm -r 200 -png -f 1 -l 1 '" + f.dir.path("cards.pdf") + "' '" + tmp.path("c") + "'").c_str()) == 0);
    std::string codes = capture("zbarimg --raw -q '" + tmp.path("c-1.png") + "' 2>/dev/null | sort");
    CHECK(codes == "HX1:congress:d01\nHX1:congress:d02\nHX1:congress:d03\nHX1:congress:d04\nHX1:congress:d05\n"
                   "HX1:congress:d06\nHX1:congress:d07\nHX1:congress:d08\nHX1:congress:d09\nHX1:congress:d10\n");
    CHECK(runCli("roster cards " + ws + " --meeting nope --out " + f.dir.path("x.pdf")).err == "没有这次会议：nope\n");
}

TEST_CASE("fonts are found by name: the official face when installed, else the named Debian substitute")
{
    const QStringList installed = QFontDatabase::families();
    const QString kai = QFontInfo(fonts::kaiTi(16)).family();
    if (installed.contains(QStringLiteral("楷体")) || installed.contains(QStringLiteral("KaiTi")))
        CHECK((kai == QStringLiteral("楷体") || kai == QStringLiteral("KaiTi")));
    else
        CHECK(kai == QStringLiteral("AR PL KaitiM GB")); // fonts-arphic-gkai00mp, in runtime-packages.txt
    CHECK(QFontInfo(fonts::heiTi(16)).family().contains(QStringLiteral("Sans CJK SC")) == !installed.contains(QStringLiteral("黑体")));
}

namespace {

// A round of `count` candidates (some with long and transcribed names) for `seats`, drawn straight from state.
struct BigBallot {
    State state;
    Meeting meeting;
    Contest contest;
    BallotPaper paper;
    BigBallot(int count, int seats)
    {
        state.federation = Federation{"测试县妇女联合会", "system", "中共测试县委员会", ""};
        static const char* const longNames[] = {"阿依古丽·买买提", "欧阳娜仁其其格", "热依拉·阿不都热合曼", "司马燕", "迪丽娜尔·艾则孜"};
        std::vector<std::string> ids;
        for (int i = 0; i < count; ++i) {
            const std::string id = "c" + std::to_string(1000 + i);
            const std::string name = i % 7 == 0 ? longNames[(i / 7) % 5] : std::string("王") + (i % 2 ? "芳" : "丽华");
            Person p;
            p.id = id;
            p.name = name;
            state.roster.put(p);
            ids.push_back(id);
        }
        meeting.id = "congress";
        meeting.kind = "founding_congress";
        contest.id = "executives";
        contest.office = "executive";
        Round r;
        r.seats = seats;
        r.setCandidates(ids);
        contest.rounds.push_back(r);
        paper = ballotPaper(state, meeting, contest, contest.rounds.back());
    }
};

} // namespace

TEST_CASE("ballots of any size: long names fit their cells, and every sheet names its ballot and carries its code and seal area")
{
    TempDir tmp;
    {
        // 35 candidates and 30 write-in cells: every name whole inside its own cell.
        BigBallot b(35, 30);
        const std::string pdf = tmp.path("35.pdf");
        writeFile(pdf, b.paper.pdf.toStdString());
        const auto lines = pdfLines(pdf);
        for (const auto& page : b.paper.layout.pages)
            for (const auto& cell : page.cells) {
                if (cell.kind != "candidate")
                    continue;
                std::string inside;
                for (const auto& l : lines) {
                    const double cx = (l.x0 + l.x1) / 2, cy = (l.y0 + l.y1) / 2;
                    if (l.page == page.number && cx > cell.label.x && cx < cell.label.x + cell.label.w && cy > cell.label.y && cy < cell.label.y + cell.label.h) {
                        inside += utf8(l.text);
                        CHECK(l.x0 >= cell.label.x - 0.2);
                        CHECK(l.x1 <= cell.label.x + cell.label.w + 0.2);
                    }
                }
                CHECK(inside == cell.name);
            }
    }
    {
        // 320 candidates: several sheets, each with the title, 第 n 张 共 N 张, the seal area and its own code.
        BigBallot b(320, 290);
        const std::string pdf = tmp.path("320.pdf");
        writeFile(pdf, b.paper.pdf.toStdString());
        const auto& pages = b.paper.layout.pages;
        REQUIRE(pages.size() >= 2);
        REQUIRE(pdfPages(pdf) == static_cast<int>(pages.size()));
        const std::string total = std::to_string(pages.size());
        for (const auto& page : pages) {
            std::string text;
            for (const auto& l : pdfLines(pdf))
                if (l.page == page.number)
                    text += utf8(l.text);
            INFO("sheet " << page.number << ": " << text);
            CHECK(text.find("测试县妇女联合会第一届执行委员会委员选票") != std::string::npos);
            CHECK(text.find("第" + std::to_string(page.number) + "张共" + total + "张") != std::string::npos);
            CHECK(text.find("盖章处") != std::string::npos);
            CHECK(page.code == b.paper.layout.code + "|" + std::to_string(page.number) + "/" + total);
            REQUIRE(std::system(("pdftoppm -r 100 -png -f " + std::to_string(page.number) + " -l " + std::to_string(page.number) + " -singlefile '" + pdf + "' '" + tmp.path("s") + "'").c_str()) == 0);
            CHECK(capture("zbarimg --raw -q '" + tmp.path("s.png") + "' 2>/dev/null") == page.code + "\n");
        }
    }
}
