// Ballot entry as the tellers do it: one ballot at a time with undo as a
// journaled correction, or double entry — two tellers enter the same stack
// in the same order, the engine compares them ballot by ballot, the
// scrutineers settle each difference, and only then are the ballots counted
// (after the Dutch Kiesraad's Abacus).
#include "meeting_rules.hpp"

#include <set>

namespace hx {

namespace {

const std::vector<BallotGroup>& stack(const Round& r, const std::string& teller)
{
    if (teller != "A" && teller != "B")
        refuse({"计票人应为 A 或 B", "the teller is A or B"});
    return teller == "A" ? r.pendingA : r.pendingB;
}

// With a scan, stack B is the scanner's: the tellers type stack A.
void refuseScannedStack(const Round& r, const std::string& teller)
{
    if (teller == "B" && !r.scanned.empty())
        refuse({"本轮的第二次录入是扫描：计票人请录入 A", "the scan is this round's second entry: the tellers enter stack A"});
}

std::vector<EventDraft> withdrawBallot(const State& s, const Json& cmd)
{
    const Desk d = deskOf(s, cmd);
    if (d.r.entries.empty())
        refuse({"没有可以撤回的选票", "there is no ballot to withdraw"});
    if (d.r.entries.back().count != 1)
        refuse({"只能撤回逐张录入的最后一张选票", "only the last ballot entered one by one can be withdrawn"});
    // RULE: STYLE.md Journal — corrections are new events, never edits.
    return {{"ballot_withdrawn", {{"meeting", d.m.id}, {"contest", d.c.id}, {"reason", optionalString(cmd, "reason")}}}};
}

std::vector<EventDraft> entryBallot(const State& s, const Json& cmd)
{
    const Desk d = deskOf(s, cmd);
    const std::string teller = stringField(cmd, "teller");
    const auto& mine = stack(d.r, teller);
    refuseScannedStack(d.r, teller);
    if (d.r.valid + d.r.voided > 0)
        refuse({"本轮已按单人录入计票，不能再双人录入", "this round is being entered once; double entry cannot start"});
    BallotInput in = ballotInput(cmd);
    in.count = 1;
    BallotGroup g = judgeBallot(d.r, in, d.m.method);
    const size_t wanted = teller == "A" ? tellerPositions(d.r).size() : static_cast<size_t>(*d.r.returned);
    if (mine.size() >= wanted)
        refuse(wanted < static_cast<size_t>(*d.r.returned)
                   ? Text{"计票人已录满抽查的 " + std::to_string(wanted) + " 张选票", "the tellers have entered all " + std::to_string(wanted) + " sampled ballots"}
                   : Text{"计票人 " + teller + " 已录满收回的 " + std::to_string(*d.r.returned) + " 张选票",
                          "teller " + teller + " has entered all " + std::to_string(*d.r.returned) + " returned ballots"});
    return {{"entry_recorded", {{"meeting", d.m.id}, {"contest", d.c.id}, {"teller", teller}, {"group", groupJson(g)}}}};
}

std::vector<EventDraft> entryUndo(const State& s, const Json& cmd)
{
    const Desk d = deskOf(s, cmd);
    const std::string teller = stringField(cmd, "teller");
    refuseScannedStack(d.r, teller);
    if (stack(d.r, teller).empty())
        refuse({"计票人 " + teller + " 没有可以撤回的选票", "teller " + teller + " has no ballot to withdraw"});
    return {{"entry_withdrawn", {{"meeting", d.m.id}, {"contest", d.c.id}, {"teller", teller}}}};
}

std::vector<EventDraft> entrySettle(const State& s, const Json& cmd)
{
    const Desk d = deskOf(s, cmd);
    const long long index = intField(cmd, "index");
    const auto diffs = entryDifferences(d.r);
    if (std::find(diffs.begin(), diffs.end(), static_cast<size_t>(index)) == diffs.end())
        refuse({"第 " + std::to_string(index + 1) + " 张选票两次录入一致或已裁定", "ballot " + std::to_string(index + 1) + " agrees or is settled"});
    const std::string by = stringField(cmd, "decided_by");
    // RULE: RULES §4 Counting procedure 6 — the count is checked under the scrutineers' supervision.
    if (!d.m.scrutineers.isScrutineer(by))
        refuse({who(s, by) + "不是监票人，不能裁定", who(s, by) + " is not a scrutineer and cannot decide"});
    BallotInput in = ballotInput(cmd);
    in.count = 1;
    const BallotGroup g = judgeBallot(d.r, in, d.m.method);
    return {{"entry_settled", {{"meeting", d.m.id}, {"contest", d.c.id}, {"index", index}, {"group", groupJson(g)}, {"decided_by", by}}}};
}

std::vector<EventDraft> entryCommit(const State& s, const Json& cmd)
{
    const Desk d = deskOf(s, cmd);
    const auto n = static_cast<size_t>(*d.r.returned);
    if (d.r.pendingA.size() != tellerPositions(d.r).size() || d.r.pendingB.size() != n)
        refuse({"两位计票人须各录入全部 " + std::to_string(n) + " 张选票（A " + std::to_string(d.r.pendingA.size()) + " 张，B "
                    + std::to_string(d.r.pendingB.size()) + " 张）",
                "both tellers must enter all " + std::to_string(n) + " ballots (A " + std::to_string(d.r.pendingA.size()) + ", B "
                    + std::to_string(d.r.pendingB.size()) + ")"});
    if (const auto diffs = entryDifferences(d.r); !diffs.empty())
        refuse({"还有 " + std::to_string(diffs.size()) + " 张选票两次录入不一致，须由监票人裁定（第 " + std::to_string(diffs.front() + 1) + " 张起）",
                std::to_string(diffs.size()) + " ballots differ between the two entries and await the scrutineers (from ballot "
                    + std::to_string(diffs.front() + 1) + ")"});
    Json groups = Json::array();
    for (size_t i = 0; i < n; ++i)
        groups.push_back(groupJson(d.r.settled.count(i) ? d.r.settled.at(i) : d.r.pendingB[i]));
    return {{"entries_committed", {{"meeting", d.m.id}, {"contest", d.c.id}, {"groups", groups}}}};
}

} // namespace

void dropLapsedDecisions(Round& r)
{
    // A decision about a position that no longer has both entries lapses.
    std::set<size_t> compared;
    for (const auto& [a, b] : comparedEntries(r))
        compared.insert(b);
    std::erase_if(r.settled, [&](const auto& kv) { return !compared.count(kv.first); });
}

void registerEntryVerbs()
{
    registerVerb("withdraw_ballot", withdrawBallot);
    registerVerb("entry_ballot", entryBallot);
    registerVerb("entry_undo", entryUndo);
    registerVerb("entry_settle", entrySettle);
    registerVerb("entry_commit", entryCommit);
    registerApplier("ballot_withdrawn", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        untallyGroup(r, r.entries.back());
        r.entries.pop_back();
    });
    registerApplier("entry_recorded", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        (e.data["teller"] == "A" ? r.pendingA : r.pendingB).push_back(groupFromJson(e.data["group"]));
    });
    registerApplier("entry_withdrawn", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        auto& st = e.data["teller"] == "A" ? r.pendingA : r.pendingB;
        st.pop_back();
        dropLapsedDecisions(r);
    });
    registerApplier("entry_settled", [](State& s, const Event& e) {
        roundOf(s, e).settled[e.data["index"].get<size_t>()] = groupFromJson(e.data["group"]);
    });
    registerApplier("entries_committed", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        countGroups(r, e.data["groups"]);
        r.pendingA.clear();
        r.pendingB.clear();
        r.settled.clear(); // the scan stays listed: its images are the record of the count
    });
}

} // namespace hx
