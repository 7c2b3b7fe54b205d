#pragma once
// A workspace state with one congress whose executives' round is open, for
// the scanner's tests and benchmark: `count` candidates for `seats`, marks
// under `grammar`, its ballot paper drawn from it.
#include "ballot_pdf.hpp"

namespace hx::deck {

struct Hall {
    State state;
    Hall(int count, int seats, const std::string& grammar = "circle_cross", const std::string& origin = "origin-1");
    const Meeting& meeting() const { return state.meetings.at("congress"); }
    const Contest& contest() const { return meeting().contests[0]; }
    BallotPaper paper() const { return ballotPaper(state, meeting(), contest(), contest().current()); }
    void closeRoundAndOpenAnother(); // round 1 closed; round 2 among the first half of the candidates
};

} // namespace hx::deck
