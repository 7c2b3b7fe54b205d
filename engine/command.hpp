#pragma once
// Commands in, events out. A command is a JSON object {"do": verb, ...}: the
// same shape as a scenario step, so the console, the CLI and the scenario
// runner drive the engine through one path. decide() checks a command
// against the current state and returns either a refusal (in words a
// presiding officer understands) or the events to append.
#include "journal.hpp"
#include "text.hpp"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace hx {

struct State;

struct [[nodiscard]] Decision {
    Text refusal;
    std::vector<EventDraft> events;
    bool refused() const { return !refusal.empty(); }
};

// Thrown inside a handler to refuse; decide() turns it into a Decision.
struct Refused {
    Text reason;
};

[[noreturn]] inline void refuse(Text reason)
{
    throw Refused{std::move(reason)};
}

using Handler = std::function<std::vector<EventDraft>(const State&, const Json&)>;
using Applier = std::function<void(State&, const Event&)>;

struct Verb {
    std::string name;
    Handler handler;
};

// Field readers for command arguments; a missing or mistyped field refuses.
const Json& field(const Json& cmd, const char* key);
std::string stringField(const Json& cmd, const char* key);
// Optional fields: absent or null gives the fallback; present with another type refuses.
std::string optionalString(const Json& cmd, const char* key, const std::string& fallback = {});
long long optionalInt(const Json& cmd, const char* key, long long fallback);
// An optional whole number from 0 to `most`, refused outside before it could wrap into an int.
int optionalCount(const Json& cmd, const char* key, int fallback, int most);
bool optionalBool(const Json& cmd, const char* key, bool fallback);
// An optional list or object; an empty one when absent.
const Json& optionalArray(const Json& cmd, const char* key);
const Json& optionalObject(const Json& cmd, const char* key);
// A string field that names an id: [A-Za-z0-9_-], 1 to 64 characters; refuses anything else.
std::string idField(const Json& cmd, const char* key);
// Whether the text is a date written YYYY-MM-DD (month 01–12, day 01–31).
bool isIsoDate(const std::string& text);
long long intField(const Json& cmd, const char* key);
std::vector<std::string> stringList(const Json& cmd, const char* key);

Decision decide(const State& state, const Json& command);
// Folds one stored event into the state. Unknown event types are a broken invariant.
void apply(State& state, const Event& event);

// Each part of the engine registers its verbs and event appliers here.
void registerVerb(const std::string& verb, Handler handler);
void registerApplier(const std::string& eventType, Applier applier);

} // namespace hx
