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
    // The register's changes concern those serving now, whatever meeting is open.
    const std::vector<std::string> pool = slot == "serving" ? s->executives.serving()
                                          : m                 ? hx::eligibleFor(*s, *m, slot.toStdString())
                                                              : s->roster.order();
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

QVariantMap MeetingSession::checkInCard(const QString& code)
{
    const hx::State* s = m_link->state();
    const hx::Meeting* m = active();
    const QStringList parts = code.trimmed().split(':');
    auto refuse = [this](const hx::Text& t) { return QVariantMap{{"error", m_link->say(t)}}; };
    if (!s || !m)
        return refuse({"请先选择会议", "choose a meeting first"});
    if (parts.size() != 3 || parts[0] != "HX1")
        return refuse({"读不懂这个码：" + code.toStdString(), "this code cannot be read: " + code.toStdString()});
    const std::string meeting = parts[1].toStdString(), person = parts[2].toStdString();
    // A congress's card serves at its first plenary too: the same people, the same day.
    if (meeting != m->id && meeting != m->parent)
        return refuse({"这张证件属于另一次会议，不是本次会议的", "this card belongs to another meeting"});
    const hx::Person* p = s->roster.find(person);
    if (!p || !m->isExpected(person))
        return refuse({"证件上的人不在本次会议的应到名单中", "the card's holder is not expected at this meeting"});
    if (m->present.count(person))
        return refuse({p->name + " 已经签到", p->name + " has already checked in"});
    if (const QString refusal = checkIn(parts[2]); !refusal.isEmpty())
        return QVariantMap{{"error", refusal}};
    return {{"personId", parts[2]}, {"name", QString::fromStdString(p->name)}, {"post", QString::fromStdString(p->post)}};
}
