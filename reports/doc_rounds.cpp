#include "doc_rounds.hpp"

#include "agenda.hpp"
#include "result_json.hpp"

namespace hx::doc {

namespace {

std::vector<std::string> inAnnouncedOrder(const Context& c, const Meeting& part, const Contest& contest, const std::vector<std::string>& ids)
{
    std::vector<std::string> out;
    for (const auto& id : announcedOrder(c.state, part, contest))
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            out.push_back(id);
    return out;
}

QString votesSentence(const Context& c, const Round& r)
{
    QStringList votes;
    for (size_t i = 0; i < r.candidates.size(); ++i)
        votes << c.name(r.candidates[i]) + (byHands(r) ? QStringLiteral("%1人") : QStringLiteral("%1票")).arg(r.tallies[i].approve);
    const QString who = r.candidates.size() > 1 ? QStringLiteral("各候选人") : QStringLiteral("候选人");
    return who + (byHands(r) ? QStringLiteral("赞成人数：") : QStringLiteral("得赞成票：")) + votes.join(QStringLiteral("，")) + QStringLiteral("。");
}

} // namespace

QString roundOutcome(const Context& c, const Meeting& part, const Contest& contest, const Round& r)
{
    const auto elected = inAnnouncedOrder(c, part, contest, r.elected);
    const QString who = elected.empty() ? QString() : c.names(elected) + QStringLiteral("当选") + orderNote(contest.office, elected.size());
    if (r.outcome == "complete")
        return who + QStringLiteral("。");
    if (r.outcome == "shortfall")
        return (who.isEmpty() ? QStringLiteral("无人当选") : who) + QStringLiteral("，当选人数不足应选名额。");
    if (r.outcome == "tie")
        return (who.isEmpty() ? QString() : who + QStringLiteral("；")) + c.names(r.tied) + QStringLiteral("得票相等，不能确定当选人，需再次投票。");
    return {};
}

QString contestRoundTitle(const Contest& contest, const Round& r)
{
    return officeZh(contest.office) + QStringLiteral("选举") + (contest.rounds.size() > 1 ? QStringLiteral("　") + roundName(r) : QString());
}

QString contestHeading(const Context& c, const Meeting& part, const Contest& contest)
{
    const bool first = c.meeting.kind == "founding_congress";
    if (contest.office == "executive" && isCongress(part))
        return QStringLiteral("选举产生") + (first ? QStringLiteral("第一届") : QString()) + QStringLiteral("执行委员会委员");
    return officeZh(contest.office) + QStringLiteral("选举");
}

QString figuresSentence(const Round& r)
{
    return QStringLiteral("应到%1名，实到%2名，应选%3名，候选人%4名。").arg(num(r.expected), num(r.present), num(r.seats), num(static_cast<long long>(r.candidates.size())));
}

QString seatsSentence(const Contest& contest)
{
    const long long candidates = contest.rounds.empty() ? 0 : static_cast<long long>(contest.rounds.front().candidates.size());
    const long long margin = candidates - contest.originalSeats;
    return QStringLiteral("应选%1名，候选人%2名，").arg(contest.originalSeats).arg(candidates)
        + (margin > 0 ? QStringLiteral("实行差额选举，差额%1名。").arg(margin) : QStringLiteral("实行等额选举。"));
}

QString writeInSentence(const Context& c, const Round& r)
{
    QStringList w;
    for (const auto& [name, n] : r.writeIns)
        w << keep(c.q(name)) + QStringLiteral("%1票").arg(n);
    return QStringLiteral("另选他人得票：") + w.join(QStringLiteral("，")) + (w.size() > 1 ? QStringLiteral("，均未当选。") : QStringLiteral("，未当选。"));
}

QStringList roundParagraphs(const Context& c, const Meeting& part, const Contest& contest, RoundDetail detail)
{
    QStringList out;
    const bool several = contest.rounds.size() > 1;
    for (const Round& r : contest.rounds) {
        if (!r.closed)
            continue;
        QString p = several ? roundName(r) + QStringLiteral("：") : QString();
        if (r.number > 1)
            p += QStringLiteral("应选%1名，候选人%2名。").arg(r.seats).arg(static_cast<long long>(r.candidates.size()));
        if (detail == RoundDetail::Votes || several)
            p += QStringLiteral("应到%1%2名，实到%3名，").arg(members(part), num(r.expected), num(r.present));
        p += accounting(r) + validity(r);
        if (detail == RoundDetail::Votes)
            p += votesSentence(c, r);
        if (!r.writeIns.empty())
            p += writeInSentence(c, r);
        // One round: its elected are said once, in the sentence that follows; only a shortfall or a tie is said here.
        out << p + (several ? roundOutcome(c, part, contest, r)
                    : r.outcome == "shortfall" ? QStringLiteral("当选人数不足应选名额。")
                    : r.outcome == "tie" ? c.names(r.tied) + QStringLiteral("得票相等，不能确定当选人，需再次投票。") : QString());
    }
    if (const QString r = reductionSentence(c, contest); !r.isEmpty())
        out << r;
    return out;
}

QString reductionSentence(const Context& c, const Contest& contest)
{
    // RULE: RULES §4 Shortfall — a seat reduction is reported with who decided it.
    if (contest.seats == contest.originalSeats)
        return {};
    return QStringLiteral("因当选人数不足应选名额，经") + c.q(contest.seatReductionBy)
           + QStringLiteral("同意，应选名额由%1名减少为%2名，不再另行选举。").arg(contest.originalSeats).arg(contest.seats);
}

QString laterRoundSentence(const Context& c, const Round& r)
{
    const long long n = static_cast<long long>(r.candidates.size());
    const QString why = r.kind == "tie" ? QStringLiteral("对得票相等的候选人投票，应选%1名").arg(r.seats)
                      : r.kind == "supplementary" ? QStringLiteral("对尚缺的%1名进行选举").arg(r.seats)
                                                  : QStringLiteral("应选%1名").arg(r.seats);
    return QStringLiteral("根据选举办法，") + why + QStringLiteral("，候选人") + c.names(r.candidates)
           + (n > r.seats ? QStringLiteral("，差额%1名。").arg(n - r.seats) : QStringLiteral("，等额。"));
}

QString electedSentence(const Context& c, const Meeting& part, const Contest& contest, bool basis)
{
    const auto order = announcedOrder(c.state, part, contest);
    QString s = order.empty() ? QStringLiteral("本次选举无人当选")
                              : (basis ? QStringLiteral("根据选举办法，") : QString()) + c.names(order) + QStringLiteral("当选为") + c.federation() + officeZh(contest.office)
                                    + orderNote(contest.office, order.size());
    const long long unfilled = contest.seats - static_cast<long long>(order.size());
    if (unfilled > 0 && contest.concluded)
        s += QStringLiteral("，尚缺%1名，不再另行选举").arg(unfilled);
    // Who stood and was not elected, so that no candidate goes unmentioned.
    std::vector<std::string> not_elected;
    if (!contest.rounds.empty() && contest.rounds.back().closed)
        for (const auto& id : contest.rounds.back().candidates)
            if (std::find(contest.elected.begin(), contest.elected.end(), id) == contest.elected.end())
                not_elected.push_back(id);
    if (!not_elected.empty() && contest.concluded)
        s += QStringLiteral("；") + c.names(not_elected) + QStringLiteral("未当选");
    return s + QStringLiteral("。");
}

std::vector<QStringList> personalRows(const Context& c, const Contest& contest, const std::vector<std::string>& ids)
{
    const bool hands = !contest.rounds.empty() && byHands(contest.rounds.front());
    std::vector<QStringList> rows{{QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生年月"), QStringLiteral("民族"),
                                   QStringLiteral("政治面貌"), QStringLiteral("学历"), QStringLiteral("工作单位及职务"),
                                   hands ? QStringLiteral("赞成人数") : QStringLiteral("得票")}};
    for (const auto& id : ids) {
        const Person* p = c.state.roster.find(id);
        long long votes = 0;
        for (const Round& r : contest.rounds)
            if (auto it = r.position.find(id); it != r.position.end() && std::find(r.elected.begin(), r.elected.end(), id) != r.elected.end())
                votes = r.tallies[it->second].approve;
        rows.push_back({c.name(id), p ? c.q(p->sex) : QString(), p ? c.q(p->birth) : QString(), p ? c.q(p->ethnicity) : QString(),
                        p ? c.q(p->party) : QString(), p ? c.q(p->education) : QString(), p ? workplaceAndPost(c, *p) : QString(), num(votes)});
    }
    return rows;
}

std::string joinCopies(const std::vector<std::string>& bodies)
{
    std::string out;
    for (const auto& b : bodies)
        out += (out.empty() ? "" : "，") + b;
    return out.empty() ? out : out + "。";
}

std::vector<AgendaStep> agendaSteps(const Meeting& m, const QString& partyOrganisation)
{
    std::vector<AgendaStep> out;
    for (const auto& item : agendaFor(m)) {
        if (std::string_view(item.id) == "first_plenary") {
            out.push_back({item.id, QStringLiteral("大会休会，召开执行委员会第一次全体会议"), true});
            out.push_back({"resume", QStringLiteral("大会复会，宣布执行委员会第一次全体会议选举结果"), false});
            continue;
        }
        QString text = QString::fromUtf8(item.zh);
        if (!partyOrganisation.isEmpty()) // 宣布中共…委员会的批复, not the template's 同级党组织
            text.replace(QStringLiteral("同级党组织"), partyOrganisation);
        out.push_back({item.id, text, false});
    }
    return out;
}

QString adoptionSentence(const Meeting& m, const std::string& item)
{
    for (const auto& a : m.adoptions)
        if (a.item == item)
            return a.by == "acclamation" ? QStringLiteral("鼓掌通过。")
                                         : QStringLiteral("举手表决：赞成%1人，反对%2人，弃权%3人，通过。").arg(a.approve).arg(a.oppose).arg(a.abstain);
    return QStringLiteral("通过。");
}

} // namespace hx::doc
