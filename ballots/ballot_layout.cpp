#include "ballot_layout.hpp"

#include "sha256.hpp"

namespace hx {

namespace {

constexpr double kCellW = 21, kMarkH = 11, kNameH = 11, kGap = 3; // mm
constexpr double kMarkSize = 6, kMarkInset = 8;                    // registration squares, mm
constexpr double kHeader = 70;                                     // mm above the grid on the first sheet
constexpr double kMargin = 15;                                     // mm

nlohmann::json boxJson(const Box& b)
{
    return nlohmann::json::array({b.x, b.y, b.w, b.h});
}

nlohmann::json pagesJson(const BallotLayout& l)
{
    nlohmann::json pages = nlohmann::json::array();
    for (const auto& p : l.pages) {
        nlohmann::json cells = nlohmann::json::array();
        for (const auto& c : p.cells)
            cells.push_back({{"kind", c.kind}, {"index", c.index}, {"id", c.id}, {"name", c.name}, {"mark", boxJson(c.mark)}, {"label", boxJson(c.label)}});
        pages.push_back({{"number", p.number}, {"code", p.code}, {"qr", boxJson(p.qr)}, {"cells", cells}});
    }
    return pages;
}

} // namespace

std::vector<Box> registrationMarks(double width, double height)
{
    const double far = kMarkInset + kMarkSize;
    return {{kMarkInset, kMarkInset, kMarkSize, kMarkSize}, {width - far, kMarkInset, kMarkSize, kMarkSize},
            {kMarkInset, height - far, kMarkSize, kMarkSize}, {width - far, height - far, kMarkSize, kMarkSize}};
}

Box codeBox(double height)
{
    return {kMargin, height - kMargin - 32, 22, 22};
}

BallotLayout layoutBallot(const std::string& origin, const std::string& meeting, const Contest& contest, const Round& round,
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
    l.registration = registrationMarks(l.width, l.height);
    const double rowH = kMarkH + kNameH + kGap;
    const double footer = 40; // seal area and code on the last page
    const double left = l.margin + ((l.width - 2 * l.margin) - l.columns * kCellW) / 2;
    BallotPage page{1, l.margin + headerHeight, {}, {}, {}};
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
            page = BallotPage{static_cast<int>(l.pages.size()) + 1, l.margin + 22, {}, {}, {}};
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
        p.qr = codeBox(l.height);
    const std::string what = origin + "\n" + meeting + "\n" + contest.id + "\n" + std::to_string(round.number) + "\n"
                             + std::to_string(round.seats) + "\n" + l.paper + "\n" + pagesJson(l).dump();
    l.digest = sha256Hex(what).substr(0, 12);
    l.code = "HXB2|" + meeting + "|" + contest.id + "|r" + std::to_string(round.number) + "|" + l.digest;
    for (auto& p : l.pages)
        p.code = l.code + "|" + std::to_string(p.number) + "/" + std::to_string(l.pages.size());
    return l;
}

BallotLayout ballotLayout(const State& state, const Meeting& meeting, const Contest& contest, const Round& round)
{
    std::vector<std::string> names;
    for (const auto& id : round.candidates)
        names.push_back(state.nameOf(id));
    return layoutBallot(state.origin, meeting.parent.empty() ? meeting.id : meeting.parent, contest, round, names, kHeader);
}

nlohmann::json toJson(const BallotLayout& l)
{
    nlohmann::json marks = nlohmann::json::array();
    for (const Box& b : l.registration)
        marks.push_back(boxJson(b));
    return {{"format", "huixuan-ballot-geometry/2"}, {"paper", l.paper}, {"size_mm", {l.width, l.height}},
            {"code", l.code}, {"digest", l.digest}, {"columns", l.columns}, {"registration", marks}, {"pages", pagesJson(l)}};
}

} // namespace hx
