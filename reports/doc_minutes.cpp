// What the minutes record of each agenda step: who reported, what was
// adopted and how, each round's votes per candidate, who was elected.
#include "doc_rounds.hpp"

#include "agenda.hpp"

namespace hx::doc {

namespace {

QString tellersOf(const Context& c, const Scrutineers& s)
{
    QStringList out;
    for (size_t i = 0; i < s.tellers.size(); ++i)
        out << (s.tellerIsStaff[i] ? keep(c.q(s.tellers[i])) + QStringLiteral("（工作人员）") : c.name(s.tellers[i]));
    return out.join(QStringLiteral("、"));
}

QString electionsMinute(const Context& c, const Meeting& m)
{
    QString out;
    for (const Contest& contest : m.contests) {
        out += officeZh(contest.office) + QStringLiteral("选举，") + seatsSentence(contest);
        for (const Round& r : contest.rounds) {
            if (!r.closed)
                continue;
            QStringList votes;
            for (size_t i = 0; i < r.candidates.size(); ++i)
                votes << votesOf(c, r, i);
            out += (contest.rounds.size() > 1 ? roundName(r) + QStringLiteral("：") : QString())
                   + (r.number > 1 ? laterRoundSentence(c, r) : QString()) + accounting(r) + validity(r)
                   + votes.join(QStringLiteral("；")) + QStringLiteral("。") + (r.writeIns.empty() ? QString() : writeInSentence(c, r))
                   + (byHands(r) ? QStringLiteral("表决结束于") : QStringLiteral("计票结束于")) + timeZh(r.closedAt) + QStringLiteral("。")
                   + (contest.rounds.size() > 1 ? roundOutcome(c, m, contest, r) : QString());
        }
        out += reductionSentence(c, contest) + electedSentence(c, m, contest);
    }
    return out;
}

QString plenaryResults(const Context& c, const Meeting& m)
{
    const Meeting* p = c.state.meeting(m.plenary);
    if (!p)
        return QStringLiteral("未进行。");
    QString out;
    for (const Contest& contest : p->contests)
        out += electedSentence(c, *p, contest, out.isEmpty());
    return out;
}

} // namespace

QString scrutineerNames(const Context& c, const Scrutineers& s)
{
    return QStringLiteral("总监票人") + c.name(s.chief) + (s.scrutineers.empty() ? QString() : QStringLiteral("，监票人") + c.names(s.scrutineers))
           + (s.tellers.empty() ? QString() : QStringLiteral("，计票人") + tellersOf(c, s));
}

QString approvalNumbers(const Context& c, const Meeting& m)
{
    QStringList numbers;
    for (const auto& a : m.approvals)
        if (!a.number.empty() && !numbers.contains(keep(c.q(a.number))))
            numbers << keep(c.q(a.number));
    return numbers.isEmpty() ? QString() : QStringLiteral("（") + numbers.join(QStringLiteral("、")) + QStringLiteral("）");
}

QString excusedNames(const Context& c, const Meeting& m)
{
    QStringList excused;
    for (const auto& [id, reason] : m.excused)
        excused << c.name(id) + QStringLiteral("（") + c.q(reason) + QStringLiteral("）");
    return excused.isEmpty() ? QStringLiteral("无") : excused.join(QStringLiteral("、"));
}

QString absentNames(const Context& c, const Meeting& m)
{
    std::vector<std::string> absent;
    for (const auto& id : m.expected)
        if (m.absentUnexcused(id))
            absent.push_back(id);
    return absent.empty() ? QStringLiteral("无") : c.names(absent);
}

void meetingHeader(const Context& c, const Meeting& m, OfficialDocument& d)
{
    const QString from = m.startedAt.empty() ? dateZh(m.date) : timeZh(m.startedAt);
    // An end only when it differs from the start (a journal written in one minute has none to tell).
    QString to;
    if (m.endedAt.size() > 16 && m.endedAt.substr(0, 16) != m.startedAt.substr(0, 16))
        to = QStringLiteral("至%1时%2分").arg(std::stoi(m.endedAt.substr(11, 2))).arg(c.q(m.endedAt.substr(14, 2)));
    d.leadLine(QStringLiteral("时间：") + from + to);
    if (!m.place.empty())
        d.leadLine(QStringLiteral("地点：") + c.q(m.place));
    d.leadLine(QStringLiteral("主持人：") + c.name(m.presiding) + (m.recorder.empty() ? QString() : QStringLiteral("　记录人：") + c.name(m.recorder)));
    d.leadLine(QStringLiteral("应到%1%2名，实到%3名。").arg(members(m), num(static_cast<long long>(m.expected.size())), num(static_cast<long long>(m.present.size()))));
    d.leadLine(QStringLiteral("请假：") + excusedNames(c, m));
    d.line(QStringLiteral("无故缺席：") + absentNames(c, m));
}

QString minuteOf(const Context& c, const Meeting& m, const AgendaStep& step)
{
    const std::string& item = step.item;
    if (item == "resume")
        return plenaryResults(c, m);
    if (item == "first_plenary")
        return QString();
    if (item != "elections" && !itemDone(m, item))
        return QStringLiteral("未进行。");
    if (item == "announce_approval")
        return QStringLiteral("宣读") + c.partyOrganisation() + QStringLiteral("的批复") + approvalNumbers(c, m) + QStringLiteral("。");
    if (item == "preparatory_report")
        return QStringLiteral("筹备工作组作筹备工作报告。");
    if (item == "work_report")
        return QStringLiteral("上届执行委员会作工作报告，会议审议通过。");
    if (item == "election_method")
        return adoptionSentence(m, item);
    if (item == "scrutineers")
        return scrutineerNames(c, m.scrutineers) + QStringLiteral("；通过。");
    if (item == "elections")
        return electionsMinute(c, m);
    if (item == "chair_speech") {
        if (const Meeting* p = c.state.meeting(m.plenary))
            for (const Contest& x : p->contests)
                if (x.office == "chair" && !x.elected.empty())
                    return c.name(x.elected.front()) + QStringLiteral("讲话。");
        return QString();
    }
    if (item == "leader_speech")
        return QString();
    if (item == "termination_report")
        return m.toReport.empty() ? QStringLiteral("无。") : QStringLiteral("通报") + c.names(m.toReport) + QStringLiteral("执委资格终止。");
    return QString();
}

} // namespace hx::doc
