// The documents of the count and after: ballot count, tally report,
// announcement, result report, minutes, executive register extract. Each
// round of a contest is reported under its name (另行选举, 再次投票); a show
// of hands is reported in hands, never in ballot words.
#include "documents.hpp"

#include "agenda.hpp"
#include "doc_rounds.hpp"
#include "result_json.hpp"

namespace hx::doc {

namespace {

std::vector<QStringList> candidateRows(const Context& c, const Round& r)
{
    std::vector<QStringList> rows{{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("赞成"),
                                   byHands(r) ? QStringLiteral("反对") : QStringLiteral("不赞成"), QStringLiteral("弃权"), QStringLiteral("结果")}};
    for (size_t i = 0; i < r.candidates.size(); ++i) {
        const bool elected = std::find(r.elected.begin(), r.elected.end(), r.candidates[i]) != r.elected.end();
        const bool tied = std::find(r.tied.begin(), r.tied.end(), r.candidates[i]) != r.tied.end();
        rows.push_back({num(static_cast<long long>(i + 1)), c.name(r.candidates[i]), num(r.tallies[i].approve), num(r.tallies[i].oppose),
                        num(r.tallies[i].abstain),
                        elected ? QStringLiteral("当选") : tied ? QStringLiteral("得票相等") : QStringLiteral("未当选")});
    }
    return rows;
}

// 总监票人　孔雪, 监票人　马丽, 计票人　周敏: one line each to sign on.
QStringList signatureRoles(const Context& c, const Meeting& part)
{
    const Scrutineers& s = part.scrutineers;
    QStringList roles{QStringLiteral("总监票人　") + c.name(s.chief)};
    for (const auto& id : s.scrutineers)
        roles << QStringLiteral("监票人　") + c.name(id);
    for (size_t i = 0; i < s.tellers.size(); ++i)
        roles << QStringLiteral("计票人　") + (s.tellerIsStaff[i] ? keep(c.q(s.tellers[i])) : c.name(s.tellers[i]));
    return roles;
}

QString partTitle(const Context& c, const Meeting& part)
{
    return c.q(part.title.empty() ? c.meeting.title : part.title);
}

} // namespace

OfficialDocument ballotCount(const Context& c, const Meeting& part, const Contest& contest, const Round& r)
{
    OfficialDocument d = c.document(QStringLiteral("选票清点报告"));
    d.title(QStringLiteral("选票清点报告"));
    d.line(partTitle(c, part));
    d.line(contestRoundTitle(contest, r));
    d.paragraph(figuresSentence(r));
    d.paragraph(accounting(r) + validity(r));
    d.signatures({QStringLiteral("总监票人　") + c.name(part.scrutineers.chief)});
    return d;
}

OfficialDocument tallyReport(const Context& c, const Meeting& part, const Contest& contest, const Round& r)
{
    OfficialDocument d = c.document(QStringLiteral("计票结果报告单"));
    d.title(QStringLiteral("计票结果报告单"));
    d.line(partTitle(c, part) + QStringLiteral("　") + contestRoundTitle(contest, r));
    // One sheet where it can be: the figures, the table, the result and the signatures together.
    const bool hands = byHands(r);
    d.paragraph(figuresSentence(r) + accounting(r) + validity(r)
                + (hands ? QStringLiteral("当选须获得赞成人数%1，即不少于%2人。").arg(fractionPhrase(part.method.threshold), num(r.threshold))
                         : QStringLiteral("当选须获得赞成票%1，即不少于%2票。").arg(fractionPhrase(part.method.threshold), num(r.threshold))));
    d.table({2, 4, 3, 3, 3, 4}, candidateRows(c, r));
    d.paragraph((r.writeIns.empty() ? QString() : writeInSentence(c, r)) + (hands ? QStringLiteral("表决结果：") : QStringLiteral("计票结果："))
                + outcomeZh(r.outcome) + QStringLiteral("。")
                + (r.elected.empty() ? QString()
                                     : (hands ? QStringLiteral("按赞成人数多少为序，当选的是：") : QStringLiteral("按得票多少为序，当选的是：")) + c.names(r.elected)
                                           + QStringLiteral("。"))
                + (hands ? QStringLiteral("表决结束时间：") : QStringLiteral("计票结束时间：")) + timeZh(r.closedAt) + QStringLiteral("。"));
    d.signatures(signatureRoles(c, part));
    return d;
}

OfficialDocument announcement(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("选举结果宣布稿"));
    d.title(QStringLiteral("选举结果宣布稿"));
    for (const Meeting* part : c.parts())
        for (const Contest& contest : part->contests) {
            d.heading(officeZh(contest.office) + QStringLiteral("选举结果"));
            d.paragraph(seatsSentence(contest));
            for (const QString& p : roundParagraphs(c, *part, contest, RoundDetail::Votes))
                d.paragraph(p);
            d.paragraph(electedSentence(c, *part, contest));
        }
    d.sender(c.meeting.presiding.empty() ? c.federation() : QStringLiteral("主持人：") + c.name(c.meeting.presiding), dateZh(c.meeting.date));
    return d;
}

OfficialDocument resultReport(const Context& c)
{
    const Meeting& m = c.meeting;
    OfficialDocument d = c.document(QStringLiteral("选举结果报告"));
    const Filing* f = c.filing("result_report");
    d.redHeader(c.federation());
    d.number(f ? c.q(f->number) : QString(), f ? c.q(f->signer) : QStringLiteral("　　　"));
    d.title(QStringLiteral("关于") + c.q(m.title) + QStringLiteral("选举结果的报告"));
    d.addressee(c.partyOrganisation());
    // A founding congress is convened by the preparatory group, on the party organisation's approval.
    const bool founding = m.kind == "founding_congress";
    d.paragraph((founding ? QStringLiteral("经") + c.partyOrganisation() + QStringLiteral("批准，") + c.federation() + QStringLiteral("筹备工作组")
                          : c.federation())
                + QStringLiteral("于") + dateZh(m.date) + QStringLiteral("在") + c.q(m.place) + QStringLiteral("召开")
                + c.q(m.title) + QStringLiteral("。会议应到%1%2名，实到%3名，%4，符合规定。")
                      .arg(members(m), num(static_cast<long long>(m.expected.size())), num(static_cast<long long>(m.present.size())), fractionPhrase(m.method.quorum)));
    int n = 0;
    for (const Meeting* part : c.parts()) {
        if (part != &m)
            d.paragraph(QStringLiteral("大会期间召开执行委员会第一次全体会议，应到执委%1名，实到%2名，%3，符合规定。")
                            .arg(num(static_cast<long long>(part->expected.size())), num(static_cast<long long>(part->present.size())), fractionPhrase(part->method.quorum)));
        for (const Contest& contest : part->contests) {
            d.heading(ordinal(++n) + QStringLiteral("、") + contestHeading(c, *part, contest));
            d.paragraph(seatsSentence(contest));
            for (const QString& p : roundParagraphs(c, *part, contest, RoundDetail::Figures))
                d.paragraph(p);
            d.lead(electedSentence(c, *part, contest));
            d.table({2.6, 1.3, 2.4, 1.5, 2.6, 1.5, 6.2, 1.6}, personalRows(c, contest, announcedOrder(c.state, *part, contest)));
            if (contest.rounds.size() > 1)
                d.closing(QStringLiteral("注：得票为当选所在轮次的赞成票数。"));
        }
    }
    d.paragraph(QStringLiteral("特此报告。"));
    const QString date = dateZh(f ? f->date : m.date);
    d.sender(c.federation(), date);
    d.imprint(c.q(joinCopies(c.copiesTo(f))), c.federation(), date);
    return d;
}

OfficialDocument minutes(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("会议记录"));
    d.title(c.q(c.meeting.title) + QStringLiteral("会议记录"));
    meetingHeader(c, c.meeting, d);
    d.heading(QStringLiteral("会议议程及结果"));
    int n = 0;
    for (const AgendaStep& step : agendaSteps(c.meeting, c.partyOrganisation())) {
        d.paragraph(QStringLiteral("%1. ").arg(++n) + step.text + QStringLiteral("。") + minuteOf(c, c.meeting, step));
        if (step.plenary)
            if (const Meeting* p = c.state.meeting(c.meeting.plenary)) {
                d.centred(partTitle(c, *p));
                meetingHeader(c, *p, d);
                int k = 0;
                for (const AgendaStep& sub : agendaSteps(*p, c.partyOrganisation()))
                    d.paragraph(QStringLiteral("（%1）").arg(++k) + sub.text + QStringLiteral("。") + minuteOf(c, *p, sub));
            }
    }
    QStringList signers{QStringLiteral("主持人　") + c.name(c.meeting.presiding), QStringLiteral("记录人　") + c.name(c.meeting.recorder)};
    if (const Meeting* p = c.state.meeting(c.meeting.plenary); p && !p->presiding.empty())
        signers.insert(1, QStringLiteral("全体会议主持人　") + c.name(p->presiding));
    d.signatures(signers);
    return d;
}

OfficialDocument registerExtract(const Context& c)
{
    const QString name = c.meeting.kind == "executive_by_election" ? QStringLiteral("增补执行委员会委员名单") : QStringLiteral("执行委员会委员名单");
    OfficialDocument d = c.document(name);
    d.title(keep(c.federation()) + name);
    std::vector<QStringList> rows{{QStringLiteral("姓名"), QStringLiteral("职务"), QStringLiteral("工作单位及职务"), QStringLiteral("产生方式"), QStringLiteral("日期")}};
    for (const Meeting* part : c.parts())
        for (const Contest& contest : part->contests)
            for (const auto& id : announcedOrder(c.state, *part, contest)) {
                const Person* p = c.state.roster.find(id);
                rows.push_back({c.name(id), officeZh(contest.office), p ? workplaceAndPost(c, *p) : QString(),
                                partTitle(c, *part) + QStringLiteral("选举"), dateZh(part->date)});
            }
    d.table({2.5, 3, 4.5, 6, 4}, rows);
    d.sender(c.federation(), dateZh(c.meeting.date));
    return d;
}

} // namespace hx::doc
