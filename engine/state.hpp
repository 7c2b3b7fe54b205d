#pragma once
// The state of a workspace: a fold of its journal's events.
#include "meeting.hpp"
#include "register.hpp"
#include "roster.hpp"

#include <map>
#include <optional>

namespace hx {

struct State {
    std::optional<Federation> federation;
    Roster roster;
    std::map<std::string, Meeting> meetings;
    std::vector<std::string> meetingOrder; // in the order they were created
    Register executives;                   // the executive register over the term
    std::string origin;                    // the hash of the first event: this workspace and no other

    const Meeting* meeting(const std::string& id) const;
    // The person's name, or the id itself when unknown (write-ins keep their name).
    std::string nameOf(const std::string& id) const;
};

// Registers every verb and applier of the engine once (idempotent).
void registerEngineVerbs();

} // namespace hx
