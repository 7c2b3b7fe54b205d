// The ballot reader against a synthetic deck of the project's own ballots,
// marked by hand-like strokes and printed and scanned (tests/scan/): no
// definite cell read wrong, every ambiguous cell unclear, every sheet of
// another workspace, round or draft set aside. The 10,000-sheet run and the
// speed figures are huixuan-bench's (docs/PERFORMANCE.md).
#include "deck_score.hpp"
#include "affine_cut.hpp"
#include "ink_pieces.hpp"
#include "counting.hpp"
#include "scan_batch.hpp"
#include "scanned.hpp"
#include "sha256.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <random>
#include <sstream>

using namespace hx;
using namespace hx::deck;
using namespace hx::test;

namespace {

std::string report(const Score& s)
{
    std::string out;
    for (size_t i = 0; i < s.problems.size() && i < 60; ++i)
        out += s.problems[i] + "\n";
    return out + std::to_string(s.sheets) + " sheets, " + std::to_string(s.setAside) + " set aside; " + std::to_string(s.clear) + " clear cells, "
           + std::to_string(s.clearUnclear) + " left unclear, " + std::to_string(s.wrong) + " read wrong; " + std::to_string(s.ambiguous)
           + " ambiguous, " + std::to_string(s.ambiguousDefinite) + " read as definite; " + std::to_string(s.namesWrong) + " of "
           + std::to_string(s.names) + " write-in names misjudged";
}

void checkScore(const Score& s, double unclearShare)
{
    INFO(report(s));
    if (std::getenv("HX_DECK_VERBOSE")) // every problem, one per line
        for (const auto& p : s.problems)
            std::cerr << p << "\n";
    CHECK(s.setAside == 0);
    CHECK(s.wrong == 0);
    CHECK(s.ambiguousDefinite == 0);
    CHECK(s.namesWrong == 0);
    CHECK(s.clearUnclear <= unclearShare * s.clear);
}

} // namespace

// RULE: RULES §4 Ballot marks — ○ approve, × oppose, no mark abstain; anything else unclear.
TEST_CASE("RULE: RULES §4 Ballot marks - a deck read under ○/×: no definite cell wrong, every ambiguous cell unclear")
{
    Hall hall(35, 10);
    checkScore(readDeck(hall, 24, 0.15, 1, randomPrintScan), 0.01);
}

TEST_CASE("RULE: RULES §4 Ballot marks - the √/×/〇 and filled-box grammars the method may choose are read under their own rules")
{
    checkScore(readDeck(Hall(20, 7, "tick_cross_circle"), 8, 0.1, 2, randomPrintScan), 0.02);
    checkScore(readDeck(Hall(20, 7, "filled_boxes"), 8, 0.1, 3, randomPrintScan), 0.02);
}

TEST_CASE("a ballot of several A3 sheets is read sheet by sheet, each by its own code")
{
    Hall hall(150, 20);
    REQUIRE(hall.paper().layout.pages.size() == 2);
    REQUIRE(hall.paper().layout.paper == "A3");
    checkScore(readDeck(hall, 4, 0.1, 4, randomPrintScan), 0.01);
}

TEST_CASE("RULE: RULES §4 Ballot marks - a sheet of another workspace, of a round not being counted or of no ballot at all is set aside")
{
    Hall hall(20, 7);
    const BallotPaper first = hall.paper();
    Hall elsewhere(20, 7, "circle_cross", "origin-2"); // the same meeting, contest and names in another workspace
    hall.closeRoundAndOpenAnother();
    const scan::LayoutBook book(hall.state);
    std::mt19937 rng(5);
    auto read = [&](const BallotPaper& paper) {
        const Deck deck(paper);
        std::vector<Drawn> cells = deck.randomCells(1, 0, "circle_cross", true, rng);
        std::vector<bool> names;
        PrintScan ps;
        const cv::Mat grey = cv::imdecode(deck.scanned(deck.marked(1, ps.dpi, cells, names, rng), ps, rng), cv::IMREAD_GRAYSCALE);
        return scan::interpret(scan::readSheet(grey, book.finder()), book, "x.png", 1);
    };
    const scan::SheetResult second = read(hall.paper());
    CHECK(second.read);
    CHECK(second.round == 2);
    const scan::SheetResult old = read(first);
    CHECK_FALSE(old.read);
    CHECK(old.reason == "round_not_open");
    CHECK(old.round == 1);
    CHECK(scan::reasonText(old).zh == "这是执委第1轮的选票，该轮不在计票中");
    const scan::SheetResult foreign = read(elsewhere.paper());
    CHECK_FALSE(foreign.read);
    CHECK(foreign.reason == "unknown_code");
    CHECK(foreign.code.starts_with("HXB2|congress|executives|r1|"));
    // A page with no ballot on it: a white sheet, and a letter with text only.
    const scan::SheetResult white = scan::interpret(scan::readSheet(cv::Mat(2339, 1654, CV_8U, cv::Scalar(245)), book.finder()), book, "w.png", 1);
    CHECK(white.reason == "no_marks");
}

TEST_CASE("a draft's sheets do not match: the code's digest covers the candidates, their order and the workspace")
{
    Hall a(12, 5), b(12, 5, "circle_cross", "origin-2");
    CHECK(a.paper().layout.code != b.paper().layout.code);
    Hall c(12, 5);
    std::reverse(c.state.meetings.at("congress").contests[0].rounds[0].candidates.begin(), c.state.meetings.at("congress").contests[0].rounds[0].candidates.end());
    CHECK(a.paper().layout.code != c.paper().layout.code);
    Hall d(12, 5);
    CHECK(a.paper().layout.code == d.paper().layout.code); // the same ballot prints the same code every time
}

TEST_CASE("huixuan-cli scan reads a folder as a scanner saves it - PNG, JPEG, multi-page TIFF, PDF - one JSON object per sheet")
{
    TempDir dir;
    const std::string ws = meetingAtTheDesk(dir.path("desk.huixuan"), 0);
    const Workspace open = Workspace::openReadOnly(ws);
    const Meeting& m = *open.state().meeting("congress");
    const Deck deck(ballotPaper(open.state(), m, m.contests[0], m.contests[0].current()));
    std::mt19937 rng(7);
    std::filesystem::create_directories(dir.path("scans"));
    std::vector<std::vector<Drawn>> drawn;
    std::vector<cv::Mat> sheets;
    for (int i = 0; i < 5; ++i) {
        drawn.push_back(deck.randomCells(1, 0, "circle_cross", true, rng));
        std::vector<bool> names;
        PrintScan ps;
        ps.mode = i == 1 ? PrintScan::Mode::Colour : PrintScan::Mode::Grey;
        ps.jpeg = i == 1 ? 75 : 0;
        sheets.push_back(cv::imdecode(deck.scanned(deck.marked(1, ps.dpi, drawn.back(), names, rng), ps, rng), cv::IMREAD_UNCHANGED));
    }
    cv::imwrite(dir.path("scans/001.png"), sheets[0]);
    cv::imwrite(dir.path("scans/002.jpg"), sheets[1]);
    cv::imwritemulti(dir.path("scans/003.tif"), std::vector<cv::Mat>{sheets[2], sheets[3]});
    {
        // A PDF of the page image, as a scanner's "scan to PDF" makes.
        QPdfWriter pdf(QString::fromStdString(dir.path("scans/004.pdf")));
        pdf.setResolution(200);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        const cv::Mat& g = sheets[4];
        p.drawImage(QRect(0, 0, pdf.width(), pdf.height()), QImage(g.data, g.cols, g.rows, static_cast<int>(g.step), QImage::Format_Grayscale8));
    }
    cv::imwrite(dir.path("scans/005.png"), cv::Mat(2339, 1654, CV_8U, cv::Scalar(245)));
    writeFile(dir.path("scans/006.jpg"), "not a JPEG at all");  // a file the scanner broke off
    {
        // A PDF whose page is 1.3 m square: 105 million pixels at 200 dpi, just over the bound —
        // small enough to render, so only the bound makes it unreadable.
        QPdfWriter pdf(QString::fromStdString(dir.path("scans/007.pdf")));
        pdf.setPageSize(QPageSize(QSizeF(1300, 1300), QPageSize::Millimeter));
        QPainter p(&pdf);
        p.drawText(100, 100, "huge");
    }
    writeFile(dir.path("scans/notes.txt"), "not a scan"); // left alone: not an image

    const RunResult r = runCli("scan " + ws + " " + dir.path("scans") + " --dry-run --json");
    INFO(r.out << r.err);
    CHECK(r.status == 3); // one sheet set aside
    std::vector<Json> lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);)
        lines.push_back(Json::parse(line));
    REQUIRE(lines.size() == 8);
    for (size_t i = 0; i < 5; ++i) {
        INFO("sheet " << i << ": " << lines[i].dump());
        CHECK(lines[i]["status"] == "read");
        CHECK(lines[i]["meeting"] == "congress");
        CHECK(lines[i]["contest"] == "executives");
        CHECK(lines[i]["round"] == 1);
        CHECK(lines[i]["sheet"] == 1);
        const auto& cells = deck.layout().pages[0].cells;
        for (size_t k = 0; k < cells.size(); ++k) {
            const std::string want = expectedMark(drawn[i][k], "circle_cross");
            if (cells[k].kind == "candidate")
                CHECK(lines[i]["marks"][cells[k].id] == want);
            else
                CHECK(lines[i]["write_ins"][static_cast<size_t>(cells[k].index - 1)]["mark"] == want);
        }
    }
    CHECK(lines[2]["file"].get<std::string>().ends_with("003.tif"));
    CHECK(lines[3]["page"] == 2);
    CHECK(lines[4]["file"].get<std::string>().ends_with("004.pdf"));
    CHECK(lines[5]["status"] == "rejected");
    CHECK(lines[5]["reason"] == "no_marks");
    CHECK(lines[6]["reason"] == "unreadable");
    CHECK(lines[7]["reason"] == "unreadable"); // refused before it is rendered
    CHECK(r.err.find("共 8 张：读取 5，搁置 3；完整选票 5 张") != std::string::npos);

    CHECK(runCli("scan " + ws + " " + dir.path("nowhere") + " --dry-run").err.find("找不到扫描文件") == 0);
}

namespace {

// What a teller types for a ballot whose final marks (read, or decided by the scrutineers) are `marks`.
Json typedBallot(const BallotPage& page, const std::vector<std::string>& marks, const std::vector<bool>& names)
{
    Json b = {{"approve", Json::array()}, {"oppose", Json::array()}, {"write_ins", Json::array()}};
    for (size_t k = 0; k < page.cells.size(); ++k) {
        const BallotCell& cell = page.cells[k];
        if (cell.kind == "candidate" && marks[k] != "blank")
            b[marks[k]].push_back(cell.id);
        if (cell.kind == "write_in" && (names[k] || marks[k] == "approve"))
            b["write_ins"].push_back({{"name", names[k] ? "赵丽" : ""}, {"mark", marks[k] == "approve" ? "approve" : "none"}});
    }
    return b;
}

size_t cellOf(const BallotPage& page, const Json& task)
{
    for (size_t k = 0; k < page.cells.size(); ++k)
        if (task["kind"] == "cell" ? page.cells[k].id == task["candidate"] : page.cells[k].kind == "write_in" && page.cells[k].index == task["write_in"])
            return k;
    FAIL("no cell for " << task.dump());
    return 0;
}

} // namespace

TEST_CASE("a congress counted from scanned ballots gives the same figures as typed: the scan is one entry of double entry, what is unclear waits for the scrutineers")
{
    // RULE: RULES §4 Counting procedure 6
    TempDir dir;
    const std::string ws = meetingAtTheDesk(dir.path("scanned.huixuan"), 0), typed = meetingAtTheDesk(dir.path("typed.huixuan"), 0);
    const BallotPage page = [&] {
        const Workspace open = Workspace::openReadOnly(ws);
        const Meeting& m = *open.state().meeting("congress");
        return ballotLayout(open.state(), m, m.contests[0], m.contests[0].current()).pages[0];
    }();
    const Deck deck = [&] {
        const Workspace open = Workspace::openReadOnly(ws);
        const Meeting& m = *open.state().meeting("congress");
        return Deck(ballotPaper(open.state(), m, m.contests[0], m.contests[0].current()));
    }();
    // Ten ballots returned: nine marked (a fifth of the cells ambiguous), then a page that is no ballot.
    std::mt19937 rng(21);
    std::filesystem::create_directories(dir.path("scans"));
    std::vector<std::vector<std::string>> marks(10);
    std::vector<std::vector<bool>> names(10);
    for (int b = 0; b < 9; ++b) {
        std::vector<Drawn> cells = deck.randomCells(1, 0.2, "circle_cross", true, rng);
        PrintScan ps;
        ps.rotation = (b - 4) * 0.8;
        const auto bytes = deck.scanned(deck.marked(1, ps.dpi, cells, names[b], rng), ps, rng);
        writeFile(dir.path("scans/" + std::to_string(100 + b) + ".png"), std::string(bytes.begin(), bytes.end()));
        for (const Drawn d : cells)
            marks[b].push_back(expectedMark(d, "circle_cross"));
    }
    cv::imwrite(dir.path("scans/109.png"), cv::Mat(2339, 1654, CV_8U, cv::Scalar(245)));

    const RunResult r = runCli("scan " + ws + " " + dir.path("scans") + " --json");
    INFO(r.out << r.err);
    CHECK(r.status == 3); // the white page was set aside
    CHECK(r.err.find("已记录这一批 10 张选票") != std::string::npos);
    int kept = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path("scanned.scans"))) {
        CHECK(e.path().stem().string() == sha256Hex(readFile(e.path())));
        ++kept;
    }
    CHECK(kept == 10);
    // The folder scanned again: its images are recorded already, so nothing is recorded twice.
    const std::string before = readFile(ws);
    const RunResult again = runCli("scan " + ws + " " + dir.path("scans"));
    CHECK(again.status == 0);
    CHECK(again.err.find("已记录过，跳过：") != std::string::npos);
    CHECK(again.err.find("没有新的图像，什么也没有记录") != std::string::npos);
    CHECK(readFile(ws) == before);

    // The queue, each cell cut out of its image: the scrutineers decide, a teller types the names.
    const RunResult queue = runCli("scan-queue " + ws + " --json --cut " + dir.path("cuts"));
    CHECK(queue.status == 3);
    Workspace w = Workspace::open(ws, fixedClock);
    auto run = [&](Json c) {
        c["meeting"] = "congress";
        c["contest"] = "executives";
        const Verdict v = w.execute(c);
        INFO(c.dump() << " → " << v.refusal.zh);
        CHECK(v.accepted());
    };
    std::istringstream lines(queue.out);
    int cells = 0;
    for (std::string line; std::getline(lines, line);) {
        const Json t = Json::parse(line);
        const int b = t["ballot"].get<int>() - 1;
        if (t["kind"] == "ballot") {
            CHECK(b == 9);
            CHECK(t["reason"] == "no_marks");
            run({{"do", "scan_decide"}, {"ballot", b + 1}, {"void", true}, {"reason", "无法辨认"}, {"decided_by", "a05"}});
            continue;
        }
        const size_t k = cellOf(page, t);
        CHECK(cv::imread(t["cut"].get<std::string>(), cv::IMREAD_GRAYSCALE).cols == static_cast<int>(std::lround((std::max(page.cells[k].label.x + page.cells[k].label.w, page.cells[k].mark.x + page.cells[k].mark.w) - std::min(page.cells[k].label.x, page.cells[k].mark.x) + 6) * 8)));
        ++cells;
        if (t["kind"] == "write_in_name") {
            run({{"do", "scan_transcribe"}, {"ballot", b + 1}, {"write_in", t["write_in"]}, {"name", names[b][k] ? "赵丽" : ""}, {"by", "工作人员甲"}});
            continue;
        }
        // What the scrutineers decide for a mark nobody can read: blank (abstain).
        if (marks[b][k] == "unclear")
            marks[b][k] = "blank";
        Json decision = {{"do", "scan_decide"}, {"ballot", b + 1}, {"mark", marks[b][k]}, {"decided_by", "a06"}};
        decision[t["kind"] == "cell" ? "candidate" : "write_in"] = t["kind"] == "cell" ? t["candidate"] : t["write_in"];
        run(decision);
    }
    CHECK(cells > 5);
    CHECK(scanTasks(w.state().meeting("congress")->contests[0].current()).empty());

    // The tellers type stack A; the same ballots typed once in the other workspace.
    Workspace t = Workspace::open(typed, fixedClock);
    for (int b = 0; b < 10; ++b) {
        Json ballot = b == 9 ? Json{{"void", true}, {"reason", "无法辨认"}} : typedBallot(page, marks[b], names[b]);
        Json a = ballot;
        a.update({{"do", "entry_ballot"}, {"teller", "A"}});
        run(a);
        ballot.update({{"do", "ballot"}, {"meeting", "congress"}, {"contest", "executives"}});
        CHECK(t.execute(ballot).accepted());
    }
    const Round& s = w.state().meeting("congress")->contests[0].current();
    CHECK(entryDifferences(s).empty());
    run({{"do", "entry_commit"}});
    const Round& k = t.state().meeting("congress")->contests[0].current();
    CHECK(s.valid == k.valid);
    CHECK(s.voided == k.voided);
    CHECK(s.voided >= 1);
    CHECK(s.writeIns == k.writeIns);
    for (size_t i = 0; i < s.tallies.size(); ++i) {
        CHECK(s.tallies[i].approve == k.tallies[i].approve);
        CHECK(s.tallies[i].oppose == k.tallies[i].oppose);
        CHECK(s.tallies[i].abstain == k.tallies[i].abstain);
    }

    // Any kept page can be shown again with its marks drawn on it.
    const std::string first = std::filesystem::directory_iterator(dir.path("scanned.scans"))->path().stem();
    const RunResult drawn = runCli("scan-image " + ws + " " + first + " --out " + dir.path("drawn.png"));
    CHECK(drawn.status == 0);
    CHECK(cv::imread(dir.path("drawn.png")).channels() == 3);
}

TEST_CASE("RULE: RULES §4 Ballot marks - a ring round a candidate's name instead of a mark in the box is for the scrutineers, not blank")
{
    Hall hall(20, 7);
    const scan::LayoutBook book(hall.state);
    const Deck deck(hall.paper());
    std::mt19937 rng(31);
    std::vector<Drawn> cells(deck.layout().pages[0].cells.size(), Drawn::Blank);
    std::vector<bool> names;
    PrintScan ps;
    cv::Mat sheet = deck.marked(1, ps.dpi, cells, names, rng);
    // The voter rings the third candidate's name (long names on two lines stay as printed).
    const Box& label = deck.layout().pages[0].cells[2].label;
    const double px = ps.dpi / 25.4;
    cv::ellipse(sheet, cv::Point(static_cast<int>((label.x + label.w / 2) * px), static_cast<int>((label.y + label.h / 2) * px)),
                cv::Size(static_cast<int>(label.w * 0.4 * px), static_cast<int>(label.h * 0.35 * px)), 0, 0, 360, cv::Scalar(40, 30, 20),
                static_cast<int>(0.5 * px), cv::LINE_AA);
    // And the sixth's in light pencil, lighter than ink.
    const Box& sixth = deck.layout().pages[0].cells[5].label;
    cv::ellipse(sheet, cv::Point(static_cast<int>((sixth.x + sixth.w / 2) * px), static_cast<int>((sixth.y + sixth.h / 2) * px)),
                cv::Size(static_cast<int>(sixth.w * 0.4 * px), static_cast<int>(sixth.h * 0.35 * px)), 0, 0, 360, cv::Scalar(185, 185, 185),
                static_cast<int>(0.4 * px), cv::LINE_AA);
    const cv::Mat grey = cv::imdecode(deck.scanned(sheet, ps, rng), cv::IMREAD_GRAYSCALE);
    const scan::SheetResult r = scan::interpret(scan::readSheet(grey, book.finder()), book, "ring.png", 1);
    REQUIRE(r.read);
    for (size_t k = 0; k < r.marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(r.marks[k].second == (k == 2 || k == 5 ? "unclear" : "blank"));
    }
}

namespace {

// One sheet of the hall's ballot, blank but for what `mark` draws on it (at the scan's dpi, in
// px), printed and scanned under `ps`, and read.
using Drawing = std::function<void(cv::Mat&, const std::vector<BallotCell>&, double)>;

scan::SheetResult readDrawnSheet(const PrintScan& ps, const Drawing& mark, const std::string& grammar = "circle_cross")
{
    Hall hall(20, 7, grammar);
    const scan::LayoutBook book(hall.state);
    const Deck deck(hall.paper());
    std::mt19937 rng(37);
    const auto& cells = deck.layout().pages[0].cells;
    std::vector<Drawn> drawn(cells.size(), Drawn::Blank);
    std::vector<bool> names;
    cv::Mat sheet = deck.marked(1, ps.dpi, drawn, names, rng);
    mark(sheet, cells, ps.dpi / 25.4);
    const cv::Mat grey = cv::imdecode(deck.scanned(sheet, ps, rng), cv::IMREAD_GRAYSCALE);
    const scan::SheetResult r = scan::interpret(scan::readSheet(grey, book.finder()), book, "drawn.png", 1);
    REQUIRE(r.read);
    return r;
}

// The same sheet's marks, candidate by candidate.
std::vector<std::string> readDrawn(const PrintScan& ps, const Drawing& mark, const std::string& grammar = "circle_cross")
{
    std::vector<std::string> out;
    for (const auto& m : readDrawnSheet(ps, mark, grammar).marks)
        out.push_back(m.second);
    return out;
}

PrintScan fairScan()
{
    PrintScan ps;
    ps.blur = 0.8;
    ps.noise = 4;
    ps.jpeg = 80;
    return ps;
}

cv::Point centreOf(const Box& b, double px, double dx = 0, double dy = 0)
{
    return {static_cast<int>((b.x + b.w / 2 + dx) * px), static_cast<int>((b.y + b.h / 2 + dy) * px)};
}

void crossAt(cv::Mat& img, cv::Point c, double halfMm, double px, const cv::Scalar& colour, double widthMm)
{
    const int h = static_cast<int>(halfMm * px), w = std::max(1, static_cast<int>(widthMm * px));
    cv::line(img, c + cv::Point(-h, -h), c + cv::Point(h, h), colour, w, cv::LINE_AA);
    cv::line(img, c + cv::Point(-h, h), c + cv::Point(h, -h), colour, w, cv::LINE_AA);
}

// A pencil ring of `dots` single grains (`rx` by 2.6 mm, each set off by up to `jitter` of its
// step) in candidate 2's box, scanned black-and-white at `dpi`: unclear, every other box blank.
// With `crossed`, a × pressed hard enough to be kept whole in it and another in candidate 3's box.
void checkDottedRing(int dpi, int dots, double rx, double jitter, bool crossed = false)
{
    PrintScan ps = fairScan();
    ps.mode = PrintScan::Mode::BlackWhite;
    ps.jpeg = 0;
    ps.dpi = dpi;
    const auto marks = readDrawn(ps, [&](cv::Mat& img, const auto& cells, double px) {
        const cv::Point c = centreOf(cells[1].mark, px);
        for (int k = 0; k < dots; ++k) {
            const double a = k * 2 * M_PI / dots + jitter * std::sin(3.0 * k);
            cv::circle(img, c + cv::Point(static_cast<int>(rx * px * std::cos(a)), static_cast<int>(2.6 * px * std::sin(a))), 1, cv::Scalar(20, 20, 20),
                       cv::FILLED);
        }
        if (crossed)
            for (const int k : {1, 2})
                crossAt(img, centreOf(cells[static_cast<size_t>(k)].mark, px), 1.6, px, cv::Scalar(40, 40, 40), 0.5);
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 1 ? "unclear" : crossed && k == 2 ? "oppose" : "blank"));
    }
}

} // namespace

TEST_CASE("RULE: RULES §4 Ballot marks - a trace lighter than ink in an empty box (a mark rubbed out, a line drawn faintly) is unclear, not blank")
{
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        // A faint ring, 88 % of the paper's white, in the second box.
        cv::ellipse(img, centreOf(cells[1].mark, px), cv::Size(static_cast<int>(3 * px), static_cast<int>(2.5 * px)), 0, 0, 360, cv::Scalar(224, 224, 224),
                    static_cast<int>(0.4 * px), cv::LINE_AA);
        // A rubbed-out × in the fourth: its ghost on the eraser's broad, lighter smudge.
        cv::rectangle(img, centreOf(cells[3].mark, px, -5, -2), centreOf(cells[3].mark, px, 5, 2), cv::Scalar(238, 238, 238), cv::FILLED);
        crossAt(img, centreOf(cells[3].mark, px), 3, px, cv::Scalar(212, 212, 212), 0.5);
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 1 || k == 3 ? "unclear" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a trace 6–7 % darker than the paper in an empty box is unclear, and a crease through a row of boxes leaves them blank")
{
    // The fifth unseen deck: rubbed-out × and ○ 4–6 % darker than the paper read blank, and a
    // fold's crease, as dark, ran through a row of empty boxes.
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar faint(228, 228, 228);
        crossAt(img, centreOf(cells[1].mark, px), 3, px, faint, 0.5);
        crossAt(img, centreOf(cells[0].mark, px), 3, px, cv::Scalar(30, 30, 30), 0.5); // a pen's ×: no light pencil's sheet
        const int y = centreOf(cells[3].mark, px).y;
        cv::rectangle(img, cv::Point(0, y), cv::Point(img.cols - 1, y + static_cast<int>(1.2 * px)), faint, cv::FILLED);
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 0 ? "oppose" : k == 1 ? "unclear" : "blank"));
    }
}

namespace {

// A rectangle from `b`'s corner (`x0`, `y0`) to its (`x1`, `y1`), in mm from the box's own
// top-left corner, filled in `colour`.
void fillOver(cv::Mat& img, const Box& b, double px, double x0, double y0, double x1, double y1, const cv::Scalar& colour)
{
    cv::rectangle(img, cv::Point(static_cast<int>((b.x + x0) * px), static_cast<int>((b.y + y0) * px)),
                  cv::Point(static_cast<int>((b.x + x1) * px), static_cast<int>((b.y + y1) * px)), colour, cv::FILLED);
}

} // namespace

TEST_CASE("RULE: RULES §4 Ballot marks - a filled box is filled though its fill runs over the box's lines, a fill running on into the next box is unclear unless that box is filled too")
{
    // The sixth unseen deck: fills 0.5–1.3 mm over their lines on every side read crossing, and
    // the empty box beside them crossing or small.
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(30, 30, 30);
        const double w = cells[0].mark.w, h = cells[0].mark.h;
        fillOver(img, cells[0].mark, px, -1.2, -1.0, w + 1.2, h + 1.0, ink);         // over every line, 1.2 mm into the second box
        fillOver(img, cells[3].mark, px, 0.4, -0.8, w + 0.5 * w, h - 0.4, ink);      // the fourth and fifth: one fill
        fillOver(img, cells[4].mark, px, 0.5 * w, -0.8, w + 1.0, h - 0.4, ink);      // … the fifth's 1 mm into the sixth
        fillOver(img, cells[6].mark, px, 0.45 * w, 0.5, w + 0.55 * w, h - 0.5, ink); // one fill across the seventh and eighth
    }, "filled_boxes");
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 0 || k == 3 || k == 4 ? "approve" : k == 6 || k == 7 ? "unclear" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a filled box is filled though its fill runs over the box's lines: a fill of the sixth unseen deck")
{
    // The cut-out of the sixth unseen deck's vice-chair ballot (page 0007, felt tip, 300 dpi grey,
    // read at 7.5 px/mm): a fill of strokes side by side, run over the box's lines by about a
    // millimetre, their rounded ends scalloping the edge. It read crossing.
    const double ppm = 7.5;
    const cv::Mat patch = cv::imread(HX_SOURCE_DIR "/tests/scan/fill-over-its-lines-300dpi.png", cv::IMREAD_GRAYSCALE);
    REQUIRE(!patch.empty());
    const cv::Rect2d box(scan::kCellMargin * ppm, scan::kCellMargin * ppm, 21 * ppm, 11 * ppm);
    CHECK(scan::readMark(patch, ppm, box).shape == scan::Shape::Filled);
}

TEST_CASE("RULE: RULES §4 Ballot marks - a box filled in pencil, its grain either side of the ink level, is filled")
{
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        // Graphite over the whole box and 0.8 mm over its lines: grains 45–85 % of the paper's white.
        cv::Mat stroke = cv::Mat::zeros(img.size(), CV_8U);
        fillOver(stroke, cells[1].mark, px, -0.8, -0.8, cells[1].mark.w + 0.8, cells[1].mark.h + 0.8, cv::Scalar(255));
        cv::Mat grain(img.size(), CV_32F);
        cv::theRNG().state = 6;
        cv::randu(grain, 0.15, 0.55);
        std::vector<cv::Mat> planes;
        cv::split(img, planes);
        for (cv::Mat& p : planes) {
            cv::Mat f, a;
            p.convertTo(f, CV_32F);
            stroke.convertTo(a, CV_32F, 1 / 255.0);
            f = f.mul(1 - a.mul(grain));
            f.convertTo(p, CV_8U);
        }
        cv::merge(planes, img);
    }, "filled_boxes");
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 1 ? "approve" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a crease 12–18 % darker than the paper through an empty box leaves it blank")
{
    // The sixth unseen deck: a fold's crease down a column of boxes, lighter than a pencil's grain
    // but faint enough to be weighed as a trace, read unclear.
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const int x = centreOf(cells[2].mark, px).x;
        cv::rectangle(img, cv::Point(x, 0), cv::Point(x + static_cast<int>(0.6 * px), img.rows - 1), cv::Scalar(212, 212, 212), cv::FILLED);
        crossAt(img, centreOf(cells[5].mark, px), 3, px, cv::Scalar(212, 212, 212), 0.6); // a trace as light, but aslant
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 5 ? "unclear" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a pencil mark, its grain either side of the ink level, is read as its shape")
{
    for (const int seed : {4, 5, 11}) { // grains that once left a mark unclear
        INFO("grain " << seed);
        const auto marks = readDrawn(fairScan(), [seed](cv::Mat& img, const auto& cells, double px) {
            cv::Mat stroke = cv::Mat::zeros(img.size(), CV_8U);
            cv::ellipse(stroke, centreOf(cells[0].mark, px), cv::Size(static_cast<int>(3 * px), static_cast<int>(2.6 * px)), 0, 0, 360, cv::Scalar(255),
                        std::max(1, static_cast<int>(0.45 * px)), cv::LINE_AA);
            crossAt(stroke, centreOf(cells[2].mark, px), 2.8, px, cv::Scalar(255), 0.45);
            // Graphite: each grain between 45 % and 85 % of the paper's white, in no order.
            cv::Mat grain(img.size(), CV_32F);
            cv::theRNG().state = static_cast<uint64_t>(seed);
            cv::randu(grain, 0.15, 0.55);
            std::vector<cv::Mat> planes;
            cv::split(img, planes);
            for (cv::Mat& p : planes) {
                cv::Mat f, a;
                p.convertTo(f, CV_32F);
                stroke.convertTo(a, CV_32F, 1 / 255.0);
                f = f.mul(1 - a.mul(grain));
                f.convertTo(p, CV_8U);
            }
            cv::merge(planes, img);
        });
        for (size_t k = 0; k < marks.size(); ++k) {
            INFO("candidate " << k + 1);
            CHECK(marks[k] == (k == 0 ? "approve" : k == 2 ? "oppose" : "blank"));
        }
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a small ○ drawn with a bold pen is ○, with a × drawn in it, drawn round into a polygon or a bold □, unclear")
{
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(30, 30, 30);
        // A tangle drawn round into a trapezoid: one piece round one clear hole, but not round.
        const cv::Point c = centreOf(cells[2].mark, px);
        const std::vector<cv::Point> trapezoid = {c + cv::Point(static_cast<int>(-3 * px), static_cast<int>(-3 * px)),
                                                  c + cv::Point(static_cast<int>(2 * px), static_cast<int>(-3 * px)),
                                                  c + cv::Point(static_cast<int>(5 * px), static_cast<int>(3 * px)),
                                                  c + cv::Point(static_cast<int>(-4 * px), static_cast<int>(3 * px))};
        cv::polylines(img, trapezoid, true, ink, static_cast<int>(0.6 * px), cv::LINE_AA);
        cv::ellipse(img, centreOf(cells[0].mark, px), cv::Size(static_cast<int>(1.7 * px), static_cast<int>(1.4 * px)), 0, 0, 360, ink,
                    static_cast<int>(0.9 * px), cv::LINE_AA);
        cv::ellipse(img, centreOf(cells[1].mark, px), cv::Size(static_cast<int>(3.2 * px), static_cast<int>(2.8 * px)), 0, 0, 360, ink,
                    static_cast<int>(0.9 * px), cv::LINE_AA);
        crossAt(img, centreOf(cells[1].mark, px, 0.4, -0.4), 2.2, px, ink, 0.6);
        // The second unseen deck's bold □: one piece round one clear hole, near its fitted ellipse.
        const cv::Point s = centreOf(cells[3].mark, px);
        cv::rectangle(img, s - cv::Point(static_cast<int>(2.2 * px), static_cast<int>(1.6 * px)), s + cv::Point(static_cast<int>(2.2 * px), static_cast<int>(1.6 * px)),
                      ink, static_cast<int>(0.7 * px), cv::LINE_AA);
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 0 ? "approve" : k <= 3 ? "unclear" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a pencil ring a black-and-white scan broke into dots is unclear, not dust")
{
    // Graphite's darkest grains only, a pixel or two each, a millimetre apart.
    checkDottedRing(200, 20, 3.6, 0);
}

TEST_CASE("RULE: RULES §4 Ballot marks - a × in a pencil ring a black-and-white scan broke into dots is unclear, a × alone is ×")
{
    // The 10,000-sheet run: the ring's grains dropped as specks, the × read × (seeds 1013, 1110).
    checkDottedRing(200, 20, 3.6, 0, true);
    checkDottedRing(150, 16, 3.6, 0.2, true);
}

TEST_CASE("RULE: RULES §4 Ballot marks - a faint trace in a box is unclear, not blank: three dots of a × a black-and-white scan left, 2 mm apart")
{
    // The fifth unseen deck: a thin blue ballpoint's ×, scanned black-and-white at 150 dpi, kept as
    // a dash and a dot or two (0.2–0.6 mm² over 2–3.7 mm) and read blank. A speck of dust stays blank.
    PrintScan ps = fairScan();
    ps.mode = PrintScan::Mode::BlackWhite;
    ps.jpeg = 0;
    ps.dpi = 150;
    const auto marks = readDrawn(ps, [&](cv::Mat& img, const auto& cells, double px) {
        for (const double t : {-1.1, 0.0, 1.0})
            cv::circle(img, centreOf(cells[1].mark, px, t, 0.8 * t), 1, cv::Scalar(20, 20, 20), cv::FILLED);
        cv::circle(img, centreOf(cells[3].mark, px, 1, 1), 1, cv::Scalar(20, 20, 20), cv::FILLED);
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 1 ? "unclear" : "blank"));
    }
}

TEST_CASE("a ballpoint's × whose stroke fades past the crossing (lighter than ink, darker than a pencil's grain) is ×")
{
    // The fifth unseen deck: one stroke's far half lighter than ink was read as a stroke ending
    // short of the other (unclear); its lighter half joined to it, the two cross at their middles.
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(40, 40, 40), faded(165, 165, 165);
        const int w = static_cast<int>(std::lround(0.45 * px));
        const auto at = [&](int k, double x, double y) { return centreOf(cells[static_cast<size_t>(k)].mark, px, x, y); };
        cv::line(img, at(1, -2.8, 2.2), at(1, 2.8, -2.2), ink, w, cv::LINE_AA);
        cv::line(img, at(1, -2.8, -2.2), at(1, 0.2, 0.15), ink, w, cv::LINE_AA);
        cv::line(img, at(1, 0.2, 0.15), at(1, 2.8, 2.2), faded, w, cv::LINE_AA);
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 1 ? "oppose" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - two short thick bars crossed (a tangle drawn over and over) are unclear, a × of a bold pen is ×")
{
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(30, 30, 30);
        crossAt(img, centreOf(cells[0].mark, px), 1.9, px, ink, 1.3);
        crossAt(img, centreOf(cells[1].mark, px), 3.0, px, ink, 0.9);
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 0 ? "unclear" : k == 1 ? "oppose" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a small × of a fine pen (3 mm across, one arm shorter) or of a bold pen is ×, short bars wider than a pen unclear")
{
    // The second unseen deck's × of 2–4 mm: too little of each stroke away from the meeting point
    // to compare their widths.
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(30, 30, 30);
        const auto at = [&](int k, double x, double y) { return centreOf(cells[static_cast<size_t>(k)].mark, px, x, y); };
        cv::line(img, at(0, -1.2, -1.2), at(0, 1.2, 1.2), ink, 2, cv::LINE_AA); // 3.4 mm
        cv::line(img, at(0, 0.9, -0.7), at(0, -0.9, 0.7), ink, 2, cv::LINE_AA); // 2.3 mm, 57° to it
        crossAt(img, at(1, 0, 0), 1.1, px, ink, 0.25);
        crossAt(img, at(2, 0, 0), 1.2, px, ink, 1.1); // 3.4 mm strokes 1.1 mm wide: a blot, not a ×
        crossAt(img, at(3, 0, 0), 1.3, px, cv::Scalar(70, 70, 70), 0.7); // 3.7 mm strokes of a bold pen, 0.9 mm wide as scanned
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k == 0 || k == 1 || k == 3 ? "oppose" : k == 2 ? "unclear" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a slanting ○ drawn up to the box's line is ○, a square drawn up to it unclear")
{
    // The interior stops short of the printed line, so a ring touching it is read cut flat there.
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(30, 30, 30);
        const auto oval = [&](cv::Point c) { cv::ellipse(img, c, cv::Size(static_cast<int>(2.0 * px), static_cast<int>(3.0 * px)), 25, 0, 360, ink, 3, cv::LINE_AA); };
        oval(centreOf(cells[0].mark, px, 8.3, 0)); // reaches the right-hand line
        oval(centreOf(cells[1].mark, px, 0, -2.5)); // reaches the top line
        oval(centreOf(cells[2].mark, px, 0, 0));
        const cv::Point c = centreOf(cells[3].mark, px, 7.9, 0);
        cv::rectangle(img, c - cv::Point(static_cast<int>(2.6 * px), static_cast<int>(2.6 * px)), c + cv::Point(static_cast<int>(2.6 * px), static_cast<int>(2.6 * px)), ink, 3,
                      cv::LINE_AA);
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k <= 2 ? "approve" : k == 3 ? "unclear" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a square or a question mark drawn in the box is not ○, a ○ left open is")
{
    // The third unseen deck: a ? is a ring left open whose stroke turns in towards the middle; a
    // square's distances from its middle range no more than a wobbly ring's.
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(30, 30, 30);
        const auto at = [&](int k, double x, double y) { return centreOf(cells[static_cast<size_t>(k)].mark, px, x, y); };
        const auto mm = [&](double v) { return static_cast<int>(v * px); };
        // A square drawn by hand: its corners rounded (radius 1 mm), 6 mm across.
        std::vector<cv::Point> square;
        for (int corner = 0; corner < 4; ++corner)
            for (int deg = 0; deg <= 90; deg += 10) {
                const double a = (corner * 90 + deg) * M_PI / 180, cx = corner == 0 || corner == 3 ? 2 : -2, cy = corner < 2 ? 2 : -2;
                square.push_back(at(0, cx + std::cos(a), cy + std::sin(a)));
            }
        cv::polylines(img, square, true, ink, 2, cv::LINE_AA);
        // ?: the hook (from the left, over the top, down the right), a short stem in, the dot.
        cv::ellipse(img, at(1, 0, -1.0), cv::Size(mm(2.0), mm(1.8)), 0, 150, 420, ink, 2, cv::LINE_AA);
        cv::line(img, at(1, 1.0, 0.6), at(1, 0.3, 1.3), ink, 2, cv::LINE_AA);
        cv::circle(img, at(1, 0.3, 2.6), 1, ink, cv::FILLED, cv::LINE_AA);
        // A ○ whose pen stopped a sixth short of where it began.
        cv::ellipse(img, at(2, 0, 0), cv::Size(mm(3.0), mm(2.6)), 0, 40, 340, ink, 3, cv::LINE_AA);
    });
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k <= 1 ? "unclear" : k == 2 ? "approve" : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a faint mark as dark as the voter's other marks on the sheet is the voter's (light pencil), a fainter trace stays unclear")
{
    const cv::Scalar light(182, 182, 182), ghost(226, 226, 226), pen(40, 30, 20);
    auto ring = [](cv::Mat& img, cv::Point c, double px, const cv::Scalar& colour) {
        cv::ellipse(img, c, cv::Size(static_cast<int>(3 * px), static_cast<int>(2.6 * px)), 0, 0, 360, colour, std::max(1, static_cast<int>(0.45 * px)),
                    cv::LINE_AA);
    };
    // A voter who marked the whole sheet with a light pencil, and rubbed one mark out.
    const auto pencil = readDrawn(fairScan(), [&](cv::Mat& img, const auto& cells, double px) {
        ring(img, centreOf(cells[0].mark, px), px, light);
        crossAt(img, centreOf(cells[1].mark, px), 2.8, px, light, 0.45);
        ring(img, centreOf(cells[2].mark, px), px, light);
        crossAt(img, centreOf(cells[3].mark, px), 2.8, px, light, 0.45);
        crossAt(img, centreOf(cells[5].mark, px), 2.8, px, ghost, 0.5);
    });
    const std::vector<std::string> wantPencil = {"approve", "oppose", "approve", "oppose", "blank", "unclear"};
    for (size_t k = 0; k < pencil.size(); ++k) {
        INFO("light pencil sheet, candidate " << k + 1);
        CHECK(pencil[k] == (k < wantPencil.size() ? wantPencil[k] : "blank"));
    }
    // The same light ring on a sheet marked in pen is far lighter than the voter's marks: unclear;
    // so is a ring in pen over a × rubbed out (as dark as the sheet's marks, but for the ring).
    const auto inPen = readDrawn(fairScan(), [&](cv::Mat& img, const auto& cells, double px) {
        ring(img, centreOf(cells[0].mark, px), px, pen);
        crossAt(img, centreOf(cells[1].mark, px), 2.8, px, pen, 0.45);
        ring(img, centreOf(cells[2].mark, px), px, pen);
        ring(img, centreOf(cells[3].mark, px), px, light);
        crossAt(img, centreOf(cells[4].mark, px), 3.2, px, cv::Scalar(200, 200, 200), 0.5);
        ring(img, centreOf(cells[4].mark, px), px, pen);
    });
    const std::vector<std::string> wantPen = {"approve", "oppose", "approve", "unclear", "unclear"};
    // The deck's sheet where a ○ in pen over a rubbed-out × (faint for the ×, as dark as its sheet's
    // marks for the ○) was read again lightly and taken for ○ (seed 1062, sheet 9, cell 28).
    checkScore(readDeck(Hall(35, 10), 10, 0.15, 1062, randomPrintScan), 0.02);
    for (size_t k = 0; k < inPen.size(); ++k) {
        INFO("pen sheet, candidate " << k + 1);
        CHECK(inPen[k] == (k < wantPen.size() ? wantPen[k] : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a thick stroke of a × running out across the box's line at a shallow angle is a mark crossing into the next box, unclear")
{
    // The cut-out of a deck sheet (seed 1030, sheet 43, cell 40: 150 dpi, 6 px/mm) where a 1.4 mm
    // stroke at 30° leaves through the bottom line: the bands either side of the line meet it
    // over runs as long as a touching ring's, and it read as ×.
    const double ppm = 6;
    const cv::Mat patch = cv::imread(HX_SOURCE_DIR "/tests/scan/x-out-at-shallow-angle-150dpi.png", cv::IMREAD_GRAYSCALE);
    REQUIRE(!patch.empty());
    const cv::Rect2d box(scan::kCellMargin * ppm, scan::kCellMargin * ppm, 21 * ppm, 11 * ppm);
    const scan::MarkReading out = scan::readMark(patch, ppm, box);
    CHECK(out.shape == scan::Shape::Unclear);
    CHECK(out.why == "crossing");
    // The same × with the paper beyond the line wiped clean: the stroke stops at the line.
    cv::Mat stopped = patch.clone();
    stopped.rowRange(static_cast<int>(box.y + box.height + 0.4 * ppm), patch.rows).setTo(255);
    CHECK(scan::readMark(stopped, ppm, box).shape == scan::Shape::Cross);
}

TEST_CASE("RULE: RULES §4 Ballot marks - a wave whose crests a second line joins is not ×")
{
    // The cut-out of the third unseen deck's squiggle (page 0141, 300 dpi, read at 7.5 px/mm): a
    // line along the wave takes most of it, a second one its crests, too little of which lies away
    // from where they meet to measure; taken as the mark's mean width, it is unlike the first.
    const double ppm = 7.5;
    const cv::Mat patch = cv::imread(HX_SOURCE_DIR "/tests/scan/wave-crests-joined-300dpi.png", cv::IMREAD_GRAYSCALE);
    REQUIRE(!patch.empty());
    const cv::Rect2d box(scan::kCellMargin * ppm, scan::kCellMargin * ppm, 21 * ppm, 11 * ppm);
    CHECK(scan::readMark(patch, ppm, box).shape == scan::Shape::Unclear);
}

TEST_CASE("RULE: RULES §4 Ballot marks - a tangle with a √ in it (a third stroke, a closed foot) is unclear under √/×/〇")
{
    // The deck's sheets where a zigzag drawn into a √ with a third side read as √ (seed 2007,
    // sheet 4, cell 9; and seed 2002 sheet 11 in the 10,000-sheet run).
    checkScore(readDeck(Hall(20, 7, "tick_cross_circle"), 5, 0.1, 2007, randomPrintScan), 0.05);
}

TEST_CASE("RULE: RULES §4 Ballot marks - a written name ringed instead of a mark in the write-in's box is for the scrutineers, a name alone is not")
{
    const scan::SheetResult r = readDrawnSheet(fairScan(), [](cv::Mat& sheet, const auto& cells, double px) {
        const cv::Scalar pen(40, 30, 20);
        // Three written characters, each a few apart strokes under 5 mm, in a write-in's name box.
        auto name = [&](const Box& b) {
            for (int ch = 0; ch < 3; ++ch) {
                const double x = b.x + 4 + ch * 5.5, y = b.y + 2;
                const auto at = [&](double dx, double dy) { return cv::Point(static_cast<int>((x + dx) * px), static_cast<int>((y + dy) * px)); };
                const int w = static_cast<int>(0.4 * px);
                cv::line(sheet, at(0, 0.5), at(4, 0.5), pen, w, cv::LINE_AA);
                cv::line(sheet, at(2, 0), at(2, 4.5), pen, w, cv::LINE_AA);
                cv::line(sheet, at(0.3, 3), at(3.8, 4), pen, w, cv::LINE_AA);
            }
        };
        std::vector<size_t> writeIns;
        for (size_t k = 0; k < cells.size(); ++k)
            if (cells[k].kind == "write_in")
                writeIns.push_back(k);
        REQUIRE(writeIns.size() >= 4);
        // The first ringed, the box empty; the second written alone.
        const Box& ringed = cells[writeIns[0]].label;
        name(ringed);
        cv::ellipse(sheet, centreOf(ringed, px, 0, -1.2), cv::Size(static_cast<int>(9.5 * px), static_cast<int>(3.8 * px)), 0, 0, 360, pen,
                    static_cast<int>(0.4 * px), cv::LINE_AA);
        name(cells[writeIns[1]].label);
        // No name, the voter's mark drawn on the name box instead (the fourth unseen deck): a ○
        // round the printed caption, 10 mm across (narrower than a written name), and a ×.
        cv::ellipse(sheet, centreOf(cells[writeIns[2]].label, px, -2, 0.5), cv::Size(static_cast<int>(5 * px), static_cast<int>(3.8 * px)), 0, 0, 360, pen,
                    static_cast<int>(0.4 * px), cv::LINE_AA);
        crossAt(sheet, centreOf(cells[writeIns[3]].label, px, 1, 0), 2.5, px, pen, 0.4);
    });
    REQUIRE(r.writeIns.size() >= 4);
    CHECK(r.writeIns[0].nameWritten);
    CHECK(r.writeIns[0].mark == "unclear");
    CHECK(r.writeIns[1].nameWritten);
    CHECK(r.writeIns[1].mark == "blank");
    CHECK(r.writeIns[2].mark == "unclear");
    CHECK(r.writeIns[3].mark == "unclear");
    for (size_t k = 4; k < r.writeIns.size(); ++k)
        CHECK(r.writeIns[k].mark == "blank");
}

TEST_CASE("RULE: RULES §4 Ballot marks - a sheet marked throughout in a light grey pencil is read at its marks' darkness - its marks, a light dot unclear, its written names seen")
{
    // Grey 208 on the paper's 240: every mark some 13 % darker than the paper, all of them faint
    // for the first reading (the third unseen deck's light grey pencil).
    const cv::Scalar light(208, 208, 208), ghost(229, 229, 229);
    const scan::SheetResult r = readDrawnSheet(fairScan(), [&](cv::Mat& sheet, const auto& cells, double px) {
        const int w = static_cast<int>(0.45 * px);
        auto ring = [&](const Box& b) { cv::ellipse(sheet, centreOf(b, px), cv::Size(static_cast<int>(3 * px), static_cast<int>(2.6 * px)), 0, 0, 360, light, w, cv::LINE_AA); };
        ring(cells[0].mark);
        crossAt(sheet, centreOf(cells[1].mark, px), 2.8, px, light, 0.45);
        ring(cells[2].mark);
        crossAt(sheet, centreOf(cells[3].mark, px), 2.8, px, light, 0.45);
        cv::circle(sheet, centreOf(cells[4].mark, px), static_cast<int>(0.7 * px), light, cv::FILLED, cv::LINE_AA); // a light dot
        crossAt(sheet, centreOf(cells[5].mark, px), 2.8, px, ghost, 0.5);                                           // rubbed out
        ring(cells[6].mark);
        for (const auto& c : cells)
            if (c.kind == "write_in") { // a name of two characters, and its ○
                for (int ch = 0; ch < 2; ++ch) {
                    const double x = c.label.x + 4 + ch * 6, y = c.label.y + 2;
                    const auto at = [&](double dx, double dy) { return cv::Point(static_cast<int>((x + dx) * px), static_cast<int>((y + dy) * px)); };
                    cv::line(sheet, at(0, 0.5), at(4.5, 0.5), light, w, cv::LINE_AA);
                    cv::line(sheet, at(2.2, 0), at(2.2, 5), light, w, cv::LINE_AA);
                    cv::line(sheet, at(0.3, 3), at(4.2, 4.2), light, w, cv::LINE_AA);
                }
                ring(c.mark);
                break;
            }
        // The next write-in: no name (what the deck's hand wrote above the caption wiped), a ring
        // drawn on its name box instead of in the box above.
        size_t writeIn = 0;
        for (const auto& c : cells)
            if (c.kind == "write_in" && writeIn++ == 1) {
                cv::rectangle(sheet, centreOf(c.label, px, -9.5, -5), centreOf(c.label, px, 9.5, 0.5), sheet.at<cv::Vec3b>(centreOf(c.mark, px)), cv::FILLED);
                cv::ellipse(sheet, centreOf(c.label, px, 3.5, -1.5), cv::Size(static_cast<int>(5 * px), static_cast<int>(2.8 * px)), 0, 0, 360, light, w, cv::LINE_AA);
            }
    });
    const std::vector<std::string> want = {"approve", "oppose", "approve", "oppose", "unclear", "unclear", "approve"};
    size_t k = 0;
    for (const auto& [candidate, mark] : r.marks) {
        INFO("candidate " << k + 1);
        CHECK(mark == (k < want.size() ? want[k] : "blank"));
        ++k;
    }
    REQUIRE(!r.writeIns.empty());
    CHECK(r.writeIns[0].nameWritten);
    CHECK(r.writeIns[0].mark == "approve");
    REQUIRE(r.writeIns.size() >= 2);
    CHECK(r.writeIns[1].mark == "unclear");
    for (size_t i = 2; i < r.writeIns.size(); ++i) // (the deck's own hand writes a name in some of them)
        CHECK(r.writeIns[i].mark == "blank");
}

TEST_CASE("RULE: RULES §4 Ballot marks - a pencil ring of single dots in a 300 dpi black-and-white scan, read at a coarser resolution, is unclear, not blank")
{
    // A hard pencil's grains a black-and-white scan kept: a pixel or two each, scattered round.
    checkDottedRing(300, 14, 3.4, 0.2);
}

TEST_CASE("RULE: RULES §4 Ballot marks - ○ is a ring round an empty middle, drawn flat and aslant too")
{
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(30, 30, 30);
        const int w = static_cast<int>(0.35 * px);
        // Flat, tilted 30° either way.
        cv::ellipse(img, centreOf(cells[0].mark, px), cv::Size(static_cast<int>(6.5 * px), static_cast<int>(2.0 * px)), 30, 0, 360, ink, w, cv::LINE_AA);
        cv::ellipse(img, centreOf(cells[1].mark, px), cv::Size(static_cast<int>(6.0 * px), static_cast<int>(1.8 * px)), -25, 0, 360, ink, w, cv::LINE_AA);
        // Not ○: a flat tilted ellipse with a stroke through it.
        cv::ellipse(img, centreOf(cells[2].mark, px), cv::Size(static_cast<int>(6.0 * px), static_cast<int>(2.0 * px)), 30, 0, 360, ink, w, cv::LINE_AA);
        cv::line(img, centreOf(cells[2].mark, px, -4, -2), centreOf(cells[2].mark, px, 4, 2), ink, w, cv::LINE_AA);
    });
    const std::vector<std::string> want = {"approve", "approve", "unclear"};
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k < want.size() ? want[k] : "blank"));
    }
}

namespace {

// A sheet of the hall's ballot marked at random (seeded), printed and scanned under `ps`.
struct ScannedSheet {
    std::vector<Drawn> drawn;
    std::vector<bool> names;
    cv::Mat grey;
};

ScannedSheet scanRandomSheet(const Deck& deck, unsigned seed, const PrintScan& ps)
{
    std::mt19937 rng(seed);
    ScannedSheet s;
    s.drawn = deck.randomCells(1, 0, "circle_cross", true, rng);
    s.grey = cv::imdecode(deck.scanned(deck.marked(1, ps.dpi, s.drawn, s.names, rng), ps, rng), cv::IMREAD_GRAYSCALE);
    return s;
}

} // namespace

TEST_CASE("a sheet whose scan cut off one or two corner marks is registered on the others, and one whose cells it cut off is set aside")
{
    Hall hall(20, 7);
    const scan::LayoutBook book(hall.state);
    const Deck deck(hall.paper());
    const PrintScan ps = fairScan();
    const ScannedSheet sheet = scanRandomSheet(deck, 41, ps);
    const std::vector<Drawn>& drawn = sheet.drawn;
    const std::vector<bool>& names = sheet.names;
    const cv::Mat& whole = sheet.grey;
    const double px = ps.dpi / 25.4;
    const auto mm = [&](double v) { return static_cast<int>(v * px); };
    const auto readOf = [&](const cv::Mat& grey) { return scan::readSheet(grey, book.finder()); };
    const auto checkMarks = [&](const scan::SheetReading& r) {
        INFO("reason " << r.reason);
        REQUIRE(r.read);
        for (size_t c = 0; c < r.cells.size(); ++c) {
            INFO("cell " << c + 1);
            CHECK(scan::markOf(r.cells[c].mark.shape, "circle_cross") == expectedMark(drawn[c], "circle_cross"));
            CHECK(r.cells[c].nameWritten == names[c]);
        }
    };
    // The sheet slid 12 mm right on the glass: both right-hand marks cut in half.
    checkMarks(readOf(whole(cv::Rect(0, 0, whole.cols - mm(12), whole.rows)).clone()));
    // The top left-hand mark cut off at a corner of the glass.
    cv::Mat corner = whole.clone();
    cv::rectangle(corner, cv::Rect(0, 0, mm(16), mm(16)), cv::Scalar(255), cv::FILLED);
    checkMarks(readOf(corner));
    // Slid 25 mm: the last column of cells is cut off too — set aside, never read blank.
    const scan::SheetReading cut = readOf(whole(cv::Rect(0, 0, whole.cols - mm(25), whole.rows)).clone());
    CHECK_FALSE(cut.read);
    CHECK(cut.reason == "cut_off");
    // Scanned with a keystone (the top 2.5 % narrower than the bottom, as a sheet lifted off the
    // glass at its head: no parallelogram, so no mark can be placed from the other three) and
    // slid 11 mm up off the glass: both top marks cut in half, each placed on what is left of it —
    // half a side in from its inner edge.
    const float w = static_cast<float>(whole.cols), h = static_cast<float>(whole.rows);
    const std::array<cv::Point2f, 4> square = {cv::Point2f(0, 0), cv::Point2f(w, 0), cv::Point2f(0, h), cv::Point2f(w, h)};
    const std::array<cv::Point2f, 4> keystone = {cv::Point2f(0.0125f * w, 0), cv::Point2f(0.9875f * w, 0), cv::Point2f(0, h), cv::Point2f(w, h)};
    cv::Mat lifted;
    cv::warpPerspective(whole, lifted, cv::getPerspectiveTransform(square.data(), keystone.data()), whole.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                        cv::Scalar(255));
    checkMarks(readOf(lifted(cv::Rect(0, mm(11), lifted.cols, lifted.rows - mm(11))).clone()));
    // The same keystone with the top left-hand mark lost: placed from the other three, 5 mm from
    // where it was printed; the cells are placed again by their own printed lines.
    cv::rectangle(lifted, cv::Rect(0, 0, mm(20), mm(20)), cv::Scalar(255), cv::FILLED);
    checkMarks(readOf(lifted));
    // One mark only: not registered.
    cv::Mat one = whole.clone();
    for (const cv::Point at : {cv::Point(0, 0), cv::Point(one.cols - mm(16), 0), cv::Point(one.cols - mm(16), one.rows - mm(16))})
        cv::rectangle(one, cv::Rect(at.x, at.y, mm(16), mm(16)), cv::Scalar(255), cv::FILLED);
    CHECK(readOf(one).reason == "no_marks");
}

TEST_CASE("RULE: RULES §4 Ballot marks - a ○ a little large, over its box's top or bottom line or touching the next box, is ○, and one into the next box or run on into the name unclear")
{
    // The fourth unseen deck: ○ drawn 0.5–1.5 mm over the top line (into the margin between rows)
    // or the bottom line (into the box's own name) read as crossing into the next box.
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(30, 30, 30);
        const int w = static_cast<int>(0.4 * px);
        const auto ring = [&](int k, double dx, double dy, double rx, double ry) {
            cv::ellipse(img, centreOf(cells[static_cast<size_t>(k)].mark, px, dx, dy), cv::Size(static_cast<int>(rx * px), static_cast<int>(ry * px)), 0, 0, 360,
                        ink, w, cv::LINE_AA);
        };
        ring(0, 0, 0, 6, 6.3);      // over the top and the bottom line by 0.8 mm
        ring(1, 0, -1.5, 5, 4.8);   // over the top line by 0.8 mm
        ring(2, 5.0, 0, 6, 3.5);    // over the right-hand line by half a millimetre
        ring(3, 7.0, 0, 5.5, 3.5);  // 2 mm into the next box, which is unclear too
        const cv::Point c = centreOf(cells[5].mark, px); // a × whose arm runs 3 mm into the name
        cv::line(img, c + cv::Point(static_cast<int>(-3 * px), static_cast<int>(-3 * px)), c + cv::Point(static_cast<int>(3 * px), static_cast<int>(3 * px)), ink, w,
                 cv::LINE_AA);
        cv::line(img, c + cv::Point(static_cast<int>(3 * px), static_cast<int>(-3 * px)), c + cv::Point(static_cast<int>(-5 * px), static_cast<int>(8.5 * px)), ink,
                 w, cv::LINE_AA);
        // A ring over the top and the bottom line with a × in it: not read as the × the box's
        // interior holds.
        ring(6, 0, 0, 6, 6.3);
        crossAt(img, centreOf(cells[6].mark, px), 3, px, ink, 0.4);
    });
    const std::vector<std::string> want = {"approve", "approve", "approve", "unclear", "unclear", "unclear", "unclear"};
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k < want.size() ? want[k] : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a ○ whose pen went lighter for part of its round is ○, a trace inside or beside it unclear")
{
    // The fourth unseen deck: a ballpoint's ○ lighter for a fifth of its round (a skip, or its tail
    // where the pen lifted) read faint: the lighter stretch is further than 0.8 mm from the dark ink.
    const auto marks = readDrawn(fairScan(), [](cv::Mat& img, const auto& cells, double px) {
        const cv::Scalar ink(40, 40, 40), light(200, 200, 200);
        const int w = static_cast<int>(0.35 * px);
        const auto ring = [&](int k, const cv::Scalar& colour, double from, double to) {
            cv::ellipse(img, centreOf(cells[static_cast<size_t>(k)].mark, px), cv::Size(static_cast<int>(5 * px), static_cast<int>(3.5 * px)), 0, from, to, colour,
                        w, cv::LINE_AA);
        };
        for (int k : {0, 1, 2}) {
            ring(k, ink, 0, 290);
            ring(k, light, 290, 360);
        }
        // A × rubbed out inside the second ○, a stroke drawn faintly beside the third.
        crossAt(img, centreOf(cells[1].mark, px), 1.8, px, light, 0.4);
        cv::line(img, centreOf(cells[2].mark, px, -8, -3.5), centreOf(cells[2].mark, px, -8, 3.5), light, w, cv::LINE_AA);
    });
    const std::vector<std::string> want = {"approve", "unclear", "unclear"};
    for (size_t k = 0; k < marks.size(); ++k) {
        INFO("candidate " << k + 1);
        CHECK(marks[k] == (k < want.size() ? want[k] : "blank"));
    }
}

TEST_CASE("RULE: RULES §4 Ballot marks - a light pencil's ring read again at its level is joined by its lighter grain, not taken for a scribble in pieces")
{
    // The fourth unseen deck: a hard pencil's ○, five stretches as dark as the sheet's marks joined
    // by lighter grain, read again at the sheet's level in five pieces — a scribble.
    const double ppm = 7.5;
    const auto px = [&](double mm) { return static_cast<int>(std::lround(mm * ppm)); };
    cv::Mat patch(px(16), px(26), CV_8U, cv::Scalar(240));
    const cv::Rect2d box(scan::kCellMargin * ppm, scan::kCellMargin * ppm, 21 * ppm, 11 * ppm);
    cv::rectangle(patch, cv::Rect(box), cv::Scalar(30), px(0.3));
    const cv::Point centre(static_cast<int>(box.x + box.width / 2), static_cast<int>(box.y + box.height / 2));
    const cv::Size axes(px(5), px(3.5));
    cv::ellipse(patch, centre, axes, 0, 0, 360, cv::Scalar(227), px(0.5), cv::LINE_AA);
    for (int s = 0; s < 5; ++s)
        cv::ellipse(patch, centre, axes, 0, s * 72, s * 72 + 50, cv::Scalar(200), px(0.6), cv::LINE_AA);
    cv::GaussianBlur(patch, patch, cv::Size(), 0.6);
    // At 80 ‰ darker than the paper the stretches (200 on 240) are ink and the grain between them
    // (227: 54 ‰ darker) is not; it is darker than the pencil's grain level, 45 ‰ (grownInk's 56 %).
    CHECK(scan::readLightly(patch, ppm, box, 80).shape == scan::Shape::Circle);
}

TEST_CASE("a 600 dpi scan whose code's modules are ragged with grain and noise is read again at a coarser resolution")
{
    // The fourth unseen deck: 7 of its 600 dpi pages set aside, their code unread at full size.
    // Here a 300 dpi scan enlarged to 600 with noise of 50 grey levels: unread at full size too.
    Hall hall(20, 7);
    const scan::LayoutBook book(hall.state);
    const Deck deck(hall.paper());
    PrintScan ps = fairScan();
    ps.dpi = 300;
    ps.jpeg = 0;
    const cv::Mat at300 = scanRandomSheet(deck, 43, ps).grey;
    cv::Mat at600;
    cv::resize(at300, at600, cv::Size(), 2, 2, cv::INTER_CUBIC);
    cv::Mat noise(at600.size(), CV_16S);
    cv::randn(noise, 0, 50);
    cv::Mat wide;
    at600.convertTo(wide, CV_16S);
    wide += noise;
    wide.convertTo(at600, CV_8U);
    const scan::SheetReading r = scan::readSheet(at600, book.finder());
    INFO("reason " << r.reason);
    CHECK(r.read);
    CHECK(r.code == deck.layout().pages[0].code);
}

TEST_CASE("a cell is cut out of the page as OpenCV's warpAffine cuts it, pixel for pixel, at the page's edges too")
{
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> u(-1, 1);
    cv::Mat page(300, 220, CV_8U);
    cv::randu(page, 0, 256);
    cv::GaussianBlur(page, page, {5, 5}, 1.2);
    for (int round = 0; round < 300; ++round) {
        // Turned up to ±6°, scaled 0.4–1.6, sheared a little; placed anywhere, partly off the page too.
        const double turn = u(rng) * 0.1, scale = 1 + u(rng) * 0.6, shear = u(rng) * 0.03;
        const cv::Matx23d map(scale * std::cos(turn), -scale * std::sin(turn) + shear, -40 + (u(rng) + 1) * 150,
                              scale * std::sin(turn), scale * std::cos(turn), -40 + (u(rng) + 1) * 190);
        const cv::Size size(1 + static_cast<int>(rng() % 120), 1 + static_cast<int>(rng() % 120));
        cv::Mat theirs;
        cv::warpAffine(page, theirs, cv::Mat(map), size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT, cv::Scalar(255));
        const cv::Mat ours = hx::scan::affineCut(page, map, size, 255);
        INFO("round " << round << ", " << size.width << "×" << size.height);
        REQUIRE(ours.size() == theirs.size());
        REQUIRE(cv::countNonZero(ours != theirs) == 0);
    }
}

TEST_CASE("the ink's pieces are OpenCV's 8-connected components: the same areas and bounds, the kept ones painted")
{
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        // Noise from sparse to dense, with strokes across it: pieces touching only at a corner too.
        cv::Mat mask(5 + static_cast<int>(rng() % 90), 5 + static_cast<int>(rng() % 90), CV_8U);
        cv::randu(mask, 0, 256);
        mask = mask < static_cast<int>(rng() % 200);
        cv::line(mask, {0, 0}, {mask.cols - 1, mask.rows - 1}, cv::Scalar(255), 1, cv::LINE_8);
        const hx::scan::Pieces pieces = hx::scan::piecesOf(mask);
        cv::Mat labels, stats, centroids;
        const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
        std::vector<std::array<int, 5>> ours, theirs;
        for (size_t i = 0; i < pieces.area.size(); ++i)
            ours.push_back({pieces.area[i], pieces.bounds[i].x, pieces.bounds[i].y, pieces.bounds[i].width, pieces.bounds[i].height});
        for (int i = 1; i < n; ++i)
            theirs.push_back({stats.at<int>(i, cv::CC_STAT_AREA), stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                              stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT)});
        std::sort(ours.begin(), ours.end());
        std::sort(theirs.begin(), theirs.end());
        INFO("round " << round << ", " << mask.cols << "×" << mask.rows);
        REQUIRE(ours == theirs);
        // Every piece of at least 3 px kept: the mask less its smaller pieces.
        std::vector<uchar> keep(pieces.area.size());
        cv::Mat expected = cv::Mat::zeros(mask.size(), CV_8U), painted(mask.size(), CV_8U, cv::Scalar(7));
        for (size_t i = 0; i < keep.size(); ++i)
            keep[i] = pieces.area[i] >= 3;
        for (int i = 1; i < n; ++i)
            if (stats.at<int>(i, cv::CC_STAT_AREA) >= 3)
                expected.setTo(255, labels == i);
        hx::scan::paintPieces(pieces, keep, painted);
        CHECK(cv::countNonZero(painted != expected) == 0);
    }
}
