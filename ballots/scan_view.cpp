// Drawing a page's reading and cutting a cell out of it.
#include "scan_view.hpp"

#include "scan_files.hpp"
#include "scan_record.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace hx::scan {

PageView viewPage(const std::string& file, int page, const LayoutBook& book)
{
    PageView v;
    forEachPage(file, [&](ScannedPage&& p) {
        if (p.page == page)
            v.grey = std::move(p.grey);
    });
    if (v.grey.empty()) {
        v.result = unreadable(file, page);
        return v;
    }
    v.reading = readSheet(v.grey, book.finder());
    v.result = interpret(v.reading, book, file, page);
    return v;
}

namespace {

Box around(const BallotCell& c)
{
    const double x = std::min(c.mark.x, c.label.x), y = std::min(c.mark.y, c.label.y);
    const double right = std::max(c.mark.x + c.mark.w, c.label.x + c.label.w), bottom = std::max(c.mark.y + c.mark.h, c.label.y + c.label.h);
    return {x, y, right - x, bottom - y};
}

std::vector<cv::Point> corners(const cv::Matx33d& toImage, const Box& b)
{
    std::vector<cv::Point> out;
    for (const auto& [x, y] : {std::pair{b.x, b.y}, std::pair{b.x + b.w, b.y}, std::pair{b.x + b.w, b.y + b.h}, std::pair{b.x, b.y + b.h}}) {
        const cv::Point2d p = imagePoint(toImage, x, y);
        out.emplace_back(static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y)));
    }
    return out;
}

cv::Scalar colourOf(const std::string& mark)
{
    if (mark == "approve")
        return {60, 160, 40};
    if (mark == "oppose")
        return {40, 40, 210};
    if (mark == "unclear")
        return {0, 140, 255};
    return {170, 170, 170};
}

} // namespace

cv::Mat drawMarks(const PageView& v, const LayoutBook& book)
{
    cv::Mat out;
    if (v.grey.empty())
        return out;
    cv::cvtColor(v.grey, out, cv::COLOR_GRAY2BGR);
    const LayoutBook::Entry* e = v.reading.read && v.reading.layout ? book.entry(v.reading.layout->code) : nullptr;
    if (!e)
        return out;
    const std::string& grammar = e->marks;
    const int thick = std::max(2, static_cast<int>(std::lround(v.reading.pxPerMm / 3)));
    for (const auto& c : v.reading.cells) {
        const std::string mark = markOf(c.mark.shape, grammar);
        cv::polylines(out, std::vector<std::vector<cv::Point>>{corners(v.reading.toImage, c.cell->mark)}, true, colourOf(mark),
                      mark == "blank" ? 1 : thick, cv::LINE_AA);
        if (c.nameWritten) // where the name box was read
            cv::polylines(out, std::vector<std::vector<cv::Point>>{corners(v.reading.toImage, c.label)}, true, {200, 110, 30}, thick, cv::LINE_AA);
    }
    return out;
}

cv::Mat cutCell(const PageView& v, const std::string& candidate, int writeIn)
{
    if (!v.reading.read)
        return {};
    for (const auto& c : v.reading.cells) {
        const bool wanted = candidate.empty() ? c.cell->kind == "write_in" && c.cell->index == writeIn : c.cell->id == candidate;
        if (wanted)
            return cutOut(v.grey, v.reading.toImage, around(*c.cell), 3, 8);
    }
    return {};
}

Text taskText(const State& s, const ScanTask& t)
{
    const std::string zhBallot = "第 " + std::to_string(t.ballot + 1) + " 张选票", enBallot = "Ballot " + std::to_string(t.ballot + 1);
    switch (t.kind) {
    case ScanTask::Kind::Cell: {
        const Person* p = s.roster.find(t.candidate);
        const std::string name = p ? p->name : t.candidate;
        return {zhBallot + " · 候选人 " + name + "：标记不清，请监票人裁定", enBallot + " · candidate " + name + ": the mark is unclear; the scrutineers decide"};
    }
    case ScanTask::Kind::WriteInMark:
        return {zhBallot + " · 另选人格 " + std::to_string(t.writeIn) + "：标记不清，请监票人裁定",
                enBallot + " · write-in cell " + std::to_string(t.writeIn) + ": the mark is unclear; the scrutineers decide"};
    case ScanTask::Kind::WriteInName:
        return {zhBallot + " · 另选人格 " + std::to_string(t.writeIn) + "：请计票人看图录入所写姓名",
                enBallot + " · write-in cell " + std::to_string(t.writeIn) + ": a teller types the name written"};
    case ScanTask::Kind::Ballot:
        break;
    }
    const Text why = setAsideText(t.reason);
    return {zhBallot + "：已搁置——" + why.zh + "；请监票人看图读出，或认定不是本轮选票", enBallot + ": set aside — " + why.en
                                                                                              + "; the scrutineers read it from the image, or take it out as not a ballot of this round"};
}

cv::Mat taskImage(const ScanTask& t, const ScannedBallot& b, const std::string& store, const LayoutBook& book)
{
    for (const auto& [sha, page] : b.sheets) {
        const std::string file = keptImage(store, sha);
        if (file.empty())
            continue;
        const PageView v = viewPage(file, page, book);
        if (t.kind == ScanTask::Kind::Ballot)
            return v.grey;
        if (cv::Mat cut = cutCell(v, t.kind == ScanTask::Kind::Cell ? t.candidate : "", t.writeIn); !cut.empty())
            return cut;
    }
    return {};
}

} // namespace hx::scan
