// Who may fill a slot in a meeting now: the same checks the verbs make,
// asked of every person, so that a picker offers only those the rules allow.
#include "meeting_rules.hpp"

namespace hx {

std::vector<std::string> eligibleFor(const State& s, const Meeting& m, const std::string& slot)
{
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
