#include "result_json.hpp"

#include "command.hpp"
#include "counting.hpp"
#include "journal.hpp"
#include "register_json.hpp"
#include "strokes.hpp"

#include <algorithm>

namespace hx {

namespace {

Ordered roundJson(const State& s, const Round& r)
{
    Ordered j;
    j["number"] = r.number;
    j["kind"] = r.kind;
    j["seats"] = r.seats;
    j["voting"] = r.voting;
    j["expected"] = r.expected;
    j["present"] = r.present;
    j["quorum"] = r.quorum;
    if (r.voting == "secret_ballot") {
        j["issued"] = r.issued ? Ordered(*r.issued) : Ordered();
        j["returned"] = r.returned ? Ordered(*r.returned) : Ordered();
        j["valid"] = r.valid;
        j["void"] = r.voided;
    }
    j["threshold"] = r.threshold;
    j["candidates"] = Ordered::array();
    for (size_t i = 0; i < r.candidates.size(); ++i)
        j["candidates"].push_back({{"id", r.candidates[i]}, {"name", s.nameOf(r.candidates[i])},
                                   {"approve", r.tallies[i].approve}, {"oppose", r.tallies[i].oppose},
                                   {"abstain", r.tallies[i].abstain}});
    std::vector<std::pair<std::string, long long>> w(r.writeIns.begin(), r.writeIns.end());
    std::stable_sort(w.begin(), w.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    j["write_ins"] = Ordered::array();
    for (const auto& [name, n] : w)
        j["write_ins"].push_back({{"name", name}, {"approve", n}});
    j["elected"] = r.elected;
    j["outcome"] = r.closed ? Ordered(r.outcome) : Ordered();
    if (!r.tied.empty())
        j["tied"] = r.tied;
    if (!r.voidReason.empty())
        j["void_reason"] = r.voidReason;
    if (!r.signedBy.empty())
        j["signed_by"] = r.signedBy;
    return j;
}

// The round the rules propose next, for the chair to decide on; null when none.
Ordered proposal(const Meeting& m, const Contest& c)
{
    if (c.concluded || c.rounds.empty() || !c.current().closed)
        return nullptr;
    try {
        NextRound n = nextRound(c, m.method);
        return {{"kind", n.kind}, {"seats", n.seats}, {"candidates", n.candidates}};
    } catch (const Refused& r) {
        return {{"none", r.reason.zh}};
    }
}

Ordered meetingJson(const State& s, const Meeting& m, const std::vector<StepRefusal>& refusals)
{
    Ordered j;
    j["id"] = m.kind == "first_plenary" ? "first_plenary" : m.id;
    j["kind"] = m.kind;
    if (!m.title.empty())
        j["title"] = m.title;
    if (!m.date.empty())
        j["date"] = m.date;
    j["expected"] = m.expected.size();
    j["present"] = m.present.size();
    j["excused"] = m.excused.size();
    j["method"] = Ordered::parse(canonical(toJson(m.method)));
    j["contests"] = Ordered::array();
    for (const auto& c : m.contests) {
        Ordered cj;
        cj["id"] = c.id;
        cj["office"] = c.office;
        cj["seats"] = c.seats;
        if (c.seats != c.originalSeats)
            cj["seats_reduced_from"] = c.originalSeats, cj["seats_reduced_by"] = c.seatReductionBy;
        if (c.orderOverridden)
            cj["order_decided_by"] = c.orderDecidedBy;
        cj["rounds"] = Ordered::array();
        for (const auto& r : c.rounds)
            cj["rounds"].push_back(roundJson(s, r));
        cj["elected"] = Ordered::array();
        for (const auto& id : announcedOrder(s, m, c))
            cj["elected"].push_back({{"id", id}, {"name", s.nameOf(id)}});
        cj["announced"] = c.announced;
        if (Ordered next = proposal(m, c); !next.is_null())
            cj["proposed_round"] = next;
        j["contests"].push_back(cj);
    }
    for (const auto& f : m.filings)
        j["filings"][f.document] = {{"number", f.number}, {"signer", f.signer}, {"date", f.date}, {"copies_to", f.copiesTo},
                                    {"contact", f.contact}, {"phone", f.phone}};
    if (const Meeting* p = s.meeting(m.plenary))
        j["first_plenary"] = meetingJson(s, *p, refusals);
    addExecutiveMeeting(s, m, j);
    for (const auto& r : refusals)
        if (r.meeting == m.id)
            j["refused"] = {{"step", r.step}, {"reason", r.reason.zh}};
    return j;
}

} // namespace

std::vector<std::string> announcedOrder(const State& s, const Meeting& m, const Contest& c)
{
    // RULE: RULES §5 Order — chair and vice-chairs in the order the party organisation approved.
    if (c.office == "chair" || c.office == "vice_chair") {
        std::vector<std::string> out;
        for (const auto& id : c.givenOrder)
            if (std::find(c.elected.begin(), c.elected.end(), id) != c.elected.end())
                out.push_back(id);
        for (const auto& id : c.elected)
            if (std::find(out.begin(), out.end(), id) == out.end())
                out.push_back(id);
        return out;
    }
    // RULE: RULES §5 Order — elected lists in surname-stroke order.
    std::vector<NamedItem> named;
    for (const auto& id : c.elected)
        named.push_back({id, s.nameOf(id)});
    return strokeOrder(named, m.method.nameOrder).ids;
}

std::vector<std::string> topLevelMeetings(const State& state)
{
    std::vector<std::string> out;
    for (const auto& id : state.meetingOrder)
        if (state.meetings.at(id).kind != "first_plenary")
            out.push_back(id);
    return out;
}

Ordered resultJson(const State& state, const std::vector<std::string>& meetings,
                const std::vector<StepRefusal>& refusals, const std::string& journalHead)
{
    Ordered j;
    j["format"] = "huixuan-result/1";
    j["meetings"] = Ordered::array();
    for (const auto& id : meetings)
        if (const Meeting* m = state.meeting(id))
            j["meetings"].push_back(meetingJson(state, *m, refusals));
    if (!state.executives.empty()) {
        j["register"] = registerJson(state, latestDate(state));
        for (const auto& r : refusals)
            if (!state.meeting(r.meeting))
                j["register"]["refused"] = {{"entry", r.meeting}, {"step", r.step}, {"reason", r.reason.zh}};
    }
    j["journal_head"] = journalHead;
    return j;
}

std::string resultText(const Ordered& result)
{
    return result.dump(1, ' ', false, Ordered::error_handler_t::strict) + "\n";
}

} // namespace hx
