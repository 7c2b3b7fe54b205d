#pragma once
// The state of a workspace: a fold of its journal's events.
#include "roster.hpp"

#include <optional>

namespace hx {

struct State {
    std::optional<Federation> federation;
    Roster roster;
};

// Registers every verb and applier of the engine once (idempotent).
void registerEngineVerbs();

} // namespace hx
