#include "journal.hpp"

#include "sha256.hpp"

#include <cstdio>
#include <ctime>

namespace hx {

std::string canonical(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::strict);
}

std::string eventHash(const std::string& prevHash, std::int64_t seq, const std::string& at,
                      const std::string& type, const std::string& body)
{
    std::string bytes;
    bytes.reserve(prevHash.size() + at.size() + type.size() + body.size() + 32);
    bytes.append(prevHash).append("\n").append(std::to_string(seq)).append("\n");
    bytes.append(at).append("\n").append(type).append("\n").append(body);
    return sha256Hex(bytes);
}

void Journal::loadHead()
{
    if (m_head)
        return;
    Statement st = m_db.prepare("SELECT seq, hash FROM journal_head WHERE id = 1");
    m_head = st.step() ? std::pair{st.integer(0), st.text(1)} : std::pair{std::int64_t{0}, kGenesisHash};
}

std::string Journal::head()
{
    loadHead();
    return m_head->second;
}

void Journal::committed(const std::vector<Event>& events)
{
    if (!events.empty())
        m_head = {events.back().seq, events.back().hash};
}

std::string Journal::lastAt()
{
    Statement st = m_db.prepare("SELECT at FROM events ORDER BY seq DESC LIMIT 1");
    return st.step() ? st.text(0) : std::string();
}

long long Journal::lastTime()
{
    const std::string at = lastAt();
    if (at.empty())
        return 0;
    std::tm tm{};
    if (std::sscanf(at.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                    &tm.tm_min, &tm.tm_sec) < 3)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return static_cast<long long>(timegm(&tm));
}

std::string Journal::firstHash()
{
    Statement st = m_db.prepare("SELECT hash FROM events ORDER BY seq LIMIT 1");
    return st.step() ? st.text(0) : std::string();
}

std::int64_t Journal::length()
{
    loadHead();
    return m_head->first;
}

std::vector<Event> Journal::append(const std::vector<EventDraft>& drafts, const std::string& at)
{
    std::vector<Event> stored;
    std::int64_t seq = length();
    std::string prev = head();
    if (!m_insert) {
        m_insert.emplace(m_db.raw(), "INSERT INTO events(seq, at, type, body, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        m_setHead.emplace(m_db.raw(), "INSERT INTO journal_head(id, seq, hash) VALUES (1, ?1, ?2) "
                                      "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash");
    }
    Statement& insert = *m_insert;
    for (const auto& d : drafts) {
        const std::string body = canonical(d.data);
        Event e{++seq, at, d.type, d.data, prev, {}};
        e.hash = eventHash(prev, seq, at, d.type, body);
        insert.bind(1, seq).bind(2, at).bind(3, d.type).bind(4, body).bind(5, prev).bind(6, e.hash);
        insert.step();
        insert.reset();
        prev = e.hash;
        stored.push_back(std::move(e));
    }
    if (!drafts.empty()) {
        m_setHead->bind(1, seq).bind(2, prev).step();
        m_setHead->reset();
    }
    return stored;
}

std::vector<Event> Journal::readAll()
{
    return readAfter(0);
}

std::vector<Event> Journal::readAfter(std::int64_t seq)
{
    std::vector<Event> out;
    Statement st = m_db.prepare("SELECT seq, at, type, body, prev_hash, hash FROM events WHERE seq > ?1 ORDER BY seq");
    st.bind(1, seq);
    while (st.step())
        out.push_back({st.integer(0), st.text(1), st.text(2), Json::parse(st.text(3)), st.text(4),
                       st.text(5)});
    return out;
}

namespace {

VerifyReport broken(VerifyReport r, std::int64_t seq, Text problem)
{
    r.ok = false;
    r.brokenAt = seq;
    r.problem = std::move(problem);
    return r;
}

} // namespace

VerifyReport Journal::verify()
{
    VerifyReport r;
    Statement st = m_db.prepare("SELECT seq, at, type, body, prev_hash, hash FROM events ORDER BY seq");
    std::int64_t expectSeq = 1;
    while (st.step()) {
        const std::int64_t seq = st.integer(0);
        const std::string n = std::to_string(seq);
        if (seq != expectSeq)
            return broken(r, expectSeq,
                          {"第 " + std::to_string(expectSeq) + " 条事件缺失",
                           "event " + std::to_string(expectSeq) + " is missing"});
        if (st.text(4) != r.head)
            return broken(r, seq,
                          {"第 " + n + " 条事件的前序哈希与第 " + std::to_string(seq - 1) + " 条不符",
                           "event " + n + " does not link to event " + std::to_string(seq - 1)});
        const std::string recomputed = eventHash(r.head, seq, st.text(1), st.text(2), st.text(3));
        if (recomputed != st.text(5))
            return broken(r, seq,
                          {"第 " + n + " 条事件的内容已被改动（哈希不符）",
                           "event " + n + " was altered (hash mismatch)"});
        r.head = recomputed;
        r.events = seq;
        ++expectSeq;
    }
    Statement h = m_db.prepare("SELECT seq, hash FROM journal_head WHERE id = 1");
    const bool hasHead = h.step();
    if (hasHead ? (h.integer(0) != r.events || h.text(1) != r.head) : r.events != 0)
        return broken(r, r.events + 1,
                      {"日志末尾与记录的头哈希不符（事件被删除或追加）",
                       "the journal's end does not match its recorded head (events deleted or added)"});
    return r;
}

} // namespace hx
