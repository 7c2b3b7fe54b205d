#include "counting.hpp"

#include "command.hpp"

#include <algorithm>
#include <cassert>
#include <cstdio>

namespace hx {

namespace {

struct Entry {
    std::string id;
    long long approve = 0;
    long long oppose = 0;
    size_t position = 0; // ballot order, then write-ins
};

std::vector<Entry> entries(const Round& r)
{
    std::vector<Entry> out;
    for (size_t i = 0; i < r.candidates.size(); ++i)
        out.push_back({r.candidates[i], r.tallies[i].approve, r.tallies[i].oppose, i});
    for (const auto& [name, n] : r.writeIns)
        out.push_back({writeInId(name), n, 0, out.size()});
    return out;
}

void byApprovals(std::vector<Entry>& v)
{
    std::stable_sort(v.begin(), v.end(), [](const Entry& a, const Entry& b) { return a.approve > b.approve; });
}

std::vector<std::string> ids(const std::vector<Entry>& v)
{
    std::vector<std::string> out;
    for (const auto& e : v)
        out.push_back(e.id);
    return out;
}

// Splits the group tied at the last seat: the elected part and the tie that remains.
void settleTie(RoundOutcome& out, std::vector<Entry> atCut, size_t remaining, const Method& m)
{
    if (m.tie == "fewer_oppose_then_revote") {
        // RULE: RULES §4 Tie — alternative: fewer oppositions first, then re-vote.
        std::stable_sort(atCut.begin(), atCut.end(), [](const Entry& a, const Entry& b) { return a.oppose < b.oppose; });
        const long long cut = atCut[remaining - 1].oppose;
        std::vector<Entry> still;
        for (const auto& e : atCut)
            if (e.oppose < cut)
                out.elected.push_back(e.id);
            else if (e.oppose == cut)
                still.push_back(e);
        remaining -= static_cast<size_t>(std::count_if(atCut.begin(), atCut.end(), [&](const Entry& e) { return e.oppose < cut; }));
        if (still.size() == remaining) {
            for (const auto& e : still)
                out.elected.push_back(e.id);
            out.outcome = "complete";
            return;
        }
        atCut = still;
    }
    // RULE: RULES §4 Tie — re-vote among the tied for the remaining seats.
    out.outcome = "tie";
    out.tied = ids(atCut);
}

} // namespace

Text voidReasonText(const std::string& reason)
{
    if (reason == "无法辨认")
        return {reason, "illegible"};
    long long marked = 0, seats = 0;
    int used = 0;
    if (std::sscanf(reason.c_str(), "赞成人数（%lld）超过应选名额（%lld）%n", &marked, &seats, &used) == 2 && used == static_cast<int>(reason.size()))
        return {reason, std::to_string(marked) + " approvals for " + std::to_string(seats) + " seats"};
    return {reason, reason};
}

std::string writeInId(const std::string& name)
{
    return "write_in:" + name;
}

BallotGroup judgeBallot(const Round& r, const BallotInput& in, const Method& m)
{
    BallotGroup g;
    g.count = in.count;
    if (in.count < 1)
        refuse({"选票张数应为正整数", "a ballot count must be a positive whole number"});
    if (in.isVoid) {
        g.isVoid = true;
        g.voidReason = in.reason.empty() ? "无法辨认" : in.reason;
        return g;
    }
    g.marks.assign(r.candidates.size(), '.');
    for (const auto& [list, mark] : {std::pair{&in.approve, 'A'}, std::pair{&in.oppose, 'O'}})
        for (const auto& id : *list) {
            const auto at = r.position.find(id);
            if (at == r.position.end())
                refuse({"选票上没有这位候选人：" + id, "no such candidate on this ballot: " + id});
            if (g.marks[at->second] != '.')
                refuse({"同一张选票对候选人 " + id + " 重复标记", "candidate " + id + " is marked twice on one ballot"});
            g.marks[at->second] = mark;
        }
    for (const auto& [name, mark] : in.writeIns)
        if (mark != "approve" && mark != "none")
            refuse({"另选人的标记应为 approve 或 none：" + mark, "a write-in's mark must be approve or none: " + mark});

    // RULE: RULES §4 Ballot valid — approvals, marked write-ins included, may not exceed
    // the seats, counted on the ballot as marked: every ○, before any rule that voids a part.
    const long long marked = static_cast<long long>(std::count(g.marks.begin(), g.marks.end(), 'A'))
                             + static_cast<long long>(std::count_if(in.writeIns.begin(), in.writeIns.end(),
                                   [&](const auto& w) { return w.second == "approve" || !m.writeInNeedsMark; }));
    if (marked > r.seats)
        return BallotGroup{in.count, {}, {}, true,
                           "赞成人数（" + std::to_string(marked) + "）超过应选名额（" + std::to_string(r.seats) + "）"};

    // The whole ballot stands; now its parts.
    const long long oppositions = static_cast<long long>(std::count(g.marks.begin(), g.marks.end(), 'O'));
    for (const auto& [name, mark] : in.writeIns) {
        // RULE: RULES §4 Ballot marks — a write-in without ○ is void (that part only).
        if (mark == "none" && m.writeInNeedsMark)
            continue;
        // RULE: RULES §4 Ballot marks — only a voter who opposes may write in:
        // write-ins beyond the oppositions on the ballot are void (that part only).
        if (static_cast<long long>(g.writeIns.size()) >= oppositions)
            continue;
        if (name.empty() || std::find(g.writeIns.begin(), g.writeIns.end(), name) != g.writeIns.end())
            continue;
        g.writeIns.push_back(name);
    }
    return g;
}

void tallyGroup(Round& r, const BallotGroup& g)
{
    // RULE: RULES §4 Ballot marks — void and blank ballots both count as returned;
    // blank ballots are valid, every candidate abstained.
    if (g.isVoid) {
        r.voided += g.count;
        return;
    }
    r.valid += g.count;
    for (size_t i = 0; i < g.marks.size(); ++i) {
        Tally& t = r.tallies[i];
        (g.marks[i] == 'A' ? t.approve : g.marks[i] == 'O' ? t.oppose : t.abstain) += g.count;
    }
    for (const auto& name : g.writeIns)
        r.writeIns[name] += g.count;
}

void untallyGroup(Round& r, const BallotGroup& g)
{
    BallotGroup negative = g;
    negative.count = -g.count;
    tallyGroup(r, negative);
    for (const auto& name : g.writeIns)
        if (r.writeIns[name] == 0)
            r.writeIns.erase(name);
}

std::vector<size_t> tellerPositions(const Round& r)
{
    const auto n = static_cast<size_t>(r.returned.value_or(0));
    const auto k = static_cast<size_t>(r.scanSample);
    std::vector<size_t> out;
    if (!r.scanned.empty() && k > 0 && k < n)
        for (size_t i = 0; i < k; ++i)
            out.push_back(i * n / k);
    else
        for (size_t i = 0; i < n; ++i)
            out.push_back(i);
    return out;
}

std::vector<std::pair<size_t, size_t>> comparedEntries(const Round& r)
{
    std::vector<std::pair<size_t, size_t>> out;
    const auto positions = tellerPositions(r);
    for (size_t i = 0; i < r.pendingA.size() && i < positions.size(); ++i)
        if (positions[i] < r.pendingB.size())
            out.emplace_back(i, positions[i]);
    return out;
}

std::vector<size_t> entryDifferences(const Round& r)
{
    std::vector<size_t> out;
    for (const auto& [a, b] : comparedEntries(r))
        if (!(r.pendingA[a] == r.pendingB[b]) && !r.settled.count(b))
            out.push_back(b);
    return out;
}

RoundOutcome countRound(const Round& r, const Method& m)
{
    assert(r.outcome != "void");
    std::vector<Entry> all = entries(r);
    std::vector<Entry> qualified;
    // RULE: RULES §4 Election threshold — approvals must reach the threshold (超过半数 of the base).
    for (const auto& e : all)
        if (e.approve >= r.threshold)
            qualified.push_back(e);
    byApprovals(qualified);
    RoundOutcome out;
    const size_t seats = static_cast<size_t>(r.seats);
    if (qualified.size() <= seats) {
        out.elected = ids(qualified);
        // RULE: RULES §4 Shortfall — fewer reach the threshold than there are seats.
        out.outcome = qualified.size() == seats ? "complete" : "shortfall";
        return out;
    }
    // RULE: RULES §4 Surplus — more qualify than seats: rank by approvals, fill the seats.
    const long long cut = qualified[seats - 1].approve;
    std::vector<Entry> atCut;
    for (const auto& e : qualified)
        if (e.approve > cut)
            out.elected.push_back(e.id);
        else if (e.approve == cut)
            atCut.push_back(e);
    const size_t remaining = seats - out.elected.size();
    if (atCut.size() == remaining) {
        for (const auto& e : atCut)
            out.elected.push_back(e.id);
        out.outcome = "complete";
        return out;
    }
    settleTie(out, atCut, remaining, m);
    return out;
}

NextRound nextRound(const Contest& c, const Method& m)
{
    const Round& r = c.current();
    if (!r.closed)
        refuse({"本轮计票尚未结束", "this round's count is not closed"});
    const int left = c.seats - static_cast<int>(c.elected.size());
    if (r.outcome == "complete" || left <= 0)
        refuse({"本选举事项已选满，无需再投票", "the seats are filled; no further round"});
    // RULE: FORMAT.md Rounds — a void election is repeated with the same candidates.
    if (r.outcome == "void")
        return {"repeat", r.seats, r.candidates};
    // RULE: RULES §4 Tie — the tie round has the tied candidates for the remaining seats.
    if (r.outcome == "tie")
        return {"tie", left, r.tied};
    if (m.shortfall == "none")
        refuse({"选举办法规定当选人数不足时不另行选举", "the method holds no further round after a shortfall"});
    if (m.shortfall == "reduce_seats")
        refuse({"选举办法规定当选人数不足时减少名额，请记录减额决定", "the method reduces the seats after a shortfall; record the decision"});
    // RULE: RULES §4 Shortfall — supplementary round: the unelected of the round just
    // counted, ranked by its approvals, seats left + margin of them, with any tied with the last.
    std::vector<Entry> pool;
    for (const auto& e : entries(r))
        if (e.position < r.candidates.size() && std::find(c.elected.begin(), c.elected.end(), e.id) == c.elected.end())
            pool.push_back(e);
    byApprovals(pool);
    const size_t want = static_cast<size_t>(left + m.supplementaryMargin);
    std::vector<std::string> chosen;
    for (size_t i = 0; i < pool.size(); ++i)
        if (i < want || pool[i].approve == pool[want - 1].approve)
            chosen.push_back(pool[i].id);
    if (chosen.empty())
        refuse({"没有可以另行选举的候选人", "no candidates are left for a supplementary round"});
    return {"supplementary", left, chosen};
}

Text outcomeName(const std::string& outcome)
{
    if (outcome == "complete")
        return {"选足应选名额", "seats filled"};
    if (outcome == "shortfall")
        return {"当选人数不足应选名额", "fewer elected than seats"};
    if (outcome == "tie")
        return {"末位得票相等，需再次投票", "a tie for the last seat"};
    if (outcome == "void")
        return {"收回选票多于发出选票，选举无效", "void: more returned than issued"};
    return {"计票未结束", "count in progress"};
}

bool contestConcluded(const Contest& c, const Method& m)
{
    if (c.rounds.empty() || !c.current().closed)
        return false;
    if (static_cast<int>(c.elected.size()) >= c.seats)
        return true;
    const std::string& o = c.current().outcome;
    if (o != "shortfall")
        return false;
    if (m.shortfall == "none")
        return true;
    if (m.shortfall == "supplementary") {
        try {
            (void)nextRound(c, m);
            return false;
        } catch (const Refused&) {
            return true;
        }
    }
    return false; // reduce_seats: waits for the recorded decision
}

} // namespace hx
