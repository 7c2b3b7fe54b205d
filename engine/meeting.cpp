#include "meeting.hpp"

#include <algorithm>

namespace hx {

void Round::setCandidates(std::vector<std::string> ids)
{
    candidates = std::move(ids);
    position.clear();
    for (size_t i = 0; i < candidates.size(); ++i)
        position.emplace(candidates[i], i);
}

bool Scrutineers::isScrutineer(const std::string& id) const
{
    return id == chief || std::find(scrutineers.begin(), scrutineers.end(), id) != scrutineers.end();
}

bool Scrutineers::serves(const std::string& id) const
{
    if (isScrutineer(id))
        return true;
    for (size_t i = 0; i < tellers.size(); ++i)
        if (!tellerIsStaff[i] && tellers[i] == id)
            return true;
    return false;
}

bool Meeting::isExpected(const std::string& id) const
{
    return std::find(expected.begin(), expected.end(), id) != expected.end();
}

Contest* Meeting::contest(const std::string& id)
{
    for (auto& c : contests)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Contest* Meeting::contest(const std::string& id) const
{
    return const_cast<Meeting*>(this)->contest(id);
}

const Nomination* Meeting::nomination(const std::string& person) const
{
    for (const auto& n : nominations)
        if (n.person == person)
            return &n;
    return nullptr;
}

const Filing* Meeting::filing(const std::string& document) const
{
    for (const auto& f : filings)
        if (f.document == document)
            return &f;
    return nullptr;
}

} // namespace hx

namespace hx {

const CandidateList* Meeting::candidateList(const std::string& contest) const
{
    for (const auto& l : candidateLists)
        if (l.contest == contest)
            return &l;
    return nullptr;
}

const Approval* Meeting::approval(const std::string& document) const
{
    for (const auto& a : approvals)
        if (a.document == document)
            return &a;
    return nullptr;
}

} // namespace hx

namespace hx {

bool Meeting::absentUnexcused(const std::string& id) const
{
    return isExpected(id) && !attended.count(id) && !excused.count(id);
}

const Topic* Meeting::topic(const std::string& id) const
{
    for (const auto& t : topics)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace hx
