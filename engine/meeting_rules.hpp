#pragma once
// Checks shared by the meeting and contest verbs.
#include "command.hpp"
#include "state.hpp"

#include "counting.hpp"

namespace hx {

// The meeting a command names in "meeting"; refuses an unknown one.
const Meeting& meetingOf(const State& s, const Json& cmd);
// The same, for an applier: the event's meeting, which must exist.
Meeting& meetingOf(State& s, const Event& e);

// The number the quorum is measured against: expected, or present.
long long quorumBase(const Meeting& m);
// A date field, YYYY-MM-DD; refuses anything else.
std::string dateField(const Json& cmd, const char* key);
// The number the threshold is measured against: expected, or present.
long long thresholdBase(const Meeting& m);
// RULE: RULES §4 Quorum — refuses, with the figures, when attendance is short.
void requireQuorum(const Meeting& m);

struct Hands {
    long long approve = 0, oppose = 0, abstain = 0;
};
// A show of hands from the command's approve / oppose / abstain; refuses
// negative counts and sums beyond those present.
Hands checkedHands(const Meeting& m, const Json& cmd);

// "王芳（d04）" for messages.
std::string who(const State& s, const std::string& id);
// Refuses ids that are not in the roster.
void requireKnown(const State& s, const std::vector<std::string>& ids);
// Refuses a list with an id twice.
void requireDistinct(const std::vector<std::string>& ids, const char* what);
// Whether the person stands as a candidate in an open contest of the meeting or is nominated.
bool standsInMeeting(const Meeting& m, const std::string& id);
// Why the person may not stand in the meeting's contests, or empty.
Text candidateProblem(const State& s, const Meeting& m, const std::string& id);
// Why the person may not serve as scrutineer or teller in the meeting, or empty.
Text scrutineerProblem(const State& s, const Meeting& m, const std::string& id);
// Who may fill `slot` in the meeting now, in roster order: "candidate",
// "scrutineer" (also the chief and tellers), or "person" (the whole roster).
std::vector<std::string> eligibleFor(const State& s, const Meeting& m, const std::string& slot);

// A regular executive meeting's topics as given, checked: ids distinct, sources known.
Json topicsOf(const Json& list);
// A stored topic back into the record.
Topic topicFrom(const Json& t);
// Refuses candidates that differ from the contest's prepared list, or a list not yet approved.
void checkPreparedList(const State& s, const Meeting& m, const std::string& contest, const std::vector<std::string>& candidates);

} // namespace hx

namespace hx {

// The contest a command names in "contest"; refuses an unknown one.
const Contest& contestOf(const Meeting& m, const Json& cmd);
// The same, for an applier.
Contest& contestOf(State& s, const Event& e);
// The event's contest's latest round, for an applier.
Round& roundOf(State& s, const Event& e);
// The contest's round in progress; refuses when its count is closed.
const Round& openRound(const Contest& c);
// The round at the tellers' desk: a secret ballot in progress whose
// returned ballots are recorded; refuses otherwise.
struct Desk {
    const Meeting& m;
    const Contest& c;
    const Round& r;
};
Desk deskOf(const State& s, const Json& cmd);
// Why the round is void when `returned` ballots came back for `issued`
// (or for those present, as the method chooses); "" when the figures stand.
std::string overReturned(const Meeting& m, const Round& r, long long issued, long long returned);
// A ballot as entered: {count, approve, oppose, write_ins} or {count, void, reason}.
BallotInput ballotInput(const Json& b);
// A recorded group as stored in events, and back.
Json groupJson(const BallotGroup& g);
BallotGroup groupFromJson(const Json& g);
// Double entry: drops the scrutineers' decisions on positions no longer compared (after an undo).
void dropLapsedDecisions(Round& r);
// Counts stored groups into the round, in the order entered.
void countGroups(Round& r, const Json& groups);

} // namespace hx
