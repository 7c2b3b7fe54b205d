#include "mark_reader.hpp"

#include "mark_frame.hpp"
#include "mark_shapes.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace hx::scan {

namespace {

constexpr double kLeastMark = 1.5;  // mm²: less ink than this is a trace, not a mark (a 3 mm × of a fine pen has 2)
constexpr double kFaintArea = 2.0;  // mm² of faint ink away from any stroke: a trace or an erasure
constexpr double kFilled = 0.6;     // share of the interior inked: a filled box
constexpr double kScribbled = 0.33; // share above which no drawn shape is that heavy
constexpr double kBlot = 1.0;       // mm² of ink deeper than its strokes can be: strokes drawn over and over

struct Levels {
    int white = 0;  // the paper
    int strong = 0; // darker than this is ink
    int grain = 0;  // darker than this, and joined to ink, is the same stroke (pencil's grain)
    int faint = 0;  // darker than this, and not ink, is a faint trace
};

std::array<int, 256> histogramOf(const cv::Mat& g)
{
    // Four histograms summed: paper is one grey over and over, and a single histogram waits on
    // its own last increment at every pixel.
    std::array<std::array<int, 256>, 4> part{};
    for (int y = 0; y < g.rows; ++y) {
        const uchar* p = g.ptr<uchar>(y);
        int x = 0;
        for (; x + 4 <= g.cols; x += 4) {
            ++part[0][p[x]];
            ++part[1][p[x + 1]];
            ++part[2][p[x + 2]];
            ++part[3][p[x + 3]];
        }
        for (; x < g.cols; ++x)
            ++part[0][p[x]];
    }
    std::array<int, 256> hist{};
    for (size_t v = 0; v < 256; ++v)
        hist[v] = part[0][v] + part[1][v] + part[2][v] + part[3][v];
    return hist;
}

// The grey `mille` ‰ darker than the paper's `white`.
int darker(int white, int mille)
{
    return white * (1000 - mille) / 1000;
}

// The paper's white from the patch's brighter tenth; ink is well below it.
Levels levelsOf(const cv::Mat& g)
{
    const std::array<int, 256> hist = histogramOf(g);
    const int tenth = g.rows * g.cols / 10;
    int white = 255;
    for (int v = 255, seen = 0; v >= 0; --v)
        if ((seen += hist[static_cast<size_t>(v)]) >= tenth) {
            white = v;
            break;
        }
    white = std::max(white, 96);
    return {white, darker(white, kInk), darker(white, kPencilInk), darker(white, 120)};
}

cv::Mat below(const cv::Mat& g, int level)
{
    cv::Mat out;
    cv::compare(g, level, out, cv::CMP_LT);
    return out; // 255 where darker
}

// A piece as a fold's crease lies, along the page's rows or columns: at most 1.6 mm one way and
// three times that the other (traceAcross).
bool fold(const cv::Rect& piece, double ppm)
{
    const int thin = std::min(piece.width, piece.height), tall = std::max(piece.width, piece.height);
    return thin <= 1.6 * ppm && tall >= 3 * thin;
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
    if (cv::countNonZero(strong))
        return cv::countNonZero(away) / (ppm * ppm);
    // A fold's crease through an empty box is the paper's (the sixth unseen deck), as for traces;
    // beside a mark, a faint straight stroke is the voter's.
    const Pieces pieces = piecesOf(away);
    int area = 0;
    for (size_t i = 0; i < pieces.area.size(); ++i)
        area += fold(pieces.bounds[i], ppm) ? 0 : pieces.area[i];
    return area / (ppm * ppm);
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

// Everything the decision is made on, measured once.
struct Evidence {
    bool framed = false;  // the box's interior lies inside the patch
    cv::Rect2d box;       // where the box's lines were sought
    Crossed crossed;
    std::array<bool, 4> joined{}; // a filled box: the sides its ink runs on across, further than a fill's overrun
    bool strokeAcross = false;    // a filled box: a stroke runs across a side's line (a mark of the next box's)
    double faintAway = 0; // mm²
    double inked = 0;     // mm² of ink without specks
    double share = 0;     // of the interior
    Ink ink;
    cv::Rect inner;
    Frame frame{};
    Levels levels;
    cv::Mat strong;       // the interior's ink, specks and all
    cv::Mat inkAll;       // the patch's ink, lines and all
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

// The lines a fill's overrun is measured from: each where it was found or where it was sought,
// whichever is further out (a fill's rows, as long as the line, can draw the line's search in).
Frame fillFrame(const Frame& f, const cv::Rect2d& box)
{
    return {std::min(f.left, box.x), std::min(f.top, box.y), std::max(f.right, box.x + box.width), std::max(f.bottom, box.y + box.height)};
}

// Where a filled box's ink runs across its side lines: along a quarter of a side or more (a fill
// hatched with gaps between its strokes, the sixth unseen deck), the fill runs
// on into the next box (joined); along less, a stroke crosses into it.
void fillAcross(Evidence& e, const cv::Mat& ink, double ppm)
{
    const std::array<int, 4> across = inkAcross(ink, ppm, fillFrame(e.frame, e.box));
    for (const size_t s : {size_t{0}, size_t{2}}) {
        e.joined[s] = across[s] >= 250;
        e.strokeAcross = e.strokeAcross || (across[s] > 0 && across[s] < 250);
    }
}

Evidence evidenceOf(const cv::Mat& patch, double ppm, const cv::Rect2d& box)
{
    Evidence e;
    e.box = box;
    e.levels = levelsOf(patch);
    const cv::Mat strongAll = below(patch, e.levels.strong);
    e.inkAll = strongAll;
    e.frame = refinedFrame(strongAll, ppm, box);
    const double clear = kLineClear * ppm;
    e.inner = cv::Rect(cv::Point(static_cast<int>(std::ceil(e.frame.left + clear)), static_cast<int>(std::ceil(e.frame.top + clear))),
                       cv::Point(static_cast<int>(std::floor(e.frame.right - clear)), static_cast<int>(std::floor(e.frame.bottom - clear))));
    e.framed = e.inner.width >= 4 * ppm && e.inner.height >= 4 * ppm && (e.inner & cv::Rect(0, 0, patch.cols, patch.rows)) == e.inner;
    if (!e.framed)
        return e;
    e.strong = strongAll(e.inner).clone();
    measureInk(e, patch, e.strong, ppm);
    e.crossed = crossingOf(strongAll, ppm, e.frame);
    if (e.share >= kFilled)
        fillAcross(e, strongAll, ppm);
    return e;
}

// Pencil: graphite's grain leaves a stroke's pixels either side of the ink level, in pieces, with
// its lighter grains "faint" beside them. The stroke is each piece darker than the grain level
// that is at least a quarter ink (hysteresis, as an edge detector keeps weak edges joined to
// strong ones); a trace or a rubbed-out mark, lighter than ink throughout, holds next to none.
// `weakAll`: the interior darker than the grain level.
cv::Mat grownInk(const cv::Mat& weakAll, const Evidence& e)
{
    cv::Mat out = cv::Mat::zeros(weakAll.size(), CV_8U);
    const cv::Rect where = cv::boundingRect(weakAll); // pieces are counted only where there is ink
    if (where.empty())
        return out;
    const cv::Mat weak = weakAll(where), strong = e.strong(where);
    const Pieces pieces = piecesOf(weak);
    std::vector<int> inked(pieces.area.size(), 0);
    for (const Pieces::Run& r : pieces.runs)
        inked[static_cast<size_t>(r.piece)] += static_cast<int>(std::count_if(strong.ptr<uchar>(r.y) + r.from, strong.ptr<uchar>(r.y) + r.to, [](uchar s) { return s != 0; }));
    std::vector<uchar> keep(pieces.area.size(), 0);
    for (size_t i = 0; i < keep.size(); ++i)
        keep[i] = inked[i] * 4 >= pieces.area[i];
    paintPieces(pieces, keep, out(where));
    return out;
}

// A box filled in pencil: its grain joined to its ink is the fill (the sixth unseen deck: HB and
// hard pencil fills, much of them grain). Looked for in boxes a tenth inked or more.
void fillInGrain(const cv::Mat& patch, Evidence& e, double ppm)
{
    if (e.share < 0.1 || e.share >= kFilled)
        return;
    const double share = static_cast<double>(cv::countNonZero(grownInk(below(patch(e.inner), e.levels.grain), e))) / e.inner.area();
    if (share < kFilled)
        return;
    e.share = share;
    fillAcross(e, e.inkAll, ppm);
}

// The interior less 0.4 mm more, where the printed lines' blur cannot reach: where traces,
// dust and a mark's darkness are looked for.
int insetPx(double ppm)
{
    return static_cast<int>(std::lround(0.4 * ppm));
}

cv::Rect awayFromLines(const Evidence& e, double ppm)
{
    const int in = insetPx(ppm);
    return {e.inner.x + in, e.inner.y + in, e.inner.width - 2 * in, e.inner.height - 2 * in};
}

// A trace lighter than ink, away from any ink: after a 3×3 average (the scanner's grain), a piece
// darker than 94 % of the paper around it, more than 0.4 mm from the ink and reaching 2 mm across
// — a mark rubbed out (and perhaps marked again), a line drawn faintly. The paper around is the
// patch closed over 5 mm, so a fold or the scanner's shading, wider than any stroke, is paper;
// the millimetre inside the printed lines, where their blur lies, is left out. On a sheet marked
// in light pencil a trace is lighter still: `traceMille`, how much darker than the paper (‰),
// stands for the 6 %.
// A fold or a crease lies along the page's rows or columns, a band of paper a little darker (the
// fifth unseen deck: a crease through a row of empty boxes, broken by the scan's grain into
// pieces 1–1.5 mm high and 2–14 mm long): a piece at most 1.6 mm one way and three times that the
// other is the paper's, not a trace. A trace of a mark drawn aslant — a ×, a ○ — is not so flat.
// A trace is a piece reaching 2 mm with 0.6 mm² of it.
bool traceAcross(const cv::Mat& trace, double ppm)
{
    const Pieces pieces = piecesOf(trace);
    for (size_t i = 0; i < pieces.area.size(); ++i)
        if (!fold(pieces.bounds[i], ppm) && std::max(pieces.bounds[i].width, pieces.bounds[i].height) >= 2.0 * ppm && pieces.area[i] >= 0.6 * ppm * ppm)
            return true;
    return false;
}

bool traced(const cv::Mat& patch, const Evidence& e, const cv::Mat& ink, double ppm, int traceMille = 60, bool ring = false)
{
    const int in = insetPx(ppm);
    const cv::Rect area = awayFromLines(e, ppm);
    if (area.width < 2 * ppm || area.height < 2 * ppm)
        return false;
    const cv::Mat grey = patch(area);
    cv::Mat far(grey.size(), CV_8U, cv::Scalar(255)); // more than 0.4 mm from the ink
    if (cv::countNonZero(ink)) {
        cv::Mat near;
        cv::dilate(ink, near, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * in + 1, 2 * in + 1)));
        far = ~near(cv::Rect(in, in, area.width, area.height));
    }
    if (cv::countNonZero(below(grey, darker(e.levels.white, traceMille)) & far) < 0.5 * ppm * ppm)
        return false; // nothing darker than the faintest trace: paper
    cv::Mat soft, paper;
    cv::blur(grey, soft, cv::Size(3, 3));
    const int k = static_cast<int>(std::lround(5.0 * ppm)) | 1;
    cv::morphologyEx(soft, paper, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
    cv::Mat trace;
    soft.convertTo(soft, CV_16U, 100);
    paper.convertTo(paper, CV_16U, 100 - traceMille / 10.0);
    cv::compare(soft, paper, trace, cv::CMP_LT);
    if (!traceAcross(trace & far, ppm))
        return false;
    if (!cv::countNonZero(ink))
        return true;
    // A pen skipping along its line, or lighter where it touched down, leaves lighter stretches on
    // or just beside the line itself (the fourth unseen deck: clear ○ of a ballpoint read faint):
    // within 0.8 mm of the ink and not inside the mark's outline, they are its own. A mark rubbed
    // out under a new ○ lies inside it, or reaches beyond it.
    const int wide = static_cast<int>(std::lround(0.8 * ppm));
    const auto disc = [](int r) { return cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1)); };
    std::vector<cv::Point> inked, hull;
    cv::findNonZero(ink, inked);
    cv::convexHull(inked, hull);
    cv::Mat inside = cv::Mat::zeros(ink.size(), CV_8U), near;
    cv::fillConvexPoly(inside, hull, cv::Scalar(255));
    cv::erode(inside, inside, disc(wide));
    cv::dilate(ink, near, disc(wide));
    near &= ~inside;
    // A ring's stroke runs on round its outline where the pen went lighter — a ballpoint's skip
    // longer than 1.6 mm, its tail where it lifted (the fourth unseen deck: a hundred clear ○ read
    // faint): within 0.8 mm of the ellipse fitted to the ring's ink, it is the ring's own.
    if (ring && inked.size() >= 5)
        cv::ellipse(near, cv::fitEllipse(inked), cv::Scalar(255), 2 * wide + 1);
    return traceAcross(trace & ~near(cv::Rect(in, in, area.width, area.height)), ppm);
}

// Across a printed line's band, ink where the rows either side of it hold ink within 0.6 mm: a
// stroke crossing the line, without the line. `outside` and `inside` are the band's bounding rows.
void bridge(cv::Mat& mask, int outside, int inside, double ppm)
{
    const int k = static_cast<int>(std::lround(0.6 * ppm)), lo = std::min(outside, inside) + 1, hi = std::max(outside, inside);
    if (std::min(outside, inside) < 0 || std::max(outside, inside) >= mask.rows)
        return;
    for (int x = 0; x < mask.cols; ++x) {
        const cv::Range near(std::max(0, x - k), std::min(mask.cols, x + k + 1));
        const bool both = cv::countNonZero(mask.row(outside).colRange(near)) && cv::countNonZero(mask.row(inside).colRange(near));
        for (int y = lo; y < hi; ++y)
            mask.at<uchar>(y, x) = both ? 255 : 0;
    }
}

// A ring drawn over its box's lines, whole: the interior's ink with the ink beyond the lines it
// runs over (none lies further than kTouch beside or kOvershoot above and below) joined to it
// across the lines' bands.
Ink overInk(const Evidence& e, double ppm)
{
    const double clear = kLineClear * ppm;
    const std::array<double, 4> line = {e.frame.left, e.frame.top, e.frame.right, e.frame.bottom};
    const std::array<int, 4> inner = {e.inner.x, e.inner.y, e.inner.x + e.inner.width - 1, e.inner.y + e.inner.height - 1};
    std::array<int, 4> edge = inner, outer = inner; // the area's sides; the band's outer rows or columns
    for (size_t s = 0; s < 4; ++s) {
        if (!e.crossed.over[s])
            continue;
        const int out = s < 2 ? -1 : 1, limit = static_cast<int>(std::ceil((s % 2 ? kOvershoot : kTouch) * ppm)) + 1;
        outer[s] = static_cast<int>(out < 0 ? std::floor(line[s] - clear) : std::ceil(line[s] + clear));
        edge[s] = std::clamp(outer[s] + out * limit, 0, (s % 2 ? e.inkAll.rows : e.inkAll.cols) - 1);
    }
    const cv::Rect area(cv::Point(edge[0], edge[1]), cv::Point(edge[2] + 1, edge[3] + 1));
    cv::Mat mask = e.inkAll(area).clone();
    for (size_t s = 0; s < 4; ++s) {
        if (!e.crossed.over[s])
            continue;
        if (s % 2) {
            bridge(mask, outer[s] - area.y, inner[s] - area.y, ppm);
        } else {
            cv::Mat across = mask.t();
            bridge(across, outer[s] - area.x, inner[s] - area.x, ppm);
            mask = across.t();
        }
    }
    return significantInk(mask, ppm);
}

// Specks of ink, much of them (0.5 mm²) and spread 3 mm one way: a pencil line a black-and-white
// scan broke into dots. Noise is one pixel here and there.
bool dottedLine(const cv::Mat& specks, double ppm, double mm2 = 0.5, double mm = 3)
{
    if (cv::countNonZero(specks) < mm2 * ppm * ppm)
        return false;
    const cv::Rect spread = cv::boundingRect(specks);
    return std::max(spread.width, spread.height) >= mm * ppm;
}

MarkReading decide(const Evidence& e, double ppm)
{
    // A box filled in (its lighter stretches the fill's own) runs over its lines, by up to 1.5 mm
    // (the sixth unseen deck: 0.5–1.3 mm, on every side); a fill running on further into the next
    // box beside it is this box's only if the next box is filled too, their fills run together,
    // or no box is there (sheet_reader). Above is the margin, below the box's own name box.
    // RULE: RULES §4 Ballot marks — a filled box is filled though its fill runs over the box's lines; a fill running on into the next box is unclear unless that box is filled too.
    if (e.share >= kFilled && e.strokeAcross)
        return {Shape::Unclear, "crossing"};
    if (e.share >= kFilled) {
        MarkReading r{Shape::Filled, {}};
        if (e.joined[0] || e.joined[1] || e.joined[2] || e.joined[3])
            r = {Shape::Unclear, "joined"};
        r.joined = e.joined;
        return r;
    }
    if (e.faintAway >= kFaintArea)
        return {Shape::Unclear, "faint"};
    if (e.inked < kSpeck) {
        // Ink in specks only, but dotted along a line (a dotted ring reads as dust otherwise). In an
        // empty box less will do: 0.15 mm² spread 1.5 mm is what a black-and-white scan left of a
        // thin ballpoint's × (the fifth unseen deck: six read blank); dust is a speck or two.
        // RULE: RULES §4 Ballot marks — a faint trace in a box is unclear, not blank.
        return dottedLine(e.strong, ppm, 0.15, 1.5) ? MarkReading{Shape::Unclear, "faint"} : MarkReading{Shape::Blank, {}};
    }
    if (e.inked < kLeastMark)
        return {Shape::Unclear, "small"};
    // Over a line only a ring drawn a little large is read, whole; anything else over it — a ○
    // and × together, the interior's arcs of a large ring (the 10,000-sheet run: read ×) — is
    // crossing, as any mark across a line was before.
    if (e.crossed.any())
        return isCircle(overInk(e, ppm), ppm) ? MarkReading{Shape::Circle, {}} : MarkReading{Shape::Unclear, "crossing"};
    if (e.share >= kScribbled || e.ink.bigParts > 3 || blotArea(e.ink, ppm) > kBlot)
        return {Shape::Unclear, "scribbled"};
    if (e.ink.bounds.width < kLeastSide * ppm || e.ink.bounds.height < kLeastSide * ppm)
        return {Shape::Unclear, "small"};
    if (isCircle(e.ink, ppm))
        return {Shape::Circle, {}};
    const TwoStrokes strokes = twoStrokes(e.ink.mask(e.ink.bounds), ppm);
    const Shape drawn = isCross(strokes, ppm) ? Shape::Cross : isTick(strokes, ppm) ? Shape::Tick : Shape::Unclear;
    if (drawn != Shape::Unclear) {
        // RULE: RULES §4 Ballot marks — a stroke running on across the box's line is a mark crossing into the next box: unclear.
        const cv::Point2d origin = e.inner.tl() + e.ink.bounds.tl();
        if (runsOut(strokes.first, e.inkAll, origin, e.frame, ppm) || runsOut(strokes.second, e.inkAll, origin, e.frame, ppm))
            return {Shape::Unclear, "crossing"};
        return {drawn, {}};
    }
    return {Shape::Unclear, "shape"};
}

// How much darker than the paper the interior's darkest half square millimetre is (‰), the
// millimetre inside the printed lines left out as for traces.
int darknessOf(const cv::Mat& patch, const Evidence& e, double ppm)
{
    const cv::Rect area = awayFromLines(e, ppm);
    if (area.width <= 0 || area.height <= 0)
        return 0;
    const std::array<int, 256> hist = histogramOf(patch(area));
    const int half = static_cast<int>(0.5 * ppm * ppm);
    int v = 0;
    for (int seen = 0; v < 255 && (seen += hist[static_cast<size_t>(v)]) < half; ++v) {
    }
    return std::max(0, (e.levels.white - v) * 1000 / e.levels.white);
}

// Dust lighter than ink spread over the box: a pencil line that a black-and-white scan broke
// into single dots, each averaged to grey where the cell is read at a coarser resolution than
// scanned (the fourth unseen deck: pencil rings at 300 dpi read blank). A third of a square millimetre
// of it, spread 3 mm both ways; an empty box holds none.
bool dusted(const cv::Mat& patch, const Evidence& e, double ppm)
{
    const cv::Rect area = awayFromLines(e, ppm);
    if (area.width <= 0 || area.height <= 0)
        return false;
    const cv::Mat dust = below(patch(area), e.levels.faint);
    if (cv::countNonZero(dust) < 0.3 * ppm * ppm)
        return false;
    const cv::Rect spread = cv::boundingRect(dust);
    return std::min(spread.width, spread.height) >= 3 * ppm;
}

// Ink in specks more than 0.4 mm from the strokes read and off their lines, dotted along a line:
// more of the voter's pencil that a black-and-white scan broke into dots (the 10,000-sheet run: a
// ring round a × left in dots, the × read ×), as for an empty box (decide).
// A pencil stroke's own ends in dots lie on its line. Not beside a ring: a ballpoint skipping
// round it leaves specks of its own (the fourth unseen deck: 20 clear ○ read unclear).
bool dotted(const Evidence& e, const cv::Mat& mark, double ppm)
{
    // RULE: RULES §4 Ballot marks — a mark with a faint trace beside it (pencil in dots) is unclear.
    const int r = insetPx(ppm);
    cv::Mat near, specks;
    cv::dilate(mark, near, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * r + 1, 2 * r + 1)));
    cv::bitwise_and(e.strong, ~near, specks);
    if (!dottedLine(specks, ppm))
        return false; // (the strokes are sought only where there are specks to weigh)
    const cv::Rect drawn = cv::boundingRect(mark);
    const TwoStrokes strokes = twoStrokes(mark(drawn), ppm);
    for (const Stroke* s : {&strokes.first, &strokes.second}) {
        const cv::Point2d along = s->length > 0 ? (s->to - s->from) * (10 * ppm / s->length) : cv::Point2d();
        const cv::Point2d from = s->from + cv::Point2d(drawn.tl()) - along, to = s->to + cv::Point2d(drawn.tl()) + along;
        cv::line(specks, from, to, cv::Scalar(0), static_cast<int>(std::lround(1.8 * ppm)));
    }
    return dottedLine(specks, ppm);
}

// The ink read lies half a millimetre or more inside the box's lines.
bool offLines(const Evidence& e, double ppm)
{
    const int m = static_cast<int>(std::lround(0.5 * ppm));
    const cv::Rect within(m, m, e.inner.width - 2 * m, e.inner.height - 2 * m);
    return (e.ink.bounds & within) == e.ink.bounds;
}

MarkReading judged(const cv::Mat& patch, Evidence& e, double ppm)
{
    fillInGrain(patch, e, ppm);
    if (e.crossed.into && e.share < kFilled)
        return {Shape::Unclear, "crossing"};
    const MarkReading first = decide(e, ppm);
    if (first.shape == Shape::Blank)
        // In an empty box a trace 4.5 % darker than the paper will do, 6 % beside ink (the fifth
        // unseen deck: rubbed-out × and ○ 4–6 % darker read blank; the own deck reads as before).
        return traced(patch, e, e.ink.mask, ppm, 45) || dusted(patch, e, ppm) ? MarkReading{Shape::Unclear, "faint"} : first;
    if (first.why == "scribbled")
        return first;
    // Pencil: its grain joined into strokes is the mark, and its lighter grains are no trace. Pen
    // ink is nearly all darker than the ink level, and growing it only widens its strokes by the
    // scan's blur (a scribble drawn over and over could then pass for two strokes, a rubbed-out
    // mark under a new one be taken in): pen marks are read as they are.
    // The grown ink is some of the grain level's: a pen's mark, with hardly more of it than of
    // ink, is known without its pieces counted (most marks).
    const cv::Mat weak = below(patch(e.inner), e.levels.grain);
    const int strong = cv::countNonZero(e.strong);
    const cv::Mat grown = cv::countNonZero(weak) * 3 >= strong * 5 ? grownInk(weak, e) : cv::Mat();
    const bool grainy = !grown.empty() && cv::countNonZero(grown) * 3 >= strong * 5;
    // A filled box hides what lies under it; the gaps between a fill's strokes are no trace.
    if (first.shape == Shape::Filled)
        return first;
    if (first.shape != Shape::Unclear) {
        const cv::Mat& mark = grainy ? grown : e.ink.mask;
        return traced(patch, e, mark, ppm, 60, first.shape == Shape::Circle) || (first.shape != Shape::Circle && dotted(e, mark, ppm)) ? MarkReading{Shape::Unclear, "faint"} : first;
    }
    // A second look, at the grain level's pieces joined to ink: a pencil's grain; a pen's stroke
    // fading where a ballpoint skipped (the fifth unseen deck: a × in blue ballpoint, one stroke's
    // far half lighter than ink, read as a stroke ending short of the other) — a pen's only when
    // its mark keeps off the box's lines, where what is lighter may be the next box's (the fourth
    // unseen deck: a × hard against the line, spilling past it).
    if (!grainy && (first.why != "shape" || !offLines(e, ppm)))
        return first;
    measureInk(e, patch, grainy ? grown : grownInk(weak, e), ppm);
    const MarkReading second = decide(e, ppm);
    if (second.shape == Shape::Unclear || second.shape == Shape::Blank || traced(patch, e, e.ink.mask, ppm) || (!grainy && !offLines(e, ppm)))
        return first;
    return second;
}

} // namespace

MarkReading readMark(const cv::Mat& patch, double ppm, const cv::Rect2d& box)
{
    Evidence e = evidenceOf(patch, ppm, box);
    if (!e.framed)
        return {Shape::Unclear, "shape"};
    MarkReading r = judged(patch, e, ppm);
    if (r.shape != Shape::Blank) // most boxes: nothing to weigh against the sheet's marks
        r.darkness = darknessOf(patch, e, ppm);
    r.shift = {((e.frame.left - box.x) + (e.frame.right - box.x - box.width)) / 2 / ppm,
               ((e.frame.top - box.y) + (e.frame.bottom - box.y - box.height)) / 2 / ppm};
    return r;
}

MarkReading readMarkWithout(const cv::Mat& patch, double ppm, const cv::Rect2d& box, const std::array<bool, 4>& sides, double insideMm)
{
    cv::Mat page = patch.clone();
    const int white = levelsOf(patch).white, in = static_cast<int>(std::lround(insideMm * ppm));
    const int left = static_cast<int>(std::lround(box.x)) + in, top = static_cast<int>(std::lround(box.y)) + in;
    const int right = static_cast<int>(std::lround(box.x + box.width)) - in, bottom = static_cast<int>(std::lround(box.y + box.height)) - in;
    const std::array<cv::Rect, 4> across = {cv::Rect(0, 0, left, page.rows), cv::Rect(0, 0, page.cols, top),
                                            cv::Rect(right, 0, page.cols - right, page.rows), cv::Rect(0, bottom, page.cols, page.rows - bottom)};
    for (size_t s = 0; s < 4; ++s)
        if (sides[s])
            page(across[s] & cv::Rect(0, 0, page.cols, page.rows)).setTo(white);
    return readMark(page, ppm, box);
}

MarkReading readLightly(const cv::Mat& patch, double ppm, const cv::Rect2d& box, int inkMille)
{
    Evidence e = evidenceOf(patch, ppm, box);
    if (!e.framed)
        return {Shape::Unclear, "shape"};
    const cv::Mat light = below(patch, darker(e.levels.white, inkMille));
    e.inkAll = light;
    e.crossed = crossingOf(light, ppm, e.frame);
    e.strong = light(e.inner).clone();
    measureInk(e, patch, e.strong, ppm);
    if (e.crossed.into && e.share < kFilled)
        return {Shape::Unclear, "crossing"};
    if (e.share >= kFilled)
        fillAcross(e, light, ppm);
    MarkReading r = decide(e, ppm);
    if (r.shape == Shape::Unclear) {
        // A pencil's grain joined into its strokes at the lighter level, as the first reading joins
        // it (grownInk): a light pencil's ring in pieces is no scribble (the fourth unseen deck).
        Evidence g = e;
        g.levels.grain = darker(e.levels.white, inkMille * kPencilInk / kInk);
        measureInk(g, patch, grownInk(below(patch(e.inner), g.levels.grain), g), ppm);
        const MarkReading second = decide(g, ppm);
        if (second.shape != Shape::Unclear && second.shape != Shape::Blank) {
            e = g;
            r = second;
        }
    }
    const int traceMille = std::min(60, inkMille / 2);
    if (r.shape == Shape::Blank)
        return traced(patch, e, e.ink.mask, ppm, traceMille) ? MarkReading{Shape::Unclear, "faint"} : r;
    if (r.shape == Shape::Filled) // as judged: what a fill hides, and its gaps, are no trace
        return {r.shape, {}, darknessOf(patch, e, ppm)};
    const bool drawn = r.shape == Shape::Circle || r.shape == Shape::Cross || r.shape == Shape::Tick;
    if (!drawn || traced(patch, e, e.ink.mask, ppm, traceMille, r.shape == Shape::Circle))
        r = {Shape::Unclear, r.why.empty() ? "faint" : r.why};
    r.darkness = darknessOf(patch, e, ppm);
    return r;
}

bool nameWritten(const cv::Mat& patch, double ppm, const cv::Rect2d& box, int inkMille)
{
    const Levels lv = levelsOf(patch);
    const double clear = kLineClear * ppm;
    // The printed caption 另选人 sits at the foot, left: leave out the bottom 3.5 mm.
    const cv::Rect inner(cv::Point(static_cast<int>(box.x + clear), static_cast<int>(box.y + clear)),
                         cv::Point(static_cast<int>(box.x + box.width - clear), static_cast<int>(box.y + box.height - 3.5 * ppm)));
    const cv::Rect area = inner & cv::Rect(0, 0, patch.cols, patch.rows);
    if (area.empty())
        return false;
    const Ink ink = significantInk(below(patch(area), darker(lv.white, inkMille)), ppm);
    return ink.pixels / (ppm * ppm) >= 1.0;
}

// The pieces of anything 8 % darker than the paper lying wholly within `caption`, with their
// blurred edge: the printed caption where nothing of the voter's touches it.
cv::Mat captionPieces(const cv::Mat& patch, int white, const cv::Rect& caption)
{
    cv::Mat printed = cv::Mat::zeros(patch.size(), CV_8U);
    const Pieces pieces = piecesOf(patch < darker(white, 80));
    std::vector<uchar> keep(pieces.area.size(), 0);
    for (size_t i = 0; i < keep.size(); ++i)
        keep[i] = (pieces.bounds[i] & caption) == pieces.bounds[i];
    paintPieces(pieces, keep, printed);
    cv::dilate(printed, printed, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    return printed;
}

bool markOnName(const cv::Mat& patch, double ppm, const cv::Rect2d& box, int inkMille)
{
    // The caption is printed grey at the foot on the left (8 pt, 0.8 mm in, 0.5 mm up). It is
    // painted over with the paper's white twice: its own pieces (a × across it, a ring beside it
    // stay whole), then all of where it is printed (a ring drawn round it touches it, and keeps
    // the rest of its round).
    const int white = levelsOf(patch).white;
    const cv::Rect caption = cv::Rect(cv::Point(static_cast<int>(box.x + 0.4 * ppm), static_cast<int>(box.y + box.height - 4.1 * ppm)),
                                      cv::Point(static_cast<int>(box.x + 10 * ppm), static_cast<int>(box.y + box.height - 0.35 * ppm)))
                             & cv::Rect(0, 0, patch.cols, patch.rows);
    for (const bool whole : {false, true}) {
        cv::Mat page = patch.clone();
        if (whole)
            page(caption).setTo(white);
        else
            page.setTo(white, captionPieces(patch, white, caption));
        const Shape s = (inkMille ? readLightly(page, ppm, box, inkMille) : readMark(page, ppm, box)).shape;
        if (s == Shape::Circle || s == Shape::Cross || s == Shape::Tick)
            return true;
    }
    return false;
}

bool nameMarked(const cv::Mat& patch, double ppm, const cv::Rect2d& box, double acrossMm)
{
    const Levels lv = levelsOf(patch);
    const double clear = kLineClear * ppm;
    const cv::Rect inner(cv::Point(static_cast<int>(box.x + clear), static_cast<int>(box.y + clear)),
                         cv::Point(static_cast<int>(box.x + box.width - clear), static_cast<int>(box.y + box.height - clear)));
    const cv::Rect area = inner & cv::Rect(0, 0, patch.cols, patch.rows);
    if (area.empty())
        return false;
    // Characters are apart: one piece of ink wider than any is a voter's (a ring round the name,
    // a line through it), whatever the name's length — darker than 82 % of white, so a ring in
    // light pencil counts (the second unseen deck: a grey ring round a printed name read blank).
    return pieceAcross(below(patch(area), lv.grain), acrossMm * ppm);
}

} // namespace hx::scan
