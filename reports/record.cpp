#include "record.hpp"

#include "register_json.hpp"

#include "journal.hpp"
#include "sha256.hpp"
#include "workspace.hpp"

namespace hx {

namespace {

// A record: the federation, one body (a meeting or the register) and the journal it was issued at.
Record sealedRecord(const State& state, const std::string& id, const char* key, Json body, const std::string& journalHead,
                    long long journalLength, const std::string& issued)
{
    Record r;
    r.id = id;
    r.issued = issued;
    Json j = {{"format", "huixuan-record/1"},
              {"id", r.id},
              {"federation", state.federation ? toJson(*state.federation) : Json::object()},
              {key, std::move(body)},
              {"journal_head", journalHead},
              {"journal_length", journalLength},
              // Documents are signed only from a workspace whose schema is this one (requireIntactSchema):
              // verify --workspace compares it, so a dropped trigger or a changed table is seen.
              {"workspace_schema", expectedSchemaDigest()},
              {"issued", issued}};
    r.text = canonical(j);
    r.digest = sha256Hex(r.text);
    return r;
}

} // namespace

Record makeRecord(const State& state, const std::string& meeting, const std::string& journalHead,
                  long long journalLength, const std::string& issued)
{
    const auto result = resultJson(state, {meeting}, {}, journalHead);
    return sealedRecord(state, meeting + "@" + std::to_string(journalLength), "meeting", Json::parse(result["meetings"][0].dump()),
                        journalHead, journalLength, issued);
}

Record makeRegisterRecord(const State& state, const std::string& journalHead, long long journalLength,
                          const std::string& issued, const std::string& asOf)
{
    return sealedRecord(state, "register@" + std::to_string(journalLength), "register", Json::parse(registerJson(state, asOf).dump()),
                        journalHead, journalLength, issued);
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
