// The documents of the count and after: ballot count, tally report,
// announcement, result report, minutes, executive register extract.
#include "documents.hpp"

#include "result_json.hpp"

namespace hx::doc {

namespace {

QString roundTitle(const Contest& contest, const Round& r)
{
    return officeZh(contest.office) + QStringLiteral("选举") + (r.number > 1 ? QStringLiteral("（%1）").arg(roundKindZh(r.kind)) : QString());
}

std::vector<QStringList> candidateRows(const Context& c, const Round& r)
{
    std::vector<QStringList> rows{{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("赞成"), QStringLiteral("不赞成"),
                                   QStringLiteral("弃权"), QStringLiteral("结果")}};
    for (size_t i = 0; i < r.candidates.size(); ++i) {
        const bool elected = std::find(r.elected.begin(), r.elected.end(), r.candidates[i]) != r.elected.end();
        const bool tied = std::find(r.tied.begin(), r.tied.end(), r.candidates[i]) != r.tied.end();
        rows.push_back({num(static_cast<long long>(i + 1)), c.name(r.candidates[i]), num(r.tallies[i].approve), num(r.tallies[i].oppose),
                        num(r.tallies[i].abstain), elected ? QStringLiteral("当选") : tied ? QStringLiteral("得票相等") : QString()});
    }
    return rows;
}

QStringList signatureRoles(const Meeting& part)
{
    QStringList roles{QStringLiteral("总监票人")};
    for (size_t i = 0; i < part.scrutineers.scrutineers.size(); ++i)
        roles << QStringLiteral("监票人");
    for (size_t i = 0; i < part.scrutineers.tellers.size(); ++i)
        roles << QStringLiteral("计票人");
    return roles;
}

QString figuresSentence(const Round& r)
{
    return QStringLiteral("应到%1名，实到%2名，应选%3名，候选人%4名。").arg(num(r.expected), num(r.present), num(r.seats), num(static_cast<long long>(r.candidates.size())));
}

} // namespace

OfficialDocument ballotCount(const Context& c, const Meeting& part, const Contest& contest, const Round& r)
{
    OfficialDocument d = c.document(QStringLiteral("选票清点报告"));
    d.title(QStringLiteral("选票清点报告"));
    d.line(c.q(part.title.empty() ? c.meeting.title : part.title) + QStringLiteral("　") + roundTitle(contest, r));
    d.paragraph(figuresSentence(r));
    d.paragraph(accounting(r));
    d.paragraph(validity(r));
    d.signatures({QStringLiteral("总监票人")});
    d.line(QStringLiteral("总监票人：") + c.name(part.scrutineers.chief));
    return d;
}

OfficialDocument tallyReport(const Context& c, const Meeting& part, const Contest& contest, const Round& r)
{
    OfficialDocument d = c.document(QStringLiteral("计票结果报告单"));
    d.title(QStringLiteral("计票结果报告单"));
    d.line(c.q(part.title.empty() ? c.meeting.title : part.title));
    d.line(roundTitle(contest, r) + QStringLiteral("　") + dateZh(part.date));
    d.paragraph(figuresSentence(r));
    d.paragraph(accounting(r) + validity(r));
    d.paragraph(QStringLiteral("当选须获得赞成票%1，即不少于%2票。").arg(fractionPhrase(part.method.threshold), num(r.threshold)));
    d.table({2, 4, 3, 3, 3, 4}, candidateRows(c, r));
    if (!r.writeIns.empty()) {
        QStringList w;
        for (const auto& [name, n] : r.writeIns)
            w << c.q(name) + QStringLiteral("%1票").arg(n);
        d.paragraph(QStringLiteral("另选他人得票：") + w.join(QStringLiteral("，")) + QStringLiteral("。"));
    }
    d.paragraph(QStringLiteral("计票结果：") + outcomeZh(r.outcome) + QStringLiteral("。")
                + (r.elected.empty() ? QString() : QStringLiteral("按得票多少，当选的是：") + c.names(r.elected) + QStringLiteral("。")));
    d.signatures(signatureRoles(part));
    d.line(QStringLiteral("计票结束时间：") + dateZh(part.date));
    return d;
}

OfficialDocument announcement(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("选举结果宣布稿"));
    d.title(QStringLiteral("选举结果宣布稿"));
    for (const Meeting* part : c.parts())
        for (const Contest& contest : part->contests) {
            const Round& r = contest.current();
            d.heading(officeZh(contest.office) + QStringLiteral("选举结果"));
            d.paragraph(QStringLiteral("本次会议应到%1名，实到%2名，").arg(num(r.expected), num(r.present)) + accounting(r) + validity(r));
            QStringList figures;
            for (size_t i = 0; i < r.candidates.size(); ++i)
                figures << c.name(r.candidates[i]) + QStringLiteral("%1票").arg(r.tallies[i].approve);
            d.paragraph(QStringLiteral("各候选人得票（按姓氏笔画为序）：") + figures.join(QStringLiteral("，")) + QStringLiteral("。"));
            d.paragraph(QStringLiteral("根据选举办法，") + c.names(announcedOrder(c.state, *part, contest)) + QStringLiteral("当选为")
                        + c.federation() + officeZh(contest.office) + QStringLiteral("（按姓氏笔画为序）。"));
        }
    d.sender(QStringLiteral("主持人：") + c.name(c.meeting.presiding), dateZh(c.meeting.date));
    return d;
}

OfficialDocument resultReport(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("选举结果报告"));
    d.redHeader(c.federation());
    d.title(QStringLiteral("关于") + c.q(c.meeting.title) + QStringLiteral("选举结果的报告"));
    QString to = c.state.federation ? c.q(c.state.federation->partyOrganisation) : QString();
    if (c.state.federation && !c.state.federation->upperFederation.empty())
        to += QStringLiteral("、") + c.q(c.state.federation->upperFederation);
    d.addressee(to);
    d.paragraph(c.federation() + QStringLiteral("于") + dateZh(c.meeting.date) + QStringLiteral("在") + c.q(c.meeting.place) + QStringLiteral("召开")
                + c.q(c.meeting.title) + QStringLiteral("。会议应到%1名，实到%2名，%3，符合规定。")
                      .arg(num(static_cast<long long>(c.meeting.expected.size())), num(static_cast<long long>(c.meeting.present.size())), fractionPhrase(c.meeting.method.quorum)));
    int n = 0;
    static const char* ordinals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (const Meeting* part : c.parts())
        for (const Contest& contest : part->contests) {
            const Round& r = contest.current();
            d.heading(QString::fromUtf8(ordinals[n++ % 10]) + QStringLiteral("、") + officeZh(contest.office) + QStringLiteral("选举"));
            d.paragraph(QStringLiteral("应选%1名，").arg(contest.seats) + accounting(r) + QStringLiteral("当选%1名：").arg(static_cast<long long>(contest.elected.size()))
                        + c.names(announcedOrder(c.state, *part, contest)) + QStringLiteral("。"));
            std::vector<QStringList> rows{{QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生年月"), QStringLiteral("民族"),
                                           QStringLiteral("政治面貌"), QStringLiteral("学历"), QStringLiteral("工作单位及职务"), QStringLiteral("得票")}};
            for (const auto& id : announcedOrder(c.state, *part, contest)) {
                const Person* p = c.state.roster.find(id);
                long long votes = 0;
                for (const Round& rr : contest.rounds)
                    if (auto it = rr.position.find(id); it != rr.position.end() && std::find(rr.elected.begin(), rr.elected.end(), id) != rr.elected.end())
                        votes = rr.tallies[it->second].approve;
                rows.push_back({c.name(id), p ? c.q(p->sex) : QString(), p ? c.q(p->birth) : QString(), p ? c.q(p->ethnicity) : QString(),
                                p ? c.q(p->party) : QString(), p ? c.q(p->education) : QString(),
                                p ? c.q(p->workplace + p->post) : QString(), num(votes)});
            }
            d.table({3, 1.6, 2.6, 1.6, 2.6, 1.6, 4.5, 1.6}, rows);
        }
    d.paragraph(QStringLiteral("特此报告。"));
    d.sender(c.federation(), dateZh(c.meeting.date));
    return d;
}

OfficialDocument minutes(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("会议记录"));
    d.title(c.q(c.meeting.title) + QStringLiteral("会议记录"));
    std::vector<std::string> absent;
    for (const auto& id : c.meeting.expected)
        if (!c.meeting.present.count(id) && !c.meeting.excused.count(id))
            absent.push_back(id);
    QStringList excused;
    for (const auto& [id, reason] : c.meeting.excused)
        excused << c.name(id) + QStringLiteral("（") + c.q(reason) + QStringLiteral("）");
    d.line(QStringLiteral("时间：") + dateZh(c.meeting.date));
    d.line(QStringLiteral("地点：") + c.q(c.meeting.place));
    d.line(QStringLiteral("主持人：") + c.name(c.meeting.presiding) + QStringLiteral("　记录人：") + c.name(c.meeting.recorder));
    d.line(QStringLiteral("应到%1名，实到%2名。").arg(num(static_cast<long long>(c.meeting.expected.size())), num(static_cast<long long>(c.meeting.present.size()))));
    d.line(QStringLiteral("请假：") + (excused.isEmpty() ? QStringLiteral("无") : excused.join(QStringLiteral("、"))));
    d.line(QStringLiteral("缺席：") + (absent.empty() ? QStringLiteral("无") : c.names(absent)));
    d.heading(QStringLiteral("会议议程及结果"));
    for (const Meeting* part : c.parts()) {
        for (const auto& a : part->adoptions)
            d.paragraph(QStringLiteral("通过选举办法（%1）。").arg(a.by == "acclamation" ? QStringLiteral("鼓掌通过") : QStringLiteral("举手表决：赞成%1，反对%2，弃权%3").arg(a.approve).arg(a.oppose).arg(a.abstain)));
        if (part->scrutineers.adopted)
            d.paragraph(QStringLiteral("通过监票人、计票人名单：总监票人") + c.name(part->scrutineers.chief)
                        + (part->scrutineers.scrutineers.empty() ? QString() : QStringLiteral("，监票人") + c.names(part->scrutineers.scrutineers)) + QStringLiteral("。"));
        for (const Contest& contest : part->contests)
            for (const Round& r : contest.rounds)
                d.paragraph(officeZh(contest.office) + QStringLiteral("选举") + roundKindZh(r.kind) + QStringLiteral("：") + accounting(r)
                            + outcomeZh(r.outcome) + QStringLiteral("。") + (r.elected.empty() ? QString() : QStringLiteral("当选：") + c.names(r.elected) + QStringLiteral("。")));
    }
    d.signatures({QStringLiteral("主持人"), QStringLiteral("记录人")});
    return d;
}

OfficialDocument registerExtract(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("执行委员会委员名单"));
    d.title(c.federation() + QStringLiteral("执行委员会委员名单"));
    std::vector<QStringList> rows{{QStringLiteral("姓名"), QStringLiteral("职务"), QStringLiteral("工作单位及职务"), QStringLiteral("产生方式"), QStringLiteral("日期")}};
    for (const Meeting* part : c.parts())
        for (const Contest& contest : part->contests)
            for (const auto& id : announcedOrder(c.state, *part, contest)) {
                const Person* p = c.state.roster.find(id);
                rows.push_back({c.name(id), officeZh(contest.office), p ? c.q(p->workplace + p->post) : QString(),
                                c.q(part->title.empty() ? c.meeting.title : part->title) + QStringLiteral("选举"), dateZh(part->date)});
            }
    d.table({2.5, 3.5, 4.5, 6, 3}, rows);
    d.sender(c.federation(), dateZh(c.meeting.date));
    return d;
}

} // namespace hx::doc
