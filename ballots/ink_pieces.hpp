#pragma once
// The 8-connected pieces of a mask, found on the runs of its rows: the same
// pieces as OpenCV's connectedComponentsWithStats, without a label image. The
// reader's masks are small (a box's interior, a few thousand pixels, most of
// them paper) and there are hundreds a sheet: there a label image and its
// statistics over every pixel cost more than the ink does (an eighth of a
// national batch's time).
#include <opencv2/core.hpp>

#include <vector>

namespace hx::scan {

struct Pieces {
    struct Run {
        int y = 0, from = 0, to = 0; // row; columns [from, to)
        int piece = 0;
    };
    std::vector<Run> runs;      // row by row, left to right
    std::vector<int> area;      // px, by piece
    std::vector<cv::Rect> bounds; // by piece
};

// `mask`: CV_8U, set where not 0.
Pieces piecesOf(const cv::Mat& mask);

// 255 into `into` (the mask's size) on the pieces kept, 0 elsewhere.
void paintPieces(const Pieces& pieces, const std::vector<uchar>& keep, cv::Mat into);

} // namespace hx::scan
