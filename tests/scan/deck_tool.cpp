// huixuan-deck WORKSPACE OUT_DIR COUNT [SEED] [AMBIGUOUS_SHARE]: COUNT ballots of the
// workspace's first open secret-ballot round, marked by hand-like strokes
// and printed and scanned as the deck does (tests/scan/), saved as the
// scanner's software saves them (one PNG per sheet, numbered in order), for
// the console's scanning walkthrough and for trying the screen by hand.
// Prints, per ballot, the marks drawn (approve/oppose/blank/unclear per cell).
#include "scan_deck.hpp"

#include "workspace.hpp"

#include <QGuiApplication>

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

using namespace hx;

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::cerr << "usage: huixuan-deck WORKSPACE OUT_DIR COUNT [SEED] [AMBIGUOUS_SHARE]\n";
        return 2;
    }
    // The ballots are drawn with Qt, as printed.
    if (!std::getenv("DISPLAY"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv);
    const Workspace ws = Workspace::openReadOnly(argv[1]);
    const std::string out = argv[2];
    const int count = std::atoi(argv[3]);
    std::mt19937 rng(argc > 4 ? static_cast<unsigned>(std::atoi(argv[4])) : 1);
    const double ambiguous = argc > 5 ? std::atof(argv[5]) : 0.1;
    for (const auto& [id, m] : ws.state().meetings)
        for (const auto& c : m.contests) {
            const Round& r = c.current();
            if (r.closed || r.voting != "secret_ballot" || !r.returned)
                continue;
            const BallotPaper paper = ballotPaper(ws.state(), m, c, r);
            const deck::Deck deck(paper);
            int file = 0;
            for (int b = 0; b < count; ++b)
                for (size_t page = 1; page <= paper.layout.pages.size(); ++page) {
                    std::vector<deck::Drawn> cells = deck.randomCells(static_cast<int>(page), ambiguous, m.method.marks, true, rng);
                    std::vector<bool> names;
                    deck::PrintScan ps;
                    ps.rotation = std::uniform_real_distribution<double>(-2, 2)(rng);
                    const auto bytes = deck.scanned(deck.marked(static_cast<int>(page), ps.dpi, cells, names, rng), ps, rng);
                    char name[64];
                    std::snprintf(name, sizeof name, "/scan-%04d.png", ++file);
                    std::ofstream(out + name, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
                    std::cout << "ballot " << b + 1 << " sheet " << page << ":";
                    for (const auto d : cells)
                        std::cout << " " << deck::expectedMark(d, m.method.marks);
                    std::cout << "\n";
                }
            return 0;
        }
    std::cerr << "no open secret-ballot round with its returned ballots recorded\n";
    return 1;
}
