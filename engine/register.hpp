#pragma once
// The executive register over a term (执委名册): who serves, how each came
// and left, the offices held, the seven-ones duties recorded, the duty
// reviews, and the rules that propose a withdrawal. Folded from events like
// everything else; the register verbs live in register_verbs.cpp.
#include "text.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace hx {

struct State;
struct Meeting;
struct Contest;

// The approval an exit or an office change rests on (批复): its date and number.
struct Sanction {
    std::string date;
    std::string number;
    bool operator==(const Sanction&) const = default;
};

// One line of an executive's history.
struct RegisterChange {
    std::string date;
    // elected, added, replaced, recorded, office_taken, office_left,
    // released, withdrawn, terminated, kept, term_ended
    std::string kind;
    std::string reason;   // a code: left_area, absences, …
    std::string note;     // the operator's words
    std::string meeting;  // where it was decided, if at a meeting
    std::string office;   // for office changes
    std::string replaces; // a replacement: whose seat
    Sanction approval;
    std::string sizeReason; // why the committee goes outside its size range
};

struct DutyRecord {
    std::string duty; // one of kDuties
    std::string date;
    std::string note;
};

struct DutyReview {
    int year = 0;
    std::string result; // excellent, competent, basically_competent, incompetent
    std::string meeting;
};

struct DutyReport {
    std::string meeting;
    std::string form; // oral, written
};

struct Executive {
    std::string person;
    bool serving = false;
    std::string since; // the date the current spell began
    std::set<std::string> offices;
    std::vector<RegisterChange> history;
    std::vector<DutyRecord> duties;
    std::vector<DutyReview> reviews;
    std::vector<DutyReport> reports;
    // Evidence consumed by a decision on a proposal: meetings (by creation
    // index) and reviews before these count no more.
    size_t absencesDecidedAt = 0;
    size_t reviewsDecidedAt = 0;
};

struct Register {
    std::map<std::string, Executive> executives;
    std::vector<std::string> order;        // the order people first joined
    std::vector<std::string> unreported;   // terminations not yet reported to an executive meeting

    const Executive* find(const std::string& id) const;
    Executive& entry(const std::string& id); // creates the entry
    std::vector<std::string> serving() const;  // in the order they joined
    int size() const;
    bool empty() const { return executives.empty(); }
};

// Whether a change starts a spell of service (elected, recorded, added,
// replaced) or ends one (released, withdrawn, terminated, term ended).
bool startsService(const std::string& kind);
bool endsService(const std::string& kind);
// The change that began the executive's current (or last) spell, or null.
const RegisterChange* joiningChange(const Executive& e);
// How many served on `date` (YYYY-MM-DD), read from the dated history.
int servingOn(const Register& reg, const std::string& date);
// Who served on `date`, and who served at any time from `from` to `to`, in the order they first joined.
std::vector<std::string> servingAt(const Register& reg, const std::string& date);
std::vector<std::string> servedDuring(const Register& reg, const std::string& from, const std::string& to);

// RULE: RULES §1 Committee size — township/street ≥ 25; village/community 10–15;
// never fewer than 5; at most 29 unless additions are recorded with a reason.
struct SizeRange {
    int low = 5, high = 29;
};
SizeRange sizeRange(const std::string& federationKind);
// Empty when `executives` is inside the range; otherwise the warning that
// asks for a recorded reason.
Text sizeWarning(const std::string& federationKind, int executives);

// The seven-ones duties (七个一) and how often each is due.
struct DutyKind {
    const char* id;
    const char* zh;
    const char* en;
    int monthsPerPeriod; // 3 quarterly, 6 half-yearly, 12 yearly
};
const std::vector<DutyKind>& dutyKinds();
const DutyKind* dutyKind(const std::string& id);

// A duty whose period ended with nothing recorded.
struct OverdueDuty {
    std::string person;
    std::string duty;
    std::string period;   // 2026-Q1, 2026-H2, 2026
    std::string ended;    // the last day of the period
};
// Every serving executive's periods of `year` that ended on or before
// `asOf` (YYYY-MM-DD) with no record, skipping periods that ended before the
// executive's spell began.
std::vector<OverdueDuty> overdueDuties(const State& s, const std::string& asOf);
// Records of `person` in `year`, per duty id.
std::map<std::string, int> dutyCounts(const Executive& e, int year);

// A withdrawal the rules propose (组织劝退); the decision is the party
// organisation's, journaled by the withdraw or keep verbs.
struct WithdrawalProposal {
    std::string person;
    std::string grounds;                // absences, review
    std::vector<std::string> evidence;  // the meetings missed, or the years failed
};
std::vector<WithdrawalProposal> withdrawalProposals(const State& s);
// Whether the person was due at a closed executive meeting and neither
// attended nor was excused.
bool absentWithoutLeave(const Meeting& m, const std::string& person);

// Folds an announced contest into the register: a congress's executives
// start a term, a by-election adds or replaces, other offices are taken.
void registerAnnouncement(State& s, const Meeting& m, const Contest& c);

// The regular executive meeting's cadence: the last one held (closed) and
// the date by which the next is due; overdue when `asOf` is past it.
struct MeetingCadence {
    std::string last;   // date of the last closed executive meeting, "" if none
    std::string due;    // last + 6 months
    bool overdue = false;
};
MeetingCadence executiveMeetingCadence(const State& s, const std::string& asOf);
// YYYY-MM-DD plus whole months (the day kept, clamped to 28 where needed).
std::string addMonths(const std::string& date, int months);

// The codes a field accepts: the reasons of `release`, the grounds of
// `withdraw` and `keep`, the reasons of `terminate`, an `office`, a `duty`,
// a `review` result, a topic's `source`, a duty report's `form`. One list for
// the verbs that check them and the screens that offer them.
const std::vector<std::string>& codesFor(const std::string& field);
// Refuses a code not in codesFor(field), listing the ones it accepts.
void requireCode(const std::string& code, const std::string& field);

// The words for the codes above.
Text changeName(const std::string& kind);
Text exitReasonName(const std::string& reason);
Text reviewResultName(const std::string& result);
Text topicSourceName(const std::string& source);
Text topicOutcomeName(const std::string& outcome);

} // namespace hx
