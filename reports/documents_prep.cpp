// The documents before the vote: request, founding plan, candidate list,
// agenda, election method (draft), scrutineer list, presiding script.
#include "agenda.hpp"
#include "meeting_rules.hpp"
#include "documents.hpp"
#include "strokes.hpp"

namespace hx::doc {

namespace {

QString approvalNumber(const Meeting& m, const std::string& doc)
{
    const Approval* a = m.approval(doc);
    return a ? QString::fromStdString(a->number) : QString();
}

// Contests as they will be voted: prepared lists first, else the contests opened.
std::vector<CandidateList> contestLists(const Meeting& m)
{
    std::vector<CandidateList> out = m.candidateLists;
    for (const Contest& c : m.contests)
        if (!m.candidateList(c.id))
            out.push_back({c.id, c.office, c.originalSeats, c.rounds.front().candidates});
    return out;
}

QString marksSentence(const Method& m)
{
    if (m.marks == "tick_cross_circle")
        return QStringLiteral("赞成的在候选人姓名上方空格内划“√”，不赞成的划“×”，弃权的划“〇”。");
    if (m.marks == "filled_boxes")
        return QStringLiteral("赞成的将候选人姓名上方的方框涂满，不赞成的将“不赞成”框涂满，弃权的不涂。");
    return QStringLiteral("赞成的在候选人姓名上方空格内划“○”，不赞成的划“×”，弃权的不划任何符号。");
}

} // namespace

OfficialDocument request(const Context& c)
{
    const Meeting& m = c.meeting;
    const bool founding = m.kind == "founding_congress";
    OfficialDocument d = c.document(QStringLiteral("请示"));
    d.redHeader(c.federation() + (founding ? QStringLiteral("筹备工作组") : QString()));
    d.number(QString(), c.name(m.presiding));
    d.title(QStringLiteral("关于召开") + c.q(m.title) + QStringLiteral("的请示"));
    d.addressee(c.state.federation ? c.q(c.state.federation->partyOrganisation) : QString());
    d.paragraph((founding ? QStringLiteral("为加强党对妇女工作的领导，依照《中华人民共和国妇女联合会章程》，经研究，拟成立") + c.federation()
                          : QStringLiteral("本届执行委员会任期已满，依照《中华人民共和国妇女联合会章程》，拟进行换届选举"))
                + QStringLiteral("。现将有关事项请示如下："));
    d.heading(QStringLiteral("一、会议时间和地点"));
    d.paragraph(QStringLiteral("拟于") + dateZh(m.date) + QStringLiteral("在") + c.q(m.place) + QStringLiteral("召开") + c.q(m.title) + QStringLiteral("。"));
    d.heading(QStringLiteral("二、会议任务"));
    d.paragraph(QStringLiteral("审议通过选举办法，选举产生执行委员会；召开执行委员会第一次全体会议，选举主席、副主席。"));
    d.heading(QStringLiteral("三、代表名额和产生办法"));
    d.paragraph(QStringLiteral("出席会议代表%1名，由各基层单位妇女推选产生。").arg(static_cast<long long>(m.expected.size())));
    if (m.plan) {
        d.heading(QStringLiteral("四、执行委员会组成"));
        d.paragraph(QStringLiteral("拟设执行委员会委员%1名，其中主席1名、副主席%2名。").arg(m.plan->executives).arg(m.plan->viceChairs));
    }
    d.paragraph(QStringLiteral("妥否，请批示。"));
    d.attachments({QStringLiteral("建会方案"), QStringLiteral("候选人建议名单")});
    d.sender(c.federation() + (founding ? QStringLiteral("筹备工作组") : QString()), dateZh(m.date));
    return d;
}

OfficialDocument foundingPlan(const Context& c)
{
    const Meeting& m = c.meeting;
    OfficialDocument d = c.document(QStringLiteral("建会方案"));
    d.title(c.federation() + QStringLiteral("建会方案"));
    const FoundingPlan p = m.plan.value_or(FoundingPlan{});
    d.heading(QStringLiteral("一、组织基本情况"));
    d.paragraph(QStringLiteral("本单位（区域）共有妇女%1名，").arg(p.women)
                + (p.women < 100 ? QStringLiteral("不足100名，召开妇女大会。") : QStringLiteral("召开妇女代表大会，代表%1名。").arg(p.delegates)));
    d.heading(QStringLiteral("二、执行委员会组成"));
    d.paragraph(QStringLiteral("执行委员会委员%1名，其中主席1名、副主席%2名。").arg(p.executives).arg(p.viceChairs)
                + (p.sizeReason.empty() ? QString() : QStringLiteral("（") + c.q(p.sizeReason) + QStringLiteral("）")));
    d.heading(QStringLiteral("三、候选人条件"));
    d.paragraph(c.q(p.conditions.empty() ? "政治立场坚定，热心妇女工作，在妇女群众中有威信。" : p.conditions));
    d.heading(QStringLiteral("四、提名方式"));
    d.paragraph(c.q(p.nominationMethod.empty() ? "组织推荐与群众推荐相结合，经同级党组织审查同意。" : p.nominationMethod));
    d.heading(QStringLiteral("五、工作安排"));
    d.paragraph(c.q(p.schedule.empty() ? "" : p.schedule) + (p.schedule.empty() ? dateZh(m.date) + QStringLiteral("召开") + c.q(m.title) + QStringLiteral("。") : QString()));
    if (const QString n = approvalNumber(m, "founding_plan"); !n.isEmpty())
        d.paragraph(QStringLiteral("本方案已经同级党组织批复（") + n + QStringLiteral("）。"));
    d.sender(c.federation() + QStringLiteral("筹备工作组"), dateZh(m.date));
    return d;
}

OfficialDocument candidateList(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("候选人建议名单"));
    d.title(c.q(c.meeting.title) + QStringLiteral("候选人建议名单"));
    for (const Meeting* part : c.parts())
        for (const CandidateList& list : contestLists(*part)) {
            d.heading(officeZh(list.office) + QStringLiteral("候选人（应选%1名，按姓氏笔画为序）").arg(list.seats));
            std::vector<NamedItem> named;
            for (const auto& id : list.candidates)
                named.push_back({id, c.state.nameOf(id)});
            std::vector<QStringList> rows{{QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生年月"), QStringLiteral("民族"),
                                           QStringLiteral("政治面貌"), QStringLiteral("学历"), QStringLiteral("工作单位及职务")}};
            for (const auto& id : strokeOrder(named, part->method.nameOrder).ids) {
                const Person* p = c.state.roster.find(id);
                rows.push_back({c.name(id), p ? c.q(p->sex) : QString(), p ? c.q(p->birth) : QString(), p ? c.q(p->ethnicity) : QString(),
                                p ? c.q(p->party) : QString(), p ? c.q(p->education) : QString(), p ? c.q(p->workplace + p->post) : QString()});
            }
            d.table({3, 1.6, 2.6, 1.6, 2.6, 1.6, 5}, rows);
            if (const QString n = approvalNumber(*part, "candidate_list:" + list.contest); !n.isEmpty())
                d.line(QStringLiteral("同级党组织批复：") + n);
        }
    return d;
}

OfficialDocument agenda(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("大会议程"));
    d.title(c.q(c.meeting.title) + QStringLiteral("议程"));
    int n = 0;
    for (const auto& item : agendaOf(c.meeting.kind)) {
        if (std::string_view(item.id) == "first_plenary") {
            d.paragraph(QStringLiteral("%1. 大会休会，召开执行委员会第一次全体会议：").arg(++n));
            for (const auto& sub : agendaOf("first_plenary"))
                d.paragraph(QStringLiteral("　　（%1）").arg(&sub - &agendaOf("first_plenary").front() + 1) + QString::fromUtf8(sub.zh) + QStringLiteral("；"));
            d.paragraph(QStringLiteral("%1. 大会复会。").arg(++n));
            continue;
        }
        d.paragraph(QStringLiteral("%1. ").arg(++n) + QString::fromUtf8(item.zh) + QStringLiteral("；"));
    }
    d.line(QStringLiteral("时间：") + dateZh(c.meeting.date) + QStringLiteral("　地点：") + c.q(c.meeting.place));
    return d;
}

OfficialDocument electionMethod(const Context& c, const Meeting& part)
{
    const Method& m = part.method;
    OfficialDocument d = c.document(QStringLiteral("选举办法（草案）"));
    d.title(c.q(part.title.empty() ? c.meeting.title : part.title) + QStringLiteral("选举办法（草案）"));
    d.paragraph(QStringLiteral("根据《中华人民共和国妇女联合会章程》和有关规定，制定本办法。"));
    d.heading(QStringLiteral("一、选举事项和名额"));
    for (const CandidateList& l : contestLists(part)) {
        const long long n = static_cast<long long>(l.candidates.size());
        d.paragraph(QStringLiteral("选举") + officeZh(l.office) + QStringLiteral("%1名，候选人%2名，").arg(l.seats).arg(n)
                    + (n > l.seats ? QStringLiteral("实行差额选举，差额%1名。").arg(n - l.seats) : QStringLiteral("实行等额选举。")));
    }
    d.heading(QStringLiteral("二、投票方式"));
    d.paragraph(QStringLiteral("选举采用无记名投票方式。选票上候选人按姓氏笔画为序排列。") + marksSentence(m)
                + QStringLiteral("不赞成某候选人的，可以另选他人，在另选人栏内写上另选人姓名并划“○”；只写姓名不划符号的，另选无效。"));
    d.heading(QStringLiteral("三、选票和选举的效力"));
    d.paragraph(QStringLiteral("每张选票所选人数（含另选人）等于或少于应选名额的为有效票，多于应选名额的为无效票。无法辨认的部分无效。"));
    d.paragraph(m.electionValidity == "returned_le_voters" ? QStringLiteral("收回选票等于或少于投票人数，选举有效；多于投票人数，选举无效，应重新选举。")
                                                           : QStringLiteral("收回选票等于或少于发出选票，选举有效；多于发出选票，选举无效，应重新选举。"));
    d.heading(QStringLiteral("四、会议和当选的人数要求"));
    d.paragraph(QStringLiteral("到会人数") + fractionPhrase(m.quorum) + QStringLiteral("，方可进行选举。"));
    d.paragraph(QStringLiteral("候选人获得赞成票") + fractionPhrase(m.threshold) + QStringLiteral("，始得当选。"));
    d.paragraph(QStringLiteral("获得赞成票超过半数的被选举人多于应选名额时，以得票多少为序，至取足应选名额为止。")
                + (m.tie == "revote" ? QStringLiteral("如遇票数相等不能确定当选人时，应就票数相等的被选举人再次投票，以得票多的当选。")
                                     : QStringLiteral("如遇票数相等，以不赞成票少的当选；仍相等的，再次投票。")));
    d.paragraph(m.shortfall == "supplementary" ? QStringLiteral("当选人数少于应选名额时，对不足的名额另行选举，候选人从未当选的得票多者中按差额%1名确定。").arg(m.supplementaryMargin)
                : m.shortfall == "reduce_seats" ? QStringLiteral("当选人数少于应选名额时，经多数选举人或主席团同意，可以减少名额，不再另行选举。")
                                                : QStringLiteral("当选人数少于应选名额时，不再另行选举。"));
    d.heading(QStringLiteral("五、监票和计票"));
    d.paragraph(QStringLiteral("选举设总监票人1名、监票人若干名，由会议通过；计票人由工作人员担任。候选人不得担任监票人、计票人。监票人对选举全过程进行监督，核对计票结果并签字。"));
    d.heading(QStringLiteral("六、其他"));
    d.paragraph(QStringLiteral("本办法经") + c.q(part.title.empty() ? c.meeting.title : part.title) + QStringLiteral("通过后生效。"));
    return d;
}

OfficialDocument scrutineerList(const Context& c, const Meeting& part)
{
    OfficialDocument d = c.document(QStringLiteral("监票人、计票人名单（草案）"));
    d.title(c.q(part.title.empty() ? c.meeting.title : part.title) + QStringLiteral("监票人、计票人名单（草案）"));
    const Scrutineers& s = part.scrutineers;
    d.line(QStringLiteral("总监票人：") + c.name(s.chief));
    if (!s.scrutineers.empty())
        d.line(QStringLiteral("监票人：") + c.names(s.scrutineers));
    QStringList tellers;
    for (size_t i = 0; i < s.tellers.size(); ++i)
        tellers << (s.tellerIsStaff[i] ? c.q(s.tellers[i]) + QStringLiteral("（工作人员）") : c.name(s.tellers[i]));
    d.line(QStringLiteral("计票人：") + tellers.join(QStringLiteral("、")));
    return d;
}

OfficialDocument presidingScript(const Context& c)
{
    const Meeting& m = c.meeting;
    OfficialDocument d = c.document(QStringLiteral("主持词"));
    d.title(c.q(m.title) + QStringLiteral("主持词"));
    const long long expected = static_cast<long long>(m.expected.size()), present = static_cast<long long>(m.present.size());
    const bool quorum = meets(present, quorumBase(m), m.method.quorum);
    d.paragraph(QStringLiteral("各位代表：现在开会。本次大会应到代表%1名，实到%2名，").arg(expected).arg(present)
                + (quorum ? fractionPhrase(m.method.quorum) + QStringLiteral("，符合规定，可以进行选举。")
                          : QStringLiteral("未") + fractionPhrase(m.method.quorum) + QStringLiteral("，不能进行选举。")));
    int n = 0;
    for (const auto& item : agendaFor(m))
        d.paragraph(QStringLiteral("进行大会第%1项议程：").arg(++n) + QString::fromUtf8(item.zh) + QStringLiteral("。"));
    for (const Meeting* part : c.parts())
        for (const Contest& contest : part->contests) {
            const Round& r = contest.current();
            d.paragraph(QStringLiteral("请总监票人报告") + officeZh(contest.office) + QStringLiteral("选举的计票结果。") + accounting(r) + validity(r));
            d.paragraph(QStringLiteral("根据选举办法，") + c.names(announcedOrder(c.state, *part, contest)) + QStringLiteral("当选为") + officeZh(contest.office)
                        + QStringLiteral("。让我们以热烈的掌声表示祝贺！"));
        }
    d.paragraph(QStringLiteral("大会各项议程已经进行完毕。现在我宣布：") + c.q(m.title) + QStringLiteral("胜利闭幕！"));
    return d;
}

} // namespace hx::doc
