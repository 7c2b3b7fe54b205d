#include "session.hpp"
#include "qt_text.hpp"

#include "register.hpp"

#include "counting.hpp"
#include "pinyin.hpp"
#include "result_json.hpp"
#include "script.hpp"

using hx::Json;

namespace {

std::vector<std::string> ids(const QStringList& l)
{
    std::vector<std::string> out;
    for (const auto& s : l)
        out.push_back(s.toStdString());
    return out;
}

} // namespace

MeetingSession::MeetingSession(EngineLink* link, QObject* parent) : QObject(parent), m_link(link), m_desk(link), m_scan(link)
{
    connect(link, &EngineLink::changed, this, &MeetingSession::refresh);
}

void MeetingSession::setMeeting(const QString& id)
{
    m_meetingId = id;
    m_focus.clear();
    refresh();
}

const hx::Meeting* MeetingSession::active() const
{
    const hx::State* s = m_link->state();
    const hx::Meeting* m = s ? s->meeting(m_meetingId.toStdString()) : nullptr;
    if (m && !m->plenary.empty() && !m->plenaryClosed)
        return s->meeting(m->plenary);
    return m;
}

QString MeetingSession::activeId() const
{
    const hx::Meeting* m = active();
    return m ? q(m->id) : QString();
}

QString MeetingSession::title() const
{
    const hx::Meeting* m = active();
    return m ? q(m->title) : QString();
}

QString MeetingSession::kind() const
{
    const hx::Meeting* m = active();
    return m ? q(m->kind) : QString();
}

int MeetingSession::expected() const { return active() ? static_cast<int>(hx::quorumFigures(*active()).expected) : 0; }
int MeetingSession::present() const { return active() ? static_cast<int>(hx::quorumFigures(*active()).present) : 0; }
int MeetingSession::needed() const { return active() ? static_cast<int>(hx::quorumFigures(*active()).needed) : 0; }
int MeetingSession::excused() const { return active() ? static_cast<int>(active()->excused.size()) : 0; }
bool MeetingSession::quorumMet() const { return active() && hx::quorumFigures(*active()).met; }
QString MeetingSession::quorumText() const { return active() ? m_link->say(hx::quorumFigures(*active()).sentence) : QString(); }
QString MeetingSession::passage() const { return active() ? m_link->say(hx::presidingPassage(*m_link->state(), *active())) : QString(); }

QString MeetingSession::currentItem() const
{
    if (!active())
        return {};
    for (const auto& a : hx::agendaStatus(*active()))
        if (a.state == "now" || a.state == "blocked")
            return q(a.item);
    return {};
}

QVariantMap MeetingSession::round() const
{
    const hx::Meeting* m = active();
    const hx::Contest* c = m ? m->contest(m_focus.toStdString()) : nullptr;
    if (!c)
        return {};
    const hx::Round& r = c->current();
    return {{"contest", q(c->id)}, {"office", q(c->office)}, {"label", officeLabel(q(c->office))}, {"number", r.number}, {"kind", q(r.kind)}, {"seats", r.seats},
            {"voting", q(r.voting)}, {"issued", r.issued ? QVariant(static_cast<int>(*r.issued)) : QVariant()},
            {"returned", r.returned ? QVariant(static_cast<int>(*r.returned)) : QVariant()},
            {"valid", static_cast<int>(r.valid)}, {"void", static_cast<int>(r.voided)}, {"threshold", static_cast<int>(r.threshold)},
            {"closed", r.closed}, {"outcome", q(r.outcome)}, {"outcomeText", m_link->say(hx::outcomeName(r.outcome))}, {"candidates", static_cast<int>(r.candidates.size())},
            {"entered", static_cast<int>(r.valid + r.voided)}, {"concluded", c->concluded}, {"announced", c->announced}};
}

QString MeetingSession::announcement() const
{
    const hx::Meeting* m = active();
    const hx::Contest* c = m ? m->contest(m_focus.toStdString()) : nullptr;
    if (!c || !c->announced)
        return {};
    QStringList names;
    for (const auto& id : hx::announcedOrder(*m_link->state(), *m, *c))
        names << q(m_link->state()->nameOf(id));
    return names.join(QStringLiteral("　"));
}

QString MeetingSession::proposal() const
{
    const hx::Meeting* m = active();
    const hx::Contest* c = m ? m->contest(m_focus.toStdString()) : nullptr;
    if (!c || c->concluded || !c->current().closed)
        return {};
    try {
        const hx::NextRound n = hx::nextRound(*c, m->method);
        QStringList names;
        for (const auto& id : n.candidates)
            names << nameOf(q(id));
        const QString kind = n.kind == "tie" ? m_link->say({"再次投票", "tie round"})
                             : n.kind == "repeat" ? m_link->say({"重新选举", "repeat"}) : m_link->say({"另行选举", "supplementary round"});
        return m_link->say({"依照选举办法，建议进行", "The rules propose a "}) + kind
               + m_link->say({"：应选 " + std::to_string(n.seats) + " 名，候选人：", ": " + std::to_string(n.seats) + " seats, candidates: "}) + names.join("、");
    } catch (const hx::Refused& r) {
        return m_link->say(r.reason);
    }
}

QString MeetingSession::resumeScreen() const
{
    const hx::Meeting* m = active();
    if (!m)
        return "meetings";
    const hx::Contest* c = m->contest(m_focus.toStdString());
    if (c && !c->announced) {
        const hx::Round& r = c->current();
        if (r.closed)
            return "results";
        if (r.returned)
            return r.voting == "secret_ballot" ? "ballots" : "contests";
        return "contests";
    }
    if (currentItem() != "" && !quorumMet())
        return "checkin";
    return "run";
}

void MeetingSession::setQuery(const QString& text)
{
    if (m_query == text)
        return;
    m_query = text;
    refreshAttendance();
    emit queryChanged();
}

QString MeetingSession::officeLabel(const QString& office) const
{
    return m_link->say(hx::officeName(office.toStdString()));
}

QString MeetingSession::nameOf(const QString& id) const
{
    return m_link->state() ? q(m_link->state()->nameOf(id.toStdString())) : id;
}

QVariantList MeetingSession::people() const
{
    QVariantList out;
    const hx::Meeting* m = active();
    if (!m)
        return out;
    for (const auto& id : m->expected)
        out.append(QVariantMap{{"personId", q(id)}, {"name", nameOf(q(id))}, {"present", m->present.count(id) > 0}});
    return out;
}

QStringList MeetingSession::scrutineerIds() const
{
    QStringList out;
    if (const hx::Meeting* m = active(); m && m->scrutineers.adopted) {
        out << q(m->scrutineers.chief);
        for (const auto& id : m->scrutineers.scrutineers)
            out << q(id);
    }
    return out;
}

void MeetingSession::refreshAttendance()
{
    const hx::Meeting* m = active();
    QList<QVariantMap> rows;
    if (m)
        for (const auto& id : hx::searchPeople(*m_link->state(), m->expected, m_query.trimmed().toStdString(), 60)) {
            const hx::Person* p = m_link->state()->roster.find(id);
            const QString status = m->present.count(id) ? "present" : m->excused.count(id) ? "excused" : "absent";
            rows.append({{"personId", q(id)}, {"name", nameOf(q(id))}, {"status", status}, {"post", p ? q(p->post) : QString()}});
        }
    m_attendance.setRows(rows);
}

void MeetingSession::refresh()
{
    const hx::Meeting* m = active();
    QList<QVariantMap> agenda, contests, tally;
    if (m) {
        for (const auto& a : hx::agendaStatus(*m))
            agenda.append({{"item", q(a.item)}, {"name", m_link->say(a.name)}, {"state", q(a.state)}, {"why", m_link->say(a.why)}});
        if (!m->contest(m_focus.toStdString()))
            m_focus.clear();
        for (const auto& c : m->contests) {
            if (m_focus.isEmpty() && !c.announced)
                m_focus = q(c.id);
            QStringList elected;
            for (const auto& id : hx::announcedOrder(*m_link->state(), *m, c))
                elected << nameOf(q(id));
            contests.append({{"contestId", q(c.id)}, {"office", officeLabel(q(c.office))}, {"seats", c.seats}, {"round", c.current().number},
                             {"kind", q(c.current().kind)}, {"outcome", m_link->say(hx::outcomeName(c.current().outcome))}, {"elected", elected.join("、")},
                             {"announced", c.announced}, {"voting", q(c.current().voting)}});
        }
        if (m_focus.isEmpty() && !m->contests.empty())
            m_focus = q(m->contests.back().id);
        if (const hx::Contest* c = m->contest(m_focus.toStdString())) {
            const hx::Round& r = c->current();
            for (size_t i = 0; i < r.candidates.size(); ++i)
                tally.append({{"candidateId", q(r.candidates[i])}, {"name", nameOf(q(r.candidates[i]))},
                              {"approve", static_cast<int>(r.tallies[i].approve)}, {"oppose", static_cast<int>(r.tallies[i].oppose)},
                              {"abstain", static_cast<int>(r.tallies[i].abstain)},
                              {"elected", std::find(r.elected.begin(), r.elected.end(), r.candidates[i]) != r.elected.end()},
                              {"threshold", static_cast<int>(r.threshold)},
                              {"valid", static_cast<int>(r.voting == "secret_ballot" ? r.valid : r.present)},
                              {"counted", r.voting == "show_of_hands" && i < r.hands.size() && r.hands[i]}, {"writeIn", false}});
            // Names written in with ○ are counted and may be elected: the results show them too.
            for (const auto& [name, approvals] : r.writeIns)
                tally.append({{"candidateId", q(hx::writeInId(name))}, {"name", q(name) + m_link->say({"（另选）", " (write-in)"})},
                              {"approve", static_cast<int>(approvals)}, {"oppose", 0}, {"abstain", 0},
                              {"elected", std::find(r.elected.begin(), r.elected.end(), hx::writeInId(name)) != r.elected.end()},
                              {"threshold", static_cast<int>(r.threshold)}, {"valid", static_cast<int>(r.valid)}, {"counted", false},
                              {"writeIn", true}});
            m_desk.setRound(m->id, c->id);
            m_scan.setRound(m->id, c->id);
        } else {
            m_desk.setRound(m->id, {});
            m_scan.setRound(m->id, {});
        }
    }
    m_agenda.setRows(agenda);
    m_contests.setRows(contests);
    m_tally.setRows(tally);
    refreshTopics(m);
    refreshAttendance();
    emit changed();
}

void MeetingSession::refreshTopics(const hx::Meeting* m)
{
    QList<QVariantMap> rows;
    for (const auto& t : m ? m->topics : std::vector<hx::Topic>{}) {
        QString detail = m_link->say(hx::topicOutcomeName(t.outcome));
        if (t.by == "show_of_hands")
            detail += m_link->say(hx::format({"（赞成 {0}，反对 {1}，弃权 {2}）", " ({0} for, {1} against, {2} abstaining)"},
                                             {std::to_string(t.approve), std::to_string(t.oppose), std::to_string(t.abstain)}));
        rows.append({{"topicId", q(t.id)}, {"title", q(t.title)}, {"source", m_link->say(hx::topicSourceName(t.source))},
                     {"outcome", q(t.outcome)}, {"detail", t.deliberated ? detail : QString()}, {"feedback", q(t.feedback)},
                     {"deliberated", t.deliberated}});
    }
    m_topics.setRows(rows);
}

QString MeetingSession::send(Json command)
{
    command["meeting"] = activeId().toStdString();
    return m_link->run(command);
}

QString MeetingSession::sendContest(Json command)
{
    command["contest"] = m_focus.toStdString();
    return send(command);
}

QString MeetingSession::checkInFirst()
{
    for (int i = 0; i < m_attendance.count(); ++i) {
        const QVariantMap row = m_attendance.get(i);
        if (row["status"] != "present") {
            const QString refusal = checkIn(row["personId"].toString());
            if (refusal.isEmpty())
                setQuery({});
            return refusal;
        }
    }
    return m_link->say({"没有找到尚未签到的人", "no one found who has not checked in"});
}

QString MeetingSession::checkIn(const QString& id) { return send({{"do", "check_in"}, {"people", {id.toStdString()}}}); }
QString MeetingSession::leave(const QString& id) { return send({{"do", "leave"}, {"people", {id.toStdString()}}}); }
QString MeetingSession::excuse(const QString& id, const QString& reason)
{
    return send({{"do", "excuse"}, {"people", {id.toStdString()}}, {"reason", reason.toStdString()}});
}
QString MeetingSession::completeItem(const QString& item) { return send({{"do", "complete"}, {"item", item.toStdString()}}); }

QString MeetingSession::adoptMethod(const QString& by, int approve, int oppose, int abstain)
{
    Json c = {{"do", "adopt"}, {"item", "election_method"}, {"by", by.toStdString()}};
    if (by == "show_of_hands")
        c.update({{"approve", approve}, {"oppose", oppose}, {"abstain", abstain}});
    return send(c);
}

QString MeetingSession::adoptScrutineers(const QString& chief, const QStringList& scrutineers, const QStringList& staffTellers)
{
    // A teller who is in the roster (by id or by name) serves as that person;
    // anyone else is federation staff, named as given.
    Json tellers = Json::array();
    const hx::State* s = m_link->state();
    for (const auto& raw : staffTellers) {
        const std::string t = raw.trimmed().toStdString();
        if (t.empty())
            continue;
        std::string person = s && s->roster.find(t) ? t : std::string();
        if (person.empty() && s)
            for (const auto& id : s->roster.order())
                if (s->roster.find(id)->name == t)
                    person = id;
        tellers.push_back(person.empty() ? Json{{"name", t}, {"staff", true}} : Json(person));
    }
    return send({{"do", "adopt_scrutineers"}, {"chief", chief.toStdString()}, {"scrutineers", ids(scrutineers)}, {"tellers", tellers}, {"by", "acclamation"}});
}

QString MeetingSession::openContest(const QString& id, const QString& office, int seats, const QStringList& candidates, const QString& voting)
{
    const QString refusal = send({{"do", "open_contest"}, {"contest", id.toStdString()}, {"office", office.toStdString()}, {"seats", seats},
                                  {"candidates", ids(candidates)}, {"voting", voting.toStdString()}});
    if (refusal.isEmpty())
        focus(id);
    return refusal;
}

QString MeetingSession::setOrder(const QStringList& order, const QString& by) { return sendContest({{"do", "set_order"}, {"order", ids(order)}, {"decided_by", by.toStdString()}}); }
QString MeetingSession::issueBallots(int n) { return sendContest({{"do", "issue_ballots"}, {"count", n}}); }
QString MeetingSession::returnBallots(int n) { return sendContest({{"do", "return_ballots"}, {"count", n}}); }
QString MeetingSession::showOfHands(const QString& cand, int a, int b, int o)
{
    return sendContest({{"do", "show_of_hands"}, {"candidate", cand.toStdString()}, {"approve", a}, {"abstain", b}, {"oppose", o}});
}
QString MeetingSession::closeCount(const QStringList& signers) { return sendContest({{"do", "close_count"}, {"signed_by", ids(signers)}}); }
QString MeetingSession::openRound() { return sendContest({{"do", "open_round"}}); }
QString MeetingSession::reduceSeats(int seats, const QString& by) { return sendContest({{"do", "reduce_seats"}, {"seats", seats}, {"decided_by", by.toStdString()}}); }

QString MeetingSession::announce()
{
    const QString announced = m_focus;
    const QString refusal = sendContest({{"do", "announce"}});
    if (refusal.isEmpty())
        focus(announced); // the projector keeps showing the result just announced
    return refusal;
}

QString MeetingSession::openFirstPlenary(const QString& presiding)
{
    Json c = {{"do", "first_plenary"}, {"meeting", m_meetingId.toStdString()}};
    if (!presiding.isEmpty())
        c["presiding"] = presiding.toStdString();
    m_focus.clear();
    return m_link->run(c);
}

QString MeetingSession::closeFirstPlenary()
{
    m_focus.clear();
    return m_link->run({{"do", "close_first_plenary"}, {"meeting", m_meetingId.toStdString()}});
}

void MeetingSession::focus(const QString& contestId)
{
    m_focus = contestId;
    refresh();
}

QString MeetingSession::command(const QVariantMap& step)
{
    return send(EngineLink::toJson(step));
}

bool MeetingSession::preparing() const
{
    const hx::Meeting* m = active();
    return m && (m->kind == "founding_congress" || m->kind == "reelection_congress") && !m->methodAdopted;
}

