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
    return state.federation ? q(state.federation->name) : QString();
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

QString officeZh(const std::string& office)
{
    return QString::fromStdString(officeTitle(office));
}

QString outcomeZh(const std::string& outcome)
{
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
    if (r.voting == "show_of_hands")
        return QStringLiteral("本轮采用举手表决方式。");
    return QStringLiteral("发出选票%1张，收回选票%2张，其中有效票%3张，无效票%4张。")
        .arg(num(r.issued.value_or(0)), num(r.returned.value_or(0)), num(r.valid), num(r.voided));
}

QString validity(const Round& r)
{
    return r.outcome == "void" ? QStringLiteral("收回选票多于发出选票，本次选举无效。")
                               : QStringLiteral("收回选票等于或少于发出选票，本次选举有效。");
}

QString num(long long n)
{
    return QString::number(n);
}

} // namespace hx::doc
