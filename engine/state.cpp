#include "state.hpp"

#include <mutex>

namespace hx {

void registerRosterVerbs();
void registerMeetingVerbs();
void registerContestVerbs();
void registerPreparationVerbs();
void registerFilingVerbs();
void registerEntryVerbs();
void registerScanVerbs();
void registerRegisterVerbs();
void registerExecutiveMeetingVerbs();
void registerCorrectionVerbs();

void registerEngineVerbs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        registerRosterVerbs();
        registerMeetingVerbs();
        registerContestVerbs();
        registerPreparationVerbs();
        registerFilingVerbs();
        registerEntryVerbs();
        registerScanVerbs();
        registerRegisterVerbs();
        registerExecutiveMeetingVerbs();
        registerCorrectionVerbs();
    });
}

const Meeting* State::meeting(const std::string& id) const
{
    auto it = meetings.find(id);
    return it == meetings.end() ? nullptr : &it->second;
}

std::string State::nameOf(const std::string& id) const
{
    if (const Person* p = roster.find(id))
        return p->name;
    if (id.starts_with("write_in:"))
        return id.substr(9);
    return id;
}

} // namespace hx
