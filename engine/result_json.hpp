#pragma once
// result.json (FORMAT.md "Output") from the state: the same state gives the same bytes.
#include "state.hpp"

#include <optional>

namespace hx {

struct StepRefusal {
    std::string meeting;   // the meeting (or first plenary) id
    int step = 0;          // 1-based within that meeting or plenary
    Text reason;
};

// The result object for the given top-level meetings, in that order.
nlohmann::ordered_json resultJson(const State& state, const std::vector<std::string>& meetings,
                const std::vector<StepRefusal>& refusals, const std::string& journalHead);
// The top-level meetings of a state (first plenaries nest in their congress).
std::vector<std::string> topLevelMeetings(const State& state);
// The contest's elected in the order they are announced: executives and
// standing members in surname-stroke order, officers in the approved order.
std::vector<std::string> announcedOrder(const State& state, const Meeting& m, const Contest& c);
// result.json's text: indented one space, UTF-8, ending in a newline.
std::string resultText(const nlohmann::ordered_json& result);

} // namespace hx
