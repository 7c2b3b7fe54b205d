// The filed documents read as a filing office and a GB/T 9704-2012 reviewer
// read them: every line inside the type area, no seal, date or signature
// without body text on its page, no ballot words for a show of hands, every
// round of a contest named, no name or number split across lines, dates in
// order, the letterhead and page numbers where the standard puts them.
#include "pdf_review.hpp"
#include "strokes.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <regex>

using namespace hx;
using namespace hx::test;

namespace {

constexpr double kLeft = 28, kRight = 184, kTop = 37, kBottom = 262, kPitch = 225.0 / 22, kCell = 156.0 / 28;

// A scenario run once through the CLI; its document folders.
struct Run {
    TempDir dir;
    std::string scenario;
    explicit Run(const std::string& path) : scenario(path)
    {
        REQUIRE(runCli("run " + path + " --out " + dir.path("out")).status == 0);
    }
    std::vector<std::string> pdfs(bool withBallots = false) const
    {
        std::vector<std::string> out;
        for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path("out/documents")))
            if (e.path().extension() == ".pdf" && (withBallots || !e.path().filename().string().starts_with("选票")))
                out.push_back(e.path().string());
        std::sort(out.begin(), out.end());
        return out;
    }
    // A run of one meeting files into documents/, of several into documents/<meeting>/.
    std::string doc(const std::string& meeting, const std::string& name) const
    {
        const std::string nested = dir.path("out/documents/" + meeting);
        return (std::filesystem::is_directory(nested) ? nested : dir.path("out/documents")) + "/" + name;
    }
};

const Run& run(const std::string& name)
{
    static std::map<std::string, std::unique_ptr<Run>> runs;
    auto& r = runs[name];
    if (!r)
        r = std::make_unique<Run>(name.starts_with("founding-") ? std::string(HX_SOURCE_DIR) + "/assets/scenarios/" + name + ".json"
                                                                : std::string(HX_SOURCE_DIR) + "/tests/fixtures/" + name + "/scenario.json");
    return *r;
}

const std::vector<std::string> kFixtures = {"founding-congress", "founding-preparation", "supplementary-round", "tie-round", "seat-reduction", "executive-by-election", "executive-term"};

std::string text(const std::string& pdf)
{
    std::string out;
    for (const auto& l : pdfLines(pdf))
        out += utf8(l.text);
    return out;
}

bool isFurniture(const PdfLine& l)
{
    return l.y0 > kBottom; // the page number and the QR code's label, under the type area by design
}

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool isHan(char32_t c) { return c >= 0x3400 && c < 0xA000; }

std::vector<std::u32string> names(const std::string& scenario)
{
    std::vector<std::u32string> out;
    const std::string json = readFile(scenario);
    const std::regex name(R"re("name":\s*"([^"]+)")re");
    for (auto it = std::sregex_iterator(json.begin(), json.end(), name); it != std::sregex_iterator(); ++it)
        if (decodeUtf8((*it)[1].str()).size() >= 2)
            out.push_back(decodeUtf8((*it)[1].str()));
    return out;
}

} // namespace

TEST_CASE("GB/T 9704: every line of every document lies inside the type area")
{
    for (const auto& fixture : kFixtures)
        for (const auto& pdf : run(fixture).pdfs()) {
            for (const auto& l : pdfLines(pdf)) {
                if (isFurniture(l))
                    continue;
                INFO(pdf << " page " << l.page << ": " << utf8(l.text) << " at x " << l.x0 << "–" << l.x1 << " y " << l.y0 << "–" << l.y1);
                CHECK(l.x0 >= kLeft - 0.6);
                CHECK(l.x1 <= kRight + 0.6);
                CHECK(l.y0 >= kTop - 0.6);
                CHECK(l.y1 <= kBottom + 0.6);
            }
        }
}

TEST_CASE("GB/T 9704 7.3.5: no sender, date or signature line without body text on its page")
{
    const std::regex date(R"(^(\d{4}|　+)年.*日$)");
    for (const auto& fixture : kFixtures)
        for (const auto& pdf : run(fixture).pdfs()) {
            const auto lines = pdfLines(pdf);
            for (size_t i = 0; i < lines.size(); ++i) {
                const std::string t = utf8(lines[i].text);
                const bool sender = std::regex_match(t, date) && std::abs(lines[i].x1 - (kRight - 4 * kCell)) < 3;
                const bool signature = t.find("＿＿＿") != std::string::npos;
                if (!sender && !signature)
                    continue;
                int body = 0;
                for (const auto& l : lines)
                    if (l.page == lines[i].page && l.y1 < lines[i].y0 - (sender ? kPitch * 1.5 : 0.5) && !isFurniture(l)
                        && utf8(l.text).find("＿＿＿") == std::string::npos)
                        ++body;
                // GB/T 9704 7.3.5: at least a line of body text on the page of the sender, the date or a signature.
                INFO(pdf << " page " << lines[i].page << ": " << t);
                CHECK(body >= 1);
            }
        }
}

TEST_CASE("a show of hands is never described in ballot words")
{
    // RULE: DOCUMENTS.md What a filing reviewer sends back — no ballot words for a show of hands.
    for (const auto& pdf : run("executive-by-election").pdfs(true)) {
        const std::string t = text(pdf);
        INFO(pdf << "\n" << t);
        for (const char* word : {"选票", "收回", "无记名", "另选", "划“", "不赞成"})
            CHECK(t.find(word) == std::string::npos);
    }
    const std::string tally = text(run("executive-by-election").doc("byelection", "计票结果报告单（执委第1轮）.pdf"));
    CHECK(tally.find("反对") != std::string::npos);
    CHECK(tally.find("表决结果") != std::string::npos);
    CHECK(tally.find("人数。") == std::string::npos); // 不少于8人, never 8人数
    CHECK(text(run("executive-by-election").doc("byelection", "选举办法.pdf")).find("再次表决") != std::string::npos);
}

TEST_CASE("every document of a multi-round contest names each round")
{
    const auto check = [](const std::string& fixture, const std::vector<std::string>& words) {
        for (const char* name : {"选举结果报告.pdf", "选举结果宣布稿.pdf", "会议记录.pdf", "主持词.pdf"}) {
            const std::string t = text(run(fixture).doc("congress", name));
            INFO(fixture << " " << name << "\n" << t);
            for (const auto& w : words)
                CHECK(t.find(w) != std::string::npos);
        }
    };
    check("supplementary-round", {"第一次投票", "第二次投票（另行选举）"});
    check("founding-preparation", {"第一次投票", "第二次投票（另行选举）"});
    check("tie-round", {"第一次投票", "再次投票"});
    // RULE: RULES §4 Shortfall — a seat reduction is reported with who decided it.
    check("seat-reduction", {"应选3名", "经主席团同意，应选名额由3名减少为2名"});
}

TEST_CASE("no name, number or document number split across lines, and no mark on the wrong side of a break")
{
    const std::u32string closers = U"，。、；：？！）》」』”’〕】…", openers = U"（《「『“‘〔【";
    for (const auto& fixture : kFixtures) {
        const auto people = names(run(fixture).scenario);
        for (const auto& pdf : run(fixture).pdfs()) {
            const auto lines = pdfLines(pdf);
            for (size_t i = 0; i + 1 < lines.size(); ++i) {
                const auto& a = lines[i].text;
                const auto& b = lines[i + 1].text;
                if (a.empty() || b.empty() || lines[i].block != lines[i + 1].block)
                    continue;
                INFO(pdf << ": “" << utf8(a) << "” / “" << utf8(b) << "”");
                CHECK(closers.find(b.front()) == std::u32string::npos);
                CHECK(openers.find(a.back()) == std::u32string::npos);
                CHECK_FALSE((isDigit(a.back()) && (isDigit(b.front()) || isHan(b.front()))));
                for (const auto& n : people)
                    for (size_t k = 1; k < n.size(); ++k)
                        CHECK_FALSE((a.ends_with(n.substr(0, k)) && b.starts_with(n.substr(k))));
            }
        }
    }
}

TEST_CASE("a request precedes what it requests, and carries its number, signer and 版记")
{
    const Run& r = run("founding-congress");
    const std::string request = text(r.doc("congress", "请示.pdf"));
    INFO(request);
    CHECK(request.find("星光妇筹〔2026〕1号") != std::string::npos);
    CHECK(request.find("签发人：陈静怡") != std::string::npos);
    CHECK(request.find("2026年11月10日") != std::string::npos);
    // RULE: 党政机关公文处理工作条例 第九条
    CHECK(request.find("（联系人：陈静怡，联系电话：023-63850000）") != std::string::npos);
    CHECK(request.find("抄送：渝中区石油路街道妇女联合会。") != std::string::npos);
    CHECK(request.find("2026年11月10日印发") != std::string::npos);
    CHECK(request.find("《中华全国妇女联合会章程》") != std::string::npos);
    // One attachment: 附件：<name>, and the attachment itself marked 附件.
    CHECK(request.find("附件：星光社区妇女联合会第一次妇女代表大会候选人建议名单") != std::string::npos);
    CHECK(text(r.doc("congress", "候选人建议名单.pdf")).starts_with("附件星光社区"));
    const std::string report = text(r.doc("congress", "选举结果报告.pdf"));
    CHECK(report.find("星光妇〔2026〕1号") != std::string::npos);
    CHECK(report.find("签发人：王芳") != std::string::npos);
    CHECK(report.find("2026年12月2日印发") != std::string::npos);
    // The number and the signer on one line (GB/T 9704 7.2.5): the number one character in from the left, the signer one in from the right.
    double numberY = -1, signerY = -2;
    for (const auto& l : pdfLines(r.doc("congress", "请示.pdf"))) {
        if (utf8(l.text).starts_with("星光妇筹")) {
            numberY = l.y0;
            CHECK(l.x0 == Approx(kLeft + kCell).margin(0.5));
        }
        if (utf8(l.text).find("陈静怡") != std::string::npos && l.page == 1 && l.y0 < 120) {
            signerY = l.y0;
            CHECK(l.x1 == Approx(kRight - kCell).margin(0.8));
        }
    }
    CHECK(numberY == Approx(signerY).margin(0.5));
    // GB/T 9704 7.3.7: the attachment bound after the body from a new page, the 版记 on the very last page.
    const auto lines = pdfLines(r.doc("congress", "请示.pdf"));
    int dated = 0, attached = 0, imprinted = 0;
    for (const auto& l : lines) {
        const std::string t = utf8(l.text);
        if (t == "2026年11月10日")
            dated = l.page;
        if (t == "附件")
            attached = l.page;
        if (t.find("印发") != std::string::npos)
            imprinted = l.page;
    }
    CHECK(dated > 0);
    CHECK(attached > dated);
    CHECK(imprinted == pdfPages(r.doc("congress", "请示.pdf")));
}

TEST_CASE("GB/T 9704 7.2 and 7.5: the letterhead, the red rule, the title and the page number where the standard puts them")
{
    const std::string pdf = run("founding-congress").doc("congress", "请示.pdf");
    const Raster page = renderPage(pdf, 1, 200);
    REQUIRE(page.width > 0);
    // 7.2.4: the issuing body's mark 35 mm under the type area's top.
    const double mark = page.firstRow(kTop, kLeft, kRight, true);
    CHECK(mark == Approx(kTop + 35).margin(0.6));
    // 7.2.7: the red rule 4 mm under the number's line.
    double numberBottom = 0;
    for (const auto& l : pdfLines(pdf))
        if (l.page == 1 && utf8(l.text).find("签发人") != std::string::npos)
            numberBottom = l.y1;
    REQUIRE(numberBottom > 0);
    const double rule = page.firstRow(numberBottom, kLeft, kRight, true);
    CHECK(rule - numberBottom == Approx(4).margin(1.5));
    // 7.3.1: the title two blank lines under the rule.
    const double title = page.firstRow(rule + 1, kLeft, kRight, false);
    CHECK(title - rule >= 2 * kPitch);
    CHECK(title - rule <= 3 * kPitch);
    // 7.5: the page number's dash 7 mm under the type area, one character in from the right on an odd page.
    double dash = -1;
    for (int y = page.px(kBottom + 1); y < page.px(kBottom + 15) && dash < 0; ++y) {
        int run = 0;
        for (int x = page.px(kRight - 40); x < page.px(kRight); ++x) {
            run = page.dark(x, y) ? run + 1 : 0;
            if (page.mm(run) >= 3) {
                dash = page.mm(y);
                break;
            }
        }
    }
    CHECK(dash == Approx(kBottom + 7).margin(0.6));
}

TEST_CASE("the presiding script reads in the agenda's order and addresses the body in the hall")
{
    const std::string script = text(run("founding-congress").doc("congress", "主持词.pdf"));
    const std::string agenda = text(run("founding-congress").doc("congress", "议程.pdf"));
    INFO(script);
    CHECK(script.starts_with("星光社区妇女联合会第一次妇女代表大会主持词各位代表"));
    size_t at = 0;
    for (const char* step : {"第一项议程：宣布中共渝中区石油路街道星光社区委员会的批复", "第二项议程：筹备工作报告", "第三项议程：通过选举办法", "第四项议程：通过监票人、计票人名单",
                             "第五项议程：选举并宣布结果", "当选为渝中区石油路街道星光社区妇女联合会执行委员会委员", "第六项议程：大会休会",
                             "各位执委：现在开会", "第七项议程：大会复会", "第八项议程：新当选主席讲话", "第九项议程：领导讲话", "胜利闭幕"}) {
        const size_t next = script.find(step, at);
        INFO(step);
        CHECK(next != std::string::npos);
        at = next == std::string::npos ? at : next;
    }
    CHECK(agenda.find("9.领导讲话") != std::string::npos);
    CHECK(agenda.find("10.") == std::string::npos);
    const std::string byElection = text(run("executive-by-election").doc("byelection", "主持词.pdf"));
    CHECK(byElection.find("各位执委") != std::string::npos);
    CHECK(byElection.find("代表") == std::string::npos);
    CHECK(byElection.find("大会") == std::string::npos);
}

TEST_CASE("按姓氏笔画为序 only over names in that order, chair and vice-chairs in the approved order")
{
    const std::string a = text(run("founding-congress").doc("congress", "选举结果宣布稿.pdf"));
    INFO(a);
    CHECK(a.find("白云、丁敏当选为渝中区石油路街道星光社区妇女联合会副主席（按批复的顺序）") != std::string::npos);
    CHECK(a.find("王芳当选为渝中区石油路街道星光社区妇女联合会主席。") != std::string::npos);
    CHECK(a.find("丁敏、于红、马丽、王芳、孔雪、白云、李娜当选为渝中区石油路街道星光社区妇女联合会执行委员会委员（按姓氏笔画为序）") != std::string::npos);
    const std::string report = text(run("founding-congress").doc("congress", "选举结果报告.pdf"));
    CHECK(report.find("白云、丁敏当选为") != std::string::npos);
    CHECK(report.find("第一届执行委员会委员") != std::string::npos);
    CHECK(report.find("差额1名") != std::string::npos);
    CHECK(report.find("赵丽2票") != std::string::npos);
    CHECK(report.find("应到执委7名，实到7名") != std::string::npos);
}

TEST_CASE("tallies: every candidate's result, the hour the count closed, one chief scrutineer")
{
    const std::string tally = text(run("founding-congress").doc("congress", "计票结果报告单（执委第1轮）.pdf"));
    INFO(tally);
    CHECK(tally.find("张敏") != std::string::npos);
    CHECK(tally.find("未当选") != std::string::npos);
    CHECK(tally.find("计票结束时间：2026年12月1日9时00分") != std::string::npos);
    const std::string count = text(run("founding-congress").doc("congress", "选票清点报告（执委第1轮）.pdf"));
    CHECK(count.find("总监票人") == count.rfind("总监票人"));
}

TEST_CASE("the election method is filed as adopted, with the clauses a reviewer expects")
{
    const std::string m = text(run("founding-congress").doc("congress", "选举办法.pdf"));
    INFO(m);
    CHECK(m.find("（2026年12月1日星光社区妇女联合会第一次妇女代表大会通过）") != std::string::npos);
    CHECK(m.find("草案") == std::string::npos);
    CHECK(m.find("弃权的不能另选他人") != std::string::npos);
    CHECK(m.find("选举纪律") != std::string::npos);
    CHECK(m.find("选举程序") != std::string::npos);
}

TEST_CASE("with √/×/〇 a write-in is marked √, on the ballot and in the method: 〇 there means abstain")
{
    // RULE: RULES §4 Ballot marks — a write-in is marked with the sign that approves (○ by default; √ with √/×/〇).
    std::ifstream in(std::string(HX_SOURCE_DIR) + "/assets/scenarios/founding-congress.json");
    std::string scenario((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = scenario.find("\"method\": {}");
    REQUIRE(at != std::string::npos);
    scenario.replace(at, 12, "\"method\": {\"marks\": \"tick_cross_circle\"}");
    TempDir dir;
    std::ofstream(dir.path("ticks.json")) << scenario;
    const Run ticks(dir.path("ticks.json"));
    const std::string ballot = text(ticks.doc("congress", "选票（执委第1轮）.pdf")), method = text(ticks.doc("congress", "选举办法.pdf"));
    INFO(ballot << method);
    CHECK(ballot.find("弃权的划“〇”") != std::string::npos);
    CHECK(ballot.find("另选人姓名，并在其上方格内划“√”；只写姓名不划符号的，另选无效") != std::string::npos);
    CHECK(ballot.find("划“○”") == std::string::npos);
    CHECK(method.find("另选人姓名并在其上方格内划“√”") != std::string::npos);
    CHECK(method.find("划“○”") == std::string::npos);
    // With filled boxes, the box filled; not filled, void — and the ballot says what not filling means.
    std::string s = scenario;
    s.replace(s.find("tick_cross_circle"), 17, "filled_boxes");
    std::ofstream(dir.path("boxes.json")) << s;
    const Run boxes(dir.path("boxes.json"));
    const std::string filledBallot = text(boxes.doc("congress", "选票（执委第1轮）.pdf")), filledMethod = text(boxes.doc("congress", "选举办法.pdf"));
    CHECK(filledBallot.find("不赞成的和弃权的不涂") != std::string::npos);
    CHECK(filledBallot.find("只写姓名不涂的") != std::string::npos);
    CHECK(filledMethod.find("另选人姓名并将其上方格涂满；只写姓名不涂的，另选无效") != std::string::npos);
    // The default's write-in is marked ○.
    CHECK(text(run("founding-congress").doc("congress", "选举办法.pdf")).find("另选人姓名并在其上方格内划“○”") != std::string::npos);
}

TEST_CASE("minutes record each step: the approval, the reports, the recess and plenary, the tellers, each candidate's votes")
{
    const std::string m = text(run("founding-congress").doc("congress", "会议记录.pdf"));
    INFO(m);
    for (const char* s : {"宣读中共渝中区石油路街道星光社区委员会的批复", "计票结束于2026年12月1日9时00分", "筹备工作组作筹备工作报告", "大会休会，召开执行委员会第一次全体会议",
                          "计票人周敏（工作人员）", "丁敏赞成24票", "新当选主席讲话。王芳讲话", "领导讲话", "时间：2026年12月1日9时00分"})
        CHECK(m.find(s) != std::string::npos);
    const std::string by = text(run("executive-by-election").doc("byelection", "会议记录.pdf"));
    // The recorder writes the minutes: she is not listed absent.
    const auto recorder = by.find("记录人：") + std::string("记录人：").size();
    const std::string name = by.substr(recorder, by.find("应到", recorder) - recorder);
    const auto absent = by.find("缺席：");
    REQUIRE(absent != std::string::npos);
    REQUIRE_FALSE(name.empty());
    CHECK(by.substr(absent, by.find("会议议程") - absent).find(name) == std::string::npos);
}

TEST_CASE("every font in every document is embedded")
{
    for (const auto& pdf : run("founding-congress").pdfs(true)) {
        const std::string fonts = capture("pdffonts '" + pdf + "' 2>/dev/null");
        INFO(pdf << "\n" << fonts);
        std::istringstream lines(fonts);
        std::string line;
        int rows = 0;
        while (std::getline(lines, line))
            if (++rows > 2 && !line.empty())
                CHECK(line.find(" yes ") != std::string::npos);
    }
}

TEST_CASE("no heading is the last line of a page")
{
    // 一、… or （一）…
    const auto heading = [](const std::u32string& t) {
        const std::u32string numerals = U"一二三四五六七八九十";
        size_t i = !t.empty() && t[0] == U'（' ? 1 : 0;
        const size_t start = i;
        while (i < t.size() && numerals.find(t[i]) != std::u32string::npos)
            ++i;
        return i > start && i < t.size() && t[i] == (start ? U'）' : U'、');
    };
    int headings = 0;
    for (const auto& fixture : kFixtures)
        for (const auto& pdf : run(fixture).pdfs()) {
            const auto lines = pdfLines(pdf);
            for (size_t i = 0; i < lines.size(); ++i) {
                if (isFurniture(lines[i]))
                    continue;
                headings += heading(lines[i].text);
                bool last = true;
                for (size_t j = i + 1; j < lines.size() && lines[j].page == lines[i].page; ++j)
                    last = last && isFurniture(lines[j]);
                const bool more = i + 1 < lines.size() && lines.back().page > lines[i].page;
                INFO(pdf << " page " << lines[i].page << ": " << utf8(lines[i].text));
                if (last && more)
                    CHECK_FALSE(heading(lines[i].text));
            }
        }
    CHECK(headings > 50); // the check sees the headings it guards
}
