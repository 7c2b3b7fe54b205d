#pragma once
// The meeting record as folded from events: attendance, adoptions,
// scrutineers, nominations, contests and their rounds.
#include "method.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace hx {

// One candidate's marks summed over the valid ballots (or hands).
struct Tally {
    long long approve = 0;
    long long oppose = 0;
    long long abstain = 0;
};

// Identical ballots as entered: marks per candidate in ballot order
// ('A' approve, 'O' oppose, '.' abstain), counted write-ins, or void.
struct BallotGroup {
    long long count = 0;
    std::string marks;
    std::vector<std::string> writeIns; // names whose write-in counts as an approval
    bool isVoid = false;
    std::string voidReason;
    bool operator==(const BallotGroup&) const = default;
};

// A ballot read by the scanner (its sheets in scanning order), waiting until
// the scrutineers have decided every unclear cell and a teller has typed
// every written name; only then is it one entry of double entry.
struct ScannedWriteIn {
    int index = 0;            // the write-in cell on the ballot
    char mark = '.';          // A (○), O (×), . (none), ? (unclear)
    bool nameWritten = false;
    bool transcribed = false; // a teller has typed the name (empty: none written)
    std::string name;
    bool needsName() const { return (nameWritten || mark == 'A') && !transcribed; }
};

struct ScannedBallot {
    std::vector<std::pair<std::string, int>> sheets; // image SHA-256, page
    std::string setAside;    // why it could not be read (no code, another round, a sheet missing…); "" when read
    std::string marks;       // ballot order: A, O, . or ? (unclear)
    std::vector<ScannedWriteIn> writeIns;
    std::optional<BallotGroup> decided; // a set-aside ballot as the scrutineers read it
    bool complete() const;
};

struct Round {
    // Sets the ballot order and its index.
    void setCandidates(std::vector<std::string> ids);

    int number = 1;
    std::string kind = "regular"; // regular, tie, supplementary, repeat
    int seats = 0;
    std::vector<std::string> candidates; // ballot order (surname strokes)
    std::unordered_map<std::string, size_t> position; // candidate → ballot position
    std::string voting = "secret_ballot"; // or show_of_hands
    long long expected = 0;
    long long present = 0;
    bool quorum = false;
    long long threshold = 0;
    std::optional<long long> issued;
    std::optional<long long> returned;
    long long valid = 0;
    long long voided = 0;
    std::vector<Tally> tallies;                 // per candidate, ballot order
    std::vector<bool> hands;                    // show of hands: counted per candidate
    std::map<std::string, long long> writeIns;  // name → approvals
    std::vector<BallotGroup> entries;           // the groups counted, in the order entered
    std::vector<BallotGroup> pendingA, pendingB; // double entry: each teller's stack, not yet counted
    std::map<size_t, BallotGroup> settled;      // double entry: the scrutineers' decision where A and B differ
    std::vector<ScannedBallot> scanned;         // the scan, as teller B: read, awaiting decisions, in scanning order
    std::vector<size_t> scanBatches;            // how many ballots each recorded batch added
    int scanSample = 0;                         // with a scan: how many ballots the tellers type (0: all)
    bool closed = false;
    std::string outcome;                        // void, tie, shortfall, complete
    std::vector<std::string> elected;           // this round's elected, by approvals
    std::vector<std::string> tied;              // the tie group, if any
    std::vector<std::string> signedBy;
    std::string voidReason;
    std::string closedAt; // the time the count closed
};

struct Contest {
    std::string id;
    std::string office; // executive, chair, vice_chair, standing
    int seats = 0;
    int originalSeats = 0;
    std::vector<std::string> givenOrder; // as approved by the party organisation
    std::vector<Round> rounds;
    std::vector<std::string> elected;    // gathered over the rounds
    bool concluded = false;
    bool announced = false;
    std::vector<std::vector<std::string>> strokeTies; // same strokes throughout
    bool orderOverridden = false;
    std::string orderDecidedBy;
    std::string seatReductionBy;
    const Round& current() const { return rounds.back(); }
};

struct Adoption {
    std::string item;
    std::string by; // acclamation or show_of_hands
    long long approve = 0, oppose = 0, abstain = 0;
    long long present = 0;
};

struct Scrutineers {
    std::string chief;
    std::vector<std::string> scrutineers;
    std::vector<std::string> tellers;       // person ids or staff names
    std::vector<bool> tellerIsStaff;
    bool adopted = false;
    bool isScrutineer(const std::string& id) const;
    bool serves(const std::string& id) const;
};

struct Nomination {
    std::string person;
    std::string path; // organisation, members, self
    long long supporters = 0;
    std::string approved; // date of the party organisation's approval
    std::string replaces; // a replacement (替补): the executive whose seat it fills
};

// The party organisation's approval (批复) of a preparatory document.
struct Approval {
    std::string document; // request, founding_plan, candidate_list:<contest>
    std::string date;
    std::string number;   // document number, e.g. 中共…委〔2026〕3号
};

// How an outgoing document is filed (GB/T 9704-2012 版头 and 版记): its
// number (发文字号), who signed it for issue (签发人), its date (成文日期)
// and who receives a copy (抄送).
struct Filing {
    std::string document; // request, result_report
    std::string number;   // 星光妇筹〔2026〕1号
    std::string signer;
    std::string date;
    std::vector<std::string> copiesTo;
    std::string contact, phone; // a request's 附注: who answers questions about it
};

// A contest's candidate list as prepared before the congress (候选人建议名单).
struct CandidateList {
    std::string contest;
    std::string office;
    int seats = 0;
    std::vector<std::string> candidates;
};

// The founding plan (建会方案): the committee's composition and the work plan.
struct FoundingPlan {
    long long women = 0;
    long long delegates = 0;
    int executives = 0;
    int chair = 1;
    int viceChairs = 0;
    std::string conditions, nominationMethod, schedule, sizeReason;
};

// A topic (议题) of a regular executive meeting and its deliberation (议事).
struct Topic {
    std::string id, title;
    std::string source;   // party_organisation, upper_federation, chair, executives, women
    std::string proposer; // who raised it, if known
    bool deliberated = false;
    std::string outcome;  // adopted, rejected, deferred
    std::string by;       // acclamation, show_of_hands
    long long approve = 0, oppose = 0, abstain = 0;
    std::string feedback, feedbackDate; // what the proposer was told (议事反馈)
};

struct Meeting {
    std::string id;
    std::string kind; // founding_congress, reelection_congress, executive_by_election, executive_meeting, first_plenary
    std::string parent; // the congress of a first plenary
    std::string title, date, place, presiding, recorder;
    std::vector<std::string> expected;
    std::set<std::string> present;
    std::set<std::string> attended; // checked in at any time
    std::map<std::string, std::string> excused; // id → reason
    Method method;
    bool methodAdopted = false;
    std::vector<Adoption> adoptions;
    Scrutineers scrutineers;
    std::set<std::string> done; // agenda items done
    std::vector<Nomination> nominations;
    std::vector<Contest> contests;
    std::optional<FoundingPlan> plan;
    std::vector<CandidateList> candidateLists;
    std::vector<Approval> approvals;
    std::vector<Filing> filings;
    std::string plenary; // id of the first plenary, once opened
    bool plenaryClosed = false;
    std::vector<Topic> topics;
    bool elects = true; // a regular executive meeting with topics elects only when it says so
    std::vector<std::string> toReport; // terminations this meeting must hear of
    bool closed = false;
    std::string startedAt, endedAt; // the first check-in; the last item, count or announcement

    const Topic* topic(const std::string& id) const;

    bool isExpected(const std::string& id) const;
    // Expected, never checked in, and not excused.
    bool absentUnexcused(const std::string& id) const;
    Contest* contest(const std::string& id);
    const Contest* contest(const std::string& id) const;
    const Nomination* nomination(const std::string& person) const;
    const CandidateList* candidateList(const std::string& contest) const;
    const Approval* approval(const std::string& document) const;
    const Filing* filing(const std::string& document) const;
};

// The outgoing documents a meeting files (set_filing): a congress its request and
// result report, a by-election its result report, other meetings none.
std::vector<std::string> outgoingDocuments(const Meeting& m);

} // namespace hx
