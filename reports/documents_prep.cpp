// The documents before the vote: request, founding plan, candidate list,
// agenda, election method, scrutineer list, presiding script.
#include "agenda.hpp"
#include "doc_rounds.hpp"
#include "documents.hpp"
#include "meeting_rules.hpp"
#include "strokes.hpp"

namespace hx::doc {

namespace {

// Contests as they will be voted: prepared lists first, else the contests opened.
std::vector<CandidateList> contestLists(const Meeting& m)
{
    std::vector<CandidateList> out = m.candidateLists;
    for (const Contest& c : m.contests)
        if (!m.candidateList(c.id))
            out.push_back({c.id, c.office, c.originalSeats, c.givenOrder.empty() ? c.rounds.front().candidates : c.givenOrder});
    return out;
}

QString marksSentence(const Method& m)
{
    if (m.marks == "tick_cross_circle")
        return QStringLiteral("赞成的在候选人姓名上方空格内划“√”，不赞成的划“×”，弃权的划“〇”。");
    if (m.marks == "filled_boxes")
        return QStringLiteral("赞成的将候选人姓名上方的方格涂满，不赞成的和弃权的不涂。");
    return QStringLiteral("赞成的在候选人姓名上方空格内划“○”，不赞成的划“×”，弃权的不划任何符号。");
}

// Whether the part votes by show of hands: every contest opened so.
bool handsOnly(const Meeting& part)
{
    bool any = false;
    for (const Contest& c : part.contests) {
        if (c.rounds.empty() || !byHands(c.rounds.front()))
            return false;
        any = true;
    }
    return any;
}

QString partTitle(const Context& c, const Meeting& part)
{
    return c.q(part.title.empty() ? c.meeting.title : part.title);
}

// Under the title: （草案） until the meeting adopts it, then the date and the body that adopted it.
QString adoptedLine(const Context& c, const Meeting& part, bool adopted)
{
    return adopted ? QStringLiteral("（") + dateZh(part.date) + partTitle(c, part) + QStringLiteral("通过）") : QStringLiteral("（草案）");
}

QString base(const Context& c)
{
    const std::string kind = c.state.federation ? c.state.federation->kind : "";
    return kind == "community" ? QStringLiteral("本社区") : kind == "village" ? QStringLiteral("本村")
         : kind == "street"    ? QStringLiteral("本街道") : kind == "township" ? QStringLiteral("本乡镇")
                               : QStringLiteral("本单位");
}

// A sentence as typed, ended with 。 when it has no closing mark of its own.
QString sentence(const QString& text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || QStringLiteral("。！？；”）").contains(t.back()) ? t : t + QStringLiteral("。");
}

QString issuer(const Context& c)
{
    return c.federation() + (c.meeting.kind == "founding_congress" ? QStringLiteral("筹备工作组") : QString());
}

// A date not yet recorded is left for the pen, never invented.
QString filingDate(const Filing* f)
{
    return f ? dateZh(f->date) : QStringLiteral("　　　　年　　月　　日");
}

std::vector<std::string> listOrder(const Context& c, const Meeting& part, const CandidateList& list)
{
    // RULE: RULES §5 Order — chair and vice-chairs in the approved order; others by surname strokes.
    if (list.office == "chair" || list.office == "vice_chair")
        return list.candidates;
    std::vector<NamedItem> named;
    for (const auto& id : list.candidates)
        named.push_back({id, c.state.nameOf(id)});
    return strokeOrder(named, part.method.nameOrder).ids;
}

void ballotMethod(const Context& c, const Meeting& part, OfficialDocument& d)
{
    const Method& m = part.method;
    d.heading(QStringLiteral("二、投票方式"));
    d.paragraph(QStringLiteral("选举采用无记名投票方式。选票上候选人按姓氏笔画为序排列。") + marksSentence(m)
                + QStringLiteral("不赞成某候选人的，可以另选他人，在另选人栏内写上另选人姓名") + QString::fromStdString(writeInZh(m.marks))
                + QStringLiteral("。弃权的不能另选他人。"));
    d.paragraph(QStringLiteral("选举人因故不能书写选票的，可以委托他人按照选举人的意愿代写。"));
    d.heading(QStringLiteral("三、选票和选举的效力"));
    d.paragraph(QStringLiteral("每张选票所选人数（含另选人）等于或少于应选名额的为有效票，多于应选名额的为无效票。无法辨认的部分无效。"));
    d.paragraph(m.electionValidity == "returned_le_voters" ? QStringLiteral("收回选票等于或少于投票人数，选举有效；多于投票人数，选举无效，应重新选举。")
                                                           : QStringLiteral("收回选票等于或少于发出选票，选举有效；多于发出选票，选举无效，应重新选举。"));
    (void)c;
}

void handsMethod(OfficialDocument& d)
{
    // RULE: DOCUMENTS.md What a filing reviewer sends back — a show of hands is described in hands, never in ballot words.
    d.heading(QStringLiteral("二、表决方式"));
    d.paragraph(QStringLiteral("选举采用举手表决方式。主持人逐一宣读候选人姓名，与会人员分别举手表示赞成、反对或者弃权，由监票人当场清点人数并报告主持人。"));
    d.heading(QStringLiteral("三、表决的效力"));
    d.paragraph(QStringLiteral("赞成、反对、弃权人数之和不得多于实到人数；多于实到人数的，该项表决无效，应重新表决。"));
}

} // namespace

OfficialDocument request(const Context& c)
{
    const Meeting& m = c.meeting;
    const bool founding = m.kind == "founding_congress";
    const Filing* f = c.filing("request");
    OfficialDocument d = c.document(QStringLiteral("请示"));
    d.redHeader(issuer(c));
    d.number(f ? c.q(f->number) : QString(), f ? c.q(f->signer) : QStringLiteral("　　　"));
    d.title(QStringLiteral("关于召开") + c.q(m.title) + QStringLiteral("的请示"));
    d.addressee(c.partyOrganisation());
    d.paragraph((founding ? QStringLiteral("为加强党对妇女工作的领导，依照") + statute() + QStringLiteral("，经研究，拟成立") + c.federation()
                          : QStringLiteral("本届执行委员会任期已满，依照") + statute() + QStringLiteral("，拟进行换届选举"))
                + QStringLiteral("，召开") + c.q(m.title) + QStringLiteral("。现将有关事项请示如下："));
    d.heading(QStringLiteral("一、会议时间和地点"));
    d.paragraph(QStringLiteral("拟于") + dateZh(m.date) + QStringLiteral("在") + c.q(m.place) + QStringLiteral("召开。"));
    d.heading(QStringLiteral("二、会议任务"));
    d.paragraph(QStringLiteral("审议通过选举办法，选举产生执行委员会；召开执行委员会第一次全体会议，选举主席、副主席。"));
    d.heading(QStringLiteral("三、代表名额和产生办法"));
    d.paragraph(QStringLiteral("出席会议代表%1名，由各基层单位妇女推选产生。").arg(static_cast<long long>(m.expected.size())));
    d.heading(QStringLiteral("四、执行委员会组成"));
    // From the plan; without one, from the contests prepared or opened.
    int executives = m.plan ? m.plan->executives : 0, vice = m.plan ? m.plan->viceChairs : -1;
    for (const Meeting* part : c.parts())
        for (const CandidateList& l : contestLists(*part)) {
            if (!m.plan && l.office == "executive")
                executives = l.seats;
            if (!m.plan && l.office == "vice_chair")
                vice = l.seats;
        }
    d.paragraph(QStringLiteral("拟设执行委员会委员%1名").arg(executives)
                + (vice >= 0 ? QStringLiteral("，其中主席1名、副主席%1名。").arg(vice) : QStringLiteral("。")));
    d.paragraph(QStringLiteral("妥否，请批示。"));
    QStringList attached;
    if (m.plan)
        attached << c.federation() + QStringLiteral("建会方案");
    attached << c.q(m.title) + QStringLiteral("候选人建议名单");
    d.attachments(attached);
    d.sender(issuer(c), filingDate(f));
    // RULE: 党政机关公文处理工作条例 第九条 — a request names a contact person and telephone (附注).
    if (f && (!f->contact.empty() || !f->phone.empty()))
        d.annotation(QStringLiteral("联系人：") + keep(c.q(f->contact)) + QStringLiteral("，联系电话：") + keep(c.q(f->phone)));
    // GB/T 9704 7.3.7: the attachments bound after the body, each from a new page, before the 版记.
    if (m.plan)
        d.append(foundingPlan(c));
    d.append(candidateList(c));
    d.imprint(f ? c.q(joinCopies(f->copiesTo)) : QString(), issuer(c), filingDate(f));
    return d;
}

OfficialDocument foundingPlan(const Context& c)
{
    const Meeting& m = c.meeting;
    OfficialDocument d = c.document(QStringLiteral("建会方案"));
    d.attachmentMark(QStringLiteral("附件1"));
    d.title(keep(c.federation()) + QStringLiteral("建会方案"));
    const FoundingPlan p = m.plan.value_or(FoundingPlan{});
    d.heading(QStringLiteral("一、组织基本情况"));
    d.paragraph(base(c) + QStringLiteral("共有妇女%1名，").arg(p.women)
                + (p.women < 100 ? QStringLiteral("不足100名，拟召开妇女大会。") : QStringLiteral("拟召开妇女代表大会，设代表%1名。").arg(p.delegates)));
    d.heading(QStringLiteral("二、执行委员会组成"));
    d.paragraph(QStringLiteral("执行委员会委员%1名，其中主席1名、副主席%2名。").arg(p.executives).arg(p.viceChairs)
                + (p.sizeReason.empty() ? QString() : sentence(c.q(p.sizeReason))));
    d.heading(QStringLiteral("三、候选人条件"));
    d.paragraph(sentence(c.q(p.conditions.empty() ? "政治立场坚定，热心妇女工作，在妇女群众中有威信" : p.conditions)));
    d.heading(QStringLiteral("四、提名方式"));
    d.paragraph(p.nominationMethod.empty() ? QStringLiteral("组织推荐与群众推荐相结合，经") + c.partyOrganisation() + QStringLiteral("审查同意。")
                                           : sentence(c.q(p.nominationMethod)));
    d.heading(QStringLiteral("五、工作安排"));
    d.paragraph(p.schedule.empty() ? dateZh(m.date) + QStringLiteral("召开") + c.q(m.title) + QStringLiteral("。") : sentence(c.q(p.schedule)));
    return d;
}

OfficialDocument candidateList(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("候选人建议名单"));
    if (isCongress(c.meeting))
        d.attachmentMark(c.meeting.plan ? QStringLiteral("附件2") : QStringLiteral("附件"));
    d.title(c.q(c.meeting.title) + QStringLiteral("候选人建议名单"));
    for (const Meeting* part : c.parts())
        for (const CandidateList& list : contestLists(*part)) {
            // Before the approval, chair and vice-chairs stand in the order proposed.
            const bool officer = list.office == "chair" || list.office == "vice_chair";
            d.heading(officeZh(list.office) + QStringLiteral("候选人（应选%1名）").arg(list.seats)
                      + (officer && list.candidates.size() > 1 ? QStringLiteral("（按建议顺序）") : orderNote(list.office, list.candidates.size())));
            std::vector<QStringList> rows{{QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生年月"), QStringLiteral("民族"),
                                           QStringLiteral("政治面貌"), QStringLiteral("学历"), QStringLiteral("工作单位及职务")}};
            for (const auto& id : listOrder(c, *part, list)) {
                const Person* p = c.state.roster.find(id);
                rows.push_back({c.name(id), p ? c.q(p->sex) : QString(), p ? c.q(p->birth) : QString(), p ? c.q(p->ethnicity) : QString(),
                                p ? c.q(p->party) : QString(), p ? c.q(p->education) : QString(), p ? workplaceAndPost(c, *p) : QString()});
            }
            d.table({3, 1.6, 2.6, 1.6, 2.6, 1.6, 5}, rows);
        }
    return d;
}

OfficialDocument agenda(const Context& c)
{
    OfficialDocument d = c.document(QStringLiteral("大会议程"));
    d.title(c.q(c.meeting.title) + QStringLiteral("议程"));
    d.line(QStringLiteral("时间：") + dateZh(c.meeting.date));
    d.line(QStringLiteral("地点：") + c.q(c.meeting.place));
    d.blank();
    int n = 0;
    for (const AgendaStep& step : agendaSteps(c.meeting, c.partyOrganisation())) {
        const bool last = ++n == static_cast<int>(agendaSteps(c.meeting, c.partyOrganisation()).size());
        d.paragraph(QStringLiteral("%1. ").arg(n) + step.text + (step.plenary ? QStringLiteral("：") : last ? QStringLiteral("。") : QStringLiteral("；")));
        if (step.plenary) {
            int k = 0;
            for (const auto& sub : agendaOf("first_plenary"))
                d.paragraph(QStringLiteral("（%1）").arg(++k) + QString::fromUtf8(sub.zh) + QStringLiteral("；"));
        }
    }
    return d;
}

OfficialDocument electionMethod(const Context& c, const Meeting& part)
{
    const Method& m = part.method;
    OfficialDocument d = c.document(part.methodAdopted ? QStringLiteral("选举办法") : QStringLiteral("选举办法（草案）"));
    d.title(partTitle(c, part) + QStringLiteral("选举办法"));
    d.subtitle(adoptedLine(c, part, part.methodAdopted));
    d.paragraph(QStringLiteral("根据") + statute() + QStringLiteral("和有关规定，制定本办法。"));
    d.heading(QStringLiteral("一、选举事项和名额"));
    for (const CandidateList& l : contestLists(part)) {
        const long long n = static_cast<long long>(l.candidates.size());
        d.paragraph(QStringLiteral("选举") + officeZh(l.office) + QStringLiteral("%1名，候选人%2名，").arg(l.seats).arg(n)
                    + (n > l.seats ? QStringLiteral("实行差额选举，差额%1名。").arg(n - l.seats) : QStringLiteral("实行等额选举。")));
    }
    const bool hands = handsOnly(part);
    if (hands)
        handsMethod(d);
    else
        ballotMethod(c, part, d);
    d.heading(QStringLiteral("四、会议和当选的人数要求"));
    d.paragraph(QStringLiteral("到会人数") + fractionPhrase(m.quorum) + QStringLiteral("，方可进行选举。"));
    const QString approvals = hands ? QStringLiteral("赞成人数") : QStringLiteral("赞成票");
    const QString again = hands ? QStringLiteral("再次表决") : QStringLiteral("再次投票");
    d.paragraph(QStringLiteral("候选人获得") + approvals + fractionPhrase(m.threshold) + QStringLiteral("，始得当选。"));
    d.paragraph(QStringLiteral("获得%1超过半数的被选举人多于应选名额时，以%1多少为序，至取足应选名额为止。").arg(approvals)
                + (m.tie == "revote" ? QStringLiteral("如遇%1相等不能确定当选人时，应就相等的被选举人%2，以%1多的当选。").arg(approvals, again)
                                     : QStringLiteral("如遇%1相等，以%3少的当选；仍相等的，%2。").arg(approvals, again, hands ? QStringLiteral("反对人数") : QStringLiteral("不赞成票"))));
    bool competitive = false;
    for (const CandidateList& l : contestLists(part))
        competitive = competitive || static_cast<long long>(l.candidates.size()) > l.seats;
    d.paragraph(m.shortfall == "supplementary" ? (competitive ? QStringLiteral("当选人数少于应选名额时，对不足的名额另行选举，候选人从未当选的%1多者中按差额%2名确定。").arg(approvals).arg(m.supplementaryMargin)
                                                              : QStringLiteral("当选人数少于应选名额时，对不足的名额另行选举，候选人另行提出。"))
                : m.shortfall == "reduce_seats" ? QStringLiteral("当选人数少于应选名额时，经多数选举人或主席团同意，可以减少名额，不再另行选举。")
                                                : QStringLiteral("当选人数少于应选名额时，不再另行选举。"));
    d.heading(QStringLiteral("五、监票和计票"));
    d.paragraph(QStringLiteral("选举设总监票人1名、监票人若干名，由会议通过；计票人由工作人员担任。候选人不得担任监票人、计票人。监票人对选举全过程进行监督，核对计票结果并签字。"));
    d.heading(QStringLiteral("六、选举程序"));
    d.paragraph(hands ? QStringLiteral("清点到会人数，报告是否符合规定人数；逐一宣读候选人姓名，分别举手表决；监票人清点赞成、反对、弃权人数；宣布表决结果。")
                      : QStringLiteral("清点到会人数，报告是否符合规定人数；监票人检查票箱；分发选票，说明填写方法；投票；清点选票，报告发出、收回选票张数；计票；宣布选举结果。"));
    d.heading(QStringLiteral("七、选举纪律"));
    d.paragraph(QStringLiteral("选举人按照自己的意愿行使选举权，任何组织和个人不得以任何方式强迫选举人选举或者不选举某人；严禁拉票贿选；会场内不得随意走动、交头接耳。"));
    d.heading(QStringLiteral("八、其他"));
    d.paragraph(QStringLiteral("本办法经") + partTitle(c, part) + QStringLiteral("通过后生效。"));
    return d;
}

OfficialDocument scrutineerList(const Context& c, const Meeting& part)
{
    const Scrutineers& s = part.scrutineers;
    OfficialDocument d = c.document(s.adopted ? QStringLiteral("监票人、计票人名单") : QStringLiteral("监票人、计票人名单（草案）"));
    d.title(partTitle(c, part) + QStringLiteral("监票人、计票人名单"));
    d.subtitle(adoptedLine(c, part, s.adopted));
    d.line(QStringLiteral("总监票人：") + c.name(s.chief));
    if (!s.scrutineers.empty())
        d.line(QStringLiteral("监票人：") + c.names(s.scrutineers));
    QStringList tellers;
    for (size_t i = 0; i < s.tellers.size(); ++i)
        tellers << (s.tellerIsStaff[i] ? keep(c.q(s.tellers[i])) + QStringLiteral("（工作人员）") : c.name(s.tellers[i]));
    d.line(QStringLiteral("计票人：") + tellers.join(QStringLiteral("、")));
    return d;
}

} // namespace hx::doc
