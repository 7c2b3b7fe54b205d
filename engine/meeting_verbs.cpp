// Verbs of a meeting as a whole: creation, attendance, agenda items,
// adoptions, scrutineers, nominations and the first plenary.
#include "agenda.hpp"
#include "meeting_rules.hpp"
#include "register.hpp"

#include <algorithm>
#include <regex>
#include <set>

namespace hx {

const Meeting& meetingOf(const State& s, const Json& cmd)
{
    const std::string id = stringField(cmd, "meeting");
    const Meeting* m = s.meeting(id);
    if (!m)
        refuse({"没有这个会议：" + id, "no such meeting: " + id});
    return *m;
}

Meeting& meetingOf(State& s, const Event& e)
{
    return s.meetings.at(e.data.at("meeting").get<std::string>());
}

long long quorumBase(const Meeting& m)
{
    return static_cast<long long>(m.method.quorum.base == "present" ? m.present.size() : m.expected.size());
}

std::string dateField(const Json& cmd, const char* key)
{
    const std::string d = stringField(cmd, key);
    if (!isIsoDate(d))
        refuse({std::string(key) + " 应为 YYYY-MM-DD 格式的日期：" + d, std::string(key) + " must be a date YYYY-MM-DD: " + d});
    return d;
}

long long thresholdBase(const Meeting& m)
{
    // RULE: RULES §4 Election threshold — on the expected by default, or on those present.
    return static_cast<long long>(m.method.threshold.base == "present" ? m.present.size() : m.expected.size());
}

void requireQuorum(const Meeting& m)
{
    const long long present = static_cast<long long>(m.present.size());
    // RULE: RULES §4 Quorum — present·3 > expected·2 by default; the method may choose another fraction.
    if (!meets(present, quorumBase(m), m.method.quorum))
        refuse(quorumNotMet(present, quorumBase(m), m.method.quorum));
}

std::string who(const State& s, const std::string& id)
{
    const Person* p = s.roster.find(id);
    return p ? p->name + "（" + id + "）" : id;
}

void requireKnown(const State& s, const std::vector<std::string>& ids)
{
    for (const auto& id : ids)
        if (!s.roster.find(id))
            refuse({"名册中没有编号 " + id, "no one in the roster has id " + id});
}

void requireDistinct(const std::vector<std::string>& ids, const char* what)
{
    std::set<std::string> seen;
    for (const auto& id : ids)
        if (!seen.insert(id).second)
            refuse({std::string(what) + "中重复出现：" + id, std::string("listed twice: ") + id});
}

bool standsInMeeting(const Meeting& m, const std::string& id)
{
    if (m.nomination(id))
        return true;
    for (const auto& l : m.candidateLists)
        if (std::find(l.candidates.begin(), l.candidates.end(), id) != l.candidates.end())
            return true;
    for (const auto& c : m.contests)
        for (const auto& r : c.rounds)
            if (std::find(r.candidates.begin(), r.candidates.end(), id) != r.candidates.end())
                return true;
    return false;
}

Hands checkedHands(const Meeting& m, const Json& cmd)
{
    const Hands h{intField(cmd, "approve"), optionalInt(cmd, "oppose", 0), optionalInt(cmd, "abstain", 0)};
    const long long sum = h.approve + h.oppose + h.abstain, present = static_cast<long long>(m.present.size());
    if (h.approve < 0 || h.oppose < 0 || h.abstain < 0)
        refuse({"表决人数不能为负数", "vote counts cannot be negative"});
    // RULE: FORMAT.md show_of_hands — the sum cannot exceed those present.
    if (sum > present)
        refuse({"举手表决人数（" + std::to_string(sum) + "）超过实到人数（" + std::to_string(present) + "）",
                "the hands (" + std::to_string(sum) + ") exceed those present (" + std::to_string(present) + ")"});
    return h;
}

// A regular executive meeting's topics as given: id, title, source, proposer.
Json topicsOf(const Json& list)
{
    if (!list.is_array())
        refuse({"topics 应为列表", "topics must be a list"});
    Json out = Json::array();
    std::set<std::string> ids;
    for (const auto& t : list) {
        const std::string id = stringField(t, "id");
        if (!ids.insert(id).second)
            refuse({"议题编号重复：" + id, "topic id listed twice: " + id});
        const std::string source = stringField(t, "source");
        requireCode(source, "source");
        out.push_back({{"id", id}, {"title", stringField(t, "title")}, {"source", source}, {"proposer", optionalString(t, "proposer")}});
    }
    return out;
}

Topic topicFrom(const Json& t)
{
    Topic topic;
    topic.id = t["id"];
    topic.title = t["title"];
    topic.source = t["source"];
    topic.proposer = t["proposer"];
    return topic;
}

namespace {

void requireFederation(const State& s)
{
    if (!s.federation)
        refuse({"请先建立妇联", "create the federation first"});
}

bool isExecutivePlenary(const std::string& kind)
{
    return kind == "executive_by_election" || kind == "executive_meeting";
}

// RULE: Register by-election — an executive meeting's expected list is the register's serving executives.
std::vector<std::string> expectedOf(const State& s, const Json& m, const std::string& kind)
{
    const bool fromRegister = isExecutivePlenary(kind) && !s.executives.empty();
    if (!m.contains("expected")) {
        if (!fromRegister)
            refuse({"执委名册为空，请给出应到名单（expected）", "the register is empty; give the expected list"});
        return s.executives.serving();
    }
    auto expected = stringList(m, "expected");
    if (fromRegister) {
        auto given = expected, serving = s.executives.serving();
        std::sort(given.begin(), given.end());
        std::sort(serving.begin(), serving.end());
        if (given != serving)
            refuse({"应到名单与执委名册不符（名册现有执委 " + std::to_string(serving.size()) + " 名）",
                    "the expected list differs from the register (" + std::to_string(serving.size()) + " serving)"});
    }
    return expected;
}

std::vector<EventDraft> createMeeting(const State& s, const Json& cmd)
{
    requireFederation(s);
    const Json& m = field(cmd, "meeting");
    const std::string id = idField(m, "id");
    const std::string kind = stringField(m, "kind");
    if (s.meeting(id))
        refuse({"会议编号已存在：" + id, "the meeting id is taken: " + id});
    if (!isMeetingKind(kind) || kind == "first_plenary")
        refuse({"未知的会议类型：" + kind, "unknown meeting kind: " + kind});
    const auto expected = expectedOf(s, m, kind);
    if (expected.empty())
        refuse({"应到名单不能为空", "the expected list is empty"});
    requireKnown(s, expected);
    requireDistinct(expected, "应到名单");
    for (const char* role : {"presiding", "recorder"})
        if (const std::string p = optionalString(m, role); !p.empty())
            requireKnown(s, {p});
    const Method method = methodFromJson(optionalObject(m, "method"));
    Json data = {{"meeting", id},
                 {"kind", kind},
                 {"title", optionalString(m, "title")},
                 {"date", optionalString(m, "date")},
                 {"place", optionalString(m, "place")},
                 {"presiding", optionalString(m, "presiding")},
                 {"recorder", optionalString(m, "recorder")},
                 {"expected", expected},
                 {"method", toJson(method)}};
    if (m.contains("topics"))
        data["topics"] = topicsOf(m["topics"]);
    if (m.contains("elections"))
        data["elections"] = optionalBool(m, "elections", false);
    return {{"meeting_created", data}};
}

std::vector<EventDraft> attendance(const State& s, const Json& cmd, const std::string& verb)
{
    const Meeting& m = meetingOf(s, cmd);
    const auto people = stringList(cmd, "people");
    if (people.empty())
        refuse({"没有列出人员", "no people listed"});
    requireDistinct(people, "名单");
    for (const auto& id : people) {
        // RULE: RULES §1 Attendance — attendance is tracked against the expected (应到) list.
        if (!m.isExpected(id))
            refuse({who(s, id) + "不在本次会议的应到名单中", who(s, id) + " is not expected at this meeting"});
        const bool here = m.present.count(id) > 0;
        if (verb == "check_in" && here)
            refuse({who(s, id) + "已经签到", who(s, id) + " has checked in already"});
        if (verb != "check_in" && !here && verb == "leave")
            refuse({who(s, id) + "没有在场，无法离场", who(s, id) + " is not present"});
        if (verb == "excuse" && here)
            refuse({who(s, id) + "已经签到，不能请假", who(s, id) + " is present and cannot be excused"});
    }
    Json data = {{"meeting", m.id}, {"people", people}};
    if (verb == "excuse")
        data["reason"] = optionalString(cmd, "reason").empty() ? "请假" : optionalString(cmd, "reason");
    const char* type = verb == "check_in" ? "checked_in" : verb == "leave" ? "left" : "excused";
    return {{type, data}};
}

std::vector<EventDraft> complete(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const std::string item = stringField(cmd, "item");
    if (!isSpokenItem(item))
        refuse({"“" + item + "”不是可以直接完成的议程项", "“" + item + "” is not a spoken agenda item"});
    if (m.done.count(item))
        refuse({"“" + itemName(item).zh + "”已经完成", "“" + itemName(item).en + "” is done already"});
    requireTurn(m, item);
    return {{"item_completed", {{"meeting", m.id}, {"item", item}}}};
}

// Show-of-hands figures of an adoption; it needs more than half of those present.
Json handsFigures(const Meeting& m, const Json& cmd)
{
    const auto [a, o, b] = checkedHands(m, cmd);
    const long long present = static_cast<long long>(m.present.size());
    if (a * 2 <= present)
        refuse({"赞成人数（" + std::to_string(a) + "）未超过实到人数（" + std::to_string(present) + "）的半数，未通过",
                "approvals (" + std::to_string(a) + ") do not exceed half of those present (" + std::to_string(present) + "); not adopted"});
    return {{"approve", a}, {"oppose", o}, {"abstain", b}};
}

Json adoptionBy(const Meeting& m, const Json& cmd)
{
    const std::string by = optionalString(cmd, "by", "acclamation");
    if (by == "acclamation")
        return {{"by", by}};
    if (by != "show_of_hands")
        refuse({"通过方式应为 acclamation（鼓掌）或 show_of_hands（举手）：" + by,
                "adoption is by acclamation or show_of_hands: " + by});
    Json j = handsFigures(m, cmd);
    j["by"] = by;
    return j;
}

std::vector<EventDraft> adopt(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const std::string item = stringField(cmd, "item");
    if (item != "election_method")
        refuse({"未知的表决事项：" + item, "unknown item to adopt: " + item});
    if (m.methodAdopted)
        refuse({"选举办法已经通过", "the election method is adopted already"});
    requireTurn(m, item);
    // RULE: RULES §4 Quorum — checked at every adoption.
    requireQuorum(m);
    Json data = adoptionBy(m, cmd);
    data["meeting"] = m.id;
    data["item"] = item;
    data["present"] = m.present.size();
    return {{"adopted", data}};
}

} // namespace

Text scrutineerProblem(const State& s, const Meeting& m, const std::string& id)
{
    // RULE: FORMAT.md adopt_scrutineers — scrutineers must be present.
    if (!m.present.count(id))
        return {who(s, id) + "不在场，不能担任监票人或计票人", who(s, id) + " is not present and cannot serve"};
    // RULE: RULES §4 Counting procedure 3 — candidates may not act as scrutineers or tellers.
    if (standsInMeeting(m, id))
        return {who(s, id) + "是本次会议的候选人，不能担任监票人或计票人", who(s, id) + " is a candidate in this meeting and cannot serve"};
    return {};
}

namespace {

std::vector<EventDraft> adoptScrutineers(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    if (m.scrutineers.adopted)
        refuse({"监票人名单已经通过", "the scrutineers are adopted already"});
    requireTurn(m, "scrutineers");
    requireQuorum(m);
    const std::string chief = stringField(cmd, "chief");
    const auto scrutineers = stringList(cmd, "scrutineers");
    std::vector<std::string> people = scrutineers;
    people.insert(people.begin(), chief);
    Json tellers = Json::array();
    for (const auto& t : optionalArray(cmd, "tellers")) {
        if (t.is_string()) {
            people.push_back(t.get<std::string>());
            tellers.push_back({{"id", t}});
        } else if (t.is_object() && optionalBool(t, "staff", false) && !optionalString(t, "name").empty()) {
            tellers.push_back({{"name", t["name"]}, {"staff", true}});
        } else {
            refuse({"计票人应为人员编号或 {\"name\":…,\"staff\":true}", "a teller is a person id or {\"name\":…,\"staff\":true}"});
        }
    }
    requireKnown(s, people);
    requireDistinct(people, "监票人、计票人名单");
    for (const auto& id : people)
        if (Text problem = scrutineerProblem(s, m, id); !problem.empty())
            refuse(problem);
    Json data = adoptionBy(m, cmd);
    data.update({{"meeting", m.id}, {"chief", chief}, {"scrutineers", scrutineers}, {"tellers", tellers}});
    return {{"scrutineers_adopted", data}};
}

// RULE: RULES §3 Replacement — a replacement (替补) fills the seat of an executive who has left.
std::string replacedSeat(const State& s, const Meeting& m, const Json& cmd)
{
    const std::string seat = optionalString(cmd, "replaces");
    if (seat.empty())
        return seat;
    const Executive* e = s.executives.find(seat);
    if (!e || e->serving)
        refuse({who(s, seat) + "不是已离任的执委，无从替补", who(s, seat) + " is not an executive who has left; there is no seat to replace"});
    for (const auto& n : m.nominations)
        if (n.replaces == seat)
            refuse({who(s, seat) + "的席位已有替补人选", who(s, seat) + "'s seat has a replacement nominated already"});
    return seat;
}

std::vector<EventDraft> nominate(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    if (m.kind != "executive_by_election")
        refuse({"只有增替补选举需要提名", "nominations belong to executive by-elections"});
    const std::string person = stringField(cmd, "person");
    const std::string path = stringField(cmd, "path");
    requireKnown(s, {person});
    if (m.nomination(person))
        refuse({who(s, person) + "已被提名", who(s, person) + " is nominated already"});
    if (m.isExpected(person))
        refuse({who(s, person) + "已是执委", who(s, person) + " is an executive already"});
    if (path != "organisation" && path != "members" && path != "self")
        refuse({"提名方式应为 organisation（组织推荐）、members（群众推荐）或 self（个人自荐）：" + path,
                "the nomination path is organisation, members or self: " + path});
    const long long supporters = optionalInt(cmd, "supporters", 0), women = optionalInt(cmd, "women_supporters", 0);
    // RULE: RULES §3 Nomination — members' nomination needs at least a third of the executives or at least 20 women.
    if (path == "members" && supporters * 3 < static_cast<long long>(m.expected.size()) && women < 20)
        refuse({"群众推荐须有三分之一以上执委（至少 " + std::to_string((m.expected.size() + 2) / 3)
                    + " 名）或 20 名以上妇女联名（现有 " + std::to_string(supporters) + " 名执委）",
                "a members' nomination needs a third of the executives (" + std::to_string((m.expected.size() + 2) / 3)
                    + ") or 20 women; it has " + std::to_string(supporters) + " executives"});
    // RULE: RULES §3 Nomination — each nomination path needs the party organisation's approval before the vote.
    const std::string approved = optionalString(cmd, "approved");
    if (approved.empty())
        refuse({who(s, person) + "的提名尚未经同级党组织批准", who(s, person) + "'s nomination lacks the party organisation's approval"});
    if (!m.date.empty() && approved > m.date)
        refuse({"批准日期（" + approved + "）晚于会议日期（" + m.date + "）", "the approval (" + approved + ") is dated after the meeting (" + m.date + ")"});
    Json data = {{"meeting", m.id}, {"person", person}, {"path", path}, {"supporters", supporters},
                 {"women_supporters", women}, {"approved", approved}, {"document", optionalString(cmd, "document")}};
    if (const std::string seat = replacedSeat(s, m, cmd); !seat.empty())
        data["replaces"] = seat;
    return {{"nominated", data}};
}

std::vector<EventDraft> firstPlenary(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    if (m.kind != "founding_congress" && m.kind != "reelection_congress")
        refuse({"只有妇女代表大会有执委会第一次全体会议", "only a congress holds a first plenary"});
    if (!m.plenary.empty())
        refuse({"执委会第一次全体会议已经召开", "the first plenary has been held already"});
    requireTurn(m, "first_plenary");
    std::vector<std::string> executives;
    for (const auto& c : m.contests)
        if (c.office == "executive")
            executives.insert(executives.end(), c.elected.begin(), c.elected.end());
    if (executives.empty())
        refuse({"尚未选出执委，不能召开执委会第一次全体会议", "no executives are elected yet"});
    const std::string presiding = optionalString(cmd, "presiding");
    if (!presiding.empty() && std::find(executives.begin(), executives.end(), presiding) == executives.end())
        refuse({who(s, presiding) + "不是新当选的执委，不能主持第一次全体会议", who(s, presiding) + " is not a new executive"});
    const Method method = cmd.contains("method") ? methodFromJson(optionalObject(cmd, "method")) : m.method;
    return {{"first_plenary_opened",
             {{"meeting", m.id}, {"plenary", m.id + "/first_plenary"}, {"presiding", presiding},
              {"expected", executives}, {"method", toJson(method)}}}};
}

std::vector<EventDraft> closeFirstPlenary(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Meeting* p = s.meeting(m.plenary);
    if (!p || m.plenaryClosed)
        refuse({"没有正在进行的执委会第一次全体会议", "no first plenary is in session"});
    if (!itemDone(*p, "elections"))
        refuse({"第一次全体会议的选举尚未结束并宣布", "the first plenary's elections are not all announced"});
    return {{"first_plenary_closed", {{"meeting", m.id}}}};
}

Meeting newMeeting(const Json& d)
{
    Meeting m;
    m.id = d["meeting"];
    m.kind = d["kind"];
    for (auto [key, member] : {std::pair{"title", &Meeting::title}, {"date", &Meeting::date}, {"place", &Meeting::place},
                               {"presiding", &Meeting::presiding}, {"recorder", &Meeting::recorder}})
        m.*member = d.value(key, "");
    m.expected = d["expected"].get<std::vector<std::string>>();
    m.method = methodFromJson(d["method"]);
    for (const auto& t : d.value("topics", Json::array()))
        m.topics.push_back(topicFrom(t));
    m.elects = d.value("elections", !d.contains("topics"));
    return m;
}

void addMeeting(State& s, Meeting m)
{
    s.meetingOrder.push_back(m.id);
    s.meetings[m.id] = std::move(m);
}

void applyScrutineers(State& s, const Event& e)
{
    Scrutineers& sc = meetingOf(s, e).scrutineers;
    sc.chief = e.data["chief"];
    sc.scrutineers = e.data["scrutineers"].get<std::vector<std::string>>();
    for (const auto& t : e.data["tellers"]) {
        const bool staff = t.value("staff", false);
        sc.tellers.push_back(staff ? t["name"].get<std::string>() : t["id"].get<std::string>());
        sc.tellerIsStaff.push_back(staff);
    }
    sc.adopted = true;
}

void applyPlenary(State& s, const Event& e)
{
    Meeting& congress = meetingOf(s, e);
    Meeting p;
    p.id = e.data["plenary"];
    p.kind = "first_plenary";
    p.parent = congress.id;
    p.title = congress.title.empty() ? "" : congress.title + "期间执行委员会第一次全体会议";
    p.date = congress.date;
    p.place = congress.place;
    p.presiding = e.data["presiding"];
    p.recorder = congress.recorder;
    p.expected = e.data["expected"].get<std::vector<std::string>>();
    p.method = methodFromJson(e.data["method"]);
    congress.plenary = p.id;
    addMeeting(s, std::move(p));
}

} // namespace

void registerMeetingVerbs()
{
    registerVerb("create_meeting", createMeeting);
    for (const char* verb : {"check_in", "leave", "excuse"})
        registerVerb(verb, [verb](const State& s, const Json& c) { return attendance(s, c, verb); });
    registerVerb("complete", complete);
    registerVerb("adopt", adopt);
    registerVerb("adopt_scrutineers", adoptScrutineers);
    registerVerb("nominate", nominate);
    registerVerb("first_plenary", firstPlenary);
    registerVerb("close_first_plenary", closeFirstPlenary);

    registerApplier("meeting_created", [](State& s, const Event& e) {
        Meeting m = newMeeting(e.data);
        if (isExecutivePlenary(m.kind))
            m.toReport = s.executives.unreported;
        addMeeting(s, std::move(m));
    });
    registerApplier("checked_in", [](State& s, const Event& e) {
        Meeting& m = meetingOf(s, e);
        if (m.startedAt.empty())
            m.startedAt = e.at;
        for (const auto& p : e.data["people"]) {
            m.present.insert(p.get<std::string>());
            m.attended.insert(p.get<std::string>());
            m.excused.erase(p.get<std::string>());
        }
    });
    registerApplier("left", [](State& s, const Event& e) {
        for (const auto& p : e.data["people"])
            meetingOf(s, e).present.erase(p.get<std::string>());
    });
    registerApplier("excused", [](State& s, const Event& e) {
        for (const auto& p : e.data["people"])
            meetingOf(s, e).excused[p.get<std::string>()] = e.data["reason"];
    });
    registerApplier("item_completed", [](State& s, const Event& e) {
        Meeting& m = meetingOf(s, e);
        m.done.insert(e.data["item"].get<std::string>());
        m.endedAt = std::max(m.endedAt, e.at);
        if (e.data["item"] == "termination_report")
            std::erase_if(s.executives.unreported, [&](const std::string& id) {
                return std::find(m.toReport.begin(), m.toReport.end(), id) != m.toReport.end();
            });
    });
    registerApplier("adopted", [](State& s, const Event& e) {
        Meeting& m = meetingOf(s, e);
        m.methodAdopted = true;
        m.adoptions.push_back({e.data["item"], e.data["by"], e.data.value("approve", 0LL), e.data.value("oppose", 0LL),
                               e.data.value("abstain", 0LL), e.data["present"]});
    });
    registerApplier("scrutineers_adopted", applyScrutineers);
    registerApplier("nominated", [](State& s, const Event& e) {
        meetingOf(s, e).nominations.push_back(
            {e.data["person"], e.data["path"], e.data["supporters"], e.data["approved"], e.data.value("replaces", "")});
    });
    registerApplier("first_plenary_opened", applyPlenary);
    registerApplier("first_plenary_closed", [](State& s, const Event& e) { meetingOf(s, e).plenaryClosed = true; });
}

} // namespace hx
