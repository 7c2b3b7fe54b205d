#include "scan_deck.hpp"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>

#include <cmath>
#include <sstream>

namespace hx::deck {

namespace {

constexpr int kDpis[] = {150, 200, 300};
const cv::Scalar kPaper(238, 242, 244);

double uniform(std::mt19937& rng, double a, double b)
{
    return std::uniform_real_distribution<double>(a, b)(rng);
}

bool chance(std::mt19937& rng, double p)
{
    return uniform(rng, 0, 1) < p;
}

struct Pen {
    cv::Scalar colour;
    double width;       // mm
    double grain = 0;   // pencil: each pixel of the stroke keeps between 1 - grain and all of its darkness
};

Pen clearPen(std::mt19937& rng)
{
    const double x = uniform(rng, 0, 1);
    if (x < 0.45)
        return {cv::Scalar(28, 28, 28), uniform(rng, 0.35, 0.9)};  // black
    if (x < 0.85)
        return {cv::Scalar(95, 45, 30), uniform(rng, 0.35, 0.9)};  // blue-black
    // Pencil: dark and even, or its graphite's grain leaving pixels either side of the ink level.
    return {cv::Scalar(80, 80, 80), uniform(rng, 0.3, 0.6), chance(rng, 0.5) ? 0.65 : 0};
}

Pen faintPen(std::mt19937& rng)
{
    const double g = uniform(rng, 172, 215);
    return {cv::Scalar(g, g, g), uniform(rng, 0.3, 0.6)};
}

// A sheet being marked, at its resolution.
struct Canvas {
    cv::Mat& img;
    double ppm;
    cv::Point at(cv::Point2d mm) const // in 1/16 px, for anti-aliased drawing
    {
        return {static_cast<int>(std::lround(mm.x * ppm * 16)), static_cast<int>(std::lround(mm.y * ppm * 16))};
    }
};

void stroke(Canvas& img, const std::vector<cv::Point2d>& mm, const Pen& pen)
{
    std::vector<cv::Point> pts;
    for (const auto& p : mm)
        pts.push_back(img.at(p));
    const int width = std::max(1, static_cast<int>(std::lround(pen.width * img.ppm)));
    if (pen.grain == 0) {
        cv::polylines(img.img, pts, false, pen.colour, width, cv::LINE_AA, 4);
        return;
    }
    // Grainy: the stroke drawn alone, then laid on the paper a grain at a time.
    cv::Rect around = cv::boundingRect(pts);
    around = cv::Rect(around.x / 16 - 2 * width, around.y / 16 - 2 * width, around.width / 16 + 4 * width, around.height / 16 + 4 * width)
             & cv::Rect(0, 0, img.img.cols, img.img.rows);
    cv::Mat drawn = img.img(around).clone();
    std::vector<cv::Point> local;
    for (const auto& p : pts)
        local.push_back(p - cv::Point(around.x * 16, around.y * 16));
    cv::polylines(drawn, local, false, pen.colour, width, cv::LINE_AA, 4);
    cv::Mat keep(around.size(), CV_32F), before, after;
    cv::theRNG().state = static_cast<uint64_t>(around.x) * 7919 + static_cast<uint64_t>(around.y); // the same grain for the same stroke
    cv::randu(keep, 1 - pen.grain, 1.0);
    img.img(around).convertTo(before, CV_32FC3);
    drawn.convertTo(after, CV_32FC3);
    cv::Mat keep3;
    cv::merge(std::vector<cv::Mat>{keep, keep, keep}, keep3);
    cv::Mat out = before + (after - before).mul(keep3);
    cv::Mat into = img.img(around);
    out.convertTo(into, CV_8UC3);
}

// A line bent a little, as a hand draws it.
std::vector<cv::Point2d> handLine(cv::Point2d a, cv::Point2d b, std::mt19937& rng)
{
    const double bend = uniform(rng, -0.25, 0.25);
    const cv::Point2d d = b - a, n(-d.y, d.x);
    const double len = std::max(1e-6, std::hypot(d.x, d.y));
    std::vector<cv::Point2d> out;
    for (int i = 0; i <= 10; ++i) {
        const double t = i / 10.0;
        out.push_back(a + d * t + n * (bend * std::sin(t * M_PI) / len));
    }
    return out;
}

struct Frame {
    cv::Point2d centre;
    double maxX, maxY; // half extents that keep clear of the border
};

Frame frameIn(const Box& b, const Pen& pen, std::mt19937& rng)
{
    const double clearance = 0.8 + pen.width / 2;
    const cv::Point2d c(b.x + b.w / 2 + uniform(rng, -0.07, 0.07) * b.w, b.y + b.h / 2 + uniform(rng, -0.07, 0.07) * b.h);
    return {c, b.w / 2 - std::abs(c.x - (b.x + b.w / 2)) - clearance, b.h / 2 - std::abs(c.y - (b.y + b.h / 2)) - clearance};
}

std::vector<cv::Point2d> ellipse(cv::Point2d c, double rx, double ry, std::mt19937& rng, double wobbling = 0.06)
{
    const double start = uniform(rng, 0, 2 * M_PI), sweep = uniform(rng, 2 * M_PI - 0.9, 2 * M_PI + 0.5);
    const double wobble = uniform(rng, 0, wobbling), k = uniform(rng, 2, 4), phase = uniform(rng, 0, 2 * M_PI);
    std::vector<cv::Point2d> out;
    for (int i = 0; i <= 72; ++i) {
        const double t = start + sweep * i / 72, r = 1 + wobble * std::sin(k * t + phase);
        out.push_back({c.x + rx * r * std::cos(t), c.y + ry * r * std::sin(t)});
    }
    return out;
}

void circle(Canvas& img, const Box& b, const Pen& pen, std::mt19937& rng, bool touch = false)
{
    Frame f = frameIn(b, pen, rng);
    double rx = std::max(2.5, uniform(rng, 0.45, 1.0) * f.maxX), ry = std::max(2.2, uniform(rng, 0.55, 1.0) * f.maxY);
    if (touch) { // the ring's outer edge on one border line, clear of the others
        rx = std::max(2.5, uniform(rng, 0.5, 0.9) * (b.w / 2 - 1));
        ry = std::max(2.2, uniform(rng, 0.6, 0.9) * (b.h / 2 - 1));
        f.centre = {b.x + b.w / 2, b.y + b.h / 2};
        const int side = static_cast<int>(uniform(rng, 0, 4));
        if (side == 0)
            f.centre.y = b.y + ry + pen.width / 2;
        else if (side == 1)
            f.centre.y = b.y + b.h - ry - pen.width / 2;
        else if (side == 2)
            f.centre.x = b.x + rx + pen.width / 2;
        else
            f.centre.x = b.x + b.w - rx - pen.width / 2;
    }
    stroke(img, ellipse(f.centre, rx, ry, rng, touch ? 0 : 0.06), pen);
}

cv::Point2d turn(cv::Point2d p, cv::Point2d c, double deg)
{
    const double a = deg * M_PI / 180, s = std::sin(a), co = std::cos(a);
    const cv::Point2d d = p - c;
    return {c.x + d.x * co - d.y * s, c.y + d.x * s + d.y * co};
}

void cross(Canvas& img, const Box& b, const Pen& pen, std::mt19937& rng, double reachOut = 0)
{
    const Frame f = frameIn(b, pen, rng);
    const double ax = std::max(2.2, uniform(rng, 0.5, 1.0) * f.maxX), ay = std::max(2.4, uniform(rng, 0.6, 1.0) * f.maxY);
    const double angle = uniform(rng, -12, 12);
    auto k = [&] { return uniform(rng, 0.8, 1.0); };
    const cv::Point2d c = f.centre;
    cv::Point2d a1(c.x - ax * k(), c.y - ay * k()), a2(c.x + ax * k(), c.y + ay * k() + reachOut);
    cv::Point2d b1(c.x + ax * k(), c.y - ay * k()), b2(c.x - ax * k(), c.y + ay * k());
    stroke(img, handLine(turn(a1, c, angle), turn(a2, c, angle), rng), pen);
    stroke(img, handLine(turn(b1, c, angle), turn(b2, c, angle), rng), pen);
}

void tick(Canvas& img, const Box& b, const Pen& pen, std::mt19937& rng)
{
    const Frame f = frameIn(b, pen, rng);
    const double ax = std::max(2.4, uniform(rng, 0.5, 0.9) * f.maxX), ay = std::max(2.2, uniform(rng, 0.7, 1.0) * f.maxY);
    const cv::Point2d c = f.centre;
    const cv::Point2d start(c.x - ax * uniform(rng, 0.75, 0.95), c.y - ay * uniform(rng, 0.0, 0.25));
    const cv::Point2d foot(c.x - ax * uniform(rng, 0.15, 0.35), c.y + ay * uniform(rng, 0.8, 0.95));
    const cv::Point2d end(c.x + ax * uniform(rng, 0.85, 1.0), c.y - ay * uniform(rng, 0.8, 1.0));
    auto first = handLine(start, foot, rng), second = handLine(foot, end, rng);
    first.insert(first.end(), second.begin() + 1, second.end());
    stroke(img, first, pen);
}

void filled(Canvas& img, const Box& b, const Pen& pen, std::mt19937& rng)
{
    Pen thick{pen.colour, 1.1};
    std::vector<cv::Point2d> zigzag;
    const double x0 = b.x + 1.2, x1 = b.x + b.w - 1.2;
    for (double y = b.y + 1.3; y <= b.y + b.h - 1.3; y += 0.8) {
        zigzag.push_back({x0 + uniform(rng, 0, 0.4), y});
        zigzag.push_back({x1 - uniform(rng, 0, 0.4), y + 0.4});
    }
    stroke(img, zigzag, thick);
}

// A tangle: many short strokes back and forth over much of the box, as when a voter blots out a mark.
void scribble(Canvas& img, const Box& b, const Pen& pen, std::mt19937& rng)
{
    const double w = uniform(rng, 0.6, 1.0) * (b.w - 2.4), h = uniform(rng, 0.7, 1.0) * (b.h - 2.4);
    const double x0 = b.x + 1.2 + uniform(rng, 0, b.w - 2.4 - w), y0 = b.y + 1.2 + uniform(rng, 0, b.h - 2.4 - h);
    std::vector<cv::Point2d> walk = {{x0 + uniform(rng, 0, w), y0 + uniform(rng, 0, h)}};
    const int n = static_cast<int>(uniform(rng, 16, 26));
    for (int i = 0; i < n; ++i) {
        const double a = uniform(rng, 0, 2 * M_PI), len = uniform(rng, 1.5, 0.6 * w);
        walk.push_back({std::clamp(walk.back().x + len * std::cos(a), x0, x0 + w), std::clamp(walk.back().y + len * std::sin(a), y0, y0 + h)});
    }
    stroke(img, walk, pen);
}

void plus(Canvas& img, const Box& b, const Pen& pen, std::mt19937& rng)
{
    const Frame f = frameIn(b, pen, rng);
    const cv::Point2d c = f.centre;
    const double ax = std::max(2.2, 0.8 * f.maxX), ay = std::max(2.0, 0.9 * f.maxY);
    stroke(img, handLine({c.x - ax, c.y}, {c.x + ax, c.y}, rng), pen);
    stroke(img, handLine({c.x, c.y - ay}, {c.x, c.y + ay}, rng), pen);
}

void dot(Canvas& img, const Box& b, const Pen& pen, std::mt19937& rng)
{
    const cv::Point2d c(b.x + b.w / 2 + uniform(rng, -4, 4), b.y + b.h / 2 + uniform(rng, -2, 2));
    if (chance(rng, 0.5)) {
        cv::circle(img.img, img.at(c), static_cast<int>(uniform(rng, 0.55, 0.8) * img.ppm * 16), pen.colour, cv::FILLED, cv::LINE_AA, 4);
    } else {
        const double len = uniform(rng, 1.6, 2.4);
        stroke(img, {c, {c.x + len, c.y + uniform(rng, -0.5, 0.5)}}, {pen.colour, 0.5});
    }
}

// A mark that runs over the border into the next cell (returns +1 right, -1 left) or out of the box (0).
int crossing(Canvas& img, const Box& b, const Pen& pen, std::mt19937& rng)
{
    if (chance(rng, 0.5)) {
        const double over = uniform(rng, 1.6, 3.0), ry = uniform(rng, 2.5, 3.8);
        const double rx = uniform(rng, 3.0, 5.0);
        const bool right = chance(rng, 0.5);
        const cv::Point2d c(right ? b.x + b.w + over - rx : b.x - over + rx, b.y + b.h / 2);
        stroke(img, ellipse(c, rx, ry, rng), pen);
        return right ? 1 : -1;
    }
    cross(img, b, pen, rng, uniform(rng, 2.2, 3.5) + b.h / 2);
    return 0;
}

void name(Canvas& img, const Box& label, const Pen& pen, std::mt19937& rng)
{
    // Two or three characters' worth of strokes above the printed caption.
    const int chars = static_cast<int>(uniform(rng, 2, 4));
    const double size = std::min(4.5, (label.w - 2) / chars);
    for (int k = 0; k < chars; ++k) {
        const double x = label.x + 1 + k * size, y = label.y + 1.8;
        for (int s = 0; s < 4; ++s)
            stroke(img, handLine({x + uniform(rng, 0, size * 0.8), y + uniform(rng, 0, 4.0)}, {x + uniform(rng, 0, size * 0.8), y + uniform(rng, 0, 4.0)}, rng),
                   {pen.colour, 0.4});
    }
}

struct Drawing {
    bool written = false; // a name in a write-in cell's name box
    bool inked = false;   // ink in the name box: a name, or a × run down into it
    int intrudes = 0;     // +1 into the next cell on the right, -1 on the left
};

// A sheet marked throughout in a light pencil of grey `pencil` (0: each cell in its own pen).
// Its faint traces are a third as dark as its marks, as on the unseen decks.
Drawing draw(Canvas& img, const BallotCell& cell, Drawn d, double pencil, std::mt19937& rng)
{
    Drawing out;
    const Box& b = cell.mark;
    Pen pen = clearPen(rng);
    if (pencil > 0)
        pen = {cv::Scalar::all(pencil), std::min(pen.width, 0.6)};
    const auto faintPen = [pencil](std::mt19937& r) {
        Pen f = hx::deck::faintPen(r);
        if (pencil > 0)
            f.colour = cv::Scalar::all(240 - (240 - pencil) / 3);
        return f;
    };
    switch (d) {
    case Drawn::Blank: break;
    case Drawn::Circle: circle(img, b, pen, rng, chance(rng, 0.15)); break;
    case Drawn::Cross: cross(img, b, pen, rng); break;
    case Drawn::Tick: tick(img, b, pen, rng); break;
    case Drawn::Filled: filled(img, b, pen, rng); break;
    case Drawn::CircleAndCross:
        circle(img, b, pen, rng);
        cross(img, b, pen, rng);
        break;
    case Drawn::Scribble: scribble(img, b, pen, rng); break;
    case Drawn::Crossing: out.intrudes = crossing(img, b, pen, rng); break;
    case Drawn::Faint: chance(rng, 0.5) ? circle(img, b, faintPen(rng), rng) : cross(img, b, faintPen(rng), rng); break;
    case Drawn::Dot: dot(img, b, pen, rng); break;
    case Drawn::Plus: plus(img, b, pen, rng); break;
    case Drawn::Erased:
        if (chance(rng, 0.5)) { // rubbed out and marked again
            cross(img, b, faintPen(rng), rng);
            circle(img, b, pen, rng);
        } else { // rubbed out only: the mark's ghost on the eraser's lighter smudge
            const cv::Point2d c(b.x + b.w / 2 + uniform(rng, -1.5, 1.5), b.y + b.h / 2 + uniform(rng, -1, 1));
            cv::rectangle(img.img, img.at(c + cv::Point2d(-5, -2)), img.at(c + cv::Point2d(5, 2)), cv::Scalar::all(uniform(rng, 232, 244)), cv::FILLED,
                          cv::LINE_AA, 4);
            chance(rng, 0.5) ? circle(img, b, faintPen(rng), rng) : cross(img, b, faintPen(rng), rng);
        }
        break;
    case Drawn::Intruded: break;
    }
    out.written = cell.kind == "write_in" && chance(rng, d == Drawn::Blank ? 0.2 : 0.8);
    out.inked = cell.kind == "write_in" && (out.written || (d == Drawn::Crossing && out.intrudes == 0));
    if (out.written)
        name(img, cell.label, pen, rng);
    return out;
}

cv::Mat render(QPdfDocument& pdf, int page, int dpi)
{
    const QSizeF pt = pdf.pagePointSize(page);
    const QImage page0 = pdf.render(page, QSize(static_cast<int>(pt.width() / 72 * dpi), static_cast<int>(pt.height() / 72 * dpi)));
    QImage img(page0.size(), QImage::Format_RGB888);
    img.fill(Qt::white); // the page is rendered on transparency
    {
        QPainter p(&img);
        p.drawImage(0, 0, page0);
    }
    cv::Mat rgb(img.height(), img.width(), CV_8UC3, const_cast<uchar*>(img.constBits()), static_cast<size_t>(img.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    // Printed on office paper: white is a little off, black a little grey.
    cv::Mat out(bgr.size(), CV_8UC3, kPaper);
    for (int y = 0; y < bgr.rows; ++y) {
        const cv::Vec3b* s = bgr.ptr<cv::Vec3b>(y);
        cv::Vec3b* d = out.ptr<cv::Vec3b>(y);
        for (int x = 0; x < bgr.cols; ++x)
            for (int c = 0; c < 3; ++c)
                d[x][c] = static_cast<uchar>(22 + s[x][c] * (kPaper[c] - 22) / 255);
    }
    return out;
}

} // namespace

const char* drawnName(Drawn d)
{
    static const char* const names[] = {"blank", "circle", "cross", "tick", "filled", "circle_and_cross", "scribble", "crossing", "faint", "dot", "plus", "erased", "intruded"};
    return names[static_cast<int>(d)];
}

bool ambiguous(Drawn d)
{
    return static_cast<int>(d) >= static_cast<int>(Drawn::CircleAndCross);
}

// Written out here from RULES §4, not taken from the reader's markOf: the deck is the reader's
// independent judge.
std::string expectedMark(Drawn d, const std::string& grammar)
{
    if (d == Drawn::Blank)
        return "blank";
    if (ambiguous(d))
        return "unclear";
    if (grammar == "tick_cross_circle")
        return d == Drawn::Tick ? "approve" : d == Drawn::Cross ? "oppose" : d == Drawn::Circle ? "blank" : "unclear";
    if (grammar == "filled_boxes")
        return d == Drawn::Filled ? "approve" : "unclear";
    return d == Drawn::Circle ? "approve" : d == Drawn::Cross ? "oppose" : "unclear";
}

std::string PrintScan::describe() const
{
    std::ostringstream s;
    s << dpi << "dpi " << (mode == Mode::Colour ? "colour" : mode == Mode::Grey ? "grey" : "bw") << (jpeg ? " jpeg" + std::to_string(jpeg) : " png")
      << " rot " << rotation << (upsideDown ? "+180" : "") << " scale " << scale << " shift " << shiftX << "," << shiftY << " skew " << skew
      << " blur " << blur << " noise " << noise << " border " << border << (cropped ? " cropped" : "");
    return s.str();
}

PrintScan randomPrintScan(std::mt19937& rng)
{
    PrintScan p;
    const int dpis[] = {150, 200, 300};
    p.dpi = dpis[static_cast<int>(uniform(rng, 0, 3))];
    p.rotation = uniform(rng, -5, 5);
    p.scale = uniform(rng, 0.95, 1.05);
    p.border = std::abs(p.rotation) > 1 || p.scale > 1.0 ? uniform(rng, 6, 14) : uniform(rng, 0, 3);
    p.shiftX = uniform(rng, -3, 3);
    p.shiftY = uniform(rng, -3, 3);
    p.skew = uniform(rng, 0, 0.004);
    p.blur = uniform(rng, 0, 1.0);
    p.noise = uniform(rng, 0, 6);
    const double m = uniform(rng, 0, 1);
    p.mode = m < 0.3 ? PrintScan::Mode::Colour : m < 0.8 ? PrintScan::Mode::Grey : PrintScan::Mode::BlackWhite;
    const int qualities[] = {0, 0, 35, 50, 75, 90};
    p.jpeg = p.mode == PrintScan::Mode::BlackWhite ? 0 : qualities[static_cast<int>(uniform(rng, 0, 6))];
    p.upsideDown = chance(rng, 0.1);
    if (chance(rng, 1.0 / 7)) {
        p.cropped = true;
        p.border = 0;
        p.rotation = uniform(rng, -1.5, 1.5);
        p.scale = uniform(rng, 0.97, 1.03);
        p.shiftX = uniform(rng, -9, 9);
        p.shiftY = uniform(rng, -9, 9);
        p.skew = uniform(rng, 0.004, 0.012);
    }
    return p;
}

Deck::Deck(const BallotPaper& paper) : m_layout(paper.layout)
{
    QByteArray bytes = paper.pdf;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    for (int dpi : kDpis)
        for (int i = 0; i < pdf.pageCount(); ++i)
            m_pages[dpi].push_back(render(pdf, i, dpi));
}

cv::Mat Deck::marked(int page, int dpi, std::vector<Drawn>& cells, std::vector<bool>& names, std::mt19937& rng, double pencil) const
{
    cv::Mat img = m_pages.at(dpi)[static_cast<size_t>(page - 1)].clone();
    Canvas canvas{img, dpi / 25.4};
    const auto& layoutCells = m_layout.pages[static_cast<size_t>(page - 1)].cells;
    names.assign(layoutCells.size(), false);
    for (size_t i = 0; i < layoutCells.size() && i < cells.size(); ++i) {
        const Drawing d = draw(canvas, layoutCells[i], cells[i], pencil, rng);
        names[i] = d.inked;
        if (!d.intrudes)
            continue;
        const Box& here = layoutCells[i].mark;
        for (size_t j = 0; j < layoutCells.size(); ++j) {
            const Box& there = layoutCells[j].mark;
            if (std::abs(there.y - here.y) < 0.1 && std::abs(there.x - (here.x + d.intrudes * here.w)) < 0.1)
                cells[j] = Drawn::Intruded;
        }
    }
    return img;
}

std::vector<Drawn> Deck::randomCells(int page, double ambiguousShare, const std::string& grammar, bool faint, std::mt19937& rng) const
{
    std::vector<Drawn> out;
    for (size_t i = 0; i < m_layout.pages[static_cast<size_t>(page - 1)].cells.size(); ++i) {
        if (chance(rng, ambiguousShare)) {
            Drawn d = static_cast<Drawn>(static_cast<int>(Drawn::CircleAndCross) + static_cast<int>(uniform(rng, 0, 7)));
            if (!faint && (d == Drawn::Faint || d == Drawn::Erased))
                d = Drawn::CircleAndCross;
            out.push_back(d);
            continue;
        }
        const double x = uniform(rng, 0, 1);
        if (grammar == "filled_boxes")
            out.push_back(x < 0.5 ? Drawn::Blank : Drawn::Filled);
        else if (grammar == "tick_cross_circle")
            out.push_back(x < 0.25 ? Drawn::Blank : x < 0.6 ? Drawn::Tick : x < 0.8 ? Drawn::Cross : Drawn::Circle);
        else
            out.push_back(x < 0.35 ? Drawn::Blank : x < 0.75 ? Drawn::Circle : Drawn::Cross);
    }
    return out;
}

std::vector<uchar> Deck::scanned(const cv::Mat& sheet, const PrintScan& p, std::mt19937& rng) const
{
    const cv::Mat& src = sheet; // already at the scan's resolution
    const double mmToPx = p.dpi / 25.4;
    const cv::Point2f srcCentre(static_cast<float>(src.cols / 2.0), static_cast<float>(src.rows / 2.0));
    const double angle = (p.rotation + (p.upsideDown ? 180 : 0)) * M_PI / 180, s = p.scale;
    std::array<cv::Point2f, 4> from = {cv::Point2f(0, 0), cv::Point2f(static_cast<float>(src.cols), 0), cv::Point2f(0, static_cast<float>(src.rows)),
                                       cv::Point2f(static_cast<float>(src.cols), static_cast<float>(src.rows))};
    // The sheet turned, scaled, shifted and skewed about the middle of the scan.
    std::array<cv::Point2d, 4> moved;
    double reachX = 0, reachY = 0;
    for (size_t i = 0; i < 4; ++i) {
        const cv::Point2d d = cv::Point2d(from[i] - srcCentre) * s;
        moved[i] = {d.x * std::cos(angle) - d.y * std::sin(angle) + p.shiftX * mmToPx + uniform(rng, -p.skew, p.skew) * src.cols,
                    d.x * std::sin(angle) + d.y * std::cos(angle) + p.shiftY * mmToPx + uniform(rng, -p.skew, p.skew) * src.rows};
        reachX = std::max(reachX, std::abs(moved[i].x));
        reachY = std::max(reachY, std::abs(moved[i].y));
    }
    // The scan holds the whole sheet, as a feeder's does: the border grows with the turn. On the
    // glass, the image is the paper's size and what lies beyond it is lost.
    const cv::Size paper(static_cast<int>((m_layout.width + 2 * p.border) * mmToPx), static_cast<int>((m_layout.height + 2 * p.border) * mmToPx));
    const cv::Size canvas = p.cropped ? paper
                                      : cv::Size(std::max(paper.width, static_cast<int>(2 * reachX + 2 * mmToPx)),
                                                 std::max(paper.height, static_cast<int>(2 * reachY + 2 * mmToPx)));
    std::array<cv::Point2f, 4> to;
    for (size_t i = 0; i < 4; ++i)
        to[i] = cv::Point2f(static_cast<float>(canvas.width / 2.0 + moved[i].x), static_cast<float>(canvas.height / 2.0 + moved[i].y));
    cv::Mat out;
    const cv::Scalar bed = chance(rng, 0.8) ? cv::Scalar(250, 250, 250) : cv::Scalar(70, 70, 70);
    cv::warpPerspective(src, out, cv::getPerspectiveTransform(from.data(), to.data()), canvas, cv::INTER_LINEAR, cv::BORDER_CONSTANT, bed);
    if (p.blur > 0.05)
        cv::GaussianBlur(out, out, cv::Size(), p.blur);
    if (p.mode != PrintScan::Mode::Colour)
        cv::cvtColor(out, out, cv::COLOR_BGR2GRAY);
    if (p.noise > 0.1) {
        cv::Mat noise(out.size(), CV_16SC(out.channels()));
        cv::randn(noise, 0, p.noise);
        cv::Mat wide;
        out.convertTo(wide, CV_16SC(out.channels()));
        wide += noise;
        wide.convertTo(out, CV_8UC(out.channels()));
    }
    if (p.mode == PrintScan::Mode::BlackWhite)
        cv::threshold(out, out, 140, 255, cv::THRESH_BINARY);
    std::vector<uchar> bytes;
    if (p.jpeg)
        cv::imencode(".jpg", out, bytes, {cv::IMWRITE_JPEG_QUALITY, p.jpeg});
    else
        cv::imencode(".png", out, bytes, {cv::IMWRITE_PNG_COMPRESSION, 1});
    return bytes;
}

} // namespace hx::deck
