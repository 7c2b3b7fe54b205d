// Verbs that create the federation and keep its roster.
#include "command.hpp"
#include "state.hpp"

namespace hx {

namespace {

Person checkedPerson(const Json& j)
{
    if (!j.is_object())
        refuse({"人员信息格式不对", "a person must be an object"});
    Person p = personFromJson(j);
    if (Text problem = checkPerson(p); !problem.empty())
        refuse(problem);
    return p;
}

std::vector<EventDraft> createFederation(const State& s, const Json& cmd)
{
    if (s.federation)
        refuse({"本工作区已建立妇联：" + s.federation->name,
                "this workspace already holds a federation: " + s.federation->name});
    Federation f = federationFromJson(field(cmd, "federation"));
    if (Text problem = checkFederation(f); !problem.empty())
        refuse(problem);
    return {{"federation_created", toJson(f)}};
}

void requireFederation(const State& s)
{
    if (!s.federation)
        refuse({"请先建立妇联", "create the federation first"});
}

std::vector<EventDraft> addPerson(const State& s, const Json& cmd)
{
    requireFederation(s);
    Person p = checkedPerson(field(cmd, "person"));
    if (p.id.empty())
        p.id = s.roster.nextId();
    else if (s.roster.find(p.id))
        refuse({"编号已存在：" + p.id, "the id is taken: " + p.id});
    return {{"person_added", toJson(p)}};
}

std::vector<EventDraft> updatePerson(const State& s, const Json& cmd)
{
    requireFederation(s);
    Person p = checkedPerson(field(cmd, "person"));
    const Person* old = s.roster.find(p.id);
    if (!old)
        refuse({"名册中没有编号 " + p.id, "no one in the roster has id " + p.id});
    if (*old == p)
        refuse({"信息没有变化：" + p.name, "nothing changed for " + p.name});
    return {{"person_updated", toJson(p)}};
}

// An import commits the accepted rows of a preview as one event, so the
// whole import stands or falls together.
std::vector<EventDraft> importRoster(const State& s, const Json& cmd)
{
    requireFederation(s);
    Json added = Json::array(), updated = Json::array();
    Roster scratch = s.roster;
    for (const auto& j : field(cmd, "add")) {
        Person p = checkedPerson(j);
        if (p.id.empty())
            p.id = scratch.nextId();
        if (scratch.find(p.id))
            refuse({"编号已存在：" + p.id, "the id is taken: " + p.id});
        scratch.put(p);
        added.push_back(toJson(p));
    }
    for (const auto& j : field(cmd, "update")) {
        Person p = checkedPerson(j);
        if (!s.roster.find(p.id))
            refuse({"名册中没有编号 " + p.id, "no one in the roster has id " + p.id});
        updated.push_back(toJson(p));
    }
    if (added.empty() && updated.empty())
        refuse({"没有可导入的行", "there are no rows to import"});
    return {{"roster_imported",
             {{"source", optionalString(cmd, "source")}, {"added", added}, {"updated", updated}}}};
}

void putPerson(State& s, const Event& e)
{
    s.roster.put(personFromJson(e.data));
}

} // namespace

void registerRosterVerbs()
{
    registerVerb("create_federation", createFederation);
    registerVerb("add_person", addPerson);
    registerVerb("update_person", updatePerson);
    registerVerb("import_roster", importRoster);
    registerApplier("federation_created",
                    [](State& s, const Event& e) { s.federation = federationFromJson(e.data); });
    registerApplier("person_added", putPerson);
    registerApplier("person_updated", putPerson);
    registerApplier("roster_imported", [](State& s, const Event& e) {
        for (const auto& p : e.data["added"])
            s.roster.put(personFromJson(p));
        for (const auto& p : e.data["updated"])
            s.roster.put(personFromJson(p));
    });
}

} // namespace hx
