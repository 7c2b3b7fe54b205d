#pragma once
// A mark box's printed border found again in the cut-out (a scan moves it by
// a pixel or two), and whether a voter's ink runs across it into the next box.
#include "mark_strokes.hpp"

#include <opencv2/core.hpp>

#include <array>

namespace hx::scan {

constexpr double kLineClear = 0.6; // mm from a printed line's centre to the box's readable interior
// mm from a line's centre: how far a mark may run over its box's top line (into the margin
// between rows) or its bottom line (into its own name box), and over a side line (touching the
// next box, short of its interior), and stay the box's — a ○ drawn a little large (the fourth
// unseen deck: 0.5–1.5 mm over). Further over a side line it is in the next box.
constexpr double kOvershoot = 1.5, kTouch = 1.0;

struct Frame {
    double left, top, right, bottom; // the printed lines' centres, px
};

// Whether a stroke of a mark, its ends at `origin` + its own, runs on out of the box: along its
// line beyond either end, ink continues past the printed line. A thick stroke crossing a line at
// a shallow angle meets the bands either side over runs as long as a ring's that only touches it.
bool runsOut(const Stroke& s, const cv::Mat& ink, cv::Point2d origin, const Frame& f, double pxPerMm);

// `ink`: 255 where inked; `box`: where the layout puts the border, px.
Frame refinedFrame(const cv::Mat& ink, double pxPerMm, const cv::Rect2d& box);

// A stroke continuous from inside the box, through a side's line, to outside: `into` the next box
// or beyond the margin (ink further out than kTouch beside, kOvershoot above or below), or only
// `over` a side (left, top, right, bottom).
struct Crossed {
    bool into = false;
    std::array<bool, 4> over{};
    bool any() const { return over[0] || over[1] || over[2] || over[3]; }
};
Crossed crossingOf(const cv::Mat& ink, double pxPerMm, const Frame& f);

// Per side (left and right, where the next boxes are; top and bottom 0), the share (‰) of the
// side, less 1.6 mm at its corners, along which ink runs across its line: 0.8 mm inside it and
// 0.45, 1.0 and 1.9 mm beyond — a fill running on into the next box; a stroke crossing the line
// runs across along a little of it; two fills each kept off the line, along none.
std::array<int, 4> inkAcross(const cv::Mat& ink, double pxPerMm, const Frame& f);

} // namespace hx::scan
