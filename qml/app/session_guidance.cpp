// What the operator is told before acting: a step whose precondition is
// missing says so where she is, and what the record already prepares is offered.
#include "session.hpp"

#include "register.hpp"

QString MeetingSession::preparationStatus() const
{
    const hx::Meeting* m = active();
    if (!m)
        return {};
    auto approved = [&](const std::string& doc) {
        const hx::Approval* a = m->approval(doc);
        return a ? m_link->say(hx::format({"已批复（{0} {1}）", "approved ({0} {1})"}, {a->date, a->number}))
                 : m_link->say({"待批复", "awaiting approval"});
    };
    QStringList lines;
    lines << m_link->say({"请示：", "Request: "}) + approved("request");
    if (m->plan)
        lines << m_link->say(hx::format({"建会方案：执委 {0} 名，主席 {1} 名，副主席 {2} 名；", "Founding plan: {0} executives, {1} chair, {2} vice-chairs; "},
                                        {std::to_string(m->plan->executives), std::to_string(m->plan->chair), std::to_string(m->plan->viceChairs)}))
                     + approved("founding_plan");
    else
        lines << m_link->say({"建会方案：尚未登记", "Founding plan: not yet recorded"});
    for (const auto& l : m->candidateLists)
        lines << m_link->say(hx::format({"候选人建议名单（{0}）：{1} 人，应选 {2} 名；", "Candidate list ({0}): {1} for {2} seats; "},
                                        {hx::officeName(l.office).in(m_link->lang()), std::to_string(l.candidates.size()), std::to_string(l.seats)}))
                     + approved("candidate_list:" + l.contest);
    return lines.join("\n");
}

QVariantMap MeetingSession::preparedContest(const QString& office) const
{
    const hx::Meeting* m = active();
    if (!m)
        return {};
    // A prepared list belongs to the first contest of its office (office-1), as the preparation page records it.
    const std::string contest = office.toStdString() + "-1";
    const hx::CandidateList* list = m->candidateList(contest);
    if (!list || m->contest(contest))
        return {};
    QStringList ids;
    for (const auto& id : list->candidates)
        ids << QString::fromStdString(id);
    const std::string n = std::to_string(list->candidates.size()), seats = std::to_string(list->seats);
    if (!m->approval("candidate_list:" + contest))
        return {{"blocked", true},
                {"notice", m_link->say(hx::format({"{0}候选人建议名单（{1} 人）尚未经同级党组织批复：请先在“会议”页登记批复，才能开始本项选举。",
                                                   "The {0} candidate list ({1}) is not yet approved by the party organisation: record the approval on the Meeting page first."},
                                                  {hx::officeName(list->office).in(m_link->lang()), n}))}};
    return {{"blocked", false}, {"candidates", ids}, {"seats", list->seats},
            {"notice", m_link->say(hx::format({"按批复的候选人建议名单：{0} 人，应选 {1} 名（已填入）。", "From the approved candidate list: {0} for {1} seats (filled in)."},
                                              {n, seats}))}};
}

QString MeetingSession::sizeNotice(int executives) const
{
    const hx::State* s = m_link->state();
    if (!s || !s->federation)
        return {};
    const hx::Text w = hx::sizeWarning(s->federation->kind, executives);
    return w.empty() ? QString() : m_link->say(w) + m_link->say({"（须写明理由）", " (a reason is required)"});
}

QString MeetingSession::hallNotice() const
{
    const hx::Meeting* m = active();
    if (!m || m->closed)
        return {};
    if (m->presiding.empty())
        return m_link->say({"本次会议尚未指定主持人：主持词和会议记录都要写明主持人，请在“会议”页补充。",
                            "No presiding officer is named: the script and the minutes name one; add one on the Meeting page."});
    return {};
}

bool MeetingSession::countOpen() const
{
    const hx::State* s = m_link->state();
    const hx::Meeting* m = s ? s->meeting(m_meetingId.toStdString()) : nullptr;
    if (!m)
        return false;
    std::vector<const hx::Meeting*> parts{m};
    if (const hx::Meeting* plenary = m->plenary.empty() ? nullptr : s->meeting(m->plenary))
        parts.push_back(plenary);
    for (const hx::Meeting* part : parts)
        for (const auto& c : part->contests)
            if (!c.rounds.empty() && !c.current().closed)
                return true;
    return false;
}
