#pragma once
// The phrasing the count documents share: each round of a contest under its
// name, the seats and their reduction, the elected in their announced order,
// the personal-details table, and the agenda as numbered steps (the agenda,
// the presiding script and the minutes number the same way).
#include "doc_text.hpp"

#include <QStringList>

namespace hx::doc {

QString contestRoundTitle(const Contest& contest, const Round& r); // 执行委员会委员选举　第二次投票（另行选举）
QString contestHeading(const Context& c, const Meeting& part, const Contest& contest);
QString figuresSentence(const Round& r);  // 应到…名，实到…名，应选…名，候选人…名。
QString seatsSentence(const Contest& contest); // 应选7名，候选人8名，实行差额选举，差额1名。
QString writeInSentence(const Context& c, const Round& r);

enum class RoundDetail { Figures, Votes };
// One paragraph per closed round (named when there are several), with the
// seat reduction where it was decided.
QStringList roundParagraphs(const Context& c, const Meeting& part, const Contest& contest, RoundDetail detail);
// A later round as announced before the vote: 尚缺1名，另行选举：应选1名，候选人…，差额1名。
QString laterRoundSentence(const Context& c, const Round& r);
// One round's outcome: who it elected, a shortfall or a tie.
QString roundOutcome(const Context& c, const Meeting& part, const Contest& contest, const Round& r);
// 因当选人数不足应选名额，经…同意，应选名额由…名减少为…名 (empty when the seats stand).
QString reductionSentence(const Context& c, const Contest& contest);
// 根据选举办法，…当选为…（按姓氏笔画为序）。 and the seats left unfilled.
// With `basis` false the leading 根据选举办法 is left out (a second sentence in a row).
QString electedSentence(const Context& c, const Meeting& part, const Contest& contest, bool basis = true);
std::vector<QStringList> personalRows(const Context& c, const Contest& contest, const std::vector<std::string>& ids);
std::string joinCopies(const std::vector<std::string>& bodies); // 甲，乙。

struct AgendaStep {
    std::string item;     // an agenda item id, or "resume" (大会复会)
    QString text;
    bool plenary = false; // the recess for the first plenary
};
std::vector<AgendaStep> agendaSteps(const Meeting& m, const QString& partyOrganisation = {});

// The party organisation's approvals (批复) of the meeting, by number: （…〔2026〕12号、…〔2026〕15号）, or empty.
QString approvalNumbers(const Context& c, const Meeting& m);
// Who was excused (with the reason) and who was absent without leave: 无 when nobody.
QString excusedNames(const Context& c, const Meeting& m);
QString absentNames(const Context& c, const Meeting& m);
// The minutes' header lines (time, place, presiding, recorder, attendance) and one step's record.
void meetingHeader(const Context& c, const Meeting& m, OfficialDocument& d);
QString minuteOf(const Context& c, const Meeting& m, const AgendaStep& step);
QString adoptionSentence(const Meeting& m, const std::string& item); // 鼓掌通过。 / 举手表决：赞成…，通过。
// 总监票人…，监票人…，计票人…（工作人员）
QString scrutineerNames(const Context& c, const Scrutineers& s);

} // namespace hx::doc
