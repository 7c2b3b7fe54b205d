#include "scan_batch.hpp"

#include "agenda.hpp"

namespace hx::scan {

LayoutBook::LayoutBook(const State& state)
{
    for (const auto& [id, m] : state.meetings)
        for (const Contest& c : m.contests)
            for (const Round& r : c.rounds) {
                if (r.voting != "secret_ballot")
                    continue;
                Entry e{ballotLayout(state, m, c, r), m.id, c.id, c.office, r.number, &r == &c.current() && !r.closed, m.method.marks};
                const std::string code = e.layout.code;
                m_entries.emplace(code, std::move(e));
            }
}

const LayoutBook::Entry* LayoutBook::entry(const std::string& ballotCode) const
{
    auto it = m_entries.find(ballotCode);
    return it == m_entries.end() ? nullptr : &it->second;
}

LayoutFinder LayoutBook::finder() const
{
    return [this](const std::string& code) {
        const Entry* e = entry(code);
        return e ? &e->layout : nullptr;
    };
}

std::string markOf(Shape shape, const std::string& grammar)
{
    // RULE: RULES §4 Ballot marks — ○ approve, × oppose, no mark abstain; or √/×/〇; or filled boxes.
    if (shape == Shape::Blank)
        return "blank";
    if (grammar == "tick_cross_circle")
        return shape == Shape::Tick ? "approve" : shape == Shape::Cross ? "oppose" : shape == Shape::Circle ? "blank" : "unclear";
    if (grammar == "filled_boxes")
        return shape == Shape::Filled ? "approve" : "unclear";
    return shape == Shape::Circle ? "approve" : shape == Shape::Cross ? "oppose" : "unclear";
}

SheetResult unreadable(const std::string& file, int page)
{
    SheetResult r;
    r.file = file;
    r.page = page;
    r.reason = "unreadable";
    return r;
}

SheetResult interpret(const SheetReading& reading, const LayoutBook& book, const std::string& file, int page)
{
    SheetResult r;
    r.file = file;
    r.page = page;
    r.code = reading.code;
    if (!reading.read) {
        r.reason = reading.reason;
        return r;
    }
    const LayoutBook::Entry& e = *book.entry(reading.layout->code);
    r.meeting = e.meeting;
    r.contest = e.contest;
    r.office = e.office;
    r.round = e.round;
    r.sheet = reading.page->number;
    r.sheets = static_cast<int>(e.layout.pages.size());
    if (!e.open) {
        r.reason = "round_not_open";
        return r;
    }
    for (const CellReading& c : reading.cells) {
        const std::string mark = markOf(c.mark.shape, e.marks);
        r.unclear += mark == "unclear";
        if (c.cell->kind == "candidate")
            r.marks.emplace_back(c.cell->id, mark);
        else
            r.writeIns.push_back({c.cell->index, c.nameWritten, mark});
    }
    r.read = true;
    return r;
}

Text roundName(const SheetResult& r)
{
    const Text office = officeName(r.office);
    return {office.zh + "第" + std::to_string(r.round) + "轮", office.en + " round " + std::to_string(r.round)};
}

std::string roundKey(const SheetResult& r)
{
    return r.meeting + "|" + r.contest + "|" + std::to_string(r.round);
}

void Gathering::hold()
{
    if (m_expect == 0)
        return;
    ++held;
    m_partial.setAside = "held";
    gathered.push_back(std::move(m_partial));
    m_partial = {};
    m_expect = 0;
}

void Gathering::add(const SheetResult& r)
{
    const size_t at = m_next++;
    const bool ofOtherRound = r.read && !m_target.empty() && roundKey(r) != m_target;
    if (!r.read || ofOtherRound) {
        ++setAside;
        hold();
        gathered.push_back({{at}, ofOtherRound ? "other_round" : r.reason});
        return;
    }
    ++read;
    unclear += r.unclear;
    const std::string code = r.code.substr(0, r.code.rfind('|'));
    if (r.sheet == 1) {
        hold(); // the previous ballot stopped short
        m_open = code;
        m_expect = 1;
    }
    if (code != m_open || r.sheet != m_expect) { // a sheet out of its ballot's order
        hold();
        ++held;
        gathered.push_back({{at}, "held"});
        return;
    }
    m_partial.sheets.push_back(at);
    if (r.sheet == r.sheets) {
        ++ballots;
        gathered.push_back(std::move(m_partial));
        m_partial = {};
        m_expect = 0;
    } else {
        ++m_expect;
    }
}

void Gathering::finish()
{
    hold();
}

nlohmann::json toJson(const SheetResult& r)
{
    nlohmann::json marks = nlohmann::json::object(), writeIns = nlohmann::json::array();
    for (const auto& [id, mark] : r.marks)
        marks[id] = mark;
    for (const auto& w : r.writeIns)
        writeIns.push_back({{"index", w.index}, {"name_written", w.nameWritten}, {"mark", w.mark}});
    nlohmann::json j = {{"file", r.file}, {"page", r.page}, {"status", r.read ? "read" : "rejected"}, {"reason", r.reason},
                        {"code", r.code}, {"meeting", r.meeting}, {"contest", r.contest}, {"round", r.round}, {"sheet", r.sheet},
                        {"marks", marks}, {"write_ins", writeIns}};
    return j;
}

Text setAsideText(const std::string& reason)
{
    if (reason == "unreadable")
        return {"无法打开图像", "the image cannot be opened"};
    if (reason == "no_marks")
        return {"找不到四角的定位标记（不是会选的选票，或扫描歪斜、缺角）", "the four corner marks are not found (not a Huixuan ballot, or scanned askew or cut off)"};
    if (reason == "cut_off")
        return {"选票有格子在扫描图像之外（把选票放正后重新扫描）", "cells lie outside the scanned image: lay the sheet straight and scan it again"};
    if (reason == "no_code")
        return {"找到了定位标记，但读不出选票上的二维码", "the corner marks are found but the ballot's code cannot be read"};
    if (reason == "unknown_code")
        return {"不是本工作区这一轮的选票（其他工作区、其他轮次或修改前印制的）", "not a ballot of a round of this workspace (another workspace, round or an earlier draft)"};
    if (reason == "round_not_open")
        return {"是不在计票中的一轮的选票", "a ballot of a round that is not being counted"};
    if (reason == "other_round")
        return {"是另一轮或另一项选举的选票", "a ballot of another round or contest"};
    if (reason == "held")
        return {"多页选票的各页没有依次到齐", "the sheets of a ballot of several did not all arrive in turn"};
    return {reason, reason};
}

Text reasonText(const SheetResult& r)
{
    if (r.reason == "unknown_code")
        return {setAsideText(r.reason).zh + "：" + r.code, setAsideText(r.reason).en + ": " + r.code};
    if (r.reason == "round_not_open")
        return {"这是" + roundName(r).zh + "的选票，该轮不在计票中", "a ballot of " + roundName(r).en + ", which is not being counted"};
    return setAsideText(r.reason);
}

} // namespace hx::scan
