// The presiding script (主持词): read aloud step by step in the agenda's
// order, each figure at the step where it is spoken, addressed to the body
// in the hall (代表 in a congress, 执委 in an executive meeting).
#include "agenda.hpp"
#include "doc_rounds.hpp"
#include "documents.hpp"
#include "meeting_rules.hpp"

namespace hx::doc {

namespace {

QString opening(const Meeting& m)
{
    const long long expected = static_cast<long long>(m.expected.size()), present = static_cast<long long>(m.present.size());
    const bool quorum = meets(present, quorumBase(m), m.method.quorum);
    return QStringLiteral("各位%1：现在开会。本次会议应到%1%2名，实到%3名，").arg(members(m)).arg(expected).arg(present)
           + (quorum ? fractionPhrase(m.method.quorum) + QStringLiteral("，符合规定，可以进行选举。")
                     : QStringLiteral("未") + fractionPhrase(m.method.quorum) + QStringLiteral("，不能进行选举。"));
}

// `together`: the contest was balloted with the others of its sitting, announced and handed out once before.
void contestScript(const Context& c, const Meeting& part, const Contest& contest, OfficialDocument& d, bool together)
{
    if (!together)
        d.paragraph(QStringLiteral("现在进行") + officeZh(contest.office) + QStringLiteral("选举。") + seatsSentence(contest));
    for (const Round& r : contest.rounds) {
        if (!r.closed)
            continue;
        // A later round is announced with its seats and candidates before anyone votes.
        QString name = contest.rounds.size() > 1 ? roundName(r) + QStringLiteral("。") : QString();
        if (r.number > 1)
            name += laterRoundSentence(c, r);
        if (together && r.number == 1) {
            d.paragraph(QStringLiteral("请总监票人报告") + officeZh(contest.office) + QStringLiteral("选举的选票清点情况。"));
            d.paragraph(QStringLiteral("（总监票人：") + accounting(r) + validity(r) + QStringLiteral("）"));
        } else if (byHands(r)) {
            // Read aloud candidate by candidate, as the method says.
            d.paragraph(name + QStringLiteral("现在对候选人逐一举手表决，请监票人清点人数。"));
            for (const auto& id : r.candidates)
                d.paragraph(QStringLiteral("对") + c.name(id) + QStringLiteral("，赞成的请举手；反对的请举手；弃权的请举手。"));
        } else {
            d.paragraph(name + QStringLiteral("请监票人检查票箱。请监票人、计票人分发选票。请大家按照选举办法和选票上的说明填写选票，投票。"));
            d.paragraph(QStringLiteral("请总监票人报告选票清点情况。"));
            d.paragraph(QStringLiteral("（总监票人：") + accounting(r) + validity(r) + QStringLiteral("）"));
        }
        QStringList votes;
        for (size_t i = 0; i < r.candidates.size(); ++i)
            votes << votesOf(c, r, i);
        d.paragraph(QStringLiteral("请总监票人报告") + (together ? officeZh(contest.office) + QStringLiteral("选举的") : QString())
                    + (byHands(r) ? QStringLiteral("表决结果。") : QStringLiteral("计票结果。")));
        d.paragraph(QStringLiteral("（总监票人：") + votes.join(QStringLiteral("；")) + QStringLiteral("。") + (r.writeIns.empty() ? QString() : writeInSentence(c, r))
                    + QStringLiteral("）"));
        // An earlier round's outcome is said where it happened; the last one's by the closing sentence.
        if (&r != &contest.rounds.back())
            d.paragraph(roundOutcome(c, part, contest, r));
    }
    if (const QString r = reductionSentence(c, contest); !r.isEmpty())
        d.paragraph(r);
    d.paragraph(electedSentence(c, part, contest) + (contest.elected.empty() ? QString() : QStringLiteral("让我们以热烈的掌声表示祝贺！")));
}

void partScript(const Context& c, const Meeting& part, OfficialDocument& d, bool sub);

// 同意的请鼓掌。（鼓掌）通过。 or 同意的请举手。（赞成…人，反对…人，弃权…人）通过。 as it was adopted.
QString askAdoption(const Meeting& m, const std::string& item)
{
    for (const auto& a : m.adoptions)
        if (a.item == item && a.by == "show_of_hands")
            return QStringLiteral("同意的请举手。（举手表决：赞成%1人，反对%2人，弃权%3人）通过。").arg(a.approve).arg(a.oppose).arg(a.abstain);
    return QStringLiteral("同意的请鼓掌。（鼓掌）通过。");
}

void stepScript(const Context& c, const Meeting& m, const AgendaStep& step, OfficialDocument& d)
{
    const std::string& item = step.item;
    if (item == "announce_approval") {
        d.paragraph(QStringLiteral("请宣读") + c.partyOrganisation() + QStringLiteral("的批复") + approvalNumbers(c, m) + QStringLiteral("。"));
    } else if (item == "preparatory_report") {
        d.paragraph(QStringLiteral("请筹备工作组作筹备工作报告。"));
    } else if (item == "work_report") {
        d.paragraph(QStringLiteral("请上届执行委员会作工作报告。"));
    } else if (item == "election_method") {
        d.paragraph(QStringLiteral("选举办法（草案）已印发各位%1。").arg(members(m)) + askAdoption(m, item));
    } else if (item == "scrutineers") {
        d.paragraph(QStringLiteral("监票人、计票人名单（草案）：") + scrutineerNames(c, m.scrutineers) + QStringLiteral("。") + askAdoption(m, item));
    } else if (item == "elections") {
        // Contests of one sitting, each by secret ballot in one round, are balloted together (主席、副主席).
        bool together = m.contests.size() > 1;
        QStringList offices, seats;
        for (const Contest& contest : m.contests) {
            together = together && contest.rounds.size() == 1 && !byHands(contest.rounds.front());
            offices << officeZh(contest.office);
            seats << officeZh(contest.office) + QStringLiteral("：") + seatsSentence(contest);
        }
        if (together) {
            d.paragraph(QStringLiteral("现在进行") + offices.join(QStringLiteral("、")) + QStringLiteral("选举。") + seats.join(QString()));
            d.paragraph(QStringLiteral("请监票人检查票箱。请监票人、计票人分发") + offices.join(QStringLiteral("、"))
                        + QStringLiteral("选票。请大家按照选举办法和选票上的说明填写选票，投票。"));
        }
        for (const Contest& contest : m.contests)
            contestScript(c, m, contest, d, together);
    } else if (item == "first_plenary") {
        const Meeting* p = c.state.meeting(m.plenary);
        d.paragraph(QStringLiteral("大会现在休会。请新当选的执行委员会委员召开第一次全体会议")
                    + (p && !p->presiding.empty() ? QStringLiteral("，由") + c.name(p->presiding) + QStringLiteral("主持。") : QStringLiteral("。")));
        if (const Meeting* p = c.state.meeting(m.plenary))
            partScript(c, *p, d, true);
    } else if (item == "resume") {
        QString results;
        if (const Meeting* p = c.state.meeting(m.plenary))
            for (const Contest& contest : p->contests)
                results += electedSentence(c, *p, contest, results.isEmpty());
        d.paragraph(QStringLiteral("大会现在复会。") + (results.isEmpty() ? QStringLiteral("执行委员会第一次全体会议尚未选举。")
                                                                 : QStringLiteral("执行委员会第一次全体会议选举结果：") + results));
    } else if (item == "chair_speech") {
        QString chair;
        if (const Meeting* p = c.state.meeting(m.plenary))
            for (const Contest& x : p->contests)
                if (x.office == "chair" && !x.elected.empty())
                    chair = c.name(x.elected.front());
        d.paragraph(QStringLiteral("请新当选的主席") + chair + QStringLiteral("讲话。"));
    } else if (item == "leader_speech") {
        d.paragraph(QStringLiteral("请领导讲话。"));
    } else if (item == "termination_report") {
        d.paragraph(m.toReport.empty() ? QStringLiteral("本次会议无须通报执委资格终止情况。")
                                       : QStringLiteral("现在通报：") + c.names(m.toReport) + QStringLiteral("的执委资格已经终止。"));
    } else if (item == "deliberation") {
        d.paragraph(QStringLiteral("请审议本次会议的议题。"));
    }
}

void partScript(const Context& c, const Meeting& part, OfficialDocument& d, bool sub)
{
    if (sub)
        d.centred(c.q(part.title.empty() ? std::string("执行委员会第一次全体会议") : part.title));
    d.paragraph(opening(part));
    int n = 0;
    for (const AgendaStep& step : agendaSteps(part, c.partyOrganisation())) {
        d.lead((sub ? QStringLiteral("第%1项").arg(ordinal(++n)) : QStringLiteral("进行第%1项议程").arg(ordinal(++n))) + QStringLiteral("：")
               + step.text + QStringLiteral("。"));
        stepScript(c, part, step, d);
    }
    if (sub)
        d.paragraph(QStringLiteral("执行委员会第一次全体会议各项议程已经完成。请大会主持人继续主持大会。"));
}

} // namespace

OfficialDocument presidingScript(const Context& c)
{
    const Meeting& m = c.meeting;
    OfficialDocument d = c.document(QStringLiteral("主持词"));
    d.title(c.q(m.title) + QStringLiteral("主持词"));
    partScript(c, m, d, false);
    d.closing(isCongress(m) ? QStringLiteral("大会各项议程已经进行完毕。现在我宣布：") + c.q(m.title) + QStringLiteral("胜利闭幕！")
                            : QStringLiteral("本次会议各项议程已经进行完毕。现在散会。"));
    return d;
}

} // namespace hx::doc
