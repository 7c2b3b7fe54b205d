#pragma once
// Ballot papers as PDF, drawn from the geometry in ballot_layout.hpp.
#include "ballot_layout.hpp"
#include "state.hpp"

#include <QByteArray>

namespace hx {

struct BallotPaper {
    BallotLayout layout;
    QByteArray pdf;
};

// The ballot paper of a round: title, 「（按姓氏笔画为序）」, instructions from
// the method, the grid of names with mark boxes, write-in cells, a seal area
// and the contest code. The same round gives the same bytes.
BallotPaper ballotPaper(const State& state, const Meeting& meeting, const Contest& contest, const Round& round);

} // namespace hx
