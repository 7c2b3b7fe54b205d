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
        return lang == hx::Lang::en ? QStringLiteral("Request") : QStringLiteral("请示");
    return lang == hx::Lang::en ? QStringLiteral("Result report") : QStringLiteral("选举结果报告");
}

} // namespace

QVariantList MeetingSession::filingDocuments() const
{
    const hx::State* s = m_link->state();
    const hx::Meeting* m = s ? s->meeting(m_meetingId.toStdString()) : nullptr;
    QVariantList out;
    if (!m)
        return out;
    for (const auto& doc : hx::outgoingDocuments(*m))
        out << QVariantMap{{"value", q(doc)}, {"label", label(doc, m_link->lang())}};
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
            {"date", q(f->date)}, {"copiesTo", copies.join(QStringLiteral("、"))}, {"contact", q(f->contact)}, {"phone", q(f->phone)}};
}

QString MeetingSession::filingNotice() const
{
    const hx::State* s = m_link->state();
    const hx::Meeting* m = s ? s->meeting(m_meetingId.toStdString()) : nullptr;
    QStringList missing;
    for (const QVariant& v : filingDocuments()) {
        const std::string doc = v.toMap().value("value").toString().toStdString();
        const hx::Filing* f = m ? m->filing(doc) : nullptr;
        if (!f || f->number.empty() || f->signer.empty())
            missing << label(doc, m_link->lang());
    }
    if (missing.isEmpty())
        return {};
    return m_link->say(hx::format({"{0}尚缺文号或签发人：请在“发文信息”中填写，生成的文件才能报送。",
                                   "{0}: no document number or signer yet — fill in the filing details before generating documents to file."},
                                  {missing.join(m_link->lang() == hx::Lang::en ? QStringLiteral(", ") : QStringLiteral("、")).toStdString()}));
}

QString MeetingSession::setFiling(const QString& document, const QString& number, const QString& signer, const QString& date,
                                  const QString& copiesTo, const QString& contact, const QString& phone)
{
    hx::Json copies = hx::Json::array();
    for (const QString& c : copiesTo.split(QRegularExpression(QStringLiteral("[、，,;；\\n]")), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            copies.push_back(c.trimmed().toStdString());
    return m_link->run({{"do", "set_filing"}, {"meeting", m_meetingId.toStdString()}, {"document", document.toStdString()},
                        {"number", number.trimmed().toStdString()}, {"signer", signer.trimmed().toStdString()},
                        {"date", date.trimmed().toStdString()}, {"copies_to", copies}, {"contact", contact.trimmed().toStdString()},
                        {"phone", phone.trimmed().toStdString()}});
}
