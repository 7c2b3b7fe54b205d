#include "ballot_layout.hpp"

namespace hx {

namespace {

constexpr double kCellW = 21, kMarkH = 11, kNameH = 11, kGap = 3; // mm

} // namespace

BallotLayout layoutBallot(const std::string& meeting, const Contest& contest, const Round& round,
                          const std::vector<std::string>& names, double headerHeight)
{
    BallotLayout l;
    const size_t cells = round.candidates.size() + static_cast<size_t>(round.seats);
    // A4 while it stays legible on one or two pages; A3 beyond.
    const bool a3 = cells > 64;
    l.paper = a3 ? "A3" : "A4";
    l.width = a3 ? 297 : 210;
    l.height = a3 ? 420 : 297;
    l.columns = static_cast<int>((l.width - 2 * l.margin) / kCellW);
    l.code = "HXB1|" + meeting + "|" + contest.id + "|r" + std::to_string(round.number) + "|v1";
    const double rowH = kMarkH + kNameH + kGap;
    const double footer = 40; // seal area and code on the last page
    const double left = l.margin + ((l.width - 2 * l.margin) - l.columns * kCellW) / 2;
    BallotPage page{1, l.margin + headerHeight, {}, {}};
    double y = page.gridTop;
    int col = 0;
    for (size_t i = 0; i < cells; ++i) {
        if (col == l.columns) {
            col = 0;
            y += rowH;
        }
        if (y + rowH > l.height - l.margin - footer) {
            l.pages.push_back(std::move(page));
            // A later sheet repeats the title and the contest above its grid.
            page = BallotPage{static_cast<int>(l.pages.size()) + 1, l.margin + 22, {}, {}};
            y = page.gridTop;
            col = 0;
        }
        BallotCell c;
        const bool candidate = i < round.candidates.size();
        c.kind = candidate ? "candidate" : "write_in";
        c.index = candidate ? static_cast<int>(i) + 1 : static_cast<int>(i - round.candidates.size()) + 1;
        if (candidate) {
            c.id = round.candidates[i];
            c.name = names[i];
        }
        const double x = left + col * kCellW;
        c.mark = {x, y, kCellW, kMarkH};
        c.label = {x, y + kMarkH, kCellW, kNameH};
        page.cells.push_back(c);
        ++col;
    }
    l.pages.push_back(std::move(page));
    for (auto& p : l.pages)
        p.code = l.code + "|" + std::to_string(p.number) + "/" + std::to_string(l.pages.size());
    return l;
}

nlohmann::json toJson(const BallotLayout& l)
{
    auto box = [](const Box& b) { return nlohmann::json::array({b.x, b.y, b.w, b.h}); };
    nlohmann::json pages = nlohmann::json::array();
    for (const auto& p : l.pages) {
        nlohmann::json cells = nlohmann::json::array();
        for (const auto& c : p.cells)
            cells.push_back({{"kind", c.kind}, {"index", c.index}, {"id", c.id}, {"name", c.name}, {"mark", box(c.mark)}, {"label", box(c.label)}});
        pages.push_back({{"number", p.number}, {"code", p.code}, {"cells", cells}});
    }
    return {{"format", "huixuan-ballot-geometry/1"}, {"paper", l.paper}, {"size_mm", {l.width, l.height}},
            {"code", l.code}, {"columns", l.columns}, {"pages", pages}};
}

} // namespace hx
