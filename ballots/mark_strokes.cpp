#include "mark_strokes.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace hx::scan {

namespace {

constexpr double kBand = 0.9;   // mm either side of a stroke's centre line: the ink it takes
constexpr double kSeek = 0.5;   // mm either side: the narrower band a line is sought and fitted with
constexpr double kBin = 0.25;   // mm: the projection's resolution
constexpr int kCoarse = 8, kFine = 2; // degrees: the search over angles, then around the best

struct Line {
    double theta = 0, rho = 0; // x cos θ + y sin θ = ρ
    int count = 0;
};

// The points a line is sought among, by coordinate (the projection's loop runs without a branch).
struct Open {
    std::vector<double> x, y;
    std::vector<int> bin;
};

// The band (at one angle) holding the most of the points, if it beats `best`.
void bestAt(int deg, Open& pts, double ppm, double reach, std::vector<int>& hist, Line& best)
{
    const double bin = kBin * ppm;
    const int bins = static_cast<int>(hist.size()), half = static_cast<int>(std::lround(kSeek / kBin));
    const double t = ((deg % 180 + 180) % 180) * M_PI / 180, c = std::cos(t) / bin, s = std::sin(t) / bin, shift = reach / bin;
    std::fill(hist.begin(), hist.end(), 0);
    const size_t n = pts.x.size();
    for (size_t i = 0; i < n; ++i)
        pts.bin[i] = std::clamp(static_cast<int>(pts.x[i] * c + pts.y[i] * s + shift), 0, bins - 1);
    for (size_t i = 0; i < n; ++i)
        ++hist[static_cast<size_t>(pts.bin[i])];
    int window = 0;
    for (int b = 0; b < bins; ++b) {
        window += hist[static_cast<size_t>(b)];
        if (b - 2 * half - 1 >= 0)
            window -= hist[static_cast<size_t>(b - 2 * half - 1)];
        if (window > best.count)
            best = {t, (b - half + 0.5) * bin - reach, window};
    }
}

// The line through the most points (of those still `open`): every 8°, then every 2° around the best.
Line bestLine(const std::vector<cv::Point2d>& pts, const std::vector<char>& open, double ppm, double reach)
{
    std::vector<int> hist(static_cast<size_t>(2 * reach / (kBin * ppm)) + 2);
    Open o;
    for (size_t i = 0; i < pts.size(); ++i)
        if (open[i]) {
            o.x.push_back(pts[i].x);
            o.y.push_back(pts[i].y);
        }
    o.bin.resize(o.x.size());
    Line coarse;
    for (int deg = 0; deg < 180; deg += kCoarse)
        bestAt(deg, o, ppm, reach, hist, coarse);
    Line best = coarse;
    const int around = static_cast<int>(std::lround(coarse.theta * 180 / M_PI));
    for (int deg = around - kCoarse + kFine; deg < around + kCoarse; deg += kFine)
        if (deg != around)
            bestAt(deg, o, ppm, reach, hist, best);
    return best;
}

// The line fitted (least squares, along its principal axis) to the open points near it.
Line fitted(const std::vector<cv::Point2d>& pts, const std::vector<char>& open, const Line& l, double ppm)
{
    const double c = std::cos(l.theta), s = std::sin(l.theta);
    cv::Point2d mean(0, 0);
    std::vector<cv::Point2d> near;
    for (size_t i = 0; i < pts.size(); ++i)
        if (open[i] && std::abs(pts[i].x * c + pts[i].y * s - l.rho) <= kSeek * ppm) {
            near.push_back(pts[i]);
            mean += pts[i];
        }
    if (near.size() < 3)
        return l;
    mean *= 1.0 / static_cast<double>(near.size());
    double sxx = 0, syy = 0, sxy = 0;
    for (const auto& p : near) {
        sxx += (p.x - mean.x) * (p.x - mean.x);
        syy += (p.y - mean.y) * (p.y - mean.y);
        sxy += (p.x - mean.x) * (p.y - mean.y);
    }
    const double along = 0.5 * std::atan2(2 * sxy, sxx - syy); // the direction of the points
    const double theta = along + M_PI / 2;                       // the normal
    return {theta, mean.x * std::cos(theta) + mean.y * std::sin(theta), static_cast<int>(near.size())};
}

// The stroke a line's points make: its ends at the 2nd and 98th percentiles along it.
Stroke strokeOf(const std::vector<cv::Point2d>& pts, const Line& l, std::vector<char>& open, double ppm, int& taken)
{
    const double c = std::cos(l.theta), s = std::sin(l.theta), band = kBand * ppm;
    std::vector<double> along;
    for (size_t i = 0; i < pts.size(); ++i)
        if (open[i] && std::abs(pts[i].x * c + pts[i].y * s - l.rho) <= band) {
            along.push_back(-pts[i].x * s + pts[i].y * c);
            open[i] = 0;
        }
    taken = static_cast<int>(along.size());
    Stroke st;
    if (along.size() < 2)
        return st;
    // Only the 2nd and 98th percentiles need be in their places.
    const auto lo = along.begin() + static_cast<long>(along.size() * 2 / 100), hi = along.begin() + static_cast<long>(along.size() * 98 / 100);
    std::nth_element(along.begin(), lo, along.end());
    std::nth_element(lo + 1, hi, along.end());
    const double t0 = along[along.size() * 2 / 100], t1 = along[along.size() * 98 / 100];
    const cv::Point2d foot(l.rho * c, l.rho * s), dir(-s, c);
    cv::Point2d a = foot + dir * t0, b = foot + dir * t1;
    st.start = t0;
    if (a.x > b.x) {
        std::swap(a, b);
        st.start = t1;
    }
    st.from = a;
    st.to = b;
    st.length = cv::norm(b - a);
    st.along = std::move(along);
    double deg = std::atan2(b.y - a.y, b.x - a.x) * 180 / M_PI; // y runs down the page
    st.slope = deg <= -90 ? deg + 180 : deg > 90 ? deg - 180 : deg;
    return st;
}

double placeAlong(const Stroke& st, cv::Point2d p)
{
    const cv::Point2d d = st.to - st.from;
    const double len2 = d.dot(d);
    return len2 > 0 ? (p - st.from).dot(d) / len2 : 0;
}

// The stroke's width and evenness away from the meeting point, where the other stroke's pixels
// fall on its band.
void measureAway(Stroke& st, double at, double clear, double ppm)
{
    const double t0 = st.along[st.along.size() * 2 / 100], t1 = st.along[st.along.size() * 98 / 100];
    const double meet = st.start == t0 ? t0 + at * (t1 - t0) : t1 - at * (t1 - t0);
    std::vector<int> perMm(static_cast<size_t>((t1 - t0) / ppm) + 1);
    int count = 0;
    for (double t : st.along)
        if (std::abs(t - meet) >= clear && t >= t0 && t <= t1) {
            ++count;
            ++perMm[static_cast<size_t>((t - t0) / ppm)];
        }
    const double hidden = std::max(0.0, std::min(t1, meet + clear) - std::max(t0, meet - clear));
    const double seen = (t1 - t0) - hidden;
    st.width = seen > 0 ? count / seen : 0;
    st.seen = std::max(0.0, seen);
    // The ends are partial millimetres, and so are those the meeting point's clear zone cuts
    // into: only whole millimetres wholly away from it are compared.
    std::vector<int> whole;
    for (size_t i = 1; i + 1 < perMm.size(); ++i) {
        const double from = t0 + static_cast<double>(i) * ppm, to = from + ppm;
        if (perMm[i] > 0 && (to <= meet - clear || from >= meet + clear))
            whole.push_back(perMm[i]);
    }
    std::sort(whole.begin(), whole.end());
    st.evenness = whole.size() < 2 ? 1 : static_cast<double>(whole.back()) / whole[whole.size() / 2];
}

} // namespace

TwoStrokes twoStrokes(const cv::Mat& ink, double ppm)
{
    std::vector<cv::Point2d> pts;
    for (int y = 0; y < ink.rows; ++y) {
        const uchar* row = ink.ptr<uchar>(y);
        for (int x = 0; x < ink.cols; ++x)
            if (row[x])
                pts.emplace_back(x, y);
    }
    TwoStrokes out;
    if (pts.size() < 8)
        return out;
    std::vector<char> open(pts.size(), 1);
    const double reach = std::hypot(ink.cols, ink.rows) + 1;
    int taken1 = 0, taken2 = 0;
    const Line l1 = fitted(pts, open, bestLine(pts, open, ppm, reach), ppm);
    out.first = strokeOf(pts, l1, open, ppm, taken1);
    const Line l2 = fitted(pts, open, bestLine(pts, open, ppm, reach), ppm);
    out.second = strokeOf(pts, l2, open, ppm, taken2);
    out.explained = static_cast<double>(taken1 + taken2) / static_cast<double>(pts.size());
    out.meanWidth = static_cast<double>(pts.size()) / std::max(1.0, out.first.length + out.second.length);
    const double det = std::cos(l1.theta) * std::sin(l2.theta) - std::sin(l1.theta) * std::cos(l2.theta);
    if (std::abs(det) < 0.2 || taken2 < 4)
        return out; // parallel, or one stroke only
    out.meet = {(l1.rho * std::sin(l2.theta) - l2.rho * std::sin(l1.theta)) / det, (std::cos(l1.theta) * l2.rho - std::cos(l2.theta) * l1.rho) / det};
    out.at1 = placeAlong(out.first, out.meet);
    out.at2 = placeAlong(out.second, out.meet);
    // Within this of the meeting point the bands of the two strokes overlap.
    const double clear = (kBand * ppm) / std::max(0.2, std::abs(det)) + 0.5 * ppm;
    measureAway(out.first, out.at1, clear, ppm);
    measureAway(out.second, out.at2, clear, ppm);
    out.found = true;
    return out;
}

} // namespace hx::scan
