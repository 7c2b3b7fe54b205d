// Verbs of the executive register between meetings: recording a committee,
// exits (release, withdrawal, termination), decisions on a proposed
// withdrawal, offices, and the seven-ones duty records. Elections add to the
// register through registerAnnouncement().
#include "agenda.hpp"
#include "meeting_rules.hpp"
#include "register.hpp"

#include <algorithm>

namespace hx {

namespace {

// The party organisation's approval: {"date":…, "number":…} or a date.
Json sanctionField(const State& s, const Json& cmd, const std::string& person)
{
    if (!cmd.contains("approved"))
        refuse({who(s, person) + "的变动尚未经同级党组织批准（approved）",
                who(s, person) + "'s change lacks the party organisation's approval (approved)"});
    const Json& a = cmd["approved"];
    if (a.is_string())
        return {{"date", dateField(cmd, "approved")}, {"number", ""}};
    if (!a.is_object())
        refuse({"approved 应为批准日期或 {\"date\":…,\"number\":…}", "approved is a date or {\"date\":…,\"number\":…}"});
    return {{"date", dateField(a, "date")}, {"number", optionalString(a, "number")}};
}

const Executive& servingExecutive(const State& s, const std::string& person)
{
    requireKnown(s, {person});
    const Executive* e = s.executives.find(person);
    if (!e || !e->serving)
        refuse({who(s, person) + "不是现任执委", who(s, person) + " is not a serving executive"});
    return *e;
}

void requireOnOrAfter(const State& s, const Executive& e, const std::string& date)
{
    if (date < e.since)
        refuse({"日期（" + date + "）早于" + who(s, e.person) + "任执委的日期（" + e.since + "）",
                "the date (" + date + ") is before " + who(s, e.person) + " joined (" + e.since + ")"});
}

// Whether the rules propose withdrawing the person on these grounds now.
bool proposed(const State& s, const std::string& person, const std::string& grounds)
{
    const auto proposals = withdrawalProposals(s);
    return std::any_of(proposals.begin(), proposals.end(),
                       [&](const WithdrawalProposal& p) { return p.person == person && p.grounds == grounds; });
}

std::vector<EventDraft> recordExecutives(const State& s, const Json& cmd)
{
    if (!s.federation)
        refuse({"请先建立妇联", "create the federation first"});
    if (s.executives.size() > 0)
        refuse({"执委名册已有现任执委；新增执委须经增补选举", "the register has serving executives; new ones come by a by-election"});
    const auto people = stringList(cmd, "people");
    requireKnown(s, people);
    requireDistinct(people, "执委名单");
    const std::string date = dateField(cmd, "date");
    const Json& offices = optionalObject(cmd, "offices");
    for (const auto& [id, office] : offices.items()) {
        if (std::find(people.begin(), people.end(), id) == people.end())
            refuse({who(s, id) + "不在执委名单中，不能任职", who(s, id) + " is not in the list and cannot hold an office"});
        requireCode(office.is_string() ? office.get<std::string>() : "", "office");
    }
    const std::string reason = optionalString(cmd, "size_reason");
    if (Text w = sizeWarning(s.federation->kind, static_cast<int>(people.size())); !w.empty() && reason.empty())
        refuse(w);
    return {{"executives_recorded", {{"people", people}, {"date", date}, {"offices", offices},
                                     {"note", optionalString(cmd, "note")}, {"size_reason", reason}}}};
}

// release → released, withdraw → withdrawn, terminate → terminated.
std::vector<EventDraft> exitVerb(const State& s, const Json& cmd, const std::string& verb, const std::string& kind)
{
    const std::string person = stringField(cmd, "person");
    const Executive& e = servingExecutive(s, person);
    const char* reasonKey = kind == "withdrawn" ? "grounds" : "reason";
    const std::string reason = stringField(cmd, reasonKey);
    requireCode(reason, verb);
    if (kind == "withdrawn" && reason != "duties" && !proposed(s, person, reason))
        refuse({who(s, person) + "没有“" + exitReasonName(reason).zh + "”的记录，不能据此劝退",
                who(s, person) + " has no record of “" + exitReasonName(reason).en + "”; no withdrawal on those grounds"});
    Json approval = sanctionField(s, cmd, person);
    // RULE: RULES §3 Termination — it takes effect at once on the party organisation's approval.
    const std::string date = kind == "terminated" ? approval["date"].get<std::string>() : dateField(cmd, "date");
    if (kind == "terminated" && cmd.contains("date") && dateField(cmd, "date") != date)
        refuse({"终止执委资格自党组织批准之日（" + date + "）起生效，date 应为该日或不填",
                "a termination takes effect on the approval's date (" + date + "); date is that day or left out"});
    requireOnOrAfter(s, e, date);
    return {{"executive_left", {{"person", person}, {"kind", kind}, {"reason", reason}, {"date", date},
                                {"approval", approval}, {"note", optionalString(cmd, "note")}}}};
}

std::vector<EventDraft> keep(const State& s, const Json& cmd)
{
    const std::string person = stringField(cmd, "person");
    const Executive& e = servingExecutive(s, person);
    const std::string grounds = stringField(cmd, "grounds");
    if (!proposed(s, person, grounds))
        refuse({"没有对" + who(s, person) + "的劝退建议需要决定", "there is no proposal on " + who(s, person) + " to decide"});
    const std::string date = dateField(cmd, "date");
    requireOnOrAfter(s, e, date);
    Json approval = sanctionField(s, cmd, person);
    if (optionalString(cmd, "note").empty())
        refuse({"决定保留须写明理由（note）", "a decision to keep needs its reason (note)"});
    return {{"withdrawal_kept", {{"person", person}, {"grounds", grounds}, {"date", date}, {"approval", approval},
                                 {"note", optionalString(cmd, "note")}}}};
}

std::vector<EventDraft> officeVerb(const State& s, const Json& cmd, bool taking)
{
    const std::string person = stringField(cmd, "person");
    const Executive& e = servingExecutive(s, person);
    const std::string office = stringField(cmd, "office");
    requireCode(office, "office");
    const std::string date = dateField(cmd, "date");
    requireOnOrAfter(s, e, date);
    if (taking == (e.offices.count(office) > 0))
        refuse({who(s, person) + (taking ? "已任" : "未任") + officeTitle(office),
                who(s, person) + (taking ? " holds " : " does not hold ") + "the office of " + office});
    Json data = {{"person", person}, {"office", office}, {"date", date}, {"note", optionalString(cmd, "note")}};
    if (taking)
        data["approval"] = sanctionField(s, cmd, person);
    // RULE: RULES §3 Offices — a chair or vice-chair who changes post may keep the executive seat.
    const bool keepSeat = taking || optionalBool(cmd, "keep_seat", true);
    data["keep_seat"] = keepSeat;
    std::vector<EventDraft> out = {{taking ? "office_taken" : "office_left", data}};
    if (!keepSeat)
        out.push_back({"executive_left", {{"person", person}, {"kind", "released"}, {"reason", "changed_post"},
                                          {"date", date}, {"approval", {{"date", date}, {"number", ""}}},
                                          {"note", optionalString(cmd, "note")}}});
    return out;
}

std::vector<EventDraft> recordDuty(const State& s, const Json& cmd)
{
    const std::string person = stringField(cmd, "person");
    const Executive& e = servingExecutive(s, person);
    const std::string duty = stringField(cmd, "duty");
    requireCode(duty, "duty");
    const std::string date = dateField(cmd, "date");
    requireOnOrAfter(s, e, date);
    return {{"duty_recorded", {{"person", person}, {"duty", duty}, {"date", date}, {"note", optionalString(cmd, "note")}}}};
}

RegisterChange changeFrom(const Json& d, const std::string& kind)
{
    RegisterChange c;
    c.kind = kind;
    c.date = d.value("date", "");
    c.reason = d.value("reason", d.value("grounds", ""));
    c.note = d.value("note", "");
    c.office = d.value("office", "");
    if (d.contains("approval"))
        c.approval = {d["approval"].value("date", ""), d["approval"].value("number", "")};
    return c;
}

RegisterChange atMeeting(const Meeting& m, const char* kind, const std::string& office = "", const std::string& replaces = "")
{
    RegisterChange c;
    c.date = m.date;
    c.kind = kind;
    c.meeting = m.id;
    c.office = office;
    c.replaces = replaces;
    return c;
}

void join(Executive& e, RegisterChange c)
{
    e.serving = true;
    e.since = c.date;
    e.history.push_back(std::move(c));
}

void applyRecorded(State& s, const Event& ev)
{
    const Json& d = ev.data;
    for (const auto& id : d["people"]) {
        RegisterChange c = changeFrom(d, "recorded");
        c.sizeReason = d.value("size_reason", "");
        Executive& e = s.executives.entry(id);
        join(e, std::move(c));
        if (d["offices"].contains(id.get<std::string>())) {
            const std::string office = d["offices"][id.get<std::string>()];
            e.offices.insert(office);
            RegisterChange o = changeFrom(d, "office_taken");
            o.office = office;
            e.history.push_back(std::move(o));
        }
    }
}

void applyLeft(State& s, const Event& ev)
{
    Executive& e = s.executives.entry(ev.data["person"]);
    e.serving = false;
    e.offices.clear();
    e.history.push_back(changeFrom(ev.data, ev.data["kind"]));
    if (ev.data["kind"] == "terminated")
        s.executives.unreported.push_back(e.person);
}

void applyKept(State& s, const Event& ev)
{
    Executive& e = s.executives.entry(ev.data["person"]);
    if (ev.data["grounds"] == "absences")
        e.absencesDecidedAt = s.meetingOrder.size();
    else
        e.reviewsDecidedAt = e.reviews.size();
    e.history.push_back(changeFrom(ev.data, "kept"));
}

void applyOffice(State& s, const Event& ev)
{
    Executive& e = s.executives.entry(ev.data["person"]);
    const bool taking = ev.type == "office_taken";
    if (taking)
        e.offices.insert(ev.data["office"].get<std::string>());
    else
        e.offices.erase(ev.data["office"].get<std::string>());
    e.history.push_back(changeFrom(ev.data, ev.type));
}

} // namespace

void registerAnnouncement(State& s, const Meeting& m, const Contest& c)
{
    const bool congress = m.kind == "founding_congress" || m.kind == "reelection_congress";
    if (congress && c.office == "executive") {
        // RULE: Register term — a congress elects a new committee; those not re-elected end their term.
        for (const auto& id : s.executives.serving()) {
            Executive& e = s.executives.entry(id);
            e.serving = false;
            e.offices.clear();
            e.history.push_back(atMeeting(m, "term_ended"));
        }
        for (const auto& id : c.elected)
            join(s.executives.entry(id), atMeeting(m, "elected"));
        return;
    }
    if (s.executives.empty())
        return; // no register is kept: a by-election recorded on its own
    if (m.kind == "executive_by_election" && c.office == "executive") {
        // RULE: RULES §3 Replacement — those elected join the register as additions, or as replacements of a named seat.
        for (const auto& id : c.elected) {
            const Nomination* n = m.nomination(id);
            const bool replacing = n && !n->replaces.empty();
            join(s.executives.entry(id), atMeeting(m, replacing ? "replaced" : "added", "", replacing ? n->replaces : ""));
        }
        return;
    }
    for (const auto& id : c.elected) {
        Executive& e = s.executives.entry(id);
        e.offices.insert(c.office);
        e.history.push_back(atMeeting(m, "office_taken", c.office));
    }
}

void registerRegisterVerbs()
{
    registerVerb("record_executives", recordExecutives);
    for (const auto& [verb, kind] : {std::pair{"release", "released"}, {"withdraw", "withdrawn"}, {"terminate", "terminated"}})
        registerVerb(verb, [verb = std::string(verb), kind = std::string(kind)](const State& s, const Json& c) {
            return exitVerb(s, c, verb, kind);
        });
    registerVerb("keep", keep);
    registerVerb("take_office", [](const State& s, const Json& c) { return officeVerb(s, c, true); });
    registerVerb("leave_office", [](const State& s, const Json& c) { return officeVerb(s, c, false); });
    registerVerb("record_duty", recordDuty);

    registerApplier("executives_recorded", applyRecorded);
    registerApplier("executive_left", applyLeft);
    registerApplier("withdrawal_kept", applyKept);
    registerApplier("office_taken", applyOffice);
    registerApplier("office_left", applyOffice);
    registerApplier("duty_recorded", [](State& s, const Event& ev) {
        s.executives.entry(ev.data["person"]).duties.push_back({ev.data["duty"], ev.data["date"], ev.data["note"]});
    });
}

} // namespace hx
