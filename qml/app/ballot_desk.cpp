#include "ballot_desk.hpp"

#include "counting.hpp"

using hx::Json;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

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
    const hx::State* s = m_link->state();
    const hx::Meeting* m = s ? s->meeting(m_meeting) : nullptr;
    const hx::Contest* c = m ? m->contest(m_contest) : nullptr;
    return c ? &c->current() : nullptr;
}

void BallotDesk::setRound(const std::string& meeting, const std::string& contest)
{
    m_meeting = meeting;
    m_contest = contest;
    const hx::Round* r = round();
    const std::string shown = meeting + "|" + contest + "|" + std::to_string(r ? r->number : 0);
    if (shown != m_shown) {
        m_shown = shown;
        resetMarks();
    }
    publish();
}

void BallotDesk::resetMarks()
{
    const hx::Round* r = round();
    m_marks.assign(r ? r->candidates.size() : 0, m_default == "A" ? 'A' : '.');
    m_writeIns.clear();
    m_buffer.clear();
    m_keys = 0;
}

void BallotDesk::publish()
{
    QList<QVariantMap> rows, diffs;
    if (const hx::Round* r = round()) {
        for (size_t i = 0; i < r->candidates.size() && i < m_marks.size(); ++i)
            rows.append({{"number", static_cast<int>(i + 1)}, {"candidateId", q(r->candidates[i])},
                         {"name", q(m_link->state()->nameOf(r->candidates[i]))}, {"mark", QString(QChar(m_marks[i]))}});
        auto summary = [&](const hx::BallotGroup& g) {
            if (g.isVoid)
                return m_link->say({"无效：" + g.voidReason, "void: " + g.voidReason});
            QStringList a, o;
            for (size_t i = 0; i < g.marks.size(); ++i) {
                if (g.marks[i] == 'A')
                    a << QString::number(i + 1);
                else if (g.marks[i] == 'O')
                    o << QString::number(i + 1);
            }
            return m_link->say({"赞成 ", "approve "}) + a.join(",") + m_link->say({"；不赞成 ", "; oppose "}) + o.join(",")
                   + (g.writeIns.empty() ? QString() : m_link->say({"；另选 ", "; write-in "}) + q(g.writeIns.front()));
        };
        for (size_t i : hx::entryDifferences(*r))
            diffs.append({{"index", static_cast<int>(i)}, {"a", summary(r->pendingA[i])}, {"b", summary(r->pendingB[i])}});
    }
    m_model.setRows(rows);
    m_diffs.setRows(diffs);
    emit changed();
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
    m_double = on;
    publish();
}

void BallotDesk::setTeller(const QString& t)
{
    m_teller = t == "B" ? "B" : "A";
    publish();
}

void BallotDesk::toggle(int number)
{
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
        resetMarks();
    }
    publish();
}

void BallotDesk::addWriteIn(const QString& name)
{
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
    command["meeting"] = m_meeting;
    command["contest"] = m_contest;
    const QString refusal = m_link->run(command);
    m_message = refusal;
    return refusal;
}

QString BallotDesk::accept()
{
    Json c = ballotJson();
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

QString BallotDesk::acceptVoid(const QString& reason)
{
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
