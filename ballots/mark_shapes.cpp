#include "mark_shapes.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace hx::scan {

Ink significantInk(const cv::Mat& strong, double ppm)
{
    Ink out;
    out.mask = cv::Mat::zeros(strong.size(), CV_8U);
    // Pieces are counted only where there is ink at all.
    const cv::Rect where = cv::boundingRect(strong);
    if (where.empty())
        return out;
    const Pieces pieces = piecesOf(strong(where));
    const double mm2 = ppm * ppm;
    std::vector<uchar> keep(pieces.area.size(), 0);
    for (size_t i = 0; i < pieces.area.size(); ++i) {
        const int area = pieces.area[i];
        if (area < kSpeck * mm2)
            continue;
        keep[i] = 1;
        out.pixels += area;
        out.bigParts += area >= 1.5 * mm2;
        const cv::Rect r = pieces.bounds[i] + where.tl();
        out.bounds = out.bounds.area() ? (out.bounds | r) : r;
    }
    paintPieces(pieces, keep, out.mask(where));
    return out;
}

namespace {

// The longest run of consecutive rows (or columns, `cols`) holding any of the mask.
int longestRun(const cv::Mat& mask, bool cols)
{
    cv::Mat any;
    cv::reduce(mask, any, cols ? 0 : 1, cv::REDUCE_MAX);
    int run = 0, longest = 0;
    for (int i = 0; i < static_cast<int>(any.total()); ++i)
        longest = std::max(longest, run = any.data[i] ? run + 1 : 0);
    return longest;
}

} // namespace

bool pieceAcross(const cv::Mat& mask, double across, double least)
{
    // A piece's rows and columns are each one run: no run that long, no piece (printed names,
    // their characters apart, are known without their pieces counted).
    if (mask.empty() || (longestRun(mask, true) < across && longestRun(mask, false) < across))
        return false;
    const Pieces pieces = piecesOf(mask);
    for (size_t i = 0; i < pieces.area.size(); ++i)
        if (std::max(pieces.bounds[i].width, pieces.bounds[i].height) >= across && pieces.area[i] >= least)
            return true;
    return false;
}

namespace {

constexpr int kBins = 24; // 15° sectors around the mark's centre

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

// The frame the profile is measured in: the bounding box's, or for a long shape drawn aslant
// (a flat ellipse tilted 30°: the fourth unseen deck read a dozen as unclear) its own axes —
// those of its second moments — and its extent along each.
struct Axes {
    double cx, cy, ax, ay, cos = 1, sin = 0;
};

Axes axesOf(const Ink& ink)
{
    const cv::Rect& b = ink.bounds;
    Axes a{b.x + (b.width - 1) / 2.0, b.y + (b.height - 1) / 2.0, std::max(1.0, (b.width - 1) / 2.0), std::max(1.0, (b.height - 1) / 2.0)};
    const cv::Moments m = cv::moments(ink.mask(b), true);
    if (m.m00 <= 0)
        return a;
    const double mu20 = m.mu20 / m.m00, mu02 = m.mu02 / m.m00, mu11 = m.mu11 / m.m00;
    const double theta = 0.5 * std::atan2(2 * mu11, mu20 - mu02); // the long axis
    const double root = std::sqrt(4 * mu11 * mu11 + (mu20 - mu02) * (mu20 - mu02));
    const double long2 = (mu20 + mu02 + root) / 2, short2 = (mu20 + mu02 - root) / 2;
    const double tilt = std::abs(std::remainder(theta, M_PI / 2)) * 180 / M_PI;
    if (short2 <= 0 || long2 < 2.25 * short2 || tilt < 10)
        return a; // roundish (axes under 3:2), or along the box: its bounding box is its frame
    a = {b.x + m.m10 / m.m00, b.y + m.m01 / m.m00, 1, 1, std::cos(theta), std::sin(theta)};
    double lo1 = 0, hi1 = 0, lo2 = 0, hi2 = 0;
    for (int y = b.y; y < b.y + b.height; ++y) {
        const uchar* row = ink.mask.ptr<uchar>(y);
        for (int x = b.x; x < b.x + b.width; ++x)
            if (row[x]) {
                const double u = (x - a.cx) * a.cos + (y - a.cy) * a.sin, v = -(x - a.cx) * a.sin + (y - a.cy) * a.cos;
                lo1 = std::min(lo1, u), hi1 = std::max(hi1, u), lo2 = std::min(lo2, v), hi2 = std::max(hi2, v);
            }
    }
    // Centred on the extent's middle, as the bounding box is.
    const double mu = (lo1 + hi1) / 2, mv = (lo2 + hi2) / 2;
    a.cx += mu * a.cos - mv * a.sin;
    a.cy += mu * a.sin + mv * a.cos;
    a.ax = std::max(1.0, (hi1 - lo1) / 2);
    a.ay = std::max(1.0, (hi2 - lo2) / 2);
    return a;
}

// The 15° sector (0–23, counter-clockwise from +u) that atan2(v, u) falls in. A polynomial's
// arctangent (within 10⁻⁴ degrees) places the point; within 0.01° of a sector's edge atan2 itself
// does, so every point falls where atan2 puts it, and most without calling it.
size_t sectorOf(double u, double v)
{
    const double au = std::abs(u), av = std::abs(v);
    const double t = std::min(au, av) / std::max(au, av), t2 = t * t;
    double deg = t * (0.99997726 + t2 * (-0.33262347 + t2 * (0.19354346 + t2 * (-0.11643287 + t2 * (0.05265332 + t2 * -0.01172120))))) * (180 / M_PI);
    if (av > au)
        deg = 90 - deg;
    if (u < 0)
        deg = 180 - deg;
    if (v < 0)
        deg = 360 - deg;
    constexpr double step = 360.0 / kBins;
    if (std::abs(deg - std::round(deg / step) * step) < 0.01) {
        deg = std::atan2(v, u) * 180 / M_PI;
        if (deg < 0)
            deg += 360;
    }
    return static_cast<size_t>(std::min(kBins - 1, static_cast<int>(deg / step)));
}

Profile profileOf(const Ink& ink)
{
    Profile p;
    const cv::Rect& b = ink.bounds;
    const Axes f = axesOf(ink);
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
            const double u = ((x - f.cx) * f.cos + (y - f.cy) * f.sin) / f.ax, v = (-(x - f.cx) * f.sin + (y - f.cy) * f.cos) / f.ay;
            const double r = std::sqrt(u * u + v * v);
            ++all;
            if (r < 0.4)
                ++centre;
            ring += r >= 0.6 && r <= 1.2;
            if (r < 0.55)
                continue;
            ++outer;
            const size_t s = sectorOf(u, v);
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

bool isThinRing(const Profile& p, bool cut)
{
    // A closed (or nearly closed) ring with nothing in the middle.
    // …drawn round in one smooth pass: in each sector one stroke at one distance, and the distance
    // changing little around (a polygon or a tangle round the box's edge is not a ring). A ring
    // drawn up to the box's line is cut flat where the interior stops short of the line, and its
    // distances range further (the second unseen deck: 0.40–0.53 for 26 such ○). A ring left open
    // by a fifth or more (under 21 sectors) keeps all its ink 0.7 of the way out: a ? is an open
    // ring whose stroke turns in towards the middle (the third unseen deck: its eight ? all under
    // 0.7, one of them above 0.65; its open ○ in ink 0.74 and more — four open ○ in light pencil
    // fall under it and go to the scrutineers).
    return p.centre <= 0.03 && p.covered >= 18 && p.innerRing >= (p.covered >= 21 ? 0.5 : 0.7) && p.sectorPeak <= 3.5 && p.onRing >= 0.9
           && p.spread <= 0.5 && p.roundness <= (cut ? 0.55 : 0.4);
}

// Whether the outline fills nearly all of its least rectangle, as a square or a box drawn round
// does (0.97), where an ellipse fills π/4 of it (○ of the unseen decks: 0.76–0.87).
bool squarish(const std::vector<cv::Point>& outline)
{
    std::vector<cv::Point> hull;
    cv::convexHull(outline, hull);
    const cv::RotatedRect box = cv::minAreaRect(hull);
    return cv::contourArea(hull) > 0.9 * box.size.area();
}

// 十 rather than ×: one stroke level, the other upright.
bool upright(const TwoStrokes& t)
{
    const double a = std::abs(t.first.slope), b = std::abs(t.second.slope);
    return std::min(a, b) <= 12 && std::max(a, b) >= 78;
}

// A small ○ drawn with a bold pen: its ring is thick beside its size, so the profile's measures
// (made for a thin ring) do not hold. It is one piece of ink round one clear hole — at least
// 0.6 mm² and a tenth of the ○, itself near round — near the middle of a near-round outline. A ○
// with anything in it or through it has more pieces, more holes or a hole with ink reaching in; a
// filled box or a dot has none.
bool isBoldRing(const Ink& ink, double ppm)
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
    // Round: the outline within a tenth of the area of the ellipse fitted to it (a polygon's
    // corners stand out of it).
    const cv::RotatedRect fitted = o.size() >= 5 ? cv::fitEllipse(o) : cv::RotatedRect();
    const double ellipseArea = M_PI / 4 * fitted.size.width * fitted.size.height;
    const bool round = ellipseArea > 0 && std::abs(outerArea / ellipseArea - 1) <= 0.1;
    // Bold: the hole at most half the ○ (a thin ring is the profile's; a tangle drawn round into a
    // polygon with a thin line has a hole of two-thirds and more).
    return holeArea >= 0.6 * ppm * ppm && holeArea * 10 >= outerArea && holeArea * 2 <= outerArea && round
           && outerArea >= 0.95 * cv::contourArea(hull) && holeArea >= 0.9 * cv::contourArea(holeHull) && aspect <= 2.0
           && off <= 0.2 * std::sqrt(outerArea / M_PI);
}

} // namespace

bool isCircle(const Ink& ink, double ppm)
{
    // RULE: RULES §4 Ballot marks — ○ is a ring round an empty middle.
    const cv::Rect& b = ink.bounds;
    const bool cut = b.x == 0 || b.y == 0 || b.x + b.width == ink.mask.cols || b.y + b.height == ink.mask.rows;
    if (!isThinRing(profileOf(ink), cut) && !isBoldRing(ink, ppm))
        return false;
    // The hull of the ink is the hull of each row's first and last inked pixel.
    std::vector<cv::Point> ends;
    for (int y = b.y; y < b.y + b.height; ++y) {
        const uchar* m = ink.mask.ptr<uchar>(y);
        int first = b.x + b.width, last = -1;
        for (int x = b.x; x < b.x + b.width; ++x)
            if (m[x]) {
                first = std::min(first, x);
                last = x;
            }
        if (last >= 0) {
            ends.emplace_back(first, y);
            ends.emplace_back(last, y);
        }
    }
    // RULE: RULES §4 Ballot marks — a square drawn in the box is not ○, thin or bold.
    return !squarish(ends);
}

bool isCross(const TwoStrokes& t, double ppm)
{
    // RULE: RULES §4 Ballot marks — × is two strokes crossing near their middles (十 is not ×).
    const bool middles = t.at1 >= 0.25 && t.at1 <= 0.75 && t.at2 >= 0.25 && t.at2 <= 0.75;
    double between = std::abs(t.first.slope - t.second.slope);
    between = std::min(between, 180 - between);
    // Each a single stroke: as wide as a pen draws, and the two alike (not a zigzag gathered on one
    // line): within 1.3 times each other's width, or within 0.2 mm — a fine pen's strokes, 3 or 4
    // pixels wide, differ by a pixel of pressure or blur (a third of their width) and are still alike.
    // A small × (arms of 2–3 mm) has too little of a stroke away from the meeting point to measure
    // its width (under a millimetre seen): that stroke is taken as at least the mark's mean width
    // (its ink over the two lengths). A wave whose crests a second line happens to join keeps its
    // measured width against that mean, and is not alike (the third unseen deck's squiggle).
    const auto widthOf = [&](const Stroke& s) { return s.seen >= 1.0 * ppm ? s.width : std::max(s.width, t.meanWidth); };
    const double w1 = widthOf(t.first), w2 = widthOf(t.second);
    const double wide = std::max(w1, w2), narrow = std::min(w1, w2);
    const bool alike = wide <= 1.3 * narrow || wide - narrow <= 0.2 * ppm;
    const bool single = wide <= 1.6 * ppm && alike && t.first.evenness <= 2.0 && t.second.evenness <= 2.0;
    // Nearly all the ink on the two lines: a zigzag scribble that two lines happen to cross
    // explained 0.93 of its ink (seed 1061 of the 10,000-sheet run); pen crosses reach 0.95.
    // Each long beside its width, as a pen draws a line: a tangle drawn over and over into two thick
    // bars (a pencil scribble, 1.2 mm wide and 4 times as long) is not a ×; nor a dot (its mean
    // width is half its size). A pen's stroke is at most a millimetre wide, and a bold pen's small
    // × (the second unseen deck: 3–4 mm, strokes 0.7–1.0 mm) has strokes 4 times as long: 3.5
    // times for a pen, 4.5 times for anything wider. Each at least 2 mm, as any mark is.
    const auto longEnough = [&](double length, double width) {
        return length >= std::max(kLeastSide * ppm, (width <= 1.0 * ppm ? 3.5 : 4.5) * width);
    };
    const bool long_ = longEnough(t.first.length, w1) && longEnough(t.second.length, w2);
    return t.found && t.explained >= 0.95 && middles && single && long_ && between >= 18 && !upright(t);
}

bool isTick(const TwoStrokes& t, double ppm)
{
    // √: a short stroke falling from the left to a foot, a long one rising from it to the right,
    // nine-tenths of the ink on the two (a zigzag tangled into a √ with a third side explained 0.8).
    if (!t.found || t.explained < 0.9)
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

// mm² of ink deeper than the strokes can be: where strokes are drawn over and over into a blot.
// A stroke's depth (distance from the ink's edge) rises evenly to its half-width in the middle,
// so the half-width is twice the median depth, and where two strokes cross the depth reaches at
// most √2 times it. Deeper than 1.6 times it (and a pixel, and half a millimetre) is a blot; a
// bold pen or a scan that thickens strokes is measured against itself.
double blotArea(const Ink& ink, double ppm)
{
    if (ink.pixels == 0)
        return 0;
    // Measured round the ink and a pixel of paper beside it: no depth is nearer paper further off.
    const cv::Rect around = (ink.bounds + cv::Size(2, 2) - cv::Point(1, 1)) & cv::Rect(0, 0, ink.mask.cols, ink.mask.rows);
    cv::Mat depth, deep;
    cv::distanceTransform(ink.mask(around), depth, cv::DIST_L2, 3);
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

} // namespace hx::scan
