// huixuan-bench: speed figures for docs/PERFORMANCE.md, never a timed test.
//   1. a national-scale congress end to end: 2,000 expected, 1,913 present,
//      316 candidates for 300 seats, every ballot distinct;
//   2. replaying its journal;
//   3. one ballot committed durably through the engine, against a bare
//      SQLite insert+commit with the same durability, side by side.
#include "ballot_pdf.hpp"
#include "document_set.hpp"
#include "documents.hpp"
#include "pdf_sign.hpp"
#include "pinyin.hpp"
#include "scan_bench.hpp"
#include "scenario.hpp"
#include "sqlite_db.hpp"

#include <QGuiApplication>

#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <algorithm>
#include <optional>
#include <random>

using namespace hx;
using Steady = std::chrono::steady_clock;

namespace {

double ms(Steady::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

std::string national(int expected, int present, int candidates, int seats)
{
    std::mt19937 rng(20261201);
    const char* surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    const char* given[] = {"芳", "娜", "敏", "静", "丽", "艳", "红", "霞", "玲", "梅", "燕", "萍", "英", "兰", "华", "雪", "慧", "婷", "琴", "云"};
    Json people = Json::array(), ids = Json::array(), cands = Json::array(), here = Json::array();
    for (int i = 0; i < expected; ++i) {
        const std::string id = "d" + std::to_string(i);
        people.push_back({{"id", id}, {"name", std::string(surnames[rng() % 20]) + given[rng() % 20] + given[rng() % 20]}});
        ids.push_back(id);
        if (i < candidates)
            cands.push_back(id);
        if (i >= expected - present)
            here.push_back(id);
    }
    Json ballots = Json::array();
    for (int b = 0; b < present; ++b) {
        Json approve = Json::array(), oppose = Json::array();
        for (int c = 0; c < candidates; ++c) {
            const unsigned x = rng() % 100;
            if (x < 90 && static_cast<int>(approve.size()) < seats)
                approve.push_back(cands[static_cast<size_t>(c)]);
            else if (x < 95)
                oppose.push_back(cands[static_cast<size_t>(c)]);
        }
        ballots.push_back({{"count", 1}, {"approve", approve}, {"oppose", oppose}});
    }
    Json steps = {{{"do", "check_in"}, {"people", here}},
                  {{"do", "complete"}, {"item", "announce_approval"}},
                  {{"do", "complete"}, {"item", "preparatory_report"}},
                  {{"do", "adopt"}, {"item", "election_method"}},
                  {{"do", "adopt_scrutineers"}, {"chief", ids.back()}, {"scrutineers", Json::array()}, {"tellers", Json::array()}},
                  {{"do", "open_contest"}, {"contest", "executives"}, {"office", "executive"}, {"seats", seats}, {"candidates", cands}},
                  {{"do", "issue_ballots"}, {"contest", "executives"}, {"count", present}},
                  {{"do", "return_ballots"}, {"contest", "executives"}, {"count", present}},
                  {{"do", "ballots"}, {"contest", "executives"}, {"ballots", ballots}},
                  {{"do", "close_count"}, {"contest", "executives"}, {"signed_by", {ids.back()}}}};
    Json s = {{"format", "huixuan-scenario/1"},
              {"federation", {{"name", "全国测试妇女联合会"}, {"kind", "system"}}},
              {"people", people},
              {"meetings", {{{"id", "congress"}, {"kind", "founding_congress"}, {"date", "2026-12-01"}, {"expected", ids}, {"steps", steps}}}}};
    return s.dump();
}

// A workspace mid-count: a 316-candidate round with 2,000 ballots returned.
struct CountingDesk {
    Workspace ws;
    Json cands = Json::array();
    std::mt19937 rng{7};
    explicit CountingDesk(const std::string& path);
    void ok(Json c)
    {
        c["meeting"] = "m";
        if (!ws.execute(c).accepted())
            throw std::runtime_error("bench command refused: " + c.dump());
    }
    // Mean milliseconds per durable commit of `n` ballots through the engine.
    double commit(int n);
};

CountingDesk::CountingDesk(const std::string& path)
    : ws(Workspace::create(path, [] { return std::string("2026-12-01T09:00:00+08:00"); }))
{
    (void)ws.execute({{"do", "create_federation"}, {"federation", {{"name", "测试妇联"}, {"kind", "community"}}}});
    Json people = Json::array(), ids = Json::array();
    for (int i = 0; i < 2000; ++i) {
        people.push_back({{"id", "d" + std::to_string(i)}, {"name", "代表" + std::to_string(i)}});
        ids.push_back("d" + std::to_string(i));
        if (i < 316)
            cands.push_back("d" + std::to_string(i));
    }
    (void)ws.execute({{"do", "import_roster"}, {"add", people}, {"update", Json::array()}});
    (void)ws.execute({{"do", "create_meeting"}, {"meeting", {{"id", "m"}, {"kind", "executive_meeting"}, {"expected", ids}}}});
    ok({{"do", "check_in"}, {"people", ids}});
    ok({{"do", "adopt"}, {"item", "election_method"}});
    ok({{"do", "adopt_scrutineers"}, {"chief", "d1999"}, {"scrutineers", Json::array()}, {"tellers", Json::array()}});
    ok({{"do", "open_contest"}, {"contest", "c"}, {"office", "executive"}, {"seats", 300}, {"candidates", cands}});
    ok({{"do", "issue_ballots"}, {"contest", "c"}, {"count", 2000}});
    ok({{"do", "return_ballots"}, {"contest", "c"}, {"count", 2000}});
}

double CountingDesk::commit(int n)
{
    const auto t0 = Steady::now();
    for (int b = 0; b < n; ++b) {
        Json approve = Json::array();
        for (int c = 0; c < 300; ++c)
            if (rng() % 10)
                approve.push_back(cands[static_cast<size_t>(c)]);
        ok({{"do", "ballot"}, {"contest", "c"}, {"approve", approve}});
    }
    return ms(Steady::now() - t0) / n;
}

// Bare SQLite with the same durability: a one-column STRICT table, same pragmas, same disk.
struct BareDesk {
    Database db;
    std::optional<Statement> ins;
    explicit BareDesk(const std::string& path) : db(path, Database::Mode::CreateIfMissing)
    {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT");
        ins.emplace(db.raw(), "INSERT INTO t(body) VALUES (?1)");
    }
    double commit(int n);
};

// Mean milliseconds per insert+commit of a row the size of a ballot's marks.
double BareDesk::commit(int n)
{
    Statement& ins = *this->ins;
    const std::string body(420, 'A');
    const auto t0 = Steady::now();
    for (int i = 0; i < n; ++i) {
        db.exec("BEGIN IMMEDIATE");
        ins.bind(1, body);
        ins.step();
        ins.reset();
        db.exec("COMMIT");
    }
    return ms(Steady::now() - t0) / n;
}

} // namespace

// A 300-seat ballot and the result report of the national congress, drawn and signed.
void documents(const std::string& dir, const Workspace& ws)
{
    const Meeting& m = *ws.state().meeting("congress");
    const Contest& c = m.contests[0];
    const Identity id = createIdentity("全国测试妇女联合会", 1700000000, 3650);
    const auto t0 = Steady::now();
    const BallotPaper paper = ballotPaper(ws.state(), m, c, c.rounds[0]);
    const std::string signedBallot = signPdf(paper.pdf.toStdString(), id, {"bench", "bench", "D:20261201090000Z"});
    const auto t1 = Steady::now();
    const Record rec = makeRecord(ws.state(), "congress", std::string(64, '0'), 13, "2026-12-01T09:00:00+08:00");
    const doc::Context ctx{ws.state(), m, rec};
    const QByteArray report = doc::resultReport(ctx).pdf();
    const std::string signedReport = signPdf(report.toStdString(), id, {"bench", "bench", "D:20261201090000Z"});
    const auto t2 = Steady::now();
    std::printf("300-seat ballot (%zu candidates, %zu pages %s): %.0f ms; its result report (%zu elected, %.0f KB): %.0f ms — each drawn and signed\n",
                c.rounds[0].candidates.size(), paper.layout.pages.size(), paper.layout.paper.c_str(), ms(t1 - t0),
                c.elected.size(), static_cast<double>(signedReport.size()) / 1024, ms(t2 - t1));
    if (std::getenv("HUIXUAN_BENCH_KEEP")) {
        std::FILE* f = std::fopen((dir + "/../ballot-300.pdf").c_str(), "wb");
        std::fwrite(signedBallot.data(), 1, signedBallot.size(), f);
        std::fclose(f);
    }
}

int main(int argc, char** argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv);
    const bool scanning = argc > 1 && std::string(argv[1]) == "--scan";
    const std::string dir = argc > 1 && !scanning ? argv[1] : (std::filesystem::temp_directory_path() / "huixuan-bench").string();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    if (argc > 3 && std::string(argv[1]) == "--scan-chunk")
        return bench::scanChunk(static_cast<unsigned>(std::atoi(argv[2])), std::atoi(argv[3]));
    if (scanning) {
        // huixuan-bench --scan [SHEETS] [accuracy|speed]: the ballot reader's accuracy over SHEETS deck
        // sheets, then its speed (on an otherwise idle machine); or only one of them.
        const std::string only = argc > 3 ? argv[3] : "";
        const int accuracy = only == "speed" ? 0 : bench::scanAccuracy(argc > 2 ? std::atoi(argv[2]) : 10000);
        const int speed = only == "accuracy" ? 0 : bench::scanSpeed(dir);
        std::filesystem::remove_all(dir);
        return accuracy || speed;
    }

    const std::string text = national(2000, 1913, 316, 300);
    const auto t0 = Steady::now();
    const ScenarioRun run = runScenario(Json::parse(text), dir + "/national.huixuan");
    const auto t1 = Steady::now();
    std::printf("national congress end to end (parse, commands, journal, count): %.0f ms  [scenario %.1f MB, %s]\n",
                ms(t1 - t0), static_cast<double>(text.size()) / 1e6, run.refusals.empty() ? "no refusal" : "REFUSED");
    for (const auto& r : run.refusals)
        std::printf("  %s\n", refusalLine(r, Lang::en).c_str());

    const auto t2 = Steady::now();
    Workspace ws = Workspace::open(dir + "/national.huixuan", [] { return std::string(); });
    const auto t3 = Steady::now();
    std::printf("replay of its journal (%lld events): %.0f ms\n", static_cast<long long>(ws.journal().length()), ms(t3 - t2));
    documents(dir, ws);
    {
        // Check-in search as the desk runs it on every keystroke: 2,000 expected names.
        const Meeting& m = *ws.state().meeting("congress");
        const char* queries[] = {"w", "wf", "wfy", "李", "张敏", "d1999", "zx", "l"};
        const int n = 400;
        size_t hits = 0;
        const auto s0 = Steady::now();
        for (int i = 0; i < n; ++i)
            hits += searchPeople(ws.state(), m.expected, queries[i % 8], 60).size();
        std::printf("check-in search over %zu names: %.3f ms per keystroke (mean of %d queries, %zu hits)\n",
                    m.expected.size(), ms(Steady::now() - s0) / n, n, hits);
    }

    // Side by side: five alternating batches of 100 commits each; the medians compared.
    CountingDesk desk(dir + "/ballots.huixuan");
    BareDesk bare(dir + "/bare.db");
    std::vector<double> e, b;
    for (int batch = 0; batch < 5; ++batch) {
        b.push_back(bare.commit(100));
        e.push_back(desk.commit(100));
    }
    std::sort(e.begin(), e.end());
    std::sort(b.begin(), b.end());
    std::printf("one ballot committed durably, median of 5 × 100: engine %.3f ms, bare SQLite insert+commit %.3f ms: ratio %.2f  [engine %.3f–%.3f, bare %.3f–%.3f]\n",
                e[2], b[2], e[2] / b[2], e.front(), e.back(), b.front(), b.back());
    std::filesystem::remove_all(dir);
    return run.refusals.empty() ? 0 : 1;
}
