// Verbs that create the federation and keep its roster.
#include "command.hpp"
#include "state.hpp"

#include <algorithm>

namespace hx {

namespace {

Person checkedPerson(const Json& j)
{
    if (!j.is_object())
        refuse({"人员信息格式不对", "a person must be an object"});
    for (const auto& f : personFields())
        optionalString(j, f.key); // every field given is text
    Person p = personFromJson(j);
    normalise(p);
    if (Text problem = checkPerson(p); !problem.empty())
        refuse(problem);
    return p;
}

std::vector<EventDraft> createFederation(const State& s, const Json& cmd)
{
    if (s.federation)
        refuse({"本工作区已建立妇联：" + s.federation->name,
                "this workspace already holds a federation: " + s.federation->name});
    const Json& given = field(cmd, "federation");
    Federation f{optionalString(given, "name"), optionalString(given, "kind"),
                 optionalString(given, "party_organisation"), optionalString(given, "upper_federation")};
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

bool names(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Whether a meeting's record names the person anywhere: as a delegate,
// an officer of the meeting, a nominee or a candidate.
bool meetingNames(const Meeting& m, const std::string& id)
{
    if (m.presiding == id || m.recorder == id || names(m.expected, id) || m.attended.count(id) || m.excused.count(id))
        return true;
    const Scrutineers& sc = m.scrutineers;
    if (sc.chief == id || names(sc.scrutineers, id) || names(sc.tellers, id))
        return true;
    for (const Nomination& n : m.nominations)
        if (n.person == id || n.replaces == id)
            return true;
    for (const CandidateList& l : m.candidateLists)
        if (names(l.candidates, id))
            return true;
    for (const Contest& c : m.contests) {
        if (names(c.givenOrder, id) || names(c.elected, id))
            return true;
        for (const Round& r : c.rounds)
            if (names(r.candidates, id))
                return true;
    }
    for (const Topic& t : m.topics)
        if (t.proposer == id)
            return true;
    return false;
}

// RULE: RULES §6 What is kept — the record stays whole: a person named by any meeting or
// by the executive register stays in the roster; only an entry made in error
// and never used may be removed.
std::vector<EventDraft> removePerson(const State& s, const Json& cmd)
{
    requireFederation(s);
    std::string id = stringField(cmd, "person");
    const Person* p = s.roster.find(id);
    if (!p)
        refuse({"名册中没有编号 " + id, "no one in the roster has id " + id});
    for (const std::string& mid : s.meetingOrder)
        if (const Meeting& m = *s.meeting(mid); meetingNames(m, id))
            refuse({p->name + " 已载入会议记录（" + m.title + "），不能从名册删除",
                    p->name + " is named in the record of " + m.title + " and cannot be removed"});
    if (s.executives.find(id))
        refuse({p->name + " 在执委名册中，不能从名册删除",
                p->name + " is in the executive register and cannot be removed"});
    std::string reason = optionalString(cmd, "reason");
    if (reason.empty())
        refuse({"请写明删除的原因", "give the reason for the removal"});
    return {{"person_removed", {{"person", id}, {"name", p->name}, {"reason", reason}}}};
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
    registerVerb("remove_person", removePerson);
    registerApplier("federation_created",
                    [](State& s, const Event& e) {
                        s.federation = federationFromJson(e.data);
                        s.origin = e.hash;
                    });
    registerApplier("person_added", putPerson);
    registerApplier("person_updated", putPerson);
    registerApplier("person_removed",
                    [](State& s, const Event& e) { s.roster.remove(e.data["person"].get<std::string>()); });
    registerApplier("roster_imported", [](State& s, const Event& e) {
        for (const auto& p : e.data["added"])
            s.roster.put(personFromJson(p));
        for (const auto& p : e.data["updated"])
            s.roster.put(personFromJson(p));
    });
}

} // namespace hx
