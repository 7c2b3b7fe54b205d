#pragma once
// What a voter drew in one mark box, read from the scanned sheet. The reader
// names a shape only when the evidence is clear (RULES §4: ○ approve, ×
// oppose, no mark abstain; the method may choose √/×/〇 or filled boxes);
// anything else — a faint trace, ○ and × together, a scribble, a mark that
// crosses into the next box — is unclear and goes to the scrutineers.
#include <opencv2/core.hpp>

#include <array>
#include <string>

namespace hx::scan {

enum class Shape { Blank, Circle, Cross, Tick, Filled, Unclear };

const char* shapeName(Shape s);

// The grey level below which a pixel is ink: 68 % of the paper's white (its brightest tenth).
int inkLevel(const cv::Mat& grey);

struct MarkReading {
    Shape shape = Shape::Unclear;
    std::string why;  // for an unclear mark: faint, crossing, joined, scribbled, small, shape, name
    int darkness = 0; // ‰: how much darker than the paper the box's darkest half square millimetre is (0 when blank)
    cv::Point2d shift{0, 0}; // mm: where the box's printed lines were found, against where they were sought
    std::array<bool, 4> joined{}; // "joined": the sides (left, top, right, bottom) across which a filled box's ink runs on
};

// The mark box as it lies in a patch of the scanned page: `patch` is grey
// (0 black, 255 white), sampled at `pxPerMm`, and `box` the printed border's
// expected position in it, with at least 2 mm of paper around it.
MarkReading readMark(const cv::Mat& patch, double pxPerMm, const cv::Rect2d& box);

// The box read again with all that lies across the `sides` marked (left, top, right, bottom) and
// `insideMm` within them taken for paper: the ink of the next box's fill run over the line they share.
MarkReading readMarkWithout(const cv::Mat& patch, double pxPerMm, const cv::Rect2d& box, const std::array<bool, 4>& sides, double insideMm);

// The box read again as a light pencil's: ink is what is `inkMille` ‰ darker than the paper or
// more (the first reading: 320 ‰). Blank when nothing is; definite only for a clear ○, ×, √ or filled box
// with no trace beside it and nothing across the box's lines; otherwise unclear. For the marks of
// a sheet marked in light pencil (sheet_reader, which weighs them against each other); the
// reading's darkness is measured as readMark's.
constexpr int kInk = 320, kPencilInk = 180; // ‰ darker than the paper: ink, and a light pencil's
constexpr int kPenDark = 450; // ‰: a box this dark holds a pen's ink, not only a light pencil's
MarkReading readLightly(const cv::Mat& patch, double pxPerMm, const cv::Rect2d& box, int inkMille);

// Whether a write-in cell's name box holds writing (beyond its printed caption): ink `inkMille` ‰
// darker than the paper or more.
bool nameWritten(const cv::Mat& patch, double pxPerMm, const cv::Rect2d& box, int inkMille = kInk);

// Whether a name box holds a voter's ink round or across the name (a ring round the name instead
// of a mark in the box): one piece of ink `acrossMm` or more across, wider than any character
// of the name — printed characters are under 5 mm, written ones under 12 (the box is 21 mm).
// The cell is then for the scrutineers.
constexpr double kPrintedAcross = 7, kWrittenAcross = 12;
bool nameMarked(const cv::Mat& patch, double pxPerMm, const cv::Rect2d& box, double acrossMm);

// Whether a write-in's name box holds a ○, × or √ (the printed caption 另选人 left out): the
// voter's mark drawn on the name box instead of in the box above. `patch` as for readMark; read
// as readLightly reads at `inkMille` when not 0.
bool markOnName(const cv::Mat& patch, double pxPerMm, const cv::Rect2d& box, int inkMille = 0);

} // namespace hx::scan
