#include "sheet_grid.hpp"

#include "mark_reader.hpp"
#include "sheet_reader.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace hx::scan {

namespace {

constexpr double kSeek = 4; // mm either way: lines are 11 mm apart down a cell, 21 across

// The offset (px, within ±`seek`) at which every one of `lines` (px) lies on ink — its profile,
// the most within a pixel either side, over half of `span` — and the lines hold the most ink.
// Down a cell the lines are its top, its name box's top and its foot (0, 11, 22 mm): the row
// above's foot, 3 mm up, matches one of the three at most, so the offset is not taken for it.
std::optional<int> offsetOf(const std::vector<int>& profile, const std::vector<double>& lines, int seek, int span)
{
    std::optional<int> at;
    long most = -1;
    for (int d = -seek; d <= seek; ++d) {
        long sum = 0;
        bool all = true;
        for (const double line : lines) {
            int best = 0;
            for (int k = -1; k <= 1; ++k) {
                const long i = std::lround(line) + d + k;
                if (i >= 0 && i < static_cast<long>(profile.size()))
                    best = std::max(best, profile[static_cast<size_t>(i)]);
            }
            all = all && best * 2 >= span;
            sum += best;
        }
        if (all && sum > most) {
            most = sum;
            at = d;
        }
    }
    return at;
}

// The homography taking `from` to `to`, least squares over the points `use` (h33 = 1; page mm
// scaled by 1/100 and image px by 1/1000 for the solve's sake).
cv::Matx33d homography(const std::vector<cv::Point2d>& from, const std::vector<cv::Point2d>& to, const std::vector<char>& use)
{
    const int n = static_cast<int>(std::count(use.begin(), use.end(), 1));
    cv::Mat a(2 * n, 8, CV_64F, cv::Scalar(0)), b(2 * n, 1, CV_64F);
    int r = 0;
    for (size_t i = 0; i < from.size(); ++i) {
        if (!use[i])
            continue;
        const double x = from[i].x / 100, y = from[i].y / 100, u = to[i].x / 1000, v = to[i].y / 1000;
        const double rows[2][8] = {{x, y, 1, 0, 0, 0, -x * u, -y * u}, {0, 0, 0, x, y, 1, -x * v, -y * v}};
        for (int k = 0; k < 2; ++k, ++r) {
            for (int j = 0; j < 8; ++j)
                a.at<double>(r, j) = rows[k][j];
            b.at<double>(r) = k ? v : u;
        }
    }
    cv::Mat h;
    cv::solve(a, b, h, cv::DECOMP_SVD);
    const cv::Matx33d scaled(h.at<double>(0), h.at<double>(1), h.at<double>(2), h.at<double>(3), h.at<double>(4), h.at<double>(5), h.at<double>(6),
                             h.at<double>(7), 1);
    return cv::Matx33d(1000, 0, 0, 0, 1000, 0, 0, 0, 1) * scaled * cv::Matx33d(0.01, 0, 0, 0, 0.01, 0, 0, 0, 1);
}

} // namespace

std::optional<cv::Matx33d> fitToGrid(const cv::Mat& grey, const cv::Matx33d& toImage, const BallotPage& page, double ppm)
{
    const double margin = kSeek + 1, m = margin * ppm;
    const int seek = static_cast<int>(std::lround(kSeek * ppm));
    std::vector<cv::Point2d> onPage, seen; // a cell corner on the page, and where its lines were seen
    for (const BallotCell& c : page.cells) {
        const Box cell{c.mark.x, c.mark.y, c.mark.w, c.label.y + c.label.h - c.mark.y};
        const cv::Mat patch = cutOut(grey, toImage, cell, margin, ppm);
        cv::Mat ink;
        cv::compare(patch, inkLevel(patch), ink, cv::CMP_LT);
        // Rows across the cell's middle (2 mm in from its sides), columns down it (1 mm in).
        const int x0 = static_cast<int>(m + 2 * ppm), x1 = static_cast<int>(m + (cell.w - 2) * ppm);
        const int y0 = static_cast<int>(m + ppm), y1 = static_cast<int>(m + (cell.h - 1) * ppm);
        std::vector<int> rows(static_cast<size_t>(ink.rows)), columns(static_cast<size_t>(ink.cols), 0);
        for (int y = 0; y < ink.rows; ++y)
            rows[static_cast<size_t>(y)] = cv::countNonZero(ink.row(y).colRange(x0, x1));
        for (int y = y0; y < y1; ++y) {
            const uchar* p = ink.ptr<uchar>(y);
            for (int x = 0; x < ink.cols; ++x)
                columns[static_cast<size_t>(x)] += p[x] != 0;
        }
        const auto dy = offsetOf(rows, {m, m + c.mark.h * ppm, m + cell.h * ppm}, seek, x1 - x0);
        const auto dx = offsetOf(columns, {m, m + cell.w * ppm}, seek, y1 - y0);
        if (!dx || !dy)
            continue;
        // The cell's corners are where the transform puts the lines found.
        for (const auto& [x, y] : {std::pair{cell.x, cell.y}, {cell.x + cell.w, cell.y + cell.h}}) {
            onPage.emplace_back(x, y);
            seen.push_back(imagePoint(toImage, x + *dx / ppm, y + *dy / ppm));
        }
    }
    if (onPage.size() < 16)
        return std::nullopt;
    // Fitted to all, then again to those within 0.4 mm of the fit (a cell whose lines a mark
    // hid, found a pixel or two off), twice.
    const double within = 0.4 * scanPxPerMm(toImage);
    std::vector<char> use(onPage.size(), 1);
    cv::Matx33d h = homography(onPage, seen, use);
    for (int round = 0; round < 2; ++round) {
        for (size_t i = 0; i < onPage.size(); ++i)
            use[i] = cv::norm(imagePoint(h, onPage[i].x, onPage[i].y) - seen[i]) <= within;
        if (std::count(use.begin(), use.end(), 1) * 5 < static_cast<long>(onPage.size()) * 4)
            return std::nullopt;
        h = homography(onPage, seen, use);
    }
    return h;
}

} // namespace hx::scan
