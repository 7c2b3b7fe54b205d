// The filing details of the documents a meeting sends out (请示 before a
// congress, 选举结果报告 after an election): number, signer, date, copies.
// They belong to the meeting itself, never to its first plenary.
#include "qt_text.hpp"
#include "session.hpp"

#include <QRegularExpression>

namespace {

QString label(const std::string& document, hx::Lang lang)
{
    if (document == "request")
        return lang == hx::Lang::en ? QStringLiteral("Request (请示)") : QStringLiteral("请示");
    return lang == hx::Lang::en ? QStringLiteral("Result report (选举结果报告)") : QStringLiteral("选举结果报告");
}

} // namespace

QVariantList MeetingSession::filingDocuments() const
{
    const hx::State* s = m_link->state();
    const hx::Meeting* m = s ? s->meeting(m_meetingId.toStdString()) : nullptr;
    QVariantList out;
    if (!m)
        return out;
    const bool congress = m->kind == "founding_congress" || m->kind == "reelection_congress";
    if (congress)
        out << QVariantMap{{"value", "request"}, {"label", label("request", m_link->lang())}};
    if (congress || m->kind == "executive_by_election")
        out << QVariantMap{{"value", "result_report"}, {"label", label("result_report", m_link->lang())}};
    return out;
}

QVariantMap MeetingSession::filing(const QString& document) const
{
    const hx::State* s = m_link->state();
    const hx::Meeting* m = s ? s->meeting(m_meetingId.toStdString()) : nullptr;
    const hx::Filing* f = m ? m->filing(document.toStdString()) : nullptr;
    if (!f)
        return {};
    QStringList copies;
    for (const auto& c : f->copiesTo)
        copies << q(c);
    return {{"number", q(f->number)}, {"signer", q(f->signer)},
            {"date", q(f->date)}, {"copiesTo", copies.join(QStringLiteral("、"))}};
}

QString MeetingSession::setFiling(const QString& document, const QString& number, const QString& signer, const QString& date,
                                  const QString& copiesTo)
{
    hx::Json copies = hx::Json::array();
    for (const QString& c : copiesTo.split(QRegularExpression(QStringLiteral("[、，,;；\\n]")), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            copies.push_back(c.trimmed().toStdString());
    return m_link->run({{"do", "set_filing"}, {"meeting", m_meetingId.toStdString()}, {"document", document.toStdString()},
                        {"number", number.trimmed().toStdString()}, {"signer", signer.trimmed().toStdString()},
                        {"date", date.trimmed().toStdString()}, {"copies_to", copies}});
}
