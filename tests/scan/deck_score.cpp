#include "deck_score.hpp"

#include "scan_batch.hpp"

#include <opencv2/imgcodecs.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace hx::deck {

Score& Score::operator+=(const Score& o)
{
    sheets += o.sheets;
    setAside += o.setAside;
    clear += o.clear;
    clearUnclear += o.clearUnclear;
    wrong += o.wrong;
    ambiguous += o.ambiguous;
    ambiguousDefinite += o.ambiguousDefinite;
    names += o.names;
    namesWrong += o.namesWrong;
    readMs += o.readMs;
    problems.insert(problems.end(), o.problems.begin(), o.problems.end());
    return *this;
}

Score readDeck(const Hall& hall, int sheets, double ambiguousShare, unsigned seed, const Conditions& conditions)
{
    const scan::LayoutBook book(hall.state);
    const Deck deck(hall.paper());
    const std::string grammar = hall.meeting().method.marks;
    std::mt19937 rng(seed);
    Score s;
    const int pages = static_cast<int>(deck.layout().pages.size());
    for (int i = 0; i < sheets; ++i) {
        const int page = 1 + i % pages;
        const PrintScan ps = conditions(rng);
        auto cells = deck.randomCells(page, ambiguousShare, grammar, ps.mode != PrintScan::Mode::BlackWhite, rng);
        std::vector<bool> names;
        // One voter in thirty marks the whole sheet in a light pencil (a hand of its own, so the
        // other sheets are drawn as before). A black-and-white scan keeps nothing of it.
        std::mt19937 hand(seed * 7919u + static_cast<unsigned>(i));
        const bool light = ps.mode != PrintScan::Mode::BlackWhite && std::uniform_int_distribution<int>(0, 29)(hand) == 0;
        // Grey 165–210 on paper of 240: its strokes 12–31 % darker than the paper, before the scan's blur.
        const double pencil = light ? std::uniform_real_distribution<double>(165, 210)(hand) : 0;
        const cv::Mat sheet = deck.marked(page, ps.dpi, cells, names, rng, pencil);
        const std::vector<uchar> bytes = deck.scanned(sheet, ps, rng);
        const cv::Mat grey = cv::imdecode(bytes, cv::IMREAD_GRAYSCALE);
        const auto t0 = std::chrono::steady_clock::now();
        const scan::SheetReading reading = scan::readSheet(grey, book.finder());
        s.readMs += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        ++s.sheets;
        const size_t problemsBefore = s.problems.size();
        const std::string where = "seed " + std::to_string(seed) + " sheet " + std::to_string(i) + " (" + ps.describe() + ")";
        if (!reading.read || reading.page->number != page) {
            ++s.setAside;
            s.problems.push_back(where + ": set aside, " + reading.reason);
            continue;
        }
        for (size_t c = 0; c < reading.cells.size(); ++c) {
            const std::string want = expectedMark(cells[c], grammar);
            const std::string got = scan::markOf(reading.cells[c].mark.shape, grammar);
            const bool ambiguousCell = want == "unclear";
            s.clear += !ambiguousCell;
            s.ambiguous += ambiguousCell;
            if (got == want)
                ;
            else if (got == "unclear")
                ++s.clearUnclear;
            else
                ++(ambiguousCell ? s.ambiguousDefinite : s.wrong);
            if (got != want && std::getenv("HX_DECK_DUMP")) {
                // The cell as the reader saw it; its resolution in the name (…-ppm7.87.png).
                char ppm[32];
                std::snprintf(ppm, sizeof ppm, "%.9f", reading.pxPerMm);
                cv::imwrite(std::string(std::getenv("HX_DECK_DUMP")) + "/cell-" + std::to_string(seed) + "-" + std::to_string(i) + "-" + std::to_string(c + 1) + "-"
                                + drawnName(cells[c]) + "-" + reading.cells[c].mark.why + "-ppm" + ppm + ".png",
                            scan::cutOut(grey, reading.toImage, reading.cells[c].cell->mark, scan::kCellMargin, reading.pxPerMm));
            }
            if (got != want)
                s.problems.push_back(where + " cell " + std::to_string(c + 1) + ": drew " + drawnName(cells[c]) + ", read " + got + " ("
                                     + scan::shapeName(reading.cells[c].mark.shape) + (reading.cells[c].mark.why.empty() ? "" : ", " + reading.cells[c].mark.why) + ")");
            if (reading.cells[c].cell->kind == "write_in") {
                ++s.names;
                if (reading.cells[c].nameWritten != names[c]) {
                    ++s.namesWrong;
                    s.problems.push_back(where + " cell " + std::to_string(c + 1) + ": name " + (names[c] ? "written" : "not written") + ", read the other way");
                }
            }
        }
        // To look at a sheet that was read wrong in any way: HX_DECK_DUMP names a folder.
        if (const char* dump = std::getenv("HX_DECK_DUMP"); dump && s.problems.size() > problemsBefore)
            cv::imwrite(std::string(dump) + "/sheet-" + std::to_string(seed) + "-" + std::to_string(i) + ".png", grey);
    }
    return s;
}

} // namespace hx::deck
