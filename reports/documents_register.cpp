// Documents of the register over a term: the register extract with its
// changes, the by-election report, the minutes of a regular executive
// meeting, and the annual duty-review summary.
#include "agenda.hpp"
#include "doc_rounds.hpp"
#include "documents.hpp"
#include "register.hpp"
#include "result_json.hpp"
#include "strokes.hpp"

#include <algorithm>
#include <set>

namespace hx::doc {

namespace {

QString zh(const Text& t)
{
    return QString::fromStdString(t.zh);
}

// The offices held on `date`, read from the dated history.
std::set<std::string> officesAt(const Executive& e, const std::string& date)
{
    std::set<std::string> held;
    for (const auto& h : e.history) {
        if (h.date > date)
            break;
        if (h.kind == "office_taken")
            held.insert(h.office);
        else if (h.kind == "office_left")
            held.erase(h.office);
        else if (endsService(h.kind))
            held.clear();
    }
    return held;
}

QString officesZh(const Executive& e, const std::string& date)
{
    const auto held = officesAt(e, date);
    QStringList out;
    for (const char* o : {"chair", "vice_chair", "standing"})
        if (held.count(o))
            out << officeZh(o);
    return out.isEmpty() ? QStringLiteral("执委") : out.join(QStringLiteral("、"));
}

QString joinedHow(const Context& c, const RegisterChange* j)
{
    if (!j)
        return {};
    QString how = j->kind == "recorded" ? QStringLiteral("建册时在任") : zh(changeName(j->kind));
    if (j->kind == "replaced")
        how += QStringLiteral("（替") + c.name(j->replaces) + QStringLiteral("）");
    return how;
}

QString sanction(const Context& c, const Sanction& s)
{
    return s.date.empty() ? QString() : dateZh(s.date) + (s.number.empty() ? QString() : QStringLiteral("，") + keep(c.q(s.number)));
}

QString attendanceLine(const Context& c, const Meeting& m)
{
    return QStringLiteral("应到%1名，实到%2名；请假：%3；无故缺席：%4。")
        .arg(num(static_cast<long long>(m.expected.size())), num(static_cast<long long>(m.attended.size())), excusedNames(c, m), absentNames(c, m));
}

QString topicLine(const Context& c, const Topic& t)
{
    // Who raised it: the person where known, else the source (主席（副主席）) as recorded.
    QString s = c.q(t.title) + QStringLiteral("（")
                + (t.proposer.empty() ? zh(topicSourceName(t.source)) : c.state.roster.find(t.proposer) ? c.name(t.proposer) : c.q(t.proposer))
                + QStringLiteral("提出）。");
    if (!t.deliberated)
        return s + QStringLiteral("未审议。");
    if (t.by == "show_of_hands")
        s += QStringLiteral("举手表决：赞成%1，反对%2，弃权%3，").arg(t.approve).arg(t.oppose).arg(t.abstain);
    else if (t.by == "acclamation")
        s += QStringLiteral("鼓掌，");
    s += zh(topicOutcomeName(t.outcome)) + QStringLiteral("。");
    s += t.feedback.empty() ? QStringLiteral("尚未反馈。")
                            : QStringLiteral("反馈（") + dateZh(t.feedbackDate) + QStringLiteral("）：") + c.q(t.feedback) + QStringLiteral("。");
    return s;
}

} // namespace

namespace {

// The order officers were announced in (the approved order for chair and vice-chairs), over every meeting.
std::vector<std::string> announcedOfficers(const Context& c, const std::string& office)
{
    std::vector<std::string> out;
    for (const auto& mid : c.state.meetingOrder) {
        const Meeting& m = c.state.meetings.at(mid);
        for (const Meeting* part : {&m, c.state.meeting(m.plenary)})
            if (part)
                for (const Contest& contest : part->contests)
                    if (contest.office == office)
                        for (const auto& id : announcedOrder(c.state, *part, contest))
                            out.push_back(id);
    }
    return out;
}

// Chair, vice-chairs and standing members first (in their announced order), then the other executives as they joined.
std::vector<std::string> officersFirst(const Context& c, const std::vector<std::string>& ids, const std::string& date)
{
    const Register& reg = c.state.executives;
    std::vector<std::string> out;
    for (const char* office : {"chair", "vice_chair", "standing"}) {
        std::vector<std::string> holders;
        for (const auto& id : ids)
            if (officesAt(*reg.find(id), date).count(office) && std::find(out.begin(), out.end(), id) == out.end())
                holders.push_back(id);
        const auto order = announcedOfficers(c, office);
        std::stable_sort(holders.begin(), holders.end(), [&](const std::string& a, const std::string& b) {
            return std::find(order.begin(), order.end(), a) < std::find(order.begin(), order.end(), b);
        });
        out.insert(out.end(), holders.begin(), holders.end());
    }
    // The other executives by surname strokes, as every elected list is.
    std::vector<NamedItem> rest;
    for (const auto& id : ids)
        if (std::find(out.begin(), out.end(), id) == out.end())
            rest.push_back({id, c.state.nameOf(id)});
    for (const auto& id : strokeOrder(rest, "surname").ids)
        out.push_back(id);
    return out;
}

QString byElectionKind(const Meeting& m)
{
    bool added = false, replaced = false;
    for (const auto& n : m.nominations)
        (n.replaces.empty() ? added : replaced) = true;
    return added && replaced ? QStringLiteral("增补、替补") : replaced ? QStringLiteral("替补") : QStringLiteral("增补");
}

} // namespace

OfficialDocument registerExtractFromRegister(const Context& c, const std::string& asOf)
{
    const Register& reg = c.state.executives;
    OfficialDocument d = c.document(QStringLiteral("执行委员会委员名册"));
    d.title(keep(c.federation()) + QStringLiteral("执行委员会委员名册"));
    const auto serving = officersFirst(c, servingAt(reg, asOf), asOf);
    const int size = static_cast<int>(serving.size());
    // The register states the size, nothing more (the reason for an unusual size is in the founding plan).
    d.paragraph(QStringLiteral("截至%1，现任执委%2名。").arg(dateZh(asOf), num(size)));
    std::vector<QStringList> rows{{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("职务"), QStringLiteral("工作单位及职务"),
                                   QStringLiteral("产生方式"), QStringLiteral("任执委日期")}};
    int n = 0;
    for (const auto& id : serving) {
        const Executive& e = *reg.find(id);
        const Person* p = c.state.roster.find(id);
        rows.push_back({num(++n), c.name(id), officesZh(e, asOf), p ? workplaceAndPost(c, *p) : QString(), joinedHow(c, joiningChange(e)), dateZh(e.since)});
    }
    d.table({1.3, 2.5, 2.5, 5, 3.2, 3.5}, rows);
    std::vector<QStringList> changes{{QStringLiteral("姓名"), QStringLiteral("变动"), QStringLiteral("理由"), QStringLiteral("日期"), QStringLiteral("批准")}};
    // In the order they happened.
    std::vector<std::pair<std::string, QStringList>> dated;
    for (const auto& id : reg.order)
        for (const auto& h : reg.find(id)->history)
            if (h.date <= asOf && ((endsService(h.kind) && h.kind != "term_ended") || h.kind == "kept" || h.kind == "office_left" || (h.kind == "office_taken" && !h.approval.date.empty())))
                dated.push_back({h.date, {c.name(id), zh(changeName(h.kind)) + (h.office.empty() ? QString() : officeZh(h.office)),
                                          h.reason.empty() ? c.q(h.note) : zh(exitReasonName(h.reason)), dateZh(h.date), sanction(c, h.approval)}});
    std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [date, row] : dated)
        changes.push_back(row);
    if (changes.size() > 1) {
        d.heading(QStringLiteral("本届任期内的变动"));
        d.table({2.2, 2.8, 4, 3.6, 6}, changes);
    }
    d.sender(c.federation(), dateZh(asOf));
    return d;
}

OfficialDocument byElectionReport(const Context& c)
{
    const Meeting& m = c.meeting;
    const Filing* f = c.filing("result_report");
    const QString kind = byElectionKind(m);
    OfficialDocument d = c.document(kind + QStringLiteral("执委结果报告"));
    d.redHeader(c.federation());
    d.number(f ? c.q(f->number) : QString(), f ? c.q(f->signer) : QStringLiteral("　　　"));
    d.title(QStringLiteral("关于") + kind + QStringLiteral("执行委员会委员的报告"));
    d.addressee(c.partyOrganisation());
    QStringList away;
    if (absentNames(c, m) != QStringLiteral("无"))
        away << absentNames(c, m) + QStringLiteral("缺席");
    if (excusedNames(c, m) != QStringLiteral("无"))
        away << excusedNames(c, m) + QStringLiteral("请假");
    d.paragraph(c.federation() + QStringLiteral("于") + dateZh(m.date) + QStringLiteral("召开") + c.q(m.title) + QStringLiteral("。应到执委%1名，实到%2名")
                    .arg(num(static_cast<long long>(m.expected.size())), num(static_cast<long long>(m.attended.size())))
                + (away.isEmpty() ? QString() : QStringLiteral("（") + away.join(QStringLiteral("；")) + QStringLiteral("）"))
                + QStringLiteral("，") + fractionPhrase(m.method.quorum) + QStringLiteral("，符合规定。"));
    for (const auto& n : m.nominations) {
        static const std::map<std::string, QString> paths = {{"organisation", QStringLiteral("组织推荐")},
                                                              {"members", QStringLiteral("群众推荐")},
                                                              {"self", QStringLiteral("个人自荐")}};
        d.paragraph(c.name(n.person) + QStringLiteral("：") + paths.at(n.path) + QStringLiteral("，") + c.partyOrganisation() + QStringLiteral("于") + dateZh(n.approved)
                    + QStringLiteral("审查同意，提名为") + (n.replaces.empty() ? QStringLiteral("增补人选。") : QStringLiteral("替补") + c.name(n.replaces) + QStringLiteral("的人选。")));
    }
    for (const Contest& contest : m.contests) {
        d.paragraph(officeZh(contest.office) + QStringLiteral("选举，") + seatsSentence(contest));
        for (const QString& p : roundParagraphs(c, m, contest, RoundDetail::Votes))
            d.paragraph(p);
        d.paragraph(electedSentence(c, m, contest));
        if (!contest.elected.empty())
            d.table({2.6, 1.3, 2.4, 1.5, 2.6, 1.5, 6.2, 1.6}, personalRows(c, contest, announcedOrder(c.state, m, contest)));
    }
    if (!c.state.executives.empty())
        d.paragraph(QStringLiteral("选举后执行委员会委员共%1名。").arg(num(servingOn(c.state.executives, m.date))));
    d.paragraph(QStringLiteral("特此报告。"));
    const QString date = dateZh(f ? f->date : m.date);
    d.sender(c.federation(), date);
    d.imprint(c.q(joinCopies(c.copiesTo(f))), c.federation(), date);
    return d;
}

OfficialDocument executiveMinutes(const Context& c)
{
    const Meeting& m = c.meeting;
    OfficialDocument d = c.document(QStringLiteral("执委会议记录"));
    d.title(c.q(m.title) + (c.q(m.title).endsWith(QStringLiteral("会议")) ? QStringLiteral("记录") : QStringLiteral("会议记录")));
    d.line(QStringLiteral("时间：") + dateZh(m.date) + (m.place.empty() ? QString() : QStringLiteral("　地点：") + c.q(m.place)));
    d.line(QStringLiteral("主持人：") + c.name(m.presiding) + QStringLiteral("　记录人：") + c.name(m.recorder));
    d.paragraph(attendanceLine(c, m));
    if (!m.toReport.empty())
        d.paragraph(QStringLiteral("通报执委资格终止情况：") + c.names(m.toReport) + QStringLiteral("。"));
    d.heading(QStringLiteral("一、议题及审议结果"));
    int n = 0;
    for (const auto& t : m.topics)
        d.paragraph(QStringLiteral("%1. ").arg(++n) + topicLine(c, t));
    QStringList reports;
    QStringList reviews;
    for (const auto& id : c.state.executives.order) {
        const Executive& e = *c.state.executives.find(id);
        for (const auto& r : e.reports)
            if (r.meeting == m.id)
                reports << c.name(id) + (r.form == "oral" ? QStringLiteral("（口头）") : QStringLiteral("（书面）"));
        for (const auto& r : e.reviews)
            if (r.meeting == m.id)
                reviews << c.name(id) + QStringLiteral("：") + zh(reviewResultName(r.result));
    }
    if (!reports.isEmpty()) {
        d.heading(QStringLiteral("二、执委述职"));
        d.paragraph(reports.join(QStringLiteral("、")) + QStringLiteral("。"));
    }
    if (!reviews.isEmpty()) {
        d.heading(reports.isEmpty() ? QStringLiteral("二、述职评议") : QStringLiteral("三、述职评议"));
        d.paragraph(reviews.join(QStringLiteral("；")) + QStringLiteral("。"));
    }
    d.signatures({QStringLiteral("主持人"), QStringLiteral("记录人")});
    return d;
}

OfficialDocument reviewSummary(const Context& c, int year, const std::string& asOf)
{
    const Register& reg = c.state.executives;
    OfficialDocument d = c.document(QStringLiteral("执委履职及述职评议情况汇总"));
    d.title(keep(c.federation()) + QStringLiteral("%1年度执委履职及述职评议情况汇总表").arg(year));
    std::vector<QStringList> rows{{QStringLiteral("姓名"), QStringLiteral("联系"), QStringLiteral("谈心"), QStringLiteral("调研"),
                                   QStringLiteral("建议"), QStringLiteral("帮扶"), QStringLiteral("公益"), QStringLiteral("记录本"),
                                   QStringLiteral("述职"), QStringLiteral("评议结果")}};
    const std::string y = std::to_string(year);
    for (const auto& id : officersFirst(c, servedDuring(reg, y + "-01-01", std::min(asOf, y + "-12-31")), std::min(asOf, y + "-12-31"))) {
        const Executive& e = *reg.find(id);
        const auto counts = dutyCounts(e, year);
        QStringList row{c.name(id)};
        for (const auto& k : dutyKinds())
            row << num(counts.count(k.id) ? counts.at(k.id) : 0);
        QString reported = QStringLiteral("—"), result = QStringLiteral("—");
        for (const auto& r : e.reports)
            if (const Meeting* m = c.state.meeting(r.meeting); m && m->date.starts_with(std::to_string(year)))
                reported = r.form == "oral" ? QStringLiteral("口头") : QStringLiteral("书面");
        for (const auto& r : e.reviews)
            if (r.year == year)
                result = zh(reviewResultName(r.result));
        rows.push_back(row << reported << result);
    }
    d.table({2.4, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.8, 1.8, 2.6}, rows);
    d.paragraph(QStringLiteral("“七个一”履职要求：每季度联系妇女群众、开展谈心谈话各至少一次；每半年开展调研、提出意见建议各至少一次；"
                               "每年帮扶困难妇女、参加公益活动各至少一次，并记好履职记录本。"));
    const auto proposals = withdrawalProposals(c.state);
    if (!proposals.empty()) {
        d.heading(QStringLiteral("按规定提出的劝退建议（待同级党组织决定）"));
        for (const auto& p : proposals)
            d.paragraph(c.name(p.person) + QStringLiteral("：") + zh(exitReasonName(p.grounds)) + QStringLiteral("（")
                        + (p.grounds == "absences" ? QString::number(p.evidence.size()) + QStringLiteral("次会议") : QString::fromStdString(p.evidence.front()) + QStringLiteral("—") + QString::fromStdString(p.evidence.back()) + QStringLiteral("年度"))
                        + QStringLiteral("）。"));
    }
    d.sender(c.federation(), dateZh(asOf));
    return d;
}

} // namespace hx::doc
