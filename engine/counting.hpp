#pragma once
// The counting rules of RULES.md §4 as pure functions over a round: ballot
// validity, the round's outcome, and the next round the rules derive.
// Integers only.
#include "meeting.hpp"

#include <string>
#include <utility>
#include <vector>

namespace hx {

struct BallotInput {
    long long count = 1;
    std::vector<std::string> approve;
    std::vector<std::string> oppose;
    std::vector<std::pair<std::string, std::string>> writeIns; // name, mark ("approve" or "none")
    bool isVoid = false;
    std::string reason;
};

// A void ballot's reason as the record keeps it (Chinese: the engine's own
// wording, or the tellers'), in both languages for the screens.
Text voidReasonText(const std::string& reason);

// Judges identical ballots against the round and the method. Refuses input
// that cannot be a ballot of this round (unknown candidate, a candidate both
// approved and opposed); returns the group as recorded, void when the rules void it.
BallotGroup judgeBallot(const Round& round, const BallotInput& in, const Method& method);

// Adds a recorded group to the round's figures.
void tallyGroup(Round& round, const BallotGroup& group);
// Takes a group back out of the round's figures (a journaled correction).
void untallyGroup(Round& round, const BallotGroup& group);
// Double entry: the ballots (positions in scanning or entry order) the tellers type as stack A:
// every returned ballot, or with a scan checked by a sample, that many spread evenly over the stack.
std::vector<size_t> tellerPositions(const Round& round);
// Each entry of stack A made so far with the position in stack B it is compared with.
std::vector<std::pair<size_t, size_t>> comparedEntries(const Round& round);
// Double entry: the positions (in stack B) where the two entries differ and no decision is recorded.
std::vector<size_t> entryDifferences(const Round& round);

// The id under which a write-in name competes for seats.
std::string writeInId(const std::string& name);

struct RoundOutcome {
    std::string outcome; // void, tie, shortfall, complete
    std::vector<std::string> elected; // by approvals, most first
    std::vector<std::string> tied;
};

// The outcome of a closed count. The round must not be void already.
RoundOutcome countRound(const Round& round, const Method& method);

struct NextRound {
    std::string kind; // tie, supplementary, repeat
    int seats = 0;
    std::vector<std::string> candidates;
};

// The round the rules derive after the contest's last round; refuses when
// none follows (complete, or the method allows no further round).
NextRound nextRound(const Contest& contest, const Method& method);

// A round's outcome in words: 选足应选名额, 当选人数不足应选名额, …
Text outcomeName(const std::string& outcome);

// Whether nothing more can be voted in the contest.
bool contestConcluded(const Contest& contest, const Method& method);

} // namespace hx
