#pragma once
// A mark's ink explained as two straight strokes, when it can be: the two
// lines that hold the most ink (a projection search over angles, as a Hough
// transform does), their extents, and where they meet. A × is two strokes
// crossing near their middles, a √ two strokes meeting at their feet.
#include <opencv2/core.hpp>

#include <vector>

namespace hx::scan {

struct Stroke {
    cv::Point2d from, to; // ends, px (from is the left end)
    double slope = 0;     // degrees, (-90, 90]: negative rises to the right ("/"), positive falls ("\")
    double length = 0;    // px
    double width = 0;     // px: the ink on the stroke over its length, away from where it meets the other
    double seen = 0;      // px of its length away from where it meets the other (its width is measured there)
    double evenness = 0;  // the fullest millimetre of the stroke over the median one (a zigzag on one line is uneven)
    std::vector<double> along; // its pixels' places along the line (px), its 2nd and 98th percentiles in their places
    double start = 0;          // `along` of the `from` end
};

struct TwoStrokes {
    bool found = false;
    Stroke first, second;
    double explained = 0; // share of the ink on one of the two
    double meanWidth = 0; // px: all the ink over the two strokes' lengths
    cv::Point2d meet;     // where the lines cross
    double at1 = 0, at2 = 0; // where along each stroke they meet: 0 at `from`, 1 at `to`
};

// `ink`: 255 where inked.
TwoStrokes twoStrokes(const cv::Mat& ink, double pxPerMm);

} // namespace hx::scan
