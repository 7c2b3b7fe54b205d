#include "record.hpp"

#include "register_json.hpp"

#include "journal.hpp"
#include "sha256.hpp"

namespace hx {

Record makeRecord(const State& state, const std::string& meeting, const std::string& journalHead,
                  long long journalLength, const std::string& issued)
{
    Record r;
    r.id = meeting + "@" + std::to_string(journalLength);
    r.issued = issued;
    const auto result = resultJson(state, {meeting}, {}, journalHead);
    Json j = {{"format", "huixuan-record/1"},
              {"id", r.id},
              {"federation", state.federation ? toJson(*state.federation) : Json::object()},
              {"meeting", Json::parse(result["meetings"][0].dump())},
              {"journal_head", journalHead},
              {"journal_length", journalLength},
              {"issued", issued}};
    r.text = canonical(j);
    r.digest = sha256Hex(r.text);
    return r;
}

Record makeRegisterRecord(const State& state, const std::string& journalHead, long long journalLength,
                          const std::string& issued, const std::string& asOf)
{
    Record r;
    r.id = "register@" + std::to_string(journalLength);
    r.issued = issued;
    Json j = {{"format", "huixuan-record/1"},
              {"id", r.id},
              {"federation", state.federation ? toJson(*state.federation) : Json::object()},
              {"register", Json::parse(registerJson(state, asOf).dump())},
              {"journal_head", journalHead},
              {"journal_length", journalLength},
              {"issued", issued}};
    r.text = canonical(j);
    r.digest = sha256Hex(r.text);
    return r;
}

Seal parseSeal(const std::string& text)
{
    Seal s;
    const auto a = text.find('|'), b = text.rfind('|');
    if (!text.starts_with("HX1|") || a == b)
        return s;
    s.id = text.substr(a + 1, b - a - 1);
    s.digest = text.substr(b + 1);
    while (!s.digest.empty() && (s.digest.back() == '\n' || s.digest.back() == '\r' || s.digest.back() == ' '))
        s.digest.pop_back();
    s.ok = s.digest.size() == 64 && !s.id.empty();
    return s;
}

} // namespace hx
