#include "result_compare.hpp"

#include <set>

namespace hx::test {

namespace {

using nlohmann::json;
using Diffs = std::vector<std::string>;

void differ(Diffs& d, const std::string& where, const json& want, const json& got)
{
    d.push_back(where + ": expected " + want.dump() + ", got " + got.dump());
}

const json& member(const json& object, const std::string& key)
{
    static const json null;
    return object.is_object() && object.contains(key) ? object.at(key) : null;
}

// The element of an array of objects whose `id` is `id`, or null.
const json& byId(const json& items, const json& id)
{
    static const json null;
    if (items.is_array())
        for (const auto& item : items)
            if (member(item, "id") == id)
                return item;
    return null;
}

// Elected people as a set of ids; the result may list objects with an id.
std::set<std::string> idSet(const json& list)
{
    std::set<std::string> ids;
    if (list.is_array())
        for (const auto& e : list)
            ids.insert(e.is_object() ? member(e, "id").get<std::string>() : e.get<std::string>());
    return ids;
}

json sorted(const std::set<std::string>& ids)
{
    return json(std::vector<std::string>(ids.begin(), ids.end()));
}

void compareSets(Diffs& d, const std::string& where, const json& want, const json& got)
{
    if (idSet(want) != idSet(got))
        differ(d, where, sorted(idSet(want)), sorted(idSet(got)));
}

json writeIns(const json& round)
{
    json out = json::object();
    for (const auto& w : member(round, "write_ins"))
        out[member(w, "name").get<std::string>()] = member(w, "approve");
    return out;
}

void compareRound(Diffs& d, const std::string& where, const json& want, const json& got)
{
    for (const char* key : {"issued", "returned", "valid", "void", "threshold", "outcome", "kind"})
        if (!member(want, key).is_null() && member(want, key) != member(got, key))
            differ(d, where + "." + key, want.at(key), member(got, key));
    compareSets(d, where + ".elected", member(want, "elected"), member(got, "elected"));
    for (const auto& [id, figures] : member(want, "candidates").items()) {
        const json& candidate = byId(member(got, "candidates"), id);
        if (candidate.is_null()) {
            d.push_back(where + "." + id + ": candidate missing");
            continue;
        }
        for (const auto& [key, value] : figures.items())
            if (member(candidate, key) != value)
                differ(d, where + "." + id + "." + key, value, member(candidate, key));
    }
    const json wantWriteIns = want.contains("write_ins") ? want.at("write_ins") : json::object();
    if (wantWriteIns != writeIns(got))
        differ(d, where + ".write_ins", wantWriteIns, writeIns(got));
}

void compareContest(Diffs& d, const std::string& where, const json& want, const json& got)
{
    compareSets(d, where + ".elected", member(want, "elected"), member(got, "elected"));
    const json& wantRounds = member(want, "rounds");
    const json& gotRounds = member(got, "rounds");
    const size_t gotCount = gotRounds.is_array() ? gotRounds.size() : 0;
    if (wantRounds.size() != gotCount)
        differ(d, where + ".rounds", wantRounds.size(), gotCount);
    for (size_t i = 0; i < std::min(wantRounds.size(), gotCount); ++i)
        compareRound(d, where + ".round" + member(wantRounds[i], "number").dump(), wantRounds[i], gotRounds[i]);
}

void compareMeeting(Diffs& d, const std::string& where, const json& want, const json& got)
{
    for (const char* key : {"expected", "present"})
        if (want.contains(key) && want.at(key) != member(got, key))
            differ(d, where + "." + key, want.at(key), member(got, key));
    const json& wantStep = member(member(want, "refused"), "step");
    const json& gotStep = member(member(got, "refused"), "step");
    if (wantStep != gotStep)
        differ(d, where + ".refused.step", wantStep, gotStep);
    for (const auto& contest : member(want, "contests")) {
        const std::string at = where + "." + member(contest, "id").get<std::string>();
        const json& gotContest = byId(member(got, "contests"), member(contest, "id"));
        if (gotContest.is_null())
            d.push_back(at + ": contest missing");
        else
            compareContest(d, at, contest, gotContest);
    }
    if (want.contains("first_plenary")) {
        if (member(got, "first_plenary").is_null())
            d.push_back(where + ".first_plenary: missing");
        else
            compareMeeting(d, where + ".first_plenary", want.at("first_plenary"), got.at("first_plenary"));
    }
}

} // namespace

std::vector<std::string> compareResult(const json& result, const json& expected)
{
    Diffs d;
    for (const auto& meeting : member(expected, "meetings")) {
        const std::string id = member(meeting, "id").get<std::string>();
        const json& got = byId(member(result, "meetings"), id);
        if (got.is_null())
            d.push_back(id + ": meeting missing");
        else
            compareMeeting(d, id, meeting, got);
    }
    return d;
}

} // namespace hx::test
