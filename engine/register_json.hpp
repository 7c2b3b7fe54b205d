#pragma once
// The register section of result.json and the parts a regular executive
// meeting adds to its meeting object.
#include "state.hpp"

#include <nlohmann/json.hpp>

namespace hx {

using Ordered = nlohmann::ordered_json;

// The latest date the record knows of: meetings, changes, approvals, duties.
std::string latestDate(const State& s);
// Serving executives, the history, proposals, overdue duties as of `asOf`.
Ordered registerJson(const State& s, const std::string& asOf);
// Closing, absences, topics, duty reports and reviews into a meeting's object.
void addExecutiveMeeting(const State& s, const Meeting& m, Ordered& j);

} // namespace hx
