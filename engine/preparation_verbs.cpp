// Preparing a congress (RULES §2, 筹备): the founding plan with the
// committee's composition, the candidate lists per contest, and the party
// organisation's approvals with their dates and document numbers.
#include "meeting_rules.hpp"
#include "register.hpp"

#include <algorithm>

namespace hx {

namespace {

bool isCongress(const Meeting& m)
{
    return m.kind == "founding_congress" || m.kind == "reelection_congress";
}

void requirePreparation(const Meeting& m)
{
    if (!isCongress(m))
        refuse({"只有妇女代表大会需要筹备文件", "preparation belongs to a congress"});
    if (m.methodAdopted)
        refuse({"选举办法已经通过，筹备阶段已结束", "the election method is adopted; preparation is over"});
}

std::vector<EventDraft> preparePlan(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    requirePreparation(m);
    const Json& p = field(cmd, "plan");
    if (!p.is_object())
        refuse({"建会方案应为一个对象", "the plan is an object"});
    FoundingPlan plan;
    plan.women = optionalInt(p, "women", 0);
    plan.delegates = optionalInt(p, "delegates", 0);
    plan.executives = optionalCount(p, "executives", 0, 1000);
    plan.chair = optionalCount(p, "chair", 1, 1000);
    plan.viceChairs = optionalCount(p, "vice_chairs", 0, 1000);
    if (plan.executives < 1 || plan.chair != 1 || plan.viceChairs < 0)
        refuse({"建会方案须写明执委人数，主席 1 名", "the plan needs the number of executives and one chair"});
    const std::string kind = s.federation ? s.federation->kind : "";
    // RULE: RULES §1 Committee size — new-sector and system federations: 1 chair, 2–3 vice-chairs.
    if ((kind == "new_sector" || kind == "system") && (plan.viceChairs < 2 || plan.viceChairs > 3))
        refuse({"新领域和机关事业单位系统妇联设副主席 2–3 名", "new-sector and system federations have 2–3 vice-chairs"});
    const std::string reason = optionalString(p, "size_reason");
    if (Text w = sizeWarning(kind, plan.executives); !w.empty() && reason.empty())
        refuse(w);
    Json data = {{"meeting", m.id}};
    for (const char* key : {"women", "delegates", "executives", "chair", "vice_chairs"})
        if (p.contains(key) && !p[key].is_null())
            data[key] = p[key]; // checked above
    for (const char* key : {"candidate_conditions", "nomination_method", "schedule", "size_reason"})
        if (p.contains(key) && !p[key].is_null())
            data[key] = optionalString(p, key);
    for (const auto& [key, value] : p.items())
        if (!data.contains(key) && !value.is_null())
            refuse({"建会方案中有未知的项：" + key, "unknown item in the plan: " + key});
    return {{"plan_prepared", data}};
}

std::vector<EventDraft> setCandidateList(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    requirePreparation(m);
    const std::string contest = stringField(cmd, "contest");
    const auto candidates = stringList(cmd, "candidates");
    requireKnown(s, candidates);
    requireDistinct(candidates, "候选人建议名单");
    if (m.approval("candidate_list:" + contest))
        refuse({"“" + contest + "”的候选人建议名单已经批复，不能再改", "the list for “" + contest + "” is approved already"});
    return {{"candidate_list_set", {{"meeting", m.id}, {"contest", contest}, {"office", stringField(cmd, "office")},
                                    {"seats", intField(cmd, "seats")}, {"candidates", candidates}}}};
}

std::vector<EventDraft> recordApproval(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const std::string doc = stringField(cmd, "document");
    const std::string date = stringField(cmd, "date");
    const bool list = doc.starts_with("candidate_list:");
    if (doc != "request" && doc != "founding_plan" && !list)
        refuse({"批复对象应为 request（请示）、founding_plan（建会方案）或 candidate_list:<选举事项>",
                "an approval is of request, founding_plan or candidate_list:<contest>"});
    if (list && !m.candidateList(doc.substr(15)))
        refuse({"没有这个选举事项的候选人建议名单：" + doc.substr(15), "no candidate list for " + doc.substr(15)});
    if (doc == "founding_plan" && !m.plan)
        refuse({"尚未制定建会方案", "there is no founding plan yet"});
    if (const Filing* f = m.filing("request"); doc == "request" && f && date < f->date)
        refuse({"批复日期（" + date + "）早于请示的成文日期（" + f->date + "）", "the approval (" + date + ") is dated before the request (" + f->date + ")"});
    if (m.approval(doc))
        refuse({"已经记录过这份批复", "this approval is recorded already"});
    if (!m.date.empty() && date > m.date)
        refuse({"批复日期（" + date + "）晚于会议日期（" + m.date + "）", "the approval (" + date + ") is dated after the meeting (" + m.date + ")"});
    return {{"approval_recorded", {{"meeting", m.id}, {"document", doc}, {"date", date}, {"number", optionalString(cmd, "number")}}}};
}

} // namespace

// RULE: RULES §2 Preparation — a contest with a prepared list stands on that
// list, once the party organisation has approved it.
void checkPreparedList(const State& s, const Meeting& m, const std::string& contest, const std::vector<std::string>& candidates)
{
    const CandidateList* list = m.candidateList(contest);
    if (!list)
        return;
    if (!m.approval("candidate_list:" + contest))
        refuse({"“" + contest + "”的候选人建议名单尚未经同级党组织批复", "the candidate list for “" + contest + "” is not approved"});
    auto a = candidates, b = list->candidates;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b)
        refuse({"候选人与批复的建议名单不一致", "the candidates differ from the approved list"});
    (void)s;
}

void registerPreparationVerbs()
{
    registerVerb("prepare_plan", preparePlan);
    registerVerb("set_candidate_list", setCandidateList);
    registerVerb("record_approval", recordApproval);
    registerApplier("plan_prepared", [](State& s, const Event& e) {
        FoundingPlan p;
        p.women = e.data.value("women", 0LL);
        p.delegates = e.data.value("delegates", 0LL);
        p.executives = e.data.value("executives", 0);
        p.chair = e.data.value("chair", 1);
        p.viceChairs = e.data.value("vice_chairs", 0);
        p.conditions = e.data.value("candidate_conditions", "");
        p.nominationMethod = e.data.value("nomination_method", "");
        p.schedule = e.data.value("schedule", "");
        p.sizeReason = e.data.value("size_reason", "");
        meetingOf(s, e).plan = p;
    });
    registerApplier("candidate_list_set", [](State& s, const Event& e) {
        Meeting& m = meetingOf(s, e);
        CandidateList l{e.data["contest"], e.data["office"], e.data["seats"], e.data["candidates"].get<std::vector<std::string>>()};
        std::erase_if(m.candidateLists, [&](const CandidateList& x) { return x.contest == l.contest; });
        m.candidateLists.push_back(l);
    });
    registerApplier("approval_recorded", [](State& s, const Event& e) {
        meetingOf(s, e).approvals.push_back({e.data["document"], e.data["date"], e.data["number"]});
    });
}

} // namespace hx
