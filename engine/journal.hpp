#pragma once
// The append-only, hash-chained journal of a workspace. Each event stores
// the hash of the previous event and its own hash over
// prev_hash \n seq \n at \n type \n body, so the head hash fingerprints the
// whole history. Nothing is updated or deleted; corrections are new events.
#include "sqlite_db.hpp"
#include "text.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hx {

using Json = nlohmann::json;

inline const std::string kGenesisHash(64, '0');

struct Event {
    std::int64_t seq = 0;
    std::string at;   // ISO 8601 time from the injected clock
    std::string type; // e.g. "person_added"
    Json data;
    std::string prevHash;
    std::string hash;
};

struct EventDraft {
    std::string type;
    Json data;
};

// Canonical bytes of a JSON value: sorted keys, no spaces, UTF-8 as is.
std::string canonical(const Json& value);

// The hash of an event from its fields, as stored in the chain.
std::string eventHash(const std::string& prevHash, std::int64_t seq, const std::string& at,
                      const std::string& type, const std::string& body);

struct VerifyReport {
    bool ok = true;
    std::int64_t events = 0;
    std::string head = kGenesisHash;
    std::int64_t brokenAt = 0; // first broken event's seq, 0 if none
    Text problem;
};

class Journal {
public:
    explicit Journal(Database& db) : m_db(db) {}
    // Appends the drafts inside the caller's open transaction; returns them as
    // stored. Call committed() once that transaction has committed.
    std::vector<Event> append(const std::vector<EventDraft>& drafts, const std::string& at);
    // Moves the cached head past events whose transaction has committed.
    void committed(const std::vector<Event>& events);
    // Forgets the cached head (after a failed transaction); the next use reads it again.
    void forgetHead() { m_head.reset(); }
    std::vector<Event> readAll();
    // The events after `seq`, in order (those appended since a reader last looked).
    std::vector<Event> readAfter(std::int64_t seq);
    std::string head();
    // The time of the last event as seconds since 1970 (0 when empty).
    long long lastTime();
    // The time of the last event as stored ("" when the journal is empty).
    std::string lastAt();
    std::int64_t length();
    // The first event's hash: the workspace's identity, kept by copies and
    // moves, distinct for every workspace created (empty when there is none).
    std::string firstHash();
    // Recomputes the chain from the first event; names the first broken link.
    VerifyReport verify();

private:
    void loadHead();
    Database& m_db;
    // The head as last committed, cached: the workspace is the only writer.
    std::optional<std::pair<std::int64_t, std::string>> m_head;
    std::optional<Statement> m_insert, m_setHead;
};

} // namespace hx
