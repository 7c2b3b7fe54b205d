// The register and a regular executive meeting as parts of result.json.
#include "register_json.hpp"

#include <algorithm>

namespace hx {

std::string latestDate(const State& s)
{
    std::string latest;
    auto see = [&](const std::string& d) { latest = std::max(latest, d.substr(0, 10)); };
    for (const auto& [id, m] : s.meetings)
        see(m.date);
    for (const auto& [id, e] : s.executives.executives) {
        for (const auto& c : e.history)
            see(c.date), see(c.approval.date);
        for (const auto& d : e.duties)
            see(d.date);
    }
    return latest;
}

Ordered registerJson(const State& s, const std::string& asOf)
{
    const Register& reg = s.executives;
    Ordered j;
    j["as_of"] = asOf;
    j["size"] = reg.size();
    const SizeRange range = sizeRange(s.federation ? s.federation->kind : "");
    j["range"] = {range.low, range.high};
    j["serving"] = Ordered::array();
    for (const auto& id : reg.serving()) {
        const Executive& e = *reg.find(id);
        j["serving"].push_back({{"id", id}, {"name", s.nameOf(id)}, {"since", e.since},
                                {"offices", std::vector<std::string>(e.offices.begin(), e.offices.end())}});
    }
    j["history"] = Ordered::array();
    for (const auto& id : reg.order)
        for (const auto& c : reg.find(id)->history) {
            Ordered h = {{"person", id}, {"date", c.date}, {"kind", c.kind}};
            for (auto [key, value] : {std::pair{"reason", &c.reason}, {"office", &c.office}, {"meeting", &c.meeting},
                                      {"replaces", &c.replaces}, {"approved", &c.approval.date}})
                if (!value->empty())
                    h[key] = *value;
            j["history"].push_back(h);
        }
    j["proposals"] = Ordered::array();
    for (const auto& p : withdrawalProposals(s))
        j["proposals"].push_back({{"person", p.person}, {"grounds", p.grounds}, {"evidence", p.evidence}});
    j["overdue"] = Ordered::array();
    for (const auto& o : overdueDuties(s, asOf))
        j["overdue"].push_back({{"person", o.person}, {"duty", o.duty}, {"period", o.period}});
    j["unreported_terminations"] = reg.unreported;
    if (const MeetingCadence cadence = executiveMeetingCadence(s, asOf); !cadence.last.empty())
        j["executive_meetings"] = {{"last", cadence.last}, {"due", cadence.due}, {"overdue", cadence.overdue}};
    return j;
}

void addExecutiveMeeting(const State& s, const Meeting& m, Ordered& j)
{
    if (m.closed)
        j["closed"] = true;
    if (m.closed && !s.executives.empty()) {
        j["absent_without_leave"] = Ordered::array();
        for (const auto& id : m.expected)
            if (absentWithoutLeave(m, id))
                j["absent_without_leave"].push_back(id);
    }
    if (m.kind != "executive_meeting")
        return;
    if (!m.topics.empty())
        j["topics"] = Ordered::array();
    for (const auto& t : m.topics) {
        Ordered tj = {{"id", t.id}, {"title", t.title}, {"source", t.source}};
        if (t.deliberated) {
            tj["outcome"] = t.outcome;
            tj["by"] = t.by;
            if (t.by == "show_of_hands")
                tj.update({{"approve", t.approve}, {"oppose", t.oppose}, {"abstain", t.abstain}});
        }
        if (!t.feedback.empty())
            tj["feedback"] = t.feedback;
        j["topics"].push_back(tj);
    }
    Ordered reports = Ordered::array(), reviews = Ordered::object();
    for (const auto& id : s.executives.order) {
        const Executive& e = *s.executives.find(id);
        for (const auto& r : e.reports)
            if (r.meeting == m.id)
                reports.push_back({{"person", id}, {"form", r.form}});
        for (const auto& r : e.reviews)
            if (r.meeting == m.id)
                reviews[id] = r.result;
    }
    if (!reports.empty())
        j["duty_reports"] = reports;
    if (!reviews.empty())
        j["reviews"] = reviews;
}

} // namespace hx
