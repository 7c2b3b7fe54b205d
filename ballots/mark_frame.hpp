#pragma once
// A mark box's printed border found again in the cut-out (a scan moves it by
// a pixel or two), and whether a voter's ink runs across it into the next box.
#include <opencv2/core.hpp>

namespace hx::scan {

constexpr double kLineClear = 0.6; // mm from a printed line's centre to the box's readable interior

struct Frame {
    double left, top, right, bottom; // the printed lines' centres, px
};

// `ink`: 255 where inked; `box`: where the layout puts the border, px.
Frame refinedFrame(const cv::Mat& ink, double pxPerMm, const cv::Rect2d& box);

// A stroke continuous from inside the box, through a side's line, to outside.
bool crossesAnySide(const cv::Mat& ink, double pxPerMm, const Frame& f);

} // namespace hx::scan
