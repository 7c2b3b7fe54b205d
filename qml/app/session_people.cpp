// The meeting session's people picker: whom the rules allow in a slot,
// found by name or pinyin initials, with what tells homonyms apart.
#include "session.hpp"

#include "meeting_rules.hpp"
#include "pinyin.hpp"

QVariantList MeetingSession::pick(const QString& slot, const QString& query, int limit) const
{
    QVariantList out;
    const hx::State* s = m_link->state();
    if (!s)
        return out;
    const hx::Meeting* m = active();
    const std::vector<std::string> pool = m ? hx::eligibleFor(*s, *m, slot.toStdString()) : s->roster.order();
    for (const auto& id : hx::searchPeople(*s, pool, query.trimmed().toStdString(), static_cast<size_t>(std::max(1, limit)))) {
        const hx::Person* p = s->roster.find(id);
        QStringList detail;
        if (p && !p->birth.empty())
            detail << QString::fromStdString(p->birth);
        if (p && !(p->workplace.empty() && p->post.empty()))
            detail << QString::fromStdString(p->workplace + p->post);
        out.append(QVariantMap{{"personId", QString::fromStdString(id)}, {"name", nameOf(QString::fromStdString(id))}, {"detail", detail.join("　")}});
    }
    return out;
}
