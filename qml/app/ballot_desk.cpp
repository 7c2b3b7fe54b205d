#include "ballot_desk.hpp"
#include "qt_text.hpp"

#include "counting.hpp"
#include "meeting_rules.hpp"

using hx::Json;

namespace {

char next(char mark, const QString& def)
{
    // Away from the default first: approve → abstain → oppose, or abstain → approve → oppose.
    if (def == "A")
        return mark == 'A' ? '.' : mark == '.' ? 'O' : 'A';
    return mark == '.' ? 'A' : mark == 'A' ? 'O' : '.';
}

} // namespace

BallotDesk::BallotDesk(EngineLink* link, QObject* parent) : QObject(parent), m_link(link) {}

const hx::Round* BallotDesk::round() const
{
    return m_link->currentRound(m_meeting, m_contest);
}

void BallotDesk::setRound(const std::string& meeting, const std::string& contest)
{
    m_meeting = meeting;
    m_contest = contest;
    const hx::Round* r = round();
    // Once the round is scanned, the scan is stack B: the tellers type stack A.
    if (scanning()) {
        m_double = true;
        m_teller = "A";
    }
    const std::string shown = meeting + "|" + contest + "|" + std::to_string(r ? r->number : 0);
    if (shown != m_shown) {
        m_shown = shown;
        m_untouchedAsked = false;
        m_correcting = 0;
        resetMarks();
    }
    publishEntries();
    publish();
}

void BallotDesk::resetMarks()
{
    const hx::Round* r = round();
    m_marks.assign(r ? r->candidates.size() : 0, m_default == "A" ? 'A' : '.');
    m_writeIns.clear();
    m_buffer.clear();
    m_keys = 0;
    m_warning.clear();
}

void BallotDesk::publish()
{
    QList<QVariantMap> rows, diffs;
    if (const hx::Round* r = round()) {
        for (size_t i = 0; i < r->candidates.size() && i < m_marks.size(); ++i)
            rows.append({{"number", static_cast<int>(i + 1)}, {"candidateId", q(r->candidates[i])},
                         {"name", q(m_link->state()->nameOf(r->candidates[i]))}, {"mark", QString(QChar(m_marks[i]))}});
        const auto differ = hx::entryDifferences(*r);
        for (const auto& [a, b] : hx::comparedEntries(*r))
            if (std::find(differ.begin(), differ.end(), b) != differ.end())
                diffs.append({{"index", static_cast<int>(b)}, {"a", summary(r->pendingA[a])}, {"b", summary(r->pendingB[b])}});
    }
    m_model.setRows(rows);
    m_diffs.setRows(diffs);
    emit changed();
}

QString BallotDesk::summary(const hx::BallotGroup& g) const
{
    if (g.isVoid)
        return m_link->say({"无效：", "void: "}) + m_link->say(hx::voidReasonText(g.voidReason));
    const hx::Round* r = round();
    QStringList a, o;
    for (size_t i = 0; r && i < g.marks.size(); ++i) {
        const QString who = q(m_link->state()->nameOf(r->candidates[i]));
        if (g.marks[i] == 'A')
            a << who;
        else if (g.marks[i] == 'O')
            o << who;
    }
    QStringList parts;
    const QString sep = m_link->say({"、", ", "});
    if (!a.isEmpty())
        parts << m_link->say({"赞成：", "approve: "}) + a.join(sep);
    if (!o.isEmpty())
        parts << m_link->say({"不赞成：", "oppose: "}) + o.join(sep);
    QStringList w;
    for (const auto& name : g.writeIns)
        w << q(name);
    if (!w.isEmpty())
        parts << m_link->say({"另选：", "write-in: "}) + w.join(sep);
    return parts.isEmpty() ? m_link->say({"全部弃权", "all abstain"}) : parts.join(m_link->say({"；", "; "}));
}

void BallotDesk::publishEntries()
{
    const hx::Round* r = round();
    const std::int64_t at = m_link->workspace() ? m_link->workspace()->applied() : -1;
    if (at == m_entriesAt)
        return;
    m_entriesAt = at;
    // The newest fifty: a correction is nearly always of a ballot just entered; older ones by number.
    QList<QVariantMap> rows;
    for (size_t i = r ? r->entries.size() : 0; i > 0 && rows.size() < 50; --i)
        rows.append({{"index", static_cast<int>(i)},
                     {"summary", summary(r->entries[i - 1])
                                     + (r->entries[i - 1].count > 1 ? m_link->say({"（共 " + std::to_string(r->entries[i - 1].count) + " 张）",
                                                                                  " (" + std::to_string(r->entries[i - 1].count) + " ballots)"})
                                                                    : QString())}});
    m_entries.setRows(rows);
}

QString BallotDesk::consequence(const Json& ballot) const
{
    const hx::Round* r = round();
    const hx::Meeting* m = m_link->state() ? m_link->state()->meeting(m_meeting) : nullptr;
    if (!r || !m)
        return {};
    Json one = ballot;
    one["count"] = 1;
    try {
        const hx::BallotGroup g = hx::judgeBallot(*r, hx::ballotInput(one), m->method);
        if (g.isVoid)
            return m_link->say({"本张将作为无效票：" + g.voidReason + "。再按回车确认，按 Esc 返回修改",
                                "this ballot will be void: " + hx::voidReasonText(g.voidReason).en + ". Enter again to confirm, Esc to change it"});
        if (m_keys == 0 && m_writeIns.isEmpty() && !m_untouchedAsked && !m_correcting)
            return m_link->say({"本张未作任何改动，将记为“", "nothing was changed on this ballot; it will count as \""}) + summary(g)
                   + m_link->say({"”。再按回车确认（本轮不再询问），按 Esc 返回修改", "\". Enter again to confirm (not asked again this round), Esc to change it"});
    } catch (const hx::Refused& e) {
        return m_link->say(e.reason);
    }
    return {};
}

void BallotDesk::setCorrectionReason(const QString& reason)
{
    m_reason = reason;
    emit changed();
}

void BallotDesk::beginCorrection(int index)
{
    const hx::Round* r = round();
    if (!r || index < 1 || index > static_cast<int>(r->entries.size()) || m_double)
        return;
    const hx::BallotGroup& g = r->entries[static_cast<size_t>(index - 1)];
    resetMarks();
    if (!g.isVoid) {
        m_marks = g.marks;
        for (const auto& w : g.writeIns)
            m_writeIns << q(w);
    }
    m_correcting = index;
    m_reason.clear();
    m_message = m_link->say({"更正第 " + std::to_string(index) + " 张：按选票改好标记，填写原因，回车确认",
                             "correcting ballot " + std::to_string(index) + ": set the marks as on the ballot, give the reason, Enter"});
    publish();
}

void BallotDesk::cancelCorrection()
{
    m_correcting = 0;
    m_reason.clear();
    resetMarks();
    m_message.clear();
    publish();
}

int BallotDesk::entered() const { return round() ? static_cast<int>(round()->valid + round()->voided) : 0; }
int BallotDesk::enteredA() const { return round() ? static_cast<int>(round()->pendingA.size()) : 0; }
int BallotDesk::enteredB() const { return round() ? static_cast<int>(round()->pendingB.size()) : 0; }
int BallotDesk::returned() const { return round() && round()->returned ? static_cast<int>(*round()->returned) : 0; }

void BallotDesk::setDefaultMark(const QString& mark)
{
    m_default = mark == "A" ? "A" : ".";
    resetMarks();
    publish();
}

void BallotDesk::setDoubleEntry(bool on)
{
    m_double = on || scanning();
    publish();
}

int BallotDesk::nextBallot() const
{
    const hx::Round* r = round();
    if (!r)
        return 0;
    const auto positions = hx::tellerPositions(*r);
    return r->pendingA.size() < positions.size() ? static_cast<int>(positions[r->pendingA.size()] + 1) : 0;
}

int BallotDesk::sample() const
{
    const hx::Round* r = round();
    const auto positions = r ? hx::tellerPositions(*r).size() : 0;
    return r && r->returned && positions < static_cast<size_t>(*r->returned) ? static_cast<int>(positions) : 0;
}

bool BallotDesk::scanning() const
{
    const hx::Round* r = round();
    return r && !r->scanned.empty();
}

void BallotDesk::setTeller(const QString& t)
{
    m_teller = t == "B" && !scanning() ? "B" : "A";
    publish();
}

void BallotDesk::toggle(int number)
{
    m_warning.clear();
    if (number >= 1 && number <= static_cast<int>(m_marks.size()))
        m_marks[static_cast<size_t>(number - 1)] = next(m_marks[static_cast<size_t>(number - 1)], m_default);
    publish();
}

void BallotDesk::key(const QString& k)
{
    ++m_keys;
    const int n = static_cast<int>(m_marks.size());
    if (k.size() == 1 && k[0].isDigit()) {
        m_buffer += k;
        // A number that no further digit could extend is taken at once.
        if (m_buffer.toInt() * 10 > n) {
            toggle(m_buffer.toInt());
            m_buffer.clear();
        }
    } else if (k == " " && !m_buffer.isEmpty()) {
        toggle(m_buffer.toInt());
        m_buffer.clear();
    } else if (k == "Enter") {
        if (!m_buffer.isEmpty()) {
            toggle(m_buffer.toInt());
            m_buffer.clear();
        } else {
            accept();
            return;
        }
    } else if (k == "Backspace") {
        m_buffer.chop(1);
    } else if (k == "Escape") {
        if (m_warning.isEmpty())
            resetMarks();
        m_warning.clear();
    }
    publish();
}

void BallotDesk::addWriteIn(const QString& name)
{
    m_warning.clear();
    if (!name.trimmed().isEmpty())
        m_writeIns << name.trimmed();
    publish();
}

void BallotDesk::clear()
{
    resetMarks();
    publish();
}

Json BallotDesk::ballotJson() const
{
    const hx::Round* r = round();
    Json b = {{"approve", Json::array()}, {"oppose", Json::array()}, {"write_ins", Json::array()}};
    for (size_t i = 0; r && i < m_marks.size(); ++i) {
        if (m_marks[i] == 'A')
            b["approve"].push_back(r->candidates[i]);
        else if (m_marks[i] == 'O')
            b["oppose"].push_back(r->candidates[i]);
    }
    for (const auto& w : m_writeIns)
        b["write_ins"].push_back({{"name", w.toStdString()}, {"mark", "approve"}});
    return b;
}

QString BallotDesk::send(Json command)
{
    return m_message = m_link->runIn(m_meeting, m_contest, std::move(command));
}

QString BallotDesk::accept()
{
    Json c = ballotJson();
    // A ballot with consequences the teller may not intend is accepted on the second Enter.
    if (m_warning.isEmpty()) {
        if (const QString w = consequence(c); !w.isEmpty()) {
            m_warning = w;
            m_message.clear();
            publish();
            return w;
        }
    } else if (m_keys == 0 && m_writeIns.isEmpty()) {
        m_untouchedAsked = true;
    }
    m_warning.clear();
    if (m_correcting)
        return sendCorrection(c);
    c["do"] = m_double ? "entry_ballot" : "ballot";
    if (m_double)
        c["teller"] = m_teller.toStdString();
    const QString refusal = send(c);
    if (refusal.isEmpty()) {
        ++m_ballots;
        m_totalKeys += m_keys;
        resetMarks();
        m_message = m_link->say({"已录入并保存", "entered and saved"});
    }
    publish();
    return refusal;
}

QString BallotDesk::sendCorrection(const Json& ballot)
{
    const QString refusal = send({{"do", "correct_ballot"}, {"index", m_correcting}, {"ballot", ballot}, {"reason", m_reason.trimmed().toStdString()}});
    if (refusal.isEmpty()) {
        m_message = m_link->say({"第 " + std::to_string(m_correcting) + " 张已更正并保存", "ballot " + std::to_string(m_correcting) + " corrected and saved"});
        m_correcting = 0;
        m_reason.clear();
        resetMarks();
    }
    publish();
    return refusal;
}

QString BallotDesk::acceptVoid(const QString& reason)
{
    if (m_correcting)
        return sendCorrection({{"void", true}, {"reason", reason.toStdString()}});
    Json c = {{"do", m_double ? "entry_ballot" : "ballot"}, {"void", true}, {"reason", reason.toStdString()}};
    if (m_double)
        c["teller"] = m_teller.toStdString();
    const QString refusal = send(c);
    if (refusal.isEmpty())
        resetMarks();
    publish();
    return refusal;
}

QString BallotDesk::undo()
{
    const QString refusal = m_double ? send({{"do", "entry_undo"}, {"teller", m_teller.toStdString()}}) : send({{"do", "withdraw_ballot"}});
    publish();
    return refusal;
}

QString BallotDesk::settle(int index, const QString& which, const QString& scrutineer)
{
    const hx::Round* r = round();
    if (!r || index < 0 || static_cast<size_t>(index) >= std::min(r->pendingA.size(), r->pendingB.size()))
        return m_link->say({"没有这张选票", "no such ballot"});
    const hx::BallotGroup& g = (which == "B" ? r->pendingB : r->pendingA)[static_cast<size_t>(index)];
    Json c = {{"do", "entry_settle"}, {"index", index}, {"decided_by", scrutineer.toStdString()}};
    if (g.isVoid) {
        c.update({{"void", true}, {"reason", g.voidReason}});
    } else {
        c.update({{"approve", Json::array()}, {"oppose", Json::array()}, {"write_ins", Json::array()}});
        for (size_t i = 0; i < g.marks.size(); ++i)
            if (g.marks[i] != '.')
                c[g.marks[i] == 'A' ? "approve" : "oppose"].push_back(r->candidates[i]);
        for (const auto& w : g.writeIns)
            c["write_ins"].push_back({{"name", w}, {"mark", "approve"}});
    }
    const QString refusal = send(c);
    publish();
    return refusal;
}

QString BallotDesk::commitEntries()
{
    const QString refusal = send({{"do", "entry_commit"}});
    publish();
    return refusal;
}
