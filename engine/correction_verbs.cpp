// Corrections before the count closes: a figure (ballots issued or
// returned), a show of hands, an entered ballot, a check-in made in error.
// Each is a new event with its reason that keeps the figure it replaces; the
// record never loses what was first entered.
#include "meeting_rules.hpp"

#include <numeric>

namespace hx {

namespace {

std::string requireReason(const Json& cmd)
{
    const std::string reason = optionalString(cmd, "reason");
    if (reason.empty())
        refuse({"更正须写明原因", "a correction needs its reason"});
    return reason;
}

long long enteredCount(const Round& r)
{
    return std::accumulate(r.entries.begin(), r.entries.end(), 0LL, [](long long n, const BallotGroup& g) { return n + g.count; });
}

std::vector<EventDraft> correctFigure(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    const Round& r = openRound(c);
    const std::string figure = stringField(cmd, "figure");
    if (figure != "issued" && figure != "returned")
        refuse({"只能更正发出票数（issued）或收回票数（returned）", "only the ballots issued or returned can be corrected"});
    const std::optional<long long>& was = figure == "issued" ? r.issued : r.returned;
    if (!was)
        refuse({"这个数字尚未登记，无需更正", "this figure is not recorded yet; nothing to correct"});
    const long long n = intField(cmd, "count");
    if (n == *was)
        refuse({"更正后的数字与原来相同", "the corrected figure is the same"});
    const std::string reason = requireReason(cmd);
    const long long present = static_cast<long long>(m.present.size());
    // RULE: FORMAT.md issue_ballots — ballots issued cannot exceed those present.
    if (figure == "issued" && (n < 1 || n > present))
        refuse({"发出选票数（" + std::to_string(n) + "）应在 1 与实到人数（" + std::to_string(present) + "）之间",
                "ballots issued (" + std::to_string(n) + ") must be between 1 and those present (" + std::to_string(present) + ")"});
    if (figure == "returned" && n < enteredCount(r))
        refuse({"收回票数（" + std::to_string(n) + "）不能少于已录入的选票（" + std::to_string(enteredCount(r)) + "）",
                "ballots returned (" + std::to_string(n) + ") cannot be fewer than those entered (" + std::to_string(enteredCount(r)) + ")"});
    if (n < 0)
        refuse({"票数不能为负数", "a count cannot be negative"});
    // RULE: STYLE.md Journal — corrections are new events, never edits.
    Json data = {{"meeting", m.id}, {"contest", c.id}, {"figure", figure}, {"from", *was}, {"count", n}, {"reason", reason}, {"void", false}};
    if (r.returned) {
        const long long issued = figure == "issued" ? n : *r.issued;
        const long long returned = figure == "returned" ? n : *r.returned;
        if (const std::string why = overReturned(m, r, issued, returned); !why.empty()) {
            data["void"] = true;
            data["void_reason"] = why;
        }
    }
    return {{"figure_corrected", data}};
}

std::vector<EventDraft> correctHands(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    const Round& r = openRound(c);
    const std::string cand = stringField(cmd, "candidate");
    const auto at = r.position.find(cand);
    if (r.voting != "show_of_hands" || at == r.position.end() || !r.hands[at->second])
        refuse({who(s, cand) + "的举手表决结果尚未登记，无需更正", who(s, cand) + "'s show of hands is not recorded; nothing to correct"});
    const std::string reason = requireReason(cmd);
    const Hands h = checkedHands(m, cmd);
    const Tally& was = r.tallies[at->second];
    return {{"hands_corrected", {{"meeting", m.id}, {"contest", c.id}, {"candidate", cand}, {"approve", h.approve}, {"abstain", h.abstain},
                                 {"oppose", h.oppose}, {"from", {{"approve", was.approve}, {"abstain", was.abstain}, {"oppose", was.oppose}}},
                                 {"reason", reason}}}};
}

std::vector<EventDraft> correctBallot(const State& s, const Json& cmd)
{
    const Desk d = deskOf(s, cmd);
    const long long index = intField(cmd, "index"); // 1-based, in the order entered
    if (index < 1 || index > static_cast<long long>(d.r.entries.size()))
        refuse({"没有第 " + std::to_string(index) + " 张已录入的选票", "there is no entered ballot " + std::to_string(index)});
    const std::string reason = requireReason(cmd);
    if (!cmd.contains("ballot") || !cmd["ballot"].is_object())
        refuse({"请给出更正后的选票", "give the corrected ballot"});
    const BallotGroup& was = d.r.entries[static_cast<size_t>(index - 1)];
    Json ballot = cmd["ballot"];
    ballot["count"] = was.count; // a correction re-reads the same ballots
    const BallotGroup now = judgeBallot(d.r, ballotInput(ballot), d.m.method);
    if (now == was)
        refuse({"更正后的选票与原来相同", "the corrected ballot is the same"});
    return {{"ballot_corrected", {{"meeting", d.m.id}, {"contest", d.c.id}, {"index", index}, {"from", groupJson(was)},
                                  {"group", groupJson(now)}, {"reason", reason}}}};
}

std::vector<EventDraft> withdrawCheckIn(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const auto people = stringList(cmd, "people");
    if (people.empty())
        refuse({"没有列出人员", "no people listed"});
    for (const auto& id : people)
        if (!m.present.count(id))
            refuse({who(s, id) + "没有签到，无需撤销", who(s, id) + " has not checked in; nothing to withdraw"});
    const std::string reason = requireReason(cmd);
    // RULE: STYLE.md Journal — corrections are new events, never edits.
    return {{"check_in_withdrawn", {{"meeting", m.id}, {"people", people}, {"reason", reason}}}};
}

} // namespace

void registerCorrectionVerbs()
{
    registerVerb("correct_figure", correctFigure);
    registerVerb("correct_hands", correctHands);
    registerVerb("correct_ballot", correctBallot);
    registerVerb("withdraw_check_in", withdrawCheckIn);

    registerApplier("figure_corrected", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        (e.data["figure"] == "issued" ? r.issued : r.returned) = e.data["count"].get<long long>();
        if (e.data["void"].get<bool>()) {
            r.closed = true;
            r.outcome = "void";
            r.voidReason = e.data["void_reason"];
        }
    });
    registerApplier("hands_corrected", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        r.tallies[r.position.at(e.data["candidate"].get<std::string>())] = {e.data["approve"], e.data["oppose"], e.data["abstain"]};
    });
    registerApplier("ballot_corrected", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        BallotGroup& g = r.entries.at(e.data["index"].get<size_t>() - 1);
        untallyGroup(r, g);
        g = groupFromJson(e.data["group"]);
        tallyGroup(r, g);
    });
    registerApplier("check_in_withdrawn", [](State& s, const Event& e) {
        Meeting& m = meetingOf(s, e);
        for (const auto& p : e.data["people"]) {
            m.present.erase(p.get<std::string>());
            m.attended.erase(p.get<std::string>());
        }
    });
}

} // namespace hx
