#pragma once
// Compares a result.json with a scenario's independently computed figures
// (expected.json): per meeting expected, present and an optional refusal
// step; per contest the elected (as a set) and per round the figures the
// rules determine. Candidates are compared by id. The same contract as the
// reference scenarios' comparison, kept here so the tests need nothing
// outside the repository.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace hx::test {

// One line per difference, e.g. `congress.executives.round1.valid: expected 38, got 37`;
// empty when the result has every expected figure.
std::vector<std::string> compareResult(const nlohmann::json& result, const nlohmann::json& expected);

} // namespace hx::test
