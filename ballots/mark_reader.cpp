#include "mark_reader.hpp"

#include "mark_strokes.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <array>
#include <cmath>

namespace hx::scan {

namespace {

constexpr double kLineClear = 0.6;  // mm from a printed line's centre to the box's readable interior
constexpr double kBandFar = 1.2;    // mm: the bands either side of a line, for marks that cross it
constexpr double kSpeck = 0.35;     // mm²: smaller ink is dust or noise
constexpr double kLeastMark = 3.0;  // mm²: less ink than this is a trace, not a mark
constexpr double kFaintArea = 2.0;  // mm² of faint ink away from any stroke: a trace or an erasure
constexpr double kFilled = 0.6;     // share of the interior inked: a filled box
constexpr double kScribbled = 0.33; // share above which no drawn shape is that heavy
constexpr double kBlot = 1.0;       // mm² of ink deeper than its strokes can be: strokes drawn over and over
constexpr int kBins = 24;           // 15° sectors around the mark's centre

struct Levels {
    int strong = 0; // darker than this is ink
    int grain = 0;  // darker than this, and joined to ink, is the same stroke (pencil's grain)
    int faint = 0;  // darker than this, and not ink, is a faint trace
};

// The paper's white from the patch's brighter tenth; ink is well below it.
Levels levelsOf(const cv::Mat& g)
{
    std::array<int, 256> hist{};
    for (int y = 0; y < g.rows; ++y)
        for (const uchar* p = g.ptr<uchar>(y), *end = p + g.cols; p != end; ++p)
            ++hist[*p];
    const int tenth = g.rows * g.cols / 10;
    int white = 255;
    for (int v = 255, seen = 0; v >= 0; --v)
        if ((seen += hist[static_cast<size_t>(v)]) >= tenth) {
            white = v;
            break;
        }
    white = std::max(white, 96);
    return {white * 68 / 100, white * 82 / 100, white * 88 / 100};
}

cv::Mat below(const cv::Mat& g, int level)
{
    cv::Mat out;
    cv::compare(g, level, out, cv::CMP_LT);
    return out; // 255 where darker
}

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

struct Frame {
    double left, top, right, bottom; // the printed lines' centres, px
};

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

bool crossesAnySide(const cv::Mat& ink, double ppm, const Frame& f)
{
    return crossesSide(ink, ppm, f.left, true, f.top, f.bottom, 1) || crossesSide(ink, ppm, f.right, true, f.top, f.bottom, -1)
           || crossesSide(ink, ppm, f.top, false, f.left, f.right, 1) || crossesSide(ink, ppm, f.bottom, false, f.left, f.right, -1);
}

// The ink of the interior without specks: a mask, its area in px and its bounding box.
struct Ink {
    cv::Mat mask;
    int pixels = 0;
    int bigParts = 0; // pieces of at least 1.5 mm²
    cv::Rect bounds;
};

Ink significantInk(const cv::Mat& strong, double ppm)
{
    Ink out;
    out.mask = cv::Mat::zeros(strong.size(), CV_8U);
    // Pieces are counted only where there is ink at all.
    const cv::Rect where = cv::boundingRect(strong);
    if (where.empty())
        return out;
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(strong(where), labels, stats, centroids, 8, CV_32S);
    const double mm2 = ppm * ppm;
    std::vector<uchar> keep(static_cast<size_t>(n), 0);
    for (int i = 1; i < n; ++i) {
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (area < kSpeck * mm2)
            continue;
        keep[static_cast<size_t>(i)] = 1;
        out.pixels += area;
        out.bigParts += area >= 1.5 * mm2;
        const cv::Rect r(where.x + stats.at<int>(i, cv::CC_STAT_LEFT), where.y + stats.at<int>(i, cv::CC_STAT_TOP), stats.at<int>(i, cv::CC_STAT_WIDTH),
                         stats.at<int>(i, cv::CC_STAT_HEIGHT));
        out.bounds = out.bounds.area() ? (out.bounds | r) : r;
    }
    for (int y = 0; y < labels.rows; ++y) {
        const int* l = labels.ptr<int>(y);
        uchar* m = out.mask.ptr<uchar>(y + where.y) + where.x;
        for (int x = 0; x < labels.cols; ++x)
            m[x] = keep[static_cast<size_t>(l[x])] ? 255 : 0;
    }
    return out;
}

// Faint ink more than 0.4 mm from every stroke, without the scanner's single-pixel noise (an
// opening by 2×2 keeps a pencil line and drops specks): pencil, or a mark rubbed out.
double faintAwayMm2(const cv::Mat& faint, const cv::Mat& strong, double ppm)
{
    if (cv::countNonZero(faint) < kFaintArea * ppm * ppm)
        return 0; // not enough faint ink anywhere to matter
    cv::Mat near, away;
    const int r = std::max(1, static_cast<int>(std::lround(0.4 * ppm)));
    cv::dilate(strong, near, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * r + 1, 2 * r + 1)));
    cv::bitwise_and(faint, ~near, away);
    cv::morphologyEx(away, away, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2, 2)));
    return cv::countNonZero(away) / (ppm * ppm);
}

// The shape's measures in coordinates where its bounding box is the square [-1, 1]².
struct Profile {
    double centre = 0;          // share of ink within 0.4 of the middle
    int covered = 0;            // sectors (of 24) with ink beyond 0.55
    double innerRing = 1;       // the least radius of outer ink over the sectors
    double sectorPeak = 0;      // the fullest sector over the median sector
    double onRing = 0;          // share of the ink between 0.6 and 1.2 from the middle
    double spread = 0;          // the widest range of distances from the middle within one sector
    double roundness = 0;       // the range of the sectors' mean distances from the middle
};

Profile profileOf(const Ink& ink)
{
    Profile p;
    const cv::Rect& b = ink.bounds;
    const double cx = b.x + (b.width - 1) / 2.0, cy = b.y + (b.height - 1) / 2.0;
    const double ax = std::max(1.0, (b.width - 1) / 2.0), ay = std::max(1.0, (b.height - 1) / 2.0);
    std::array<int, kBins> sector{};
    std::array<double, kBins> minR, maxR, sumR{};
    minR.fill(9);
    maxR.fill(0);
    int centre = 0, outer = 0, all = 0, ring = 0;
    for (int y = b.y; y < b.y + b.height; ++y) {
        const uchar* m = ink.mask.ptr<uchar>(y);
        for (int x = b.x; x < b.x + b.width; ++x) {
            if (!m[x])
                continue;
            const double u = (x - cx) / ax, v = (y - cy) / ay, r = std::hypot(u, v);
            ++all;
            if (r < 0.4)
                ++centre;
            ring += r >= 0.6 && r <= 1.2;
            if (r < 0.55)
                continue;
            ++outer;
            double deg = std::atan2(v, u) * 180 / M_PI;
            if (deg < 0)
                deg += 360;
            const auto s = static_cast<size_t>(std::min(kBins - 1, static_cast<int>(deg / (360.0 / kBins))));
            ++sector[s];
            minR[s] = std::min(minR[s], r);
            maxR[s] = std::max(maxR[s], r);
            sumR[s] += r;
        }
    }
    if (all == 0)
        return p;
    p.centre = static_cast<double>(centre) / all;
    p.onRing = static_cast<double>(ring) / all;
    if (outer == 0)
        return p;
    const int least = std::max(2, outer / 200);
    std::vector<int> counts;
    double meanLeast = 9, meanMost = 0;
    for (size_t s = 0; s < sector.size(); ++s)
        if (sector[s] >= least) {
            ++p.covered;
            counts.push_back(sector[s]);
            p.innerRing = std::min(p.innerRing, minR[s]);
            p.spread = std::max(p.spread, maxR[s] - minR[s]);
            const double mean = sumR[s] / sector[s];
            meanLeast = std::min(meanLeast, mean);
            meanMost = std::max(meanMost, mean);
        }
    p.roundness = p.covered ? meanMost - meanLeast : 0;
    std::sort(counts.begin(), counts.end());
    p.sectorPeak = counts.empty() ? 0 : static_cast<double>(counts.back()) / counts[counts.size() / 2];
    return p;
}

// A small ○ drawn with a bold pen: its ring is thick beside its size, so the profile's measures
// (made for a thin ring) do not hold. It is one piece of ink round one clear hole — at least
// 0.6 mm² and a tenth of the ○, itself near round — near the middle of a near-round outline. A ○
// with anything in it or through it has more pieces, more holes or a hole with ink reaching in; a
// filled box or a dot has none.
bool isRing(const Ink& ink, double ppm)
{
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> tree;
    cv::findContours(ink.mask(ink.bounds).clone(), contours, tree, cv::RETR_CCOMP, cv::CHAIN_APPROX_NONE);
    int outer = -1, hole = -1;
    for (int i = 0; i < static_cast<int>(contours.size()); ++i) {
        int& slot = tree[static_cast<size_t>(i)][3] < 0 ? outer : hole;
        if (slot >= 0)
            return false; // a second piece or a second hole
        slot = i;
    }
    if (outer < 0 || hole < 0)
        return false;
    const auto& o = contours[static_cast<size_t>(outer)];
    const auto& h = contours[static_cast<size_t>(hole)];
    const double outerArea = cv::contourArea(o), holeArea = cv::contourArea(h);
    std::vector<cv::Point> hull, holeHull;
    cv::convexHull(o, hull);
    cv::convexHull(h, holeHull);
    const cv::RotatedRect box = cv::minAreaRect(o);
    const double aspect = std::max(box.size.width, box.size.height) / std::max(1.0f, std::min(box.size.width, box.size.height));
    const cv::Moments mo = cv::moments(o), mh = cv::moments(h);
    const double off = std::hypot(mo.m10 / mo.m00 - mh.m10 / mh.m00, mo.m01 / mo.m00 - mh.m01 / mh.m00);
    return holeArea >= 0.6 * ppm * ppm && holeArea * 10 >= outerArea && outerArea >= 0.95 * cv::contourArea(hull)
           && holeArea >= 0.9 * cv::contourArea(holeHull) && aspect <= 2.0
           && off <= 0.2 * std::sqrt(outerArea / M_PI);
}

bool isCircle(const Profile& p)
{
    // A closed (or nearly closed) ring with nothing in the middle.
    // …drawn round in one smooth pass: in each sector one stroke at one distance, and the distance
    // changing little around (a polygon or a tangle round the box's edge is not a ring).
    return p.centre <= 0.03 && p.covered >= 18 && p.innerRing >= 0.5 && p.sectorPeak <= 3.5 && p.onRing >= 0.9 && p.spread <= 0.5
           && p.roundness <= 0.4;
}

// 十 rather than ×: one stroke level, the other upright.
bool upright(const TwoStrokes& t)
{
    const double a = std::abs(t.first.slope), b = std::abs(t.second.slope);
    return std::min(a, b) <= 12 && std::max(a, b) >= 78;
}

bool isCross(const TwoStrokes& t, double ppm)
{
    // RULE: RULES §4 Ballot marks — × is two strokes crossing near their middles (十 is not ×).
    const bool middles = t.at1 >= 0.25 && t.at1 <= 0.75 && t.at2 >= 0.25 && t.at2 <= 0.75;
    double between = std::abs(t.first.slope - t.second.slope);
    between = std::min(between, 180 - between);
    // Each a single stroke: as wide as a pen draws, and the two alike (not a zigzag gathered on one line).
    const double wide = std::max(t.first.width, t.second.width), narrow = std::min(t.first.width, t.second.width);
    const bool single = wide <= 1.6 * ppm && wide <= 1.3 * narrow && t.first.evenness <= 2.0 && t.second.evenness <= 2.0;
    // Nearly all the ink on the two lines: a zigzag scribble that two lines happen to cross
    // explained 0.93 of its ink (seed 1061 of the 10,000-sheet run); pen crosses reach 0.95.
    if (std::getenv("HX_DEBUG_STROKES"))
        std::fprintf(stderr, "DEBUG explained %.2f at %.2f %.2f slopes %.1f %.1f len %.1f %.1f width %.1f %.1f even %.2f %.2f ppm %.1f\n", t.explained, t.at1, t.at2, t.first.slope, t.second.slope, t.first.length, t.second.length, t.first.width, t.second.width, t.first.evenness, t.second.evenness, ppm);
    // Each long beside its width, as a pen draws a line: a tangle drawn over and over into two thick
    // bars (a pencil scribble, 1.2 mm wide and 4 times as long) is not a ×.
    const bool long_ = t.first.length >= std::max(3 * ppm, 4.5 * t.first.width) && t.second.length >= std::max(3 * ppm, 4.5 * t.second.width);
    return t.found && t.explained >= 0.95 && middles && single && long_ && between >= 18 && !upright(t);
}

bool isTick(const TwoStrokes& t, double ppm)
{
    // √: a short stroke falling from the left to a foot, a long one rising from it to the right.
    if (!t.found || t.explained < 0.8)
        return false;
    const Stroke& falling = t.first.slope > 0 ? t.first : t.second;
    const Stroke& rising = t.first.slope > 0 ? t.second : t.first;
    const double atFalling = &falling == &t.first ? t.at1 : t.at2, atRising = &rising == &t.first ? t.at1 : t.at2;
    // They meet at the rising stroke's foot and low on the falling one: the rising stroke, found
    // first, takes in the pixels of the foot, so the falling one is measured ending up to 2 mm
    // short of the meeting point.
    const double shortOfFoot = (atFalling - 1) * falling.length;
    const bool feet = atFalling >= 0.55 && shortOfFoot <= 2.0 * ppm && atRising >= -0.25 && atRising <= 0.2;
    return feet && falling.slope > 5 && rising.slope < -5 && falling.slope - rising.slope >= 18 && falling.evenness <= 2.0 && rising.evenness <= 2.0
           && falling.length >= 1.5 * ppm && rising.length >= std::max(3 * ppm, 0.8 * falling.length);
}

} // namespace

int inkLevel(const cv::Mat& grey)
{
    return levelsOf(grey).strong;
}

const char* shapeName(Shape s)
{
    switch (s) {
    case Shape::Blank: return "blank";
    case Shape::Circle: return "circle";
    case Shape::Cross: return "cross";
    case Shape::Tick: return "tick";
    case Shape::Filled: return "filled";
    case Shape::Unclear: break;
    }
    return "unclear";
}

namespace {

// mm² of ink deeper than the strokes can be: where strokes are drawn over and over into a blot.
// A stroke's depth (distance from the ink's edge) rises evenly to its half-width in the middle,
// so the half-width is twice the median depth, and where two strokes cross the depth reaches at
// most √2 times it. Deeper than 1.6 times it (and a pixel, and half a millimetre) is a blot; a
// bold pen or a scan that thickens strokes is measured against itself.
double blotArea(const Ink& ink, double ppm)
{
    if (ink.pixels == 0)
        return 0;
    cv::Mat depth, deep;
    cv::distanceTransform(ink.mask, depth, cv::DIST_L2, 3);
    std::vector<float> depths;
    depths.reserve(static_cast<size_t>(ink.pixels));
    for (int y = 0; y < depth.rows; ++y) {
        const float* d = depth.ptr<float>(y);
        for (int x = 0; x < depth.cols; ++x)
            if (d[x] > 0)
                depths.push_back(d[x]);
    }
    std::nth_element(depths.begin(), depths.begin() + static_cast<long>(depths.size() / 2), depths.end());
    const double halfWidth = 2 * depths[depths.size() / 2];
    cv::compare(depth, std::max({1.6 * halfWidth + 1, 0.5 * ppm}), deep, cv::CMP_GT);
    return cv::countNonZero(deep) / (ppm * ppm);
}

// Everything the decision is made on, measured once.
struct Evidence {
    bool framed = false;  // the box's interior lies inside the patch
    bool crossing = false;
    double faintAway = 0; // mm²
    double inked = 0;     // mm² of ink without specks
    double share = 0;     // of the interior
    Ink ink;
    cv::Rect inner;
    Frame frame{};
    Levels levels;
    cv::Mat strong;       // the interior's ink, specks and all
};

// The ink's measures, and the faint ink away from it.
void measureInk(Evidence& e, const cv::Mat& patch, const cv::Mat& strong, double ppm)
{
    cv::Mat faint;
    cv::bitwise_and(below(patch(e.inner), e.levels.faint), ~strong, faint);
    // Most boxes are blank: no ink at all needs no pieces counted.
    e.ink = cv::countNonZero(strong) < kSpeck * ppm * ppm ? Ink{cv::Mat::zeros(strong.size(), CV_8U), 0, 0, {}} : significantInk(strong, ppm);
    e.inked = e.ink.pixels / (ppm * ppm);
    e.share = static_cast<double>(e.ink.pixels) / e.inner.area();
    e.faintAway = faintAwayMm2(faint, e.ink.mask, ppm);
}

Evidence evidenceOf(const cv::Mat& patch, double ppm, const cv::Rect2d& box)
{
    Evidence e;
    e.levels = levelsOf(patch);
    const cv::Mat strongAll = below(patch, e.levels.strong);
    e.frame = refinedFrame(strongAll, ppm, box);
    const double clear = kLineClear * ppm;
    e.inner = cv::Rect(cv::Point(static_cast<int>(std::ceil(e.frame.left + clear)), static_cast<int>(std::ceil(e.frame.top + clear))),
                       cv::Point(static_cast<int>(std::floor(e.frame.right - clear)), static_cast<int>(std::floor(e.frame.bottom - clear))));
    e.framed = e.inner.width >= 4 * ppm && e.inner.height >= 4 * ppm && (e.inner & cv::Rect(0, 0, patch.cols, patch.rows)) == e.inner;
    if (!e.framed)
        return e;
    e.strong = strongAll(e.inner).clone();
    measureInk(e, patch, e.strong, ppm);
    e.crossing = crossesAnySide(strongAll, ppm, e.frame);
    return e;
}

// Pencil: graphite's grain leaves a stroke's pixels either side of the ink level, in pieces, with
// its lighter grains "faint" beside them. The stroke is each piece darker than the grain level
// that is at least a quarter ink (hysteresis, as an edge detector keeps weak edges joined to
// strong ones); a trace or a rubbed-out mark, lighter than ink throughout, holds next to none.
cv::Mat grownInk(const cv::Mat& interior, const Evidence& e)
{
    const cv::Mat weak = below(interior, e.levels.grain);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(weak, labels, stats, centroids, 8, CV_32S);
    std::vector<int> inked(static_cast<size_t>(n), 0);
    for (int y = 0; y < labels.rows; ++y) {
        const int* l = labels.ptr<int>(y);
        const uchar* s = e.strong.ptr<uchar>(y);
        for (int x = 0; x < labels.cols; ++x)
            inked[static_cast<size_t>(l[x])] += s[x] != 0;
    }
    cv::Mat out = cv::Mat::zeros(weak.size(), CV_8U);
    for (int y = 0; y < labels.rows; ++y) {
        const int* l = labels.ptr<int>(y);
        uchar* o = out.ptr<uchar>(y);
        for (int x = 0; x < labels.cols; ++x)
            o[x] = l[x] && inked[static_cast<size_t>(l[x])] * 4 >= stats.at<int>(l[x], cv::CC_STAT_AREA) ? 255 : 0;
    }
    return out;
}

// A trace lighter than ink, away from any ink: after a 3×3 average (the scanner's grain), a piece
// darker than 94 % of the paper around it, more than 0.4 mm from the ink and reaching 2 mm across
// — a mark rubbed out (and perhaps marked again), a line drawn faintly. The paper around is the
// patch closed over 5 mm, so a fold or the scanner's shading, wider than any stroke, is paper;
// the millimetre inside the printed lines, where their blur lies, is left out.
bool traced(const cv::Mat& patch, const Evidence& e, const cv::Mat& ink, double ppm)
{
    const int in = static_cast<int>(std::lround(0.4 * ppm));
    const cv::Rect area(e.inner.x + in, e.inner.y + in, e.inner.width - 2 * in, e.inner.height - 2 * in);
    if (area.width < 2 * ppm || area.height < 2 * ppm)
        return false;
    const cv::Mat grey = patch(area);
    cv::Mat far(grey.size(), CV_8U, cv::Scalar(255)); // more than 0.4 mm from the ink
    if (cv::countNonZero(ink)) {
        cv::Mat near;
        cv::dilate(ink, near, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * in + 1, 2 * in + 1)));
        far = ~near(cv::Rect(in, in, area.width, area.height));
    }
    if (cv::countNonZero(below(grey, e.levels.faint * 94 / 88) & far) < 0.5 * ppm * ppm)
        return false; // nothing darker than the faintest trace: paper
    cv::Mat soft, paper;
    cv::blur(grey, soft, cv::Size(3, 3));
    const int k = static_cast<int>(std::lround(5.0 * ppm)) | 1;
    cv::morphologyEx(soft, paper, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
    cv::Mat trace;
    soft.convertTo(soft, CV_16U, 100);
    paper.convertTo(paper, CV_16U, 94);
    cv::compare(soft, paper, trace, cv::CMP_LT);
    trace &= far;
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(trace, labels, stats, centroids, 8, CV_32S);
    for (int i = 1; i < n; ++i)
        if (std::max(stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT)) >= 2.0 * ppm && stats.at<int>(i, cv::CC_STAT_AREA) >= 0.6 * ppm * ppm)
            return true;
    return false;
}

MarkReading decide(const Evidence& e, double ppm)
{
    if (e.faintAway >= kFaintArea)
        return {Shape::Unclear, "faint"};
    if (e.inked < kSpeck)
        return {Shape::Blank, {}};
    if (e.inked < kLeastMark)
        return {Shape::Unclear, "small"};
    if (e.share >= kFilled)
        return {Shape::Filled, {}};
    if (e.share >= kScribbled || e.ink.bigParts > 3 || blotArea(e.ink, ppm) > kBlot)
        return {Shape::Unclear, "scribbled"};
    if (e.ink.bounds.width < 2.5 * ppm || e.ink.bounds.height < 2.5 * ppm)
        return {Shape::Unclear, "small"};
    // RULE: RULES §4 Ballot marks — ○ is a ring round an empty middle.
    if (isCircle(profileOf(e.ink)) || isRing(e.ink, ppm))
        return {Shape::Circle, {}};
    const TwoStrokes strokes = twoStrokes(e.ink.mask(e.ink.bounds), ppm);
    if (isCross(strokes, ppm))
        return {Shape::Cross, {}};
    if (isTick(strokes, ppm))
        return {Shape::Tick, {}};
    return {Shape::Unclear, "shape"};
}

} // namespace

MarkReading readMark(const cv::Mat& patch, double ppm, const cv::Rect2d& box)
{
    Evidence e = evidenceOf(patch, ppm, box);
    if (!e.framed)
        return {Shape::Unclear, "shape"};
    if (e.crossing)
        return {Shape::Unclear, "crossing"};
    const MarkReading first = decide(e, ppm);
    if (first.shape == Shape::Blank)
        return traced(patch, e, e.ink.mask, ppm) ? MarkReading{Shape::Unclear, "faint"} : first;
    if (first.why == "scribbled")
        return first;
    // Pencil: its grain joined into strokes is the mark, and its lighter grains are no trace. Pen
    // ink is nearly all darker than the ink level, and growing it only widens its strokes by the
    // scan's blur (a scribble drawn over and over could then pass for two strokes, a rubbed-out
    // mark under a new one be taken in): pen marks are read as they are.
    const cv::Mat grown = grownInk(patch(e.inner), e);
    const bool grainy = cv::countNonZero(grown) * 3 >= cv::countNonZero(e.strong) * 5;
    if (first.shape != Shape::Unclear)
        return traced(patch, e, grainy ? grown : e.ink.mask, ppm) ? MarkReading{Shape::Unclear, "faint"} : first;
    if (!grainy)
        return first;
    measureInk(e, patch, grown, ppm); // a second look
    const MarkReading second = decide(e, ppm);
    if (second.shape == Shape::Unclear || second.shape == Shape::Blank || traced(patch, e, e.ink.mask, ppm))
        return first;
    return second;
}

bool nameWritten(const cv::Mat& patch, double ppm, const cv::Rect2d& box)
{
    const Levels lv = levelsOf(patch);
    const double clear = kLineClear * ppm;
    // The printed caption 另选人 sits at the foot, left: leave out the bottom 3.5 mm.
    const cv::Rect inner(cv::Point(static_cast<int>(box.x + clear), static_cast<int>(box.y + clear)),
                         cv::Point(static_cast<int>(box.x + box.width - clear), static_cast<int>(box.y + box.height - 3.5 * ppm)));
    const cv::Rect area = inner & cv::Rect(0, 0, patch.cols, patch.rows);
    if (area.empty())
        return false;
    const Ink ink = significantInk(below(patch(area), lv.strong), ppm);
    return ink.pixels / (ppm * ppm) >= 1.0;
}

bool nameMarked(const cv::Mat& patch, double ppm, const cv::Rect2d& box)
{
    const Levels lv = levelsOf(patch);
    const double clear = kLineClear * ppm;
    const cv::Rect inner(cv::Point(static_cast<int>(box.x + clear), static_cast<int>(box.y + clear)),
                         cv::Point(static_cast<int>(box.x + box.width - clear), static_cast<int>(box.y + box.height - clear)));
    const cv::Rect area = inner & cv::Rect(0, 0, patch.cols, patch.rows);
    if (area.empty())
        return false;
    // Printed characters are apart, each under 5 mm: one piece of ink 7 mm across is a voter's
    // (a ring round the name, a line through it), whatever the name's length.
    const cv::Mat ink = below(patch(area), lv.strong);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8);
    for (int i = 1; i < n; ++i)
        if (std::max(stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT)) >= 7 * ppm)
            return true;
    return false;
}

} // namespace hx::scan
