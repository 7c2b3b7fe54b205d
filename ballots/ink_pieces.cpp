#include "ink_pieces.hpp"

#include <algorithm>

namespace hx::scan {

namespace {

int rootOf(std::vector<int>& parent, int i)
{
    while (parent[static_cast<size_t>(i)] != i)
        i = parent[static_cast<size_t>(i)] = parent[static_cast<size_t>(parent[static_cast<size_t>(i)])];
    return i;
}

void join(std::vector<int>& parent, int a, int b)
{
    a = rootOf(parent, a);
    b = rootOf(parent, b);
    if (a != b)
        parent[static_cast<size_t>(std::max(a, b))] = std::min(a, b);
}

} // namespace

Pieces piecesOf(const cv::Mat& mask)
{
    CV_Assert(mask.type() == CV_8U);
    Pieces out;
    std::vector<int> parent; // by run, then each run's piece
    size_t above = 0, aboveEnd = 0; // the row above's runs
    for (int y = 0; y < mask.rows; ++y) {
        const uchar* row = mask.ptr<uchar>(y);
        const size_t begin = out.runs.size();
        for (int x = 0; x < mask.cols;) {
            if (!row[x]) {
                ++x;
                continue;
            }
            const int from = x;
            while (x < mask.cols && row[x])
                ++x;
            const int run = static_cast<int>(out.runs.size());
            out.runs.push_back({y, from, x, run});
            parent.push_back(run);
            // Runs of the row above touching this one, diagonally too: [from - 1, x] against theirs.
            while (above < aboveEnd && out.runs[above].to < from)
                ++above;
            for (size_t k = above; k < aboveEnd && out.runs[k].from <= x; ++k)
                join(parent, run, static_cast<int>(k));
        }
        above = begin;
        aboveEnd = out.runs.size();
    }
    std::vector<int> piece(parent.size(), -1); // by root
    for (size_t i = 0; i < out.runs.size(); ++i) {
        Pieces::Run& r = out.runs[i];
        int& p = piece[static_cast<size_t>(rootOf(parent, static_cast<int>(i)))];
        if (p < 0) {
            p = static_cast<int>(out.area.size());
            out.area.push_back(0);
            out.bounds.emplace_back(r.from, r.y, r.to - r.from, 1);
        }
        r.piece = p;
        out.area[static_cast<size_t>(p)] += r.to - r.from;
        out.bounds[static_cast<size_t>(p)] |= cv::Rect(r.from, r.y, r.to - r.from, 1);
    }
    return out;
}

void paintPieces(const Pieces& pieces, const std::vector<uchar>& keep, cv::Mat into)
{
    into.setTo(0);
    for (const Pieces::Run& r : pieces.runs)
        if (keep[static_cast<size_t>(r.piece)])
            std::fill(into.ptr<uchar>(r.y) + r.from, into.ptr<uchar>(r.y) + r.to, 255);
}

} // namespace hx::scan
