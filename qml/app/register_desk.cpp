#include "register_desk.hpp"

#include "agenda.hpp"
#include "register_json.hpp"

#include <algorithm>

RegisterDesk::RegisterDesk(EngineLink* link, QObject* parent) : QObject(parent), m_link(link)
{
    connect(link, &EngineLink::changed, this, &RegisterDesk::refresh);
}

bool RegisterDesk::kept() const
{
    return m_link->state() && !m_link->state()->executives.empty();
}

namespace {

hx::Text officeText(const std::string& office)
{
    return {hx::officeTitle(office), office == "chair" ? "chair" : office == "vice_chair" ? "vice-chair" : "standing member"};
}

} // namespace

QString RegisterDesk::name(const std::string& id) const
{
    return QString::fromStdString(m_link->state()->nameOf(id));
}

QString RegisterDesk::execute(const QVariantMap& step)
{
    return m_link->run(EngineLink::toJson(step));
}

QString RegisterDesk::reasonText(const QString& code) const
{
    return m_link->say(hx::exitReasonName(code.toStdString()));
}

QString RegisterDesk::dutyText(const QString& code) const
{
    const hx::DutyKind* k = hx::dutyKind(code.toStdString());
    return k ? m_link->say({k->zh, k->en}) : code;
}

QStringList RegisterDesk::dutyCodes() const
{
    QStringList out;
    for (const auto& k : hx::dutyKinds())
        out << QString::fromUtf8(k.id);
    return out;
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
                offices << m_link->say(officeText(o));
            QString how;
            for (const auto& h : e.history)
                if (h.kind == "elected" || h.kind == "recorded" || h.kind == "added" || h.kind == "replaced")
                    how = m_link->say(hx::changeName(h.kind)) + (h.replaces.empty() ? QString() : "（" + name(h.replaces) + "）");
            serving.push_back({{"personId", QString::fromStdString(id)}, {"name", name(id)}, {"offices", offices.join("、")},
                               {"since", QString::fromStdString(e.since)}, {"how", how}});
        }
        for (const auto& id : reg.order)
            for (const auto& h : reg.find(id)->history)
                history.push_back({{"date", QString::fromStdString(h.date)}, {"name", name(id)}, {"change", m_link->say(hx::changeName(h.kind))},
                                   {"detail", h.reason.empty() ? (h.office.empty() ? QString::fromStdString(h.note) : m_link->say(officeText(h.office)))
                                                               : reasonText(QString::fromStdString(h.reason))}});
        std::stable_sort(history.begin(), history.end(), [](const QVariantMap& a, const QVariantMap& b) { return a["date"].toString() > b["date"].toString(); });
        for (const auto& p : hx::withdrawalProposals(*s)) {
            QStringList evidence;
            for (const auto& e : p.evidence) {
                const hx::Meeting* m = s->meeting(e);
                evidence << (m && !m->title.empty() ? QString::fromStdString(m->title) : QString::fromStdString(e));
            }
            proposals.push_back({{"personId", QString::fromStdString(p.person)}, {"name", name(p.person)}, {"grounds", QString::fromStdString(p.grounds)},
                                 {"groundsText", reasonText(QString::fromStdString(p.grounds))}, {"evidence", evidence.join("；")}});
        }
        for (const auto& o : hx::overdueDuties(*s, m_asOf.toStdString()))
            overdue.push_back({{"personId", QString::fromStdString(o.person)}, {"name", name(o.person)},
                               {"duty", dutyText(QString::fromStdString(o.duty))}, {"period", QString::fromStdString(o.period)}});
    }
    m_serving.setRows(serving);
    m_history.setRows(history);
    m_proposals.setRows(proposals);
    m_overdue.setRows(overdue);
    emit changed();
}
