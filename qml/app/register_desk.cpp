#include "register_desk.hpp"

#include "agenda.hpp"
#include "register_json.hpp"

#include <algorithm>

RegisterDesk::RegisterDesk(EngineLink* link, QObject* parent) : QObject(parent), m_link(link)
{
    connect(link, &EngineLink::changed, this, &RegisterDesk::engineChanged);
}

void RegisterDesk::engineChanged()
{
    if (m_active)
        refresh();
    else
        emit changed(); // kept and size are read live
}

void RegisterDesk::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    if (on)
        refresh();
}

int RegisterDesk::size() const
{
    return m_link->state() ? m_link->state()->executives.size() : 0;
}

bool RegisterDesk::kept() const
{
    return m_link->state() && !m_link->state()->executives.empty();
}

QString RegisterDesk::name(const std::string& id) const
{
    return QString::fromStdString(m_link->state()->nameOf(id));
}

QString RegisterDesk::execute(const QVariantMap& step)
{
    return m_link->run(EngineLink::toJson(step));
}

QStringList RegisterDesk::codes(const QString& field) const
{
    QStringList out;
    for (const auto& c : hx::codesFor(field.toStdString()))
        out << QString::fromStdString(c);
    return out;
}

QString RegisterDesk::codeText(const QString& field, const QString& code) const
{
    const std::string f = field.toStdString(), c = code.toStdString();
    if (f == "office")
        return m_link->say(hx::officeName(c));
    if (f == "review")
        return m_link->say(hx::reviewResultName(c));
    if (f == "source")
        return m_link->say(hx::topicSourceName(c));
    if (const hx::DutyKind* k = f == "duty" ? hx::dutyKind(c) : nullptr)
        return m_link->say({k->zh, k->en});
    return m_link->say(hx::exitReasonName(c));
}

void RegisterDesk::refresh()
{
    const hx::State* s = m_link->state();
    QList<QVariantMap> serving, history, proposals, overdue;
    if (!s || s->executives.empty()) {
        m_summary = m_link->say({"尚未建立执委名册：妇女代表大会选举执委后自动建立，或在此载入现任执委。",
                                 "no register yet: a congress's election starts it, or record the serving executives here."});
    } else {
        const hx::Register& reg = s->executives;
        m_asOf = QString::fromStdString(hx::latestDate(*s));
        const hx::SizeRange range = hx::sizeRange(s->federation ? s->federation->kind : "");
        m_summary = m_link->say(hx::format({"截至 {0}：现任执委 {1} 名，本类妇联 {2}–{3} 名。", "As of {0}: {1} serving, range {2}–{3}."},
                                           {m_asOf.toStdString(), std::to_string(reg.size()), std::to_string(range.low), std::to_string(range.high)}));
        if (reg.size() < range.low)
            m_summary += m_link->say(hx::format({"低于下限，应增补 {0} 名。", " Below the range: add {0} by a by-election."},
                                                {std::to_string(range.low - reg.size())}));
        if (const hx::MeetingCadence m = hx::executiveMeetingCadence(*s, m_asOf.toStdString()); m.overdue)
            m_summary += m_link->say(hx::format({"执委会议逾期：上次 {0}，应于 {1} 前召开。", " An executive meeting is overdue (last {0}, due by {1})."},
                                                {m.last, m.due}));
        for (const auto& id : reg.serving()) {
            const hx::Executive& e = *reg.find(id);
            QStringList offices;
            for (const auto& o : e.offices)
                offices << m_link->say(hx::officeName(o));
            const hx::RegisterChange* j = hx::joiningChange(e);
            const QString how = j ? m_link->say(hx::changeName(j->kind)) + (j->replaces.empty() ? QString() : "（" + name(j->replaces) + "）") : QString();
            serving.push_back({{"personId", QString::fromStdString(id)}, {"name", name(id)}, {"offices", offices.join("、")},
                               {"since", QString::fromStdString(e.since)}, {"how", how}});
        }
        for (const auto& id : reg.order)
            for (const auto& h : reg.find(id)->history)
                history.push_back({{"date", QString::fromStdString(h.date)}, {"name", name(id)}, {"change", m_link->say(hx::changeName(h.kind))},
                                   {"detail", h.reason.empty() ? (h.office.empty() ? QString::fromStdString(h.note) : m_link->say(hx::officeName(h.office)))
                                                               : m_link->say(hx::exitReasonName(h.reason))}});
        std::stable_sort(history.begin(), history.end(), [](const QVariantMap& a, const QVariantMap& b) { return a["date"].toString() > b["date"].toString(); });
        for (const auto& p : hx::withdrawalProposals(*s)) {
            QStringList evidence;
            for (const auto& e : p.evidence) {
                const hx::Meeting* m = s->meeting(e);
                evidence << (m && !m->title.empty() ? QString::fromStdString(m->title) : QString::fromStdString(e));
            }
            proposals.push_back({{"personId", QString::fromStdString(p.person)}, {"name", name(p.person)}, {"grounds", QString::fromStdString(p.grounds)},
                                 {"groundsText", m_link->say(hx::exitReasonName(p.grounds))}, {"evidence", evidence.join("；")}});
        }
        for (const auto& o : hx::overdueDuties(*s, m_asOf.toStdString()))
            overdue.push_back({{"personId", QString::fromStdString(o.person)}, {"name", name(o.person)},
                               {"duty", codeText("duty", QString::fromStdString(o.duty))}, {"period", QString::fromStdString(o.period)}});
    }
    m_serving.setRows(serving);
    m_history.setRows(history);
    m_proposals.setRows(proposals);
    m_overdue.setRows(overdue);
    emit changed();
}
