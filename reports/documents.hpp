#pragma once
// The documents of DOCUMENTS.md, each built from the meeting's record.
#include "doc_text.hpp"

namespace hx::doc {

// Before the meeting.
OfficialDocument request(const Context& c);
OfficialDocument foundingPlan(const Context& c);
OfficialDocument candidateList(const Context& c);
OfficialDocument agenda(const Context& c);
OfficialDocument electionMethod(const Context& c, const Meeting& part);
OfficialDocument scrutineerList(const Context& c, const Meeting& part);
OfficialDocument presidingScript(const Context& c);

// During and after the vote, per round of a contest of `part`.
OfficialDocument ballotCount(const Context& c, const Meeting& part, const Contest& contest, const Round& round);
OfficialDocument tallyReport(const Context& c, const Meeting& part, const Contest& contest, const Round& round);
OfficialDocument announcement(const Context& c);
OfficialDocument resultReport(const Context& c);
OfficialDocument minutes(const Context& c);
OfficialDocument registerExtract(const Context& c);

// The register over a term (documents_register.cpp).
OfficialDocument registerExtractFromRegister(const Context& c, const std::string& asOf);
OfficialDocument byElectionReport(const Context& c);
OfficialDocument executiveMinutes(const Context& c);
OfficialDocument reviewSummary(const Context& c, int year, const std::string& asOf);

} // namespace hx::doc
