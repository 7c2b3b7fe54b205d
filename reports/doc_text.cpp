#include "doc_text.hpp"

#include "agenda.hpp"
#include "counting.hpp"

namespace hx::doc {

QString Context::names(const std::vector<std::string>& ids) const
{
    QStringList out;
    for (const auto& id : ids)
        out << name(id);
    return out.join(QStringLiteral("、"));
}

QString Context::federation() const
{
    return state.federation ? placeName(q(state.federation->name)) : QString();
}

QString Context::partyOrganisation() const
{
    return state.federation && !state.federation->partyOrganisation.empty() ? placeName(q(state.federation->partyOrganisation))
                                                                            : QStringLiteral("同级党组织");
}

std::vector<std::string> Context::copiesTo(const Filing* f) const
{
    // An upward document has one addressee (the party organisation); the upper federation receives a copy.
    std::vector<std::string> out = f ? f->copiesTo : std::vector<std::string>{};
    if (state.federation && !state.federation->upperFederation.empty()
        && std::find(out.begin(), out.end(), state.federation->upperFederation) == out.end())
        out.push_back(state.federation->upperFederation);
    return out;
}

std::vector<const Meeting*> Context::parts() const
{
    std::vector<const Meeting*> out{&meeting};
    if (const Meeting* p = state.meeting(meeting.plenary))
        out.push_back(p);
    return out;
}

OfficialDocument Context::document(const QString& title) const
{
    // PDF dates are D:YYYYMMDDHHMMSSZ; the record's time is ISO 8601.
    QString digits;
    for (QChar c : q(record.issued).left(19))
        if (c.isDigit())
            digits += c;
    return OfficialDocument({title, q(record.seal()), QStringLiteral("D:") + digits.leftJustified(14, QLatin1Char('0')) + QLatin1Char('Z')});
}

QString dateZh(const std::string& iso)
{
    int y = 0, m = 0, d = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3)
        return QString::fromStdString(iso);
    return QStringLiteral("%1年%2月%3日").arg(y).arg(m).arg(d);
}

QString workplaceAndPost(const Context& c, const Person& p)
{
    return placeName(c.q(p.workplace)) + keep(c.q(p.post));
}

QString timeZh(const std::string& iso)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi) != 5)
        return dateZh(iso);
    return QStringLiteral("%1年%2月%3日%4时%5分").arg(y).arg(mo).arg(d).arg(h).arg(mi, 2, 10, QLatin1Char('0'));
}

QString statute()
{
    // RULE: DOCUMENTS.md What a filing reviewer sends back — the statute's name is 《中华全国妇女联合会章程》.
    return QStringLiteral("《中华全国妇女联合会章程》");
}

bool isCongress(const Meeting& m)
{
    return m.kind == "founding_congress" || m.kind == "reelection_congress";
}

QString members(const Meeting& m)
{
    return isCongress(m) ? QStringLiteral("代表") : QStringLiteral("执委");
}

bool byHands(const Round& r)
{
    return r.voting == "show_of_hands";
}

QString orderNote(const std::string& office, size_t names)
{
    if (names < 2)
        return {};
    if (office == "chair" || office == "vice_chair")
        return QStringLiteral("（按批复的顺序）");
    return QStringLiteral("（按姓氏笔画为序）");
}

QString roundName(const Round& r)
{
    return r.number == 1 ? QStringLiteral("第一次投票") : QStringLiteral("第%1次投票（%2）").arg(ordinal(r.number), roundKindZh(r.kind));
}

QString votesOf(const Context& c, const Round& r, size_t i)
{
    const Tally& t = r.tallies[i];
    if (byHands(r))
        return c.name(r.candidates[i]) + QStringLiteral("赞成%1人、反对%2人、弃权%3人").arg(t.approve).arg(t.oppose).arg(t.abstain);
    return c.name(r.candidates[i]) + QStringLiteral("赞成%1票、不赞成%2票、弃权%3票").arg(t.approve).arg(t.oppose).arg(t.abstain);
}

QString officeZh(const std::string& office)
{
    return QString::fromStdString(officeTitle(office));
}

QString outcomeZh(const std::string& outcome)
{
    // The documents' words for a round's outcome (the console's are shorter).
    if (outcome == "complete")
        return QStringLiteral("当选人数达到应选名额");
    return QString::fromStdString(outcomeName(outcome).zh);
}

QString roundKindZh(const std::string& kind)
{
    if (kind == "tie")
        return QStringLiteral("再次投票");
    if (kind == "supplementary")
        return QStringLiteral("另行选举");
    if (kind == "repeat")
        return QStringLiteral("重新选举");
    return QStringLiteral("第一轮投票");
}

QString fractionPhrase(const Fraction& f)
{
    return QStringLiteral("%1%2的%3")
        .arg(f.strict ? QStringLiteral("超过") : QStringLiteral("达到"),
             f.base == "present" ? QStringLiteral("实到人数") : QStringLiteral("应到人数"),
             QString::fromStdString(fractionZh(f)));
}

QString accounting(const Round& r)
{
    if (byHands(r))
        return QStringLiteral("以举手方式表决。");
    return QStringLiteral("发出选票%1张，收回选票%2张，其中有效票%3张，无效票%4张。")
        .arg(num(r.issued.value_or(0)), num(r.returned.value_or(0)), num(r.valid), num(r.voided));
}

QString validity(const Round& r)
{
    // RULE: DOCUMENTS.md What a filing reviewer sends back — no ballot words for a show of hands.
    if (byHands(r))
        return {};
    // The fact, not the rule: 等于 or 少于 as it was.
    if (r.outcome == "void")
        return QStringLiteral("收回选票多于发出选票，本次选举无效。");
    return r.returned.value_or(0) == r.issued.value_or(0) ? QStringLiteral("收回选票数等于发出选票数，本次选举有效。")
                                                         : QStringLiteral("收回选票数少于发出选票数，本次选举有效。");
}

QString ordinal(int n)
{
    static const char* const digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n < 10)
        return QString::fromUtf8(digits[n]);
    return (n >= 20 ? QString::fromUtf8(digits[n / 10]) : QString()) + QStringLiteral("十") + QString::fromUtf8(digits[n % 10]);
}

QString num(long long n)
{
    return QString::number(n);
}

} // namespace hx::doc
