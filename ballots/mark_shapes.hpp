#pragma once
// The shapes a voter draws in a box, told from their ink: ○ (a thin ring
// drawn round, or a bold small one round one clear hole), × and √ (two
// strokes, mark_strokes.hpp), and the measures that make a mark a blot.
#include "ink_pieces.hpp"
#include "mark_strokes.hpp"

#include <opencv2/core.hpp>

#include <vector>

namespace hx::scan {

constexpr double kSpeck = 0.35; // mm²: smaller ink is dust or noise
constexpr double kLeastSide = 2.0; // mm: a mark narrower or lower than this is a dot or a dash

// The ink of a box's interior without specks: a mask, its area in px and its bounding box.
struct Ink {
    cv::Mat mask;
    int pixels = 0;
    int bigParts = 0; // pieces of at least 1.5 mm²
    cv::Rect bounds;
};

// `strong`: 255 where darker than the ink level.
Ink significantInk(const cv::Mat& strong, double pxPerMm);

// Whether some 8-connected piece of `mask` reaches `across` px (width or height) with `least` px or more.
bool pieceAcross(const cv::Mat& mask, double across, double least = 0);

// mm² of ink deeper than its own strokes can be: strokes drawn over and over.
double blotArea(const Ink& ink, double pxPerMm);

bool isCircle(const Ink& ink, double pxPerMm);
bool isCross(const TwoStrokes& t, double pxPerMm);
bool isTick(const TwoStrokes& t, double pxPerMm);

} // namespace hx::scan
