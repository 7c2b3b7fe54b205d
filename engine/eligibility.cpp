// Who may fill a slot in a meeting now: the same checks the verbs make,
// asked of every person, so that a picker offers only those the rules allow.
#include "meeting_rules.hpp"

namespace hx {

std::vector<std::string> eligibleFor(const State& s, const Meeting& m, const std::string& slot)
{
    // RULE: RULES §1 Bodies — the first plenary is convened and presided by the new executives.
    if (slot == "new_executive") {
        std::vector<std::string> elected;
        for (const Contest& c : m.contests)
            if (c.office == "executive")
                elected.insert(elected.end(), c.elected.begin(), c.elected.end());
        return elected;
    }
    const std::vector<std::string>& pool = slot == "scrutineer" ? m.expected : s.roster.order();
    std::vector<std::string> out;
    for (const auto& id : pool) {
        const bool ok = slot == "candidate"    ? candidateProblem(s, m, id).empty()
                        : slot == "scrutineer" ? scrutineerProblem(s, m, id).empty()
                                               : true;
        if (ok)
            out.push_back(id);
    }
    return out;
}

} // namespace hx
