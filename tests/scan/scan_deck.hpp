#pragma once
// A synthetic deck of scanned ballots: the project's own ballot sheets,
// rendered as printed, with hand-like marks drawn in their cells (○ of
// varied size, gaps and stroke, × at varied angles, √, filled boxes, in
// black, blue-black or pencil, some touching the border) and ambiguous ones
// that must come out unclear (○ and × together, scribbles, marks crossing
// into the next cell, faint traces, dots, +, a rubbed-out mark under a new
// one), then printed and scanned: turned, shifted, scaled, skewed, blurred,
// noised, at 150–300 dpi, colour, grey or black-and-white, PNG or JPEG.
#include "ballot_pdf.hpp"

#include <opencv2/core.hpp>

#include <map>
#include <random>
#include <string>
#include <vector>

namespace hx::deck {

enum class Drawn {
    Blank, Circle, Cross, Tick, Filled,                                  // clear
    CircleAndCross, Scribble, Crossing, Faint, Dot, Plus, Erased,        // ambiguous
    Intruded                                                             // a neighbour's mark runs into it
};

const char* drawnName(Drawn d);
bool ambiguous(Drawn d);
// What the reader must say for the drawing under the mark grammar: approve, oppose, blank or unclear.
std::string expectedMark(Drawn d, const std::string& grammar);

struct PrintScan {
    int dpi = 200;
    double rotation = 0;      // degrees
    double scale = 1;
    double shiftX = 0, shiftY = 0; // mm
    double skew = 0;          // corner displacement, share of the sheet's size
    double blur = 0;          // Gaussian sigma, px at the scan's resolution
    double noise = 0;         // Gaussian sigma, grey levels
    int jpeg = 0;             // JPEG quality; 0 saves PNG
    enum class Mode { Colour, Grey, BlackWhite } mode = Mode::Grey;
    double border = 0;        // mm of scanner bed around the sheet
    bool upsideDown = false;  // fed head last
    bool cropped = false;     // the image only the paper's size: a sheet slid or enlarged loses its edges
    std::string describe() const;
};

// Random print-scan conditions within the bounds (rotation ±5°, scale 95–105 %, …); one
// sheet in seven laid on a flatbed's glass instead, its image the paper's size: slid up to 9 mm, a
// corner mark cut or lost, and lifted off the glass (a keystone of up to 1.2 % at a corner).
PrintScan randomPrintScan(std::mt19937& rng);

class Deck {
public:
    explicit Deck(const BallotPaper& paper); // renders every sheet once at 150, 200 and 300 dpi
    const BallotLayout& layout() const { return m_layout; }
    // Sheet `page` (from 1) with `cells` drawn (one per cell of the page, in layout order); in
    // `names`, whether each write-in cell's name box holds ink: a name, or a × run down into it.
    // A mark drawn across into the next cell turns that cell's drawing into Intruded. `pencil`, when
    // not 0, is the grey (of 255) of a light pencil the whole sheet is marked in.
    cv::Mat marked(int page, int dpi, std::vector<Drawn>& cells, std::vector<bool>& names, std::mt19937& rng, double pencil = 0) const;
    // The marked sheet (at the scan's dpi) printed and scanned: the bytes as the scanner saves them.
    std::vector<uchar> scanned(const cv::Mat& sheet, const PrintScan& p, std::mt19937& rng) const;
    // Random drawings for a page: mostly clear marks, `ambiguousShare` of them ambiguous; no faint
    // traces when `faint` is false (a black-and-white scan leaves nothing of them).
    std::vector<Drawn> randomCells(int page, double ambiguousShare, const std::string& grammar, bool faint, std::mt19937& rng) const;

private:
    BallotLayout m_layout;
    std::map<int, std::vector<cv::Mat>> m_pages; // by dpi, BGR
};

} // namespace hx::deck
