#pragma once
// Runs a named fixture meeting (tests/fixtures/<name>/scenario.json) through
// the engine and checks it three ways: against its independently computed
// figures (expected.json, through compareResult), against
// its approved result.json byte for byte (HUIXUAN_BLESS=1 re-approves; a
// mismatch leaves result.json.actual), and by replaying the journal.
#include <string>

namespace hx::test {

void checkFixture(const std::string& name);

} // namespace hx::test
