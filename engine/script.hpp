#pragma once
// What the presiding officer sees and reads: each agenda item's state (done,
// now, blocked and why), the live quorum figures, and the script passage for
// the current step with the figures filled in (主持词).
#include "state.hpp"

#include <string>
#include <vector>

namespace hx {

struct AgendaState {
    std::string item;
    Text name;
    std::string state; // done, now, blocked, later
    Text why;          // for blocked: what must come first, or the quorum shortfall
};

std::vector<AgendaState> agendaStatus(const Meeting& m);

struct QuorumFigures {
    long long expected = 0, present = 0, needed = 0; // needed: the least attendance that is a quorum
    bool met = false;
    Text sentence; // 应到…名，实到…名，超过应到人数的三分之二，符合规定，可以进行选举
};

QuorumFigures quorumFigures(const Meeting& m);

// The passage to read now, with live figures.
Text presidingPassage(const State& s, const Meeting& m);

} // namespace hx
