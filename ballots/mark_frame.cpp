#include "mark_frame.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace hx::scan {

namespace {

constexpr double kBandFar = 1.2; // mm: the bands either side of a line, for marks that cross it

// The printed line near `at` (px): the column (vertical) or row whose span [from, to) holds the
// most ink, within `reach`; `at` itself when no line is found there.
double refineLine(const cv::Mat& ink, bool vertical, double at, double reach, double from, double to)
{
    const int lo = std::max(0, static_cast<int>(std::floor(at - reach)));
    const int hi = std::min(vertical ? ink.cols - 1 : ink.rows - 1, static_cast<int>(std::ceil(at + reach)));
    const int a = std::max(0, static_cast<int>(from)), b = std::min(vertical ? ink.rows : ink.cols, static_cast<int>(to));
    if (hi < lo)
        return at;
    // The ink of each column (or row) from lo to hi over [a, b), in one pass over the rows.
    std::vector<int> count(static_cast<size_t>(hi - lo + 1), 0);
    for (int r = vertical ? a : lo; r < (vertical ? b : hi + 1); ++r) {
        const uchar* p = ink.ptr<uchar>(r);
        if (vertical)
            for (int i = lo; i <= hi; ++i)
                count[static_cast<size_t>(i - lo)] += p[i] != 0;
        else
            for (int x = a; x < b; ++x)
                count[static_cast<size_t>(r - lo)] += p[x] != 0;
    }
    int best = -1, bestCount = 0;
    for (int i = lo; i <= hi; ++i)
        if (count[static_cast<size_t>(i - lo)] > bestCount) {
            bestCount = count[static_cast<size_t>(i - lo)];
            best = i;
        }
    if (best < 0 || bestCount * 2 < b - a)
        return at;
    // The middle of the run of near-best columns around the best: a line is several pixels wide.
    int first = best, last = best;
    while (first > lo && count[static_cast<size_t>(first - 1 - lo)] * 10 >= bestCount * 7)
        --first;
    while (last < hi && count[static_cast<size_t>(last + 1 - lo)] * 10 >= bestCount * 7)
        ++last;
    return (first + last + 1) / 2.0;
}

} // namespace

// The printed lines run past the box's corners, where no mark inside reaches: each is sought over
// its whole length and half a millimetre beyond, so a filled box's edge is not taken for it.
Frame refinedFrame(const cv::Mat& ink, double ppm, const cv::Rect2d& box)
{
    const double reach = 1.0 * ppm, beyond = 0.5 * ppm;
    Frame f{box.x, box.y, box.x + box.width, box.y + box.height};
    f.left = refineLine(ink, true, f.left, reach, f.top - beyond, f.bottom + beyond);
    f.right = refineLine(ink, true, f.right, reach, f.top - beyond, f.bottom + beyond);
    f.top = refineLine(ink, false, f.top, reach, f.left - beyond, f.right + beyond);
    f.bottom = refineLine(ink, false, f.bottom, reach, f.left - beyond, f.right + beyond);
    return f;
}

// Whether ink runs across one side of the box: a stroke continuous from the band inside the line,
// through the line's edges on both sides, to the band outside, at a steep enough angle (28° or
// more), and short where it meets the band on at least one side: a stroke across the line meets
// the band on the side it comes from over a short run, while two rings that each only touch the
// line from either side run along it on both. The corners, where the other lines run, are left out.
namespace {

bool crossesSide(const cv::Mat& ink, double ppm, double line, bool vertical, double from, double to, int inward)
{
    const int a = static_cast<int>(from + 0.8 * ppm), b = static_cast<int>(to - 0.8 * ppm);
    if (b <= a)
        return false;
    const int span = vertical ? ink.cols : ink.rows, n = b - a;
    // Per place along the line: ink between d0 and d1 mm from its centre on `side`.
    const int at = static_cast<int>(std::lround(line));
    auto band = [&](int side, double d0, double d1) {
        std::vector<char> out(static_cast<size_t>(n), 0);
        const int near = static_cast<int>(std::lround(d0 * ppm)), far = static_cast<int>(std::lround(d1 * ppm));
        for (int d = near; d <= far; ++d) {
            const int c = at + side * d;
            if (c < 0 || c >= span)
                continue;
            for (int pos = a; pos < b; ++pos)
                if (vertical ? ink.at<uchar>(pos, c) : ink.at<uchar>(c, pos))
                    out[static_cast<size_t>(pos - a)] = 1;
        }
        return out;
    };
    const auto inEdge = band(inward, 0.35, 0.6), inBand = band(inward, kLineClear, kBandFar);
    const auto outEdge = band(-inward, 0.35, 0.6), outBand = band(-inward, kLineClear, kBandFar);
    const int step = static_cast<int>(std::lround(1.2 * ppm)); // along the line between bands, at 28°
    const int longest = static_cast<int>(std::lround(3.5 * ppm)); // a stroke across meets a band over less
    // A run of `marks` near `at` (within `step`): 0 none, 1 only long ones, 2 a short one.
    auto runNear = [&](const std::vector<char>& marks, int at) {
        int found = 0;
        for (int q = std::max(0, at - step); q <= std::min(n - 1, at + step); ++q) {
            if (!marks[static_cast<size_t>(q)])
                continue;
            int lo = q, hi = q;
            while (lo > 0 && marks[static_cast<size_t>(lo - 1)])
                --lo;
            while (hi + 1 < n && marks[static_cast<size_t>(hi + 1)])
                ++hi;
            found = std::max(found, hi - lo + 1 <= longest ? 2 : 1);
        }
        return found;
    };
    int run = 0;
    for (int i = 0; i < n; ++i) {
        const int inside = inEdge[static_cast<size_t>(i)] ? runNear(inBand, i) : 0;
        bool through = false;
        for (int q = std::max(0, i - step); q <= std::min(n - 1, i + step) && inside && !through; ++q)
            if (outEdge[static_cast<size_t>(q)])
                if (const int outside = runNear(outBand, q); outside && (inside == 2 || outside == 2))
                    through = true;
        run = through ? run + 1 : 0;
        if (run >= std::max(2, static_cast<int>(0.3 * ppm)))
            return true;
    }
    return false;
}

// Whether ink lies more than `limit` mm beyond a line (up to 2.4 mm: the margin the cut-out
// holds), along the box's side less its corners.
bool inkBeyond(const cv::Mat& ink, double ppm, double line, bool vertical, double from, double to, int outward, double limit)
{
    const int a = std::max(0, static_cast<int>(from + 0.8 * ppm)), b = std::min(vertical ? ink.rows : ink.cols, static_cast<int>(to - 0.8 * ppm));
    for (int d = static_cast<int>(std::ceil(limit * ppm)); d <= static_cast<int>(2.4 * ppm) && b > a; ++d) {
        const int at = static_cast<int>(std::lround(line)) + outward * d;
        if (at < 0 || at >= (vertical ? ink.cols : ink.rows))
            continue;
        if (cv::countNonZero(vertical ? ink.col(at).rowRange(a, b) : ink.row(at).colRange(a, b)) >= 2)
            return true;
    }
    return false;
}

} // namespace

bool runsOut(const Stroke& s, const cv::Mat& ink, cv::Point2d origin, const Frame& f, double ppm)
{
    if (s.length <= 0)
        return false;
    const cv::Point2d dir = (s.to - s.from) * (1 / s.length);
    for (const auto& [end, way] : {std::pair{s.from, -1.0}, std::pair{s.to, 1.0}}) {
        // Along the stroke's line from its end, every sample 0.5–1.2 mm beyond the printed line
        // inked (within a pixel): the stroke goes on outside. An end away from the lines has no
        // samples out there within 2.6 mm.
        int samples = 0, inked = 0;
        for (double t = 0.1; t <= 2.6; t += 0.1) {
            const cv::Point2d q = origin + end + dir * (way * t * ppm);
            const double beyond = std::max({f.left - q.x, q.x - f.right, f.top - q.y, q.y - f.bottom}) / ppm;
            if (beyond < 0.5 || beyond > 1.2)
                continue;
            ++samples;
            const cv::Rect near(static_cast<int>(std::lround(q.x)) - 1, static_cast<int>(std::lround(q.y)) - 1, 3, 3);
            const cv::Rect inside = near & cv::Rect(0, 0, ink.cols, ink.rows);
            inked += !inside.empty() && cv::countNonZero(ink(inside)) > 0;
        }
        if (samples >= 3 && inked == samples)
            return true;
    }
    return false;
}

std::array<int, 4> inkAcross(const cv::Mat& ink, double ppm, const Frame& f)
{
    std::array<int, 4> out{};
    const int a = std::max(0, static_cast<int>(f.top + 1.6 * ppm)), b = std::min(ink.rows, static_cast<int>(f.bottom - 1.6 * ppm));
    for (const size_t s : {size_t{0}, size_t{2}}) {
        const int way = s == 0 ? -1 : 1;
        const double line = s == 0 ? f.left : f.right;
        for (int y = a; y < b; ++y) {
            bool across = true;
            for (const double mm : {-0.8, 0.45, 1.0, 1.9}) {
                const int x = static_cast<int>(std::lround(line + way * mm * ppm));
                across = across && x >= 0 && x < ink.cols && ink.at<uchar>(y, x) != 0;
            }
            out[s] += across;
        }
        out[s] = b > a ? out[s] * 1000 / (b - a) : 0;
    }
    return out;
}

Crossed crossingOf(const cv::Mat& ink, double ppm, const Frame& f)
{
    Crossed c;
    const std::array<double, 4> line = {f.left, f.top, f.right, f.bottom};
    for (size_t s = 0; s < 4; ++s) {
        const bool vertical = s % 2 == 0;
        const int inward = s < 2 ? 1 : -1;
        const double from = vertical ? f.top : f.left, to = vertical ? f.bottom : f.right;
        if (!crossesSide(ink, ppm, line[s], vertical, from, to, inward))
            continue;
        if (inkBeyond(ink, ppm, line[s], vertical, from, to, -inward, vertical ? kTouch : kOvershoot))
            c.into = true;
        else
            c.over[s] = true;
    }
    return c;
}

} // namespace hx::scan
