// Named fixture meetings (tests/fixtures/<name>): every rule has a meeting
// that exercises it. Each README states the figures and why.
#include "fixture_support.hpp"

#include <catch2/catch.hpp>

using hx::test::checkFixture;

// RULE: RULES §2 Founding agenda
// RULE: RULES §2 Plenary agenda
// RULE: RULES §1 Bodies
// RULE: RULES §4 Competition
// RULE: RULES §4 Ballot valid
// RULE: RULES §4 Ballot marks
// RULE: RULES §5 Order
TEST_CASE("fixture founding-congress (shared example)") { checkFixture("founding-congress"); }

// RULE: RULES §3 Nomination
// RULE: RULES §4 Shortfall
// RULE: FORMAT.md show_of_hands
TEST_CASE("fixture executive-by-election (shared example)") { checkFixture("executive-by-election"); }

// RULE: RULES §4 Tie
// RULE: RULES §4 Surplus
TEST_CASE("fixture tie-round") { checkFixture("tie-round"); }

// RULE: RULES §4 Shortfall
TEST_CASE("fixture supplementary-round") { checkFixture("supplementary-round"); }

// RULE: RULES §4 Election valid
// RULE: FORMAT.md Rounds
TEST_CASE("fixture void-election") { checkFixture("void-election"); }

// RULE: RULES §4 Quorum
// RULE: RULES §4 Fractions
TEST_CASE("fixture quorum-boundary") { checkFixture("quorum-boundary"); }

// RULE: RULES §4 Election threshold
TEST_CASE("fixture exactly-half") { checkFixture("exactly-half"); }

// RULE: RULES §4 Ballot marks
// RULE: RULES §4 Ballot valid
// RULE: RULES §4 Ballot accounting
TEST_CASE("fixture write-ins-overvotes") { checkFixture("write-ins-overvotes"); }

// RULE: RULES §4 Quorum
// RULE: RULES §1 Attendance
TEST_CASE("fixture leave-below-quorum") { checkFixture("leave-below-quorum"); }

// RULE: FORMAT.md show_of_hands
TEST_CASE("fixture hands-overflow") { checkFixture("hands-overflow"); }

// RULE: RULES §4 Counting procedure 3
TEST_CASE("fixture scrutineer-candidate") { checkFixture("scrutineer-candidate"); }

// RULE: RULES §4 Tie
TEST_CASE("fixture tie-fewer-oppose") { checkFixture("tie-fewer-oppose"); }

// RULE: RULES §4 Shortfall
TEST_CASE("fixture seat-reduction") { checkFixture("seat-reduction"); }

// RULE: RULES §3 Nomination
TEST_CASE("fixture byelection-nominations") { checkFixture("byelection-nominations"); }

// RULE: RULES §2 Founding agenda
TEST_CASE("fixture agenda-order") { checkFixture("agenda-order"); }

// RULE: RULES §1 Committee size
// RULE: RULES §2 Preparation
TEST_CASE("fixture founding-preparation") { checkFixture("founding-preparation"); }

// RULE: RULES §3 Exits
// RULE: RULES §3 Withdrawal
// RULE: RULES §3 Termination
// RULE: RULES §3 Replacement
// RULE: RULES §3 Offices
// RULE: Register by-election
// RULE: Seven-ones duties
// RULE: Duty review
// RULE: Deliberation
TEST_CASE("fixture executive-term (a committee over two and a half years)") { checkFixture("executive-term"); }

// RULE: RULES §4 Ballot valid
// RULE: RULES §4 Ballot marks
TEST_CASE("fixture overvote-as-marked (the overvote judged before any part is voided)") { checkFixture("overvote-as-marked"); }
