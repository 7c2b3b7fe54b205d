// huixuan-bench --scan [SHEETS]: the ballot reader against the synthetic deck
// (tests/scan/): accuracy over SHEETS sheets (default 10,000), the time to
// read one A4 sheet at 200 dpi on one core, and the national congress's
// 1,913 five-sheet ballots read from files by the CLI's own batch runner on
// every core, with the peak memory. Figures for docs/PERFORMANCE.md.
#include "scan_bench.hpp"

#include "deck_score.hpp"
#include "scan_run.hpp"

#include <opencv2/imgcodecs.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>
#include <map>
#include <thread>

namespace hx::bench {

namespace {

using Steady = std::chrono::steady_clock;
using namespace hx::deck;

double ms(Steady::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

// Splits `sheets` over the cores, each part with its own seeds.
Score parallel(const Hall& hall, int sheets, double ambiguous, unsigned seed, const Conditions& conditions)
{
    const int parts = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::future<Score>> runs;
    for (int p = 0; p < parts; ++p)
        runs.push_back(std::async(std::launch::async, [&, p] {
            Score total;
            const int mine = sheets / parts + (p < sheets % parts);
            for (int done = 0, chunk = 0; done < mine; done += 50, ++chunk)
                total += readDeck(hall, std::min(50, mine - done), ambiguous, seed * 1000 + static_cast<unsigned>(p * 100 + chunk), conditions);
            return total;
        }));
    Score total;
    for (auto& r : runs)
        total += r.get();
    return total;
}

void print(const char* what, const Score& s)
{
    std::printf("%s: %d sheets, %d set aside; %ld clear cells, %ld left unclear (%.3f %%), %ld read wrong; %ld ambiguous, %ld read as definite; "
                "%ld of %ld write-in names misjudged\n",
                what, s.sheets, s.setAside, s.clear, s.clearUnclear, s.clear ? 100.0 * s.clearUnclear / s.clear : 0.0, s.wrong, s.ambiguous,
                s.ambiguousDefinite, s.namesWrong, s.names);
    for (const auto& p : s.problems)
        if (p.find("read approve") != std::string::npos || p.find("read oppose") != std::string::npos || p.find("read blank") != std::string::npos
            || p.find("set aside") != std::string::npos)
            std::printf("  WRONG: %s\n", p.c_str());
}

void unclearReasons(const Score& s)
{
    std::map<std::string, int> why;
    for (const auto& p : s.problems)
        if (const auto at = p.find(": drew "); at != std::string::npos)
            ++why[p.substr(at + 2)];
        else if (const auto name = p.find(": name "); name != std::string::npos)
            ++why[p.substr(name + 2)];
    for (const auto& [k, n] : why)
        std::printf("    %5d × %s\n", n, k.c_str());
}

PrintScan at200(std::mt19937& rng)
{
    PrintScan p = randomPrintScan(rng);
    p.dpi = 200;
    p.mode = PrintScan::Mode::Grey;
    p.jpeg = 75;
    p.upsideDown = false;
    return p;
}

long peakKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int scanAccuracy(int sheets)
{
    const auto t0 = Steady::now();
    const int a4 = sheets * 7 / 10, tick = sheets / 10, filled = sheets / 10, a3 = sheets - a4 - tick - filled;
    const Score s1 = parallel(Hall(35, 10), a4, 0.15, 1, randomPrintScan);
    print("A4, ○/× (35 candidates, 10 write-in cells)", s1);
    unclearReasons(s1);
    const Score s2 = parallel(Hall(20, 7, "tick_cross_circle"), tick, 0.1, 2, randomPrintScan);
    print("A4, √/×/〇", s2);
    unclearReasons(s2);
    const Score s3 = parallel(Hall(20, 7, "filled_boxes"), filled, 0.1, 3, randomPrintScan);
    print("A4, filled boxes", s3);
    unclearReasons(s3);
    const Score s4 = parallel(Hall(150, 20), a3, 0.1, 4, randomPrintScan);
    print("A3, two sheets (150 candidates, 20 write-in cells)", s4);
    unclearReasons(s4);
    Score all = s1;
    all += s2;
    all += s3;
    all += s4;
    std::printf("all: %d sheets, %ld definite cells read wrong, %.3f %% of clear marks unclear, %ld of %ld ambiguous cells read as definite, "
                "%d sheets set aside  [%.0f s]\n",
                all.sheets, all.wrong, all.clear ? 100.0 * all.clearUnclear / all.clear : 0.0, all.ambiguousDefinite, all.ambiguous, all.setAside,
                ms(Steady::now() - t0) / 1000);
    return all.wrong == 0 && all.ambiguousDefinite == 0 && all.setAside == 0 ? 0 : 1;
}

int scanChunk(unsigned seed, int sheets)
{
    const Score s = readDeck(Hall(35, 10), sheets, 0.15, seed, randomPrintScan);
    print("A4, ○/× chunk", s);
    for (const auto& p : s.problems)
        std::printf("  %s\n", p.c_str());
    return s.wrong == 0 && s.ambiguousDefinite == 0 && s.setAside == 0 ? 0 : 1;
}

int scanSpeed(const std::string& dir)
{
    // One core, one A4 sheet at 200 dpi (grey JPEG as an office scanner saves it): decoding, then reading.
    {
        const Hall hall(35, 10);
        const Score s = readDeck(hall, 200, 0.05, 9, at200);
        std::printf("reading an A4 sheet at 200 dpi on one core (registration, code, 45 cells; decoding excluded): %.1f ms mean over %d sheets\n",
                    s.readMs / s.sheets, s.sheets);
        const Deck deck(hall.paper());
        std::mt19937 rng(10);
        std::vector<Drawn> cells = deck.randomCells(1, 0, "circle_cross", true, rng);
        std::vector<bool> names;
        PrintScan p = at200(rng);
        const std::vector<uchar> jpeg = deck.scanned(deck.marked(1, 200, cells, names, rng), p, rng);
        p.jpeg = 0;
        const std::vector<uchar> png = deck.scanned(deck.marked(1, 200, cells, names, rng), p, rng);
        for (const auto& [what, bytes] : {std::pair{"JPEG", &jpeg}, std::pair{"PNG", &png}}) {
            const auto t0 = Steady::now();
            for (int i = 0; i < 50; ++i)
                (void)cv::imdecode(*bytes, cv::IMREAD_GRAYSCALE);
            std::printf("  decoding it from %s (%zu KB): %.1f ms\n", what, bytes->size() / 1024, ms(Steady::now() - t0) / 50);
        }
    }
    // The national congress: 1,913 ballots of five A3 sheets (316 candidates, 300 write-in cells).
    const Hall hall(316, 300);
    const scan::LayoutBook book(hall.state);
    std::filesystem::create_directories(dir + "/scans");
    {
        const Deck deck(hall.paper());
        std::mt19937 rng(11);
        for (int i = 0; i < 40; ++i) {
            std::vector<Drawn> cells = deck.randomCells(1 + i % 5, 0.02, "circle_cross", true, rng);
            std::vector<bool> names;
            const auto bytes = deck.scanned(deck.marked(1 + i % 5, 200, cells, names, rng), at200(rng), rng);
            FILE* f = std::fopen((dir + "/sample-" + std::to_string(i) + ".jpg").c_str(), "wb");
            std::fwrite(bytes.data(), 1, bytes.size(), f);
            std::fclose(f);
        }
    }
    std::vector<std::string> files;
    for (int i = 0; i < 1913 * 5; ++i) {
        char name[64];
        std::snprintf(name, sizeof name, "/scans/%05d.jpg", i);
        std::filesystem::create_hard_link(dir + "/sample-" + std::to_string((i / 5 % 8) * 5 + i % 5) + ".jpg", dir + name);
        files.push_back(dir + name);
    }
    const long before = peakKb();
    const auto t0 = Steady::now();
    int read = 0, unclear = 0;
    const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    scan::scanAll(files, book, threads, false, [&](scan::PageRead&& p) {
        read += p.result.read;
        unclear += p.result.unclear;
    });
    const double seconds = ms(Steady::now() - t0) / 1000;
    std::printf("the national congress's 1,913 ballots of 5 A3 sheets (9,565 JPEG files, 200 dpi) read on %d threads: %.0f s (%.1f sheets/s), "
                "%d read, %d cells unclear; peak memory %ld MB (%ld MB before the batch)\n",
                threads, seconds, files.size() / seconds, read, unclear, peakKb() / 1024, before / 1024);
    std::filesystem::remove_all(dir + "/scans");
    return read == static_cast<int>(files.size()) ? 0 : 1;
}

} // namespace hx::bench
