#pragma once
// The election method (选举办法): the settings a meeting adopts, with the
// defaults of RULES.md §4 and FORMAT.md. Every count is an integer
// comparison by cross-multiplication; nothing here uses floating point.
#include "text.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace hx {

using Json = nlohmann::json;

// num/den of a base; strict means "exceeding" (超过), else "at least" (以上).
struct Fraction {
    int num = 2;
    int den = 3;
    bool strict = true;
    std::string base = "expected"; // or "present"
    bool operator==(const Fraction&) const = default;
};

struct Method {
    Fraction quorum{2, 3, true, "expected"};
    Fraction threshold{1, 2, true, "expected"};
    std::string electionValidity = "returned_le_issued"; // or returned_le_voters
    std::string tie = "revote";                          // or fewer_oppose_then_revote
    std::string shortfall = "supplementary";             // or none, reduce_seats
    int supplementaryMargin = 1;
    int marginAtLeast = 1;
    int marginPercent = 0;
    bool writeInNeedsMark = true;
    std::string marks = "circle_cross"; // or tick_cross_circle, filled_boxes
    std::string nameOrder = "surname";  // or full_name
    int scanSample = 0; // with a scan: the tellers type only this many ballots, spread over the stack (0: all)
};

// Reads the settings that differ from the defaults; refuses unknown keys and values.
Method methodFromJson(const Json& j);
// All settings, defaults included, as every record states them (scan_sample only when set).
Json toJson(const Method& m);

// Whether `count` satisfies the fraction of `base`.
// RULE: RULES §4 Fractions — quorum and threshold as integer fractions with a strictness flag.
bool meets(long long count, long long base, const Fraction& f);
// The least count that meets the fraction of `base`.
long long leastMeeting(long long base, const Fraction& f);

// The fraction in Chinese words: 半数, 三分之二, 五分之四.
std::string fractionZh(const Fraction& f);
std::string fractionEn(const Fraction& f);

// How a write-in is marked, in the words the ballot and the method print after 写上另选人姓名:
// with the ballot's sign of approval (划“○”, 划“√”, or its box filled), and void without it.
// RULE: RULES §4 Ballot marks — a write-in is marked with the sign that approves (○ by default; √ with √/×/〇).
std::string writeInZh(const std::string& marks);

// The quorum refusal, e.g. 到会人数未超过应到人数的三分之二（20/30）.
Text quorumNotMet(long long present, long long base, const Fraction& f);

// The competitive margin for a congress's executive election: candidates
// must number at least seats + this.
// RULE: RULES §4 Competition — margin ≥ 1, percent rounded up (进一法).
int executiveMargin(const Method& m, int seats);

} // namespace hx
