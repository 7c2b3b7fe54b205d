#include "sheet_reader.hpp"

#include "affine_cut.hpp"
#include "mark_frame.hpp"
#include "sheet_grid.hpp"

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <optional>
#include <vector>

namespace hx::scan {

namespace {

struct Paper {
    const char* name;
    double width, height; // mm
};

constexpr Paper kPapers[] = {{"A4", 210, 297}, {"A3", 297, 420}};
constexpr double kCornerSearch = 50; // mm (at A4 width) from each corner of the image
constexpr double kMarkSide = 6;      // mm
constexpr double kPaperFit = 0.10;   // the marks' spacing against the paper's (paperOf)

struct Square {
    cv::Point2d centre;
    double side = 0; // px
};

// A square the image's edge cut (a sheet slid to the edge of the glass): a solid piece against
// the edge on one side only (`cx`, `cy`: the region's corner), as long along it as a square's
// side and at least a fifth as deep. Its centre is half a side in from its inner edge; along the
// edge, the piece's middle. Its side is not measured (0). One cut at the corner, on both edges,
// is not placed: it is completed from the others, and the grid places the cells (sheet_grid).
std::optional<Square> cutSquare(const cv::Mat& ink, const cv::Rect& r, int cx, int cy, double least, double most)
{
    const bool side = cx ? r.x + r.width == ink.cols : r.x == 0, end = cy ? r.y + r.height == ink.rows : r.y == 0;
    if (side == end)
        return std::nullopt;
    const double along = side ? r.height : r.width, deep = side ? r.width : r.height;
    if (along < least || along > most || deep > 0.95 * along || deep < 0.2 * along)
        return std::nullopt;
    const cv::Moments m = cv::moments(ink(r), true);
    if (m.m00 < 0.85 * r.area())
        return std::nullopt;
    const cv::Point2d middle(r.x + m.m10 / m.m00, r.y + m.m01 / m.m00);
    if (side)
        return Square{{cx ? r.x + along / 2 : r.x + r.width - along / 2, middle.y}, 0};
    return Square{{middle.x, cy ? r.y + along / 2 : r.y + r.height - along / 2}, 0};
}

// A solid square with a side in [least, most] px: a registration mark, not a ring or a glyph.
std::optional<Square> wholeSquare(const cv::Mat& ink, const std::vector<cv::Point>& contour, const cv::Rect& r, double least, double most)
{
    if (r.width < least || r.height < least || r.width > 1.25 * most || r.height > 1.25 * most)
        return std::nullopt;
    const cv::RotatedRect turned = cv::minAreaRect(contour);
    const double w = turned.size.width, h = turned.size.height;
    if (std::min(w, h) < least || std::max(w, h) > most || std::max(w, h) > 1.25 * std::min(w, h))
        return std::nullopt;
    const cv::Moments m = cv::moments(ink(r), true);
    if (m.m00 < 0.85 * w * h)
        return std::nullopt;
    return Square{{r.x + m.m10 / m.m00, r.y + m.m01 / m.m00}, std::sqrt(m.m00)};
}

// The square, whole or cut by the image's edge, nearest the image's corner (`cx`, `cy` 0 or 1).
std::optional<Square> findSquare(const cv::Mat& grey, int cx, int cy, double reachPx, double least, double most)
{
    const int reach = std::min({static_cast<int>(reachPx), grey.cols / 2, grey.rows / 2});
    const cv::Rect region(cx ? grey.cols - reach : 0, cy ? grey.rows - reach : 0, reach, reach);
    cv::Mat ink;
    cv::compare(grey(region), inkLevel(grey(region)), ink, cv::CMP_LT);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(ink, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::optional<Square> best;
    double bestDistance = 1e18;
    const cv::Point2d corner(cx ? reach : 0, cy ? reach : 0);
    for (const auto& c : contours) {
        const cv::Rect r = cv::boundingRect(c);
        const bool atEdge = (cx ? r.x + r.width == ink.cols : r.x == 0) || (cy ? r.y + r.height == ink.rows : r.y == 0);
        const std::optional<Square> s = atEdge ? cutSquare(ink, r, cx, cy, least, most) : wholeSquare(ink, c, r, least, most);
        if (s && cv::norm(s->centre - corner) < bestDistance) {
            bestDistance = cv::norm(s->centre - corner);
            best = Square{s->centre + cv::Point2d(region.x, region.y), s->side};
        }
    }
    return best;
}

struct Marks {
    std::array<cv::Point2d, 4> at; // image order: TL, TR, BL, BR
    const Paper* paper = nullptr;
    double ppm = 0; // px per mm, measured on the squares
    bool placed = false; // a square placed from the others (the scan lost it)
};

// The centres lie 11 mm in from each edge: their spacing names the paper, turned at most 7°. Within
// 10 %: the print's scale (95–105 %), the squares' size the scale is measured on (blur and the
// ink's spread add a pixel or two to a side) and a keystone (a sheet lifted off the glass) add
// up; A4's spacing is 27 % short of A3's.
const Paper* paperOf(const std::array<cv::Point2d, 4>& at, double ppm)
{
    const double across = cv::norm(at[1] - at[0]) / ppm + 22, down = cv::norm(at[2] - at[0]) / ppm + 22;
    const double turn = std::atan2(at[1].y - at[0].y, at[1].x - at[0].x) * 180 / M_PI;
    for (const Paper& p : kPapers)
        if (std::abs(across / p.width - 1) <= kPaperFit && std::abs(down / p.height - 1) <= kPaperFit && std::abs(turn) <= 7)
            return &p;
    return nullptr;
}

// A square the scan lost (cut off at the image's corner, or wholly: a sheet shifted on the
// glass, enlarged in printing) is placed where the other three put it: the four make a
// parallelogram. With two squares only, the paper whose spacing they fit places the others,
// turned and scaled as they are. A keystone puts a placed square out; the grid places the cells
// again (sheet_grid). The code read where the marks say it is, and every cell inside the
// image, are the checks.
bool complete(std::array<std::optional<Square>, 4>& found, double ppm)
{
    std::vector<size_t> known, missing;
    for (size_t k = 0; k < 4; ++k)
        (found[k] ? known : missing).push_back(k);
    if (missing.empty())
        return true;
    if (missing.size() == 1) {
        const size_t k = missing[0], a = k ^ 1, b = k ^ 2, opposite = 3 - k; // beside it across, beside it down
        found[k] = Square{found[a]->centre + found[b]->centre - found[opposite]->centre, found[opposite]->side};
        return true;
    }
    if (known.size() != 2)
        return false;
    const auto complex = [](cv::Point2d p) { return std::complex<double>(p.x, p.y); };
    for (const Paper& p : kPapers) {
        std::array<cv::Point2d, 4> model;
        const std::vector<Box> squares = registrationMarks(p.width, p.height);
        for (size_t k = 0; k < 4; ++k)
            model[k] = {squares[k].x + squares[k].w / 2, squares[k].y + squares[k].h / 2};
        // z ↦ a z + b takes the two known squares' places on the paper to theirs on the image.
        const std::complex<double> a = (complex(found[known[1]]->centre) - complex(found[known[0]]->centre))
                                       / (complex(model[known[1]]) - complex(model[known[0]]));
        if (std::abs(std::abs(a) / ppm - 1) > kPaperFit || std::abs(std::arg(a)) > 7 * M_PI / 180)
            continue;
        const std::complex<double> b = complex(found[known[0]]->centre) - a * complex(model[known[0]]);
        for (const size_t k : missing) {
            const std::complex<double> z = a * complex(model[k]) + b;
            found[k] = Square{{z.real(), z.imag()}, found[known[0]]->side};
        }
        return true;
    }
    return false;
}

// Squares whose side disagrees with the others' (by more than a quarter) are not the marks — a
// blurred finder pattern of the code where the mark itself was cut off — and count as missing:
// those kept agree with the most others, the larger on a tie.
void dropStrays(std::array<std::optional<Square>, 4>& found)
{
    const auto alike = [](double a, double b) { return std::max(a, b) <= 1.25 * std::min(a, b); };
    std::array<int, 4> agree{};
    for (size_t k = 0; k < 4; ++k)
        for (size_t j = 0; j < 4; ++j)
            agree[k] += found[k] && found[j] && found[k]->side > 0 && found[j]->side > 0 && alike(found[k]->side, found[j]->side);
    size_t best = 4;
    for (size_t k = 0; k < 4; ++k)
        if (agree[k] > 0 && (best == 4 || agree[k] > agree[best] || (agree[k] == agree[best] && found[k]->side > found[best]->side)))
            best = k;
    for (size_t k = 0; k < 4; ++k)
        if (found[k] && found[k]->side > 0 && (best == 4 || !alike(found[k]->side, found[best]->side)))
            found[k].reset();
}

// The four registration squares, and the paper their spacing says: the scan may hold a border
// around the sheet, and its resolution is read off the squares themselves.
std::optional<Marks> findMarks(const cv::Mat& grey)
{
    const double ppm0 = grey.cols / 210.0; // as if the image were an A4 sheet's width
    std::array<std::optional<Square>, 4> found;
    for (size_t k = 0; k < 4; ++k)
        found[k] = findSquare(grey, static_cast<int>(k % 2), static_cast<int>(k / 2), kCornerSearch * ppm0, 0.5 * kMarkSide * ppm0, 1.5 * kMarkSide * ppm0);
    dropStrays(found);
    double sides = 0;
    int n = 0, whole = 0;
    for (const auto& f : found) {
        n += f.has_value();
        whole += f && f->side > 0; // a square cut by the image's edge has no side measured
        sides += f ? f->side : 0;
    }
    if (n < 2 || whole < 1)
        return std::nullopt;
    Marks out;
    out.ppm = sides / whole / kMarkSide;
    out.placed = n < 4;
    if (!complete(found, out.ppm))
        return std::nullopt;
    for (size_t k = 0; k < 4; ++k)
        out.at[k] = found[k]->centre;
    out.paper = paperOf(out.at, out.ppm);
    if (!out.paper)
        return std::nullopt;
    return out;
}

cv::Matx33d transformFrom(const std::vector<Box>& marks, const std::array<cv::Point2d, 4>& at)
{
    std::array<cv::Point2f, 4> from, to;
    for (size_t k = 0; k < 4; ++k) {
        const Box& b = marks[k];
        from[k] = cv::Point2f(static_cast<float>(b.x + b.w / 2), static_cast<float>(b.y + b.h / 2));
        to[k] = cv::Point2f(static_cast<float>(at[k].x), static_cast<float>(at[k].y));
    }
    return cv::Matx33d(cv::getPerspectiveTransform(from.data(), to.data()));
}


// The code printed in the box, read where the transform puts it.
std::string readCode(const cv::Mat& grey, const cv::Matx33d& toImage, const Box& qr, double ppm, double around)
{
    std::vector<cv::Point2f> corners;
    for (auto [x, y] : {std::pair{qr.x - around, qr.y - around}, {qr.x + qr.w + around, qr.y - around}, {qr.x - around, qr.y + qr.h + around},
                        {qr.x + qr.w + around, qr.y + qr.h + around}})
        corners.push_back(imagePoint(toImage, x, y));
    const cv::Rect area = cv::boundingRect(corners) & cv::Rect(0, 0, grey.cols, grey.rows);
    if (area.width < 10 * ppm || area.height < 10 * ppm)
        return {};
    cv::Mat crop = grey(area).clone();
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const auto read = [&](const cv::Mat& m) {
        const ZXing::Result r = ZXing::ReadBarcode({m.data, m.cols, m.rows, ZXing::ImageFormat::Lum, static_cast<int>(m.step)}, hints);
        return r.isValid() ? r.text() : std::string();
    };
    std::string code = read(crop);
    // At 150 dpi a module is under 3 px: blur and noise can hide it. Read again twice the size.
    if (code.empty() && ppm < 10) {
        cv::resize(crop, crop, cv::Size(), 2, 2, cv::INTER_CUBIC);
        code = read(crop);
    }
    // At 600 dpi a module is some 20 px, its edges ragged with the paper's grain and the scan's
    // noise (the fourth unseen deck: 7 of its 600 dpi pages unread). Read again at 8 px/mm.
    if (code.empty() && ppm > 14) {
        cv::resize(crop, crop, cv::Size(), 8 / ppm, 8 / ppm, cv::INTER_AREA);
        code = read(crop);
    }
    return code;
}

struct Located {
    cv::Matx33d toImage;
    std::string code;
    const Paper* paper = nullptr;
    bool placed = false;
};

// Registers the page, upright or turned over (a sheet fed head last), until its code reads.
std::optional<Located> locate(const cv::Mat& grey, bool& marksSeen)
{
    const auto marks = findMarks(grey);
    if (!marks)
        return std::nullopt;
    marksSeen = true;
    const Paper& paper = *marks->paper;
    const auto& m = marks->at;
    const std::array<std::array<cv::Point2d, 4>, 2> ways = {m, std::array<cv::Point2d, 4>{m[3], m[2], m[1], m[0]}};
    for (const auto& way : ways) {
        const cv::Matx33d h = transformFrom(registrationMarks(paper.width, paper.height), way);
        // With 4 mm of paper around it; with 12 when a mark was placed from the others (a
        // keystone puts the code, far from them, millimetres out: the 10,000-sheet run).
        for (const double around : {4.0, marks->placed ? 12.0 : 0.0})
            if (around > 0)
                if (std::string code = readCode(grey, h, codeBox(paper.height), marks->ppm, around); !code.empty())
                    return Located{h, code, &paper, marks->placed};
    }
    return std::nullopt;
}

// A name box is read only inside its lines, never across them: a millimetre of paper around it
// is enough (the mark box needs the bands beyond its lines, for ink crossing them).
constexpr double kLabelMargin = 1.0;

// Where `box` lies in its cut-out with `marginMm` of paper around it, in px.
cv::Rect2d boxInPatch(const Box& box, double marginMm, double ppm)
{
    return {marginMm * ppm, marginMm * ppm, box.w * ppm, box.h * ppm};
}

// Marks lighter than ink throughout are faint, and a trace — a mark rubbed out, a line drawn
// faintly — is as light. But a voter's light pencil marks are all alike: a faint mark at least
// 70 % as dark as the sheet's marks (the median of its boxes with anything in them, three or more)
// is the voter's mark, read again at the pencil's level. Rubbed-out marks and faint traces are at
// most 40 % as dark as the marks on their sheet (the unseen deck: light pencil marks 89–108 %).
// A faint box holding ink as dark as a pen's (45 % darker than the paper or more: pen marks are
// 46–100 %, light pencil 27–47 %) is faint for a trace beside that ink — a mark rubbed out under a
// new one — and stays unclear.
//
// A sheet whose marks are all lighter than a pen's (the third unseen deck: a light grey pencil
// throughout, every mark faint) is read again at half its marks' darkness: its faint boxes, its
// blank ones (a light dot, a mark too light for the first reading: unclear unless a clear mark
// as dark as the others) and its written names.
constexpr int kSomething = 80;  // ‰ darker than the paper: a box with something in it
constexpr int kLightMark = 90;  // ‰: no lighter mark is read, however light the sheet's marks
constexpr int kLeastInk = 45;   // ‰: the lightest level read as ink (paper's grain and a JPEG's ringing are lighter)

void readLightPencil(SheetReading& s, const cv::Mat& grey)
{
    std::vector<int> marked;
    int darkest = 0;
    for (const CellReading& c : s.cells) {
        if (c.mark.darkness >= kSomething)
            marked.push_back(c.mark.darkness);
        darkest = std::max(darkest, c.mark.darkness);
    }
    if (marked.size() < 3)
        return;
    std::nth_element(marked.begin(), marked.begin() + static_cast<long>(marked.size() / 2), marked.end());
    const int median = marked[marked.size() / 2];
    const bool lightSheet = darkest < kPenDark;
    const int inkMille = lightSheet ? std::clamp(median / 2, kLeastInk, kPencilInk) : kPencilInk;
    const double ppm = s.pxPerMm, margin = kCellMargin;
    const auto alike = [median](int darkness) { return darkness >= kLightMark && darkness < kPenDark && darkness * 10 >= median * 7; };
    for (CellReading& c : s.cells) {
        const bool faint = c.mark.shape == Shape::Unclear && c.mark.why == "faint" && alike(c.mark.darkness);
        const bool blank = lightSheet && c.mark.shape == Shape::Blank;
        // RULE: RULES §4 Ballot marks — a faint mark as dark as the voter's other marks on the sheet is the voter's (light pencil); a fainter trace stays unclear.
        if (faint || blank) {
            const MarkReading again = readLightly(cutOut(grey, s.toImage, c.cell->mark, margin, ppm), ppm,
                                                  boxInPatch(c.cell->mark, margin, ppm), inkMille);
            if (again.shape != Shape::Unclear && again.shape != Shape::Blank && alike(again.darkness))
                c.mark = {again.shape, {}, again.darkness};
            else if (blank && again.shape != Shape::Blank)
                c.mark = {Shape::Unclear, "faint", again.darkness};
        }
        if (lightSheet && c.cell->kind == "write_in" && !c.nameWritten) {
            c.nameWritten = nameWritten(cutOut(grey, s.toImage, c.label, kLabelMargin, ppm), ppm, boxInPatch(c.label, kLabelMargin, ppm), inkMille);
            if (c.nameWritten && c.mark.shape == Shape::Blank
                && markOnName(cutOut(grey, s.toImage, c.label, margin, ppm), ppm, boxInPatch(c.label, margin, ppm), inkMille))
                c.mark = {Shape::Unclear, "name"};
        }
    }
}

// What the name box says beside a blank mark box: a ring round a printed name, a write-in's name
// and a mark made on it instead of in the box. A name already seen (a light pencil's, at its
// level) stays seen.
void readName(CellReading& r, const cv::Mat& grey, const cv::Matx33d& toImage, double ppm)
{
    const BallotCell& c = *r.cell;
    const cv::Rect2d labelBox = boxInPatch(c.label, kLabelMargin, ppm);
    // RULE: RULES §4 Ballot marks — an empty box with a mark made elsewhere (a ring round the name) is not read as blank.
    if (c.kind == "write_in") {
        const cv::Mat name = cutOut(grey, toImage, r.label, kLabelMargin, ppm);
        r.nameWritten = r.nameWritten || nameWritten(name, ppm, labelBox);
        if (r.mark.shape == Shape::Blank && r.nameWritten
            && (nameMarked(name, ppm, labelBox, kWrittenAcross)
                || markOnName(cutOut(grey, toImage, r.label, kCellMargin, ppm), ppm, boxInPatch(r.label, kCellMargin, ppm))))
            r.mark = {Shape::Unclear, "name"};
    } else if (r.mark.shape == Shape::Blank && nameMarked(cutOut(grey, toImage, r.label, kLabelMargin, ppm), ppm, labelBox, kPrintedAcross)) {
        r.mark = {Shape::Unclear, "name"};
    }
}

// The cell whose mark box shares the line of `c`'s side `side` (0 left, 2 right).
const CellReading* besideOf(const SheetReading& s, const CellReading& c, size_t side)
{
    const Box& m = c.cell->mark;
    for (const CellReading& n : s.cells) {
        const Box& o = n.cell->mark;
        const double gap = side == 0 ? m.x - (o.x + o.w) : o.x - (m.x + m.w);
        if (&n != &c && std::abs(o.y - m.y) < 1 && std::abs(gap) < 1)
            return &n;
    }
    return nullptr;
}

// Boxes filled side by side: their fills run together across the line they share, and each box
// is filled (a fill running on into a box not filled — one fill across two boxes — stays
// unclear); a fill running on past the grid's last box, where no box is, is its box's. A box beside a filled one holds the fill's overrun along their line, up to 1.5 mm
// (the sixth unseen deck: empty boxes beside filled ones read crossing): it is read again with
// that strip taken for paper.
void readFillsTogether(SheetReading& s, const cv::Mat& grey)
{
    const auto filled = [](const CellReading* n) { return n && (n->mark.shape == Shape::Filled || n->mark.why == "joined"); };
    std::vector<CellReading*> together;
    for (CellReading& c : s.cells) {
        const std::array<bool, 4>& j = c.mark.joined;
        // RULE: RULES §4 Ballot marks — boxes filled side by side, their fills run together across the shared line, are each filled.
        const auto beside = [&](size_t side) { const CellReading* n = besideOf(s, c, side); return !n || filled(n); };
        if (c.mark.why == "joined" && (!j[0] || beside(0)) && (!j[2] || beside(2)))
            together.push_back(&c);
    }
    for (CellReading* c : together)
        c->mark = {Shape::Filled, {}, c->mark.darkness, c->mark.shift};
    const double ppm = s.pxPerMm;
    for (CellReading& c : s.cells) {
        if (c.mark.shape != Shape::Unclear || c.mark.why == "joined" || c.mark.why == "name")
            continue;
        std::array<bool, 4> sides{};
        for (const size_t side : {size_t{0}, size_t{2}}) {
            const CellReading* n = besideOf(s, c, side);
            sides[side] = n && n->mark.shape == Shape::Filled;
        }
        if (!sides[0] && !sides[2])
            continue;
        cv::Rect2d box = boxInPatch(c.cell->mark, kCellMargin, ppm);
        box.x += c.mark.shift.x * ppm;
        box.y += c.mark.shift.y * ppm;
        MarkReading again = readMarkWithout(cutOut(grey, s.toImage, c.cell->mark, kCellMargin, ppm), ppm, box, sides, kOvershoot);
        if (again.shape == Shape::Unclear)
            continue;
        again.shift = c.mark.shift;
        c.mark = again;
        readName(c, grey, s.toImage, ppm);
    }
}

// Every cell, its margin too, inside the image: a registration mark placed where the others say
// (cut off by the image's edge) may belong to a sheet whose cells are cut off as well, and the
// paper beyond the image would read blank.
bool insideImage(const BallotPage& page, const cv::Matx33d& toImage, cv::Size size)
{
    const cv::Rect2d image(0, 0, size.width, size.height);
    for (const BallotCell& c : page.cells)
        for (const Box& b : {c.mark, c.label})
            for (const auto& [x, y] : {std::pair{b.x - kCellMargin, b.y - kCellMargin}, {b.x + b.w + kCellMargin, b.y - kCellMargin},
                                       {b.x - kCellMargin, b.y + b.h + kCellMargin}, {b.x + b.w + kCellMargin, b.y + b.h + kCellMargin}})
                if (!image.contains(imagePoint(toImage, x, y)))
                    return false;
    return true;
}

} // namespace

cv::Point2d imagePoint(const cv::Matx33d& toImage, double x, double y)
{
    const cv::Vec3d p = toImage * cv::Vec3d(x, y, 1);
    return {p[0] / p[2], p[1] / p[2]};
}

double scanPxPerMm(const cv::Matx33d& toImage)
{
    return cv::norm(imagePoint(toImage, 10, 0) - imagePoint(toImage, 0, 0)) / 10;
}

cv::Mat cutOut(const cv::Mat& grey, const cv::Matx33d& toImage, const Box& box, double marginMm, double ppm)
{
    const cv::Matx33d fromPatch(1 / ppm, 0, box.x - marginMm, 0, 1 / ppm, box.y - marginMm, 0, 0, 1);
    const cv::Size size(static_cast<int>(std::lround((box.w + 2 * marginMm) * ppm)), static_cast<int>(std::lround((box.h + 2 * marginMm) * ppm)));
    // Over a few centimetres the perspective is affine: its tangent at the middle of the cut-out
    // (a third of the time of warpPerspective, the same pixels to well under a pixel).
    const cv::Matx33d m = toImage * fromPatch;
    const double u = size.width / 2.0, v = size.height / 2.0;
    const cv::Vec3d c = m * cv::Vec3d(u, v, 1);
    const double w = c[2], x = c[0] / w, y = c[1] / w;
    const cv::Matx23d tangent((m(0, 0) - x * m(2, 0)) / w, (m(0, 1) - x * m(2, 1)) / w, 0, (m(1, 0) - y * m(2, 0)) / w, (m(1, 1) - y * m(2, 1)) / w, 0);
    cv::Matx23d affine = tangent;
    affine(0, 2) = x - tangent(0, 0) * u - tangent(0, 1) * v;
    affine(1, 2) = y - tangent(1, 0) * u - tangent(1, 1) * v;
    return affineCut(grey, affine, size, 255);
}

SheetReading readSheet(const cv::Mat& grey, const LayoutFinder& find)
{
    // The work is many small images: OpenCV's own thread pool only adds switching. Batches run
    // one page per core instead (scan_run.cpp).
    static const bool oneThread = (cv::setNumThreads(1), true);
    (void)oneThread;
    SheetReading s;
    bool marksSeen = false;
    const auto where = locate(grey, marksSeen);
    if (!where) {
        s.reason = marksSeen ? "no_code" : "no_marks";
        return s;
    }
    s.code = where->code;
    const auto bar = s.code.rfind('|');
    const BallotLayout* layout = bar == std::string::npos ? nullptr : find(s.code.substr(0, bar));
    if (!layout) {
        s.reason = "unknown_code";
        return s;
    }
    for (const auto& p : layout->pages)
        if (p.code == s.code)
            s.page = &p;
    if (!s.page || layout->paper != where->paper->name) {
        s.reason = "unknown_code";
        return s;
    }
    s.layout = layout;
    s.toImage = where->toImage;
    // Cells are read at the scan's resolution between 6 and 7.5 px/mm (150–190 dpi): finer scans
    // are sampled down, which keeps a 600 dpi batch as fast as a 200 dpi one. At 7.5 instead of
    // 8 px/mm (a 200 dpi scan's 7.87) the national batch reads 8 % faster and 1,000 deck sheets
    // as well; at 7 px/mm 3.5 % of filled boxes read as crossing (the band beside a line rounds
    // to 0.29 mm from its middle, on the line's blur), at 6 px/mm 2 % and more marks unclear.
    const double scanned = scanPxPerMm(s.toImage);
    const double ppm = std::clamp(scanned, 6.0, 7.5), margin = kCellMargin;
    if (where->placed) // the cells placed again by their own lines, twice (the second from the first's fit)
        for (int pass = 0; pass < 2; ++pass)
            if (const auto fitted = fitToGrid(grey, s.toImage, *s.page, ppm))
                s.toImage = *fitted;
    if (!insideImage(*s.page, s.toImage, grey.size())) {
        s.reason = "cut_off";
        return s;
    }
    s.pxPerMm = ppm;
    for (const BallotCell& c : s.page->cells) {
        CellReading r{&c, {}, false};
        const cv::Mat mark = cutOut(grey, s.toImage, c.mark, margin, ppm);
        r.mark = readMark(mark, ppm, boxInPatch(c.mark, margin, ppm));
        // The name box lies under the mark box, where its lines were found (a sheet registered on a
        // mark the scan cut off is placed to a millimetre, not a pixel).
        r.label = {c.label.x + r.mark.shift.x, c.label.y + r.mark.shift.y, c.label.w, c.label.h};
        readName(r, grey, s.toImage, ppm);
        s.cells.push_back(r);
    }
    readLightPencil(s, grey);
    readFillsTogether(s, grey);
    s.read = true;
    return s;
}

} // namespace hx::scan
