#pragma once
// One scanned page: its registration marks found, its code read, its layout
// looked up, and every cell read. A page that cannot be registered, or whose
// code names no layout, is set aside with its reason — never guessed.
#include "ballot_layout.hpp"
#include "mark_reader.hpp"

#include <opencv2/core.hpp>

#include <functional>
#include <string>
#include <vector>

namespace hx::scan {

struct CellReading {
    const BallotCell* cell = nullptr;
    MarkReading mark;
    bool nameWritten = false; // write-in cells: whether a name is written
    Box label{};              // the name box, moved as the mark box's lines were found moved
};

struct SheetReading {
    bool read = false;
    std::string reason;                 // why the page was set aside (English key: no_marks, no_code, …)
    std::string code;                   // as printed, when it was decoded
    const BallotLayout* layout = nullptr;
    const BallotPage* page = nullptr;
    std::vector<CellReading> cells;
    cv::Matx33d toImage = cv::Matx33d::eye(); // layout mm → image px
    double pxPerMm = 0;                       // the resolution cells were read at
};

// Looks a sheet's layout up by the code printed on it (the code without its |n/N).
using LayoutFinder = std::function<const BallotLayout*(const std::string& ballotCode)>;

// `grey`: the page as scanned, 8-bit grey (0 black).
SheetReading readSheet(const cv::Mat& grey, const LayoutFinder& find);

// How much paper around a box its cut-out holds (mm).
constexpr double kCellMargin = 2.5;

// Where a point of the layout (mm) lies in the image (px) under `toImage`.
cv::Point2d imagePoint(const cv::Matx33d& toImage, double x, double y);

// The scan's resolution under `toImage`: px per mm along the sheet's top edge at its corner.
double scanPxPerMm(const cv::Matx33d& toImage);

// The image of a box of the layout cut out of the page, `marginMm` around it, at `pxPerMm`.
cv::Mat cutOut(const cv::Mat& grey, const cv::Matx33d& toImage, const Box& box, double marginMm, double pxPerMm);

} // namespace hx::scan
