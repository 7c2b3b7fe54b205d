// Verbs of a contest: opening, ballot accounting, ballots and hands, the
// count, further rounds, seat reduction and the announcement.
#include "agenda.hpp"
#include "counting.hpp"
#include "meeting_rules.hpp"
#include "register.hpp"
#include "strokes.hpp"

#include <algorithm>

namespace hx {

const Contest& contestOf(const Meeting& m, const Json& cmd)
{
    const std::string id = stringField(cmd, "contest");
    const Contest* c = m.contest(id);
    if (!c)
        refuse({"没有这个选举事项：" + id, "no such contest: " + id});
    return *c;
}

Contest& contestOf(State& s, const Event& e)
{
    return *meetingOf(s, e).contest(e.data.at("contest").get<std::string>());
}

Round& roundOf(State& s, const Event& e)
{
    return contestOf(s, e).rounds.back();
}

const Round& openRound(const Contest& c)
{
    if (c.rounds.empty() || c.current().closed)
        refuse({"“" + c.id + "”没有正在进行的投票轮次", "“" + c.id + "” has no round in progress"});
    return c.current();
}

Text candidateProblem(const State& s, const Meeting& m, const std::string& id)
{
    // RULE: RULES §3 Nomination — by-election candidates must be nominated and approved.
    if (m.kind == "executive_by_election" && !m.nomination(id))
        return {who(s, id) + "未经提名和批准，不能作为候选人", who(s, id) + " is not nominated and approved"};
    // RULE: RULES §1 Bodies — the first plenary elects its officers from the new executives.
    if (m.kind == "first_plenary" && !m.isExpected(id))
        return {who(s, id) + "不是新当选的执委", who(s, id) + " is not one of the new executives"};
    // RULE: RULES §4 Counting procedure 3 — candidates may not act as scrutineers or tellers.
    if (m.scrutineers.serves(id))
        return {who(s, id) + "担任监票人或计票人，不能作为候选人", who(s, id) + " serves as scrutineer or teller and cannot stand"};
    return {};
}

namespace {

std::string officeZh(const std::string& office)
{
    return office == "executive" ? "执委" : office == "chair" ? "主席" : office == "vice_chair" ? "副主席" : "常委";
}

// A round as opened: candidates in stroke order, the attendance snapshot, the threshold.
Json roundSnapshot(const State& s, const Meeting& m, const std::string& kind, int number, int seats,
                   const std::vector<std::string>& candidates, const std::string& voting, Json& strokeTies)
{
    std::vector<NamedItem> named;
    for (const auto& id : candidates)
        named.push_back({id, s.nameOf(id)});
    // RULE: RULES §5 Order — candidates on ballots in surname-stroke order.
    StrokeOrdering order = strokeOrder(named, m.method.nameOrder);
    strokeTies = order.ties;
    const long long expected = static_cast<long long>(m.expected.size());
    const long long present = static_cast<long long>(m.present.size());
    return {{"number", number}, {"kind", kind}, {"seats", seats}, {"candidates", order.ids}, {"voting", voting},
            {"expected", expected}, {"present", present}, {"quorum", true},
            {"threshold", leastMeeting(thresholdBase(m), m.method.threshold)}};
}

void checkCandidates(const State& s, const Meeting& m, const std::string& office, int seats,
                     const std::vector<std::string>& candidates)
{
    const long long n = static_cast<long long>(candidates.size());
    if (office == "chair" || office == "vice_chair" || office == "standing") {
        // RULE: RULES §4 Competition — 妇女联合会选举工作条例: chair, vice-chairs and standing members are elected uncontested (等额).
        if (n != seats)
            refuse({officeZh(office) + "实行等额选举：候选人数（" + std::to_string(n) + "）应等于应选名额（" + std::to_string(seats) + "）",
                    "the " + office + " election is uncontested: candidates (" + std::to_string(n) + ") must equal seats (" + std::to_string(seats) + ")"});
    } else if (m.kind == "founding_congress" || m.kind == "reelection_congress") {
        // RULE: RULES §4 Competition — executives: more candidates than seats by the margin.
        const int margin = executiveMargin(m.method, seats);
        if (n < seats + margin)
            refuse({"执委实行差额选举：候选人数（" + std::to_string(n) + "）应不少于应选名额加差额（" + std::to_string(seats) + "+" + std::to_string(margin) + "）",
                    "the executive election is competitive: candidates (" + std::to_string(n) + ") must be at least seats + margin (" + std::to_string(seats) + "+" + std::to_string(margin) + ")"});
    }
    for (const auto& id : candidates)
        if (Text problem = candidateProblem(s, m, id); !problem.empty())
            refuse(problem);
}

// RULE: RULES §1 Committee size — additions beyond the range need a recorded reason (增补 article 9).
std::string checkRegisterSize(const State& s, const Meeting& m, const std::string& office, long long seats, const Json& cmd)
{
    if (m.kind != "executive_by_election" || office != "executive" || s.executives.empty())
        return {};
    const int after = s.executives.size() + static_cast<int>(seats);
    const std::string reason = optionalString(cmd, "size_reason");
    if (after > sizeRange(s.federation->kind).high && reason.empty())
        refuse(sizeWarning(s.federation->kind, after));
    for (const auto& id : stringList(cmd, "candidates"))
        if (const Executive* e = s.executives.find(id); e && e->serving)
            refuse({who(s, id) + "已是现任执委", who(s, id) + " is a serving executive already"});
    return reason;
}

std::vector<EventDraft> openContest(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    requireTurn(m, "elections");
    const std::string id = idField(cmd, "contest");
    if (m.contest(id))
        refuse({"选举事项已存在：" + id, "the contest exists already: " + id});
    const std::string office = stringField(cmd, "office");
    if (office != "executive" && office != "chair" && office != "vice_chair" && office != "standing")
        refuse({"职务应为 executive、chair、vice_chair 或 standing：" + office, "unknown office: " + office});
    const bool congress = m.kind == "founding_congress" || m.kind == "reelection_congress";
    if (congress && office != "executive")
        refuse({"妇女代表大会只选举执委；主席、副主席由执委会全体会议选举", "a congress elects executives; the executive committee elects its officers"});
    if (m.kind == "first_plenary" && office == "executive")
        refuse({"执委会第一次全体会议选举主席、副主席和常委", "the first plenary elects the chair, vice-chairs and standing members"});
    const long long seats = intField(cmd, "seats");
    if (seats < 1 || seats > 1000)
        refuse({"应选名额应为正整数", "seats must be a positive number"});
    const auto candidates = stringList(cmd, "candidates");
    if (candidates.empty())
        refuse({"没有候选人", "there are no candidates"});
    requireKnown(s, candidates);
    requireDistinct(candidates, "候选人名单");
    const std::string voting = optionalString(cmd, "voting", "secret_ballot");
    if (voting != "secret_ballot" && voting != "show_of_hands")
        refuse({"投票方式应为 secret_ballot 或 show_of_hands：" + voting, "voting is secret_ballot or show_of_hands: " + voting});
    // RULE: RULES §2 Secret ballot — congress and plenary elections are by secret ballot; RULES §3 allows hands in a by-election.
    if (voting == "show_of_hands" && (congress || m.kind == "first_plenary"))
        refuse({"大会和全体会议的选举应采用无记名投票", "congress and plenary elections are by secret ballot"});
    checkCandidates(s, m, office, static_cast<int>(seats), candidates);
    checkPreparedList(s, m, id, candidates);
    const std::string sizeReason = checkRegisterSize(s, m, office, seats, cmd);
    // RULE: RULES §4 Quorum — checked, and the attendance snapshot taken, at every round's opening.
    requireQuorum(m);
    Json ties;
    Json round = roundSnapshot(s, m, "regular", 1, static_cast<int>(seats), candidates, voting, ties);
    Json data = {{"meeting", m.id}, {"contest", id}, {"office", office}, {"seats", seats},
                 {"given_order", candidates}, {"stroke_ties", ties}, {"round", round}};
    if (!sizeReason.empty())
        data["size_reason"] = sizeReason;
    return {{"contest_opened", data}};
}

std::vector<EventDraft> setOrder(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    const Round& r = openRound(c);
    if (r.issued || std::any_of(r.hands.begin(), r.hands.end(), [](bool b) { return b; }))
        refuse({"已开始投票，不能再调整候选人顺序", "voting has started; the order can no longer change"});
    auto order = stringList(cmd, "order");
    auto sorted = order, current = r.candidates;
    std::sort(sorted.begin(), sorted.end());
    std::sort(current.begin(), current.end());
    if (sorted != current)
        refuse({"新的顺序须恰好包含本轮的全部候选人", "the order must list exactly this round's candidates"});
    // RULE: RULES §5.5 — a manual override of the order is always possible and is printed on the record.
    return {{"order_set", {{"meeting", m.id}, {"contest", c.id}, {"order", order}, {"decided_by", stringField(cmd, "decided_by")}}}};
}

std::vector<EventDraft> issueBallots(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    const Round& r = openRound(c);
    if (r.voting != "secret_ballot")
        refuse({"举手表决不发选票", "a show of hands issues no ballots"});
    if (r.issued)
        refuse({"本轮选票已经发出", "this round's ballots are issued already"});
    const long long n = intField(cmd, "count");
    const long long present = static_cast<long long>(m.present.size());
    // RULE: FORMAT.md issue_ballots — ballots issued cannot exceed those present.
    if (n < 1 || n > present)
        refuse({"发出选票数（" + std::to_string(n) + "）应在 1 与实到人数（" + std::to_string(present) + "）之间",
                "ballots issued (" + std::to_string(n) + ") must be between 1 and those present (" + std::to_string(present) + ")"});
    return {{"ballots_issued", {{"meeting", m.id}, {"contest", c.id}, {"count", n}}}};
}

std::vector<EventDraft> returnBallots(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    const Round& r = openRound(c);
    if (!r.issued)
        refuse({"请先发出选票", "issue the ballots first"});
    if (r.returned)
        refuse({"本轮收回票数已经登记", "this round's returned ballots are recorded already"});
    const long long n = intField(cmd, "count");
    if (n < 0)
        refuse({"收回票数不能为负数", "returned ballots cannot be negative"});
    Json data = {{"meeting", m.id}, {"contest", c.id}, {"count", n}, {"void", false}};
    if (const std::string why = overReturned(m, r, *r.issued, n); !why.empty()) {
        data["void"] = true;
        data["reason"] = why;
    }
    return {{"ballots_returned", data}};
}

} // namespace

std::string overReturned(const Meeting& m, const Round& r, long long issued, long long returned)
{
    // RULE: RULES §4 Election valid — returned ≤ issued (or ≤ voters); more returned voids the round at once.
    const bool byVoters = m.method.electionValidity == "returned_le_voters";
    const long long limit = byVoters ? r.present : issued;
    if (returned <= limit)
        return {};
    return "收回选票（" + std::to_string(returned) + "）多于" + (byVoters ? "投票人数" : "发出选票") + "（" + std::to_string(limit) + "），选举无效";
}

BallotInput ballotInput(const Json& b)
{
    if (!b.is_object())
        refuse({"每张（组）选票应为一个对象，如 {\"approve\":[…],\"count\":1}", "each ballot (group) is an object such as {\"approve\":[…],\"count\":1}"});
    BallotInput in;
    in.count = optionalInt(b, "count", 1);
    in.isVoid = optionalBool(b, "void", false);
    in.reason = optionalString(b, "reason");
    in.approve = stringList(b, "approve");
    in.oppose = stringList(b, "oppose");
    for (const auto& w : optionalArray(b, "write_ins")) {
        if (!w.is_object())
            refuse({"另选人应写作 {\"name\":…,\"mark\":…}", "a write-in is {\"name\":…,\"mark\":…}"});
        in.writeIns.emplace_back(optionalString(w, "name"), optionalString(w, "mark", "approve"));
    }
    return in;
}

Json groupJson(const BallotGroup& g)
{
    if (g.isVoid)
        return {{"count", g.count}, {"void", true}, {"reason", g.voidReason}};
    return {{"count", g.count}, {"marks", g.marks}, {"write_ins", g.writeIns}};
}

BallotGroup groupFromJson(const Json& g)
{
    BallotGroup b;
    b.count = g["count"];
    b.isVoid = g.value("void", false);
    if (b.isVoid) {
        b.voidReason = g.value("reason", "");
    } else {
        b.marks = g["marks"];
        b.writeIns = g["write_ins"].get<std::vector<std::string>>();
    }
    return b;
}

Desk deskOf(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    const Round& r = openRound(c);
    if (r.voting != "secret_ballot")
        refuse({"举手表决不录入选票，请逐一登记举手结果", "a show of hands has no ballots; record each candidate's hands"});
    if (!r.returned)
        refuse({"请先登记收回的选票数", "record the returned ballots first"});
    return {m, c, r};
}

void countGroups(Round& r, const Json& groups)
{
    for (const auto& g : groups) {
        const BallotGroup b = groupFromJson(g);
        tallyGroup(r, b);
        r.entries.push_back(b);
    }
}

namespace {

std::vector<EventDraft> recordBallots(const State& s, const Json& cmd, bool single)
{
    const auto [m, c, r] = deskOf(s, cmd);
    if (!r.pendingA.empty() || !r.pendingB.empty() || !r.scanned.empty())
        refuse({"本轮正在双人录入，请用双人录入继续", "this round is being entered twice; continue with double entry"});
    Json groups = Json::array();
    long long entered = r.valid + r.voided;
    const Json& given = single ? Json::array({cmd}) : field(cmd, "ballots");
    if (!given.is_array() || given.empty())
        refuse({"ballots 应为选票列表", "ballots is a list of ballots"});
    for (const auto& b : given) {
        BallotGroup g = judgeBallot(r, ballotInput(b), m.method);
        entered += g.count;
        groups.push_back(groupJson(g));
    }
    // RULE: RULES §4 Ballot accounting — every ballot counted was returned: entries cannot exceed the returned count.
    if (entered > *r.returned)
        refuse({"录入的选票（" + std::to_string(entered) + "）多于收回的选票（" + std::to_string(*r.returned) + "）",
                "ballots entered (" + std::to_string(entered) + ") exceed those returned (" + std::to_string(*r.returned) + ")"});
    return {{"ballots_recorded", {{"meeting", m.id}, {"contest", c.id}, {"groups", groups}}}};
}

std::vector<EventDraft> showOfHands(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    const Round& r = openRound(c);
    if (r.voting != "show_of_hands")
        refuse({"本轮为无记名投票", "this round is a secret ballot"});
    const std::string cand = stringField(cmd, "candidate");
    const auto it = std::find(r.candidates.begin(), r.candidates.end(), cand);
    if (it == r.candidates.end())
        refuse({who(s, cand) + "不是本轮候选人", who(s, cand) + " is not a candidate in this round"});
    if (r.hands[static_cast<size_t>(it - r.candidates.begin())])
        refuse({who(s, cand) + "的表决结果已经登记", who(s, cand) + "'s vote is recorded already"});
    const Hands h = checkedHands(m, cmd);
    return {{"hands_recorded", {{"meeting", m.id}, {"contest", c.id}, {"candidate", cand}, {"approve", h.approve},
                                {"abstain", h.abstain}, {"oppose", h.oppose}}}};
}

std::vector<EventDraft> closeCount(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    const Round& r = openRound(c);
    const auto signers = stringList(cmd, "signed_by");
    if (signers.empty())
        refuse({"计票结果须由监票人签字", "the scrutineers must sign the count"});
    for (const auto& id : signers)
        // RULE: RULES §4 Counting procedure 6 — the scrutineers check the tally and sign it; only they sign.
        if (!m.scrutineers.isScrutineer(id))
            refuse({who(s, id) + "不是监票人，不能签字", who(s, id) + " is not a scrutineer and cannot sign"});
    if (r.voting == "secret_ballot") {
        if (!r.returned)
            refuse({"尚未登记收回的选票", "the returned ballots are not recorded"});
        if (r.valid + r.voided != *r.returned)
            refuse({"已录入选票 " + std::to_string(r.valid + r.voided) + " 张，与收回的 " + std::to_string(*r.returned) + " 张不符",
                    std::to_string(r.valid + r.voided) + " ballots entered, " + std::to_string(*r.returned) + " returned"});
    } else {
        for (size_t i = 0; i < r.candidates.size(); ++i)
            if (!r.hands[i])
                refuse({who(s, r.candidates[i]) + "的表决结果尚未登记", who(s, r.candidates[i]) + "'s vote is not recorded"});
    }
    RoundOutcome o = countRound(r, m.method);
    return {{"count_closed", {{"meeting", m.id}, {"contest", c.id}, {"signed_by", signers}, {"outcome", o.outcome},
                              {"elected", o.elected}, {"tied", o.tied}}}};
}

std::vector<EventDraft> openNextRound(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    if (c.rounds.empty() || !c.current().closed)
        refuse({"本轮尚未结束", "the current round is not closed"});
    NextRound next = nextRound(c, m.method);
    requireQuorum(m);
    Json ties;
    Json round = roundSnapshot(s, m, next.kind, c.current().number + 1, next.seats, next.candidates, c.current().voting, ties);
    return {{"round_opened", {{"meeting", m.id}, {"contest", c.id}, {"stroke_ties", ties}, {"round", round}}}};
}

std::vector<EventDraft> reduceSeats(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    if (m.method.shortfall != "reduce_seats")
        refuse({"选举办法没有规定减少名额", "the method does not provide for reducing the seats"});
    if (c.rounds.empty() || !c.current().closed || c.current().outcome != "shortfall")
        refuse({"只有当选人数不足时才能减少名额", "seats are reduced only after a shortfall"});
    const long long seats = intField(cmd, "seats");
    const long long elected = static_cast<long long>(c.elected.size());
    if (seats < elected || seats >= c.seats)
        refuse({"减少后的名额应在已当选人数（" + std::to_string(elected) + "）与原名额（" + std::to_string(c.seats) + "）之间",
                "the reduced seats must be between the elected (" + std::to_string(elected) + ") and the seats (" + std::to_string(c.seats) + ")"});
    // RULE: RULES §4 Shortfall — alternative: reduce the seats by recorded decision.
    return {{"seats_reduced", {{"meeting", m.id}, {"contest", c.id}, {"seats", seats}, {"decided_by", stringField(cmd, "decided_by")}}}};
}

std::vector<EventDraft> announce(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Contest& c = contestOf(m, cmd);
    if (c.announced)
        refuse({"“" + c.id + "”的结果已经宣布", "“" + c.id + "” is announced already"});
    if (!c.concluded)
        refuse({"“" + c.id + "”的选举尚未结束，不能宣布结果", "“" + c.id + "” is not concluded"});
    return {{"announced", {{"meeting", m.id}, {"contest", c.id}}}};
}

Round roundFrom(const Json& j)
{
    Round r;
    r.number = j["number"];
    r.kind = j["kind"];
    r.seats = j["seats"];
    r.setCandidates(j["candidates"].get<std::vector<std::string>>());
    r.voting = j["voting"];
    r.expected = j["expected"];
    r.present = j["present"];
    r.quorum = j["quorum"];
    r.threshold = j["threshold"];
    r.tallies.resize(r.candidates.size());
    r.hands.resize(r.candidates.size());
    return r;
}

void applyOpened(State& s, const Event& e)
{
    Meeting& m = meetingOf(s, e);
    Contest c;
    c.id = e.data["contest"];
    c.office = e.data["office"];
    c.seats = c.originalSeats = e.data["seats"];
    c.givenOrder = e.data["given_order"].get<std::vector<std::string>>();
    c.strokeTies = e.data["stroke_ties"].get<std::vector<std::vector<std::string>>>();
    c.rounds.push_back(roundFrom(e.data["round"]));
    m.contests.push_back(std::move(c));
}

void applyClosed(State& s, const Event& e)
{
    Meeting& m = meetingOf(s, e);
    Contest& c = contestOf(s, e);
    Round& r = c.rounds.back();
    r.closed = true;
    r.closedAt = e.at;
    m.endedAt = std::max(m.endedAt, e.at);
    r.outcome = e.data["outcome"];
    r.elected = e.data["elected"].get<std::vector<std::string>>();
    r.tied = e.data["tied"].get<std::vector<std::string>>();
    r.signedBy = e.data["signed_by"].get<std::vector<std::string>>();
    c.elected.insert(c.elected.end(), r.elected.begin(), r.elected.end());
    c.concluded = contestConcluded(c, m.method);
}

void applyReturned(State& s, const Event& e)
{
    Round& r = contestOf(s, e).rounds.back();
    r.returned = e.data["count"].get<long long>();
    if (e.data["void"].get<bool>()) {
        r.closed = true;
        r.outcome = "void";
        r.voidReason = e.data["reason"];
    }
}

void applyHands(State& s, const Event& e)
{
    Round& r = contestOf(s, e).rounds.back();
    const size_t i = r.position.at(e.data["candidate"].get<std::string>());
    r.tallies[i] = {e.data["approve"], e.data["oppose"], e.data["abstain"]};
    r.hands[i] = true;
}

void applyRecorded(State& s, const Event& e)
{
    countGroups(contestOf(s, e).rounds.back(), e.data["groups"]);
}

} // namespace

void registerContestVerbs()
{
    registerVerb("open_contest", openContest);
    registerVerb("set_order", setOrder);
    registerVerb("issue_ballots", issueBallots);
    registerVerb("return_ballots", returnBallots);
    registerVerb("ballots", [](const State& s, const Json& c) { return recordBallots(s, c, false); });
    registerVerb("ballot", [](const State& s, const Json& c) { return recordBallots(s, c, true); });
    registerVerb("show_of_hands", showOfHands);
    registerVerb("close_count", closeCount);
    registerVerb("open_round", openNextRound);
    registerVerb("reduce_seats", reduceSeats);
    registerVerb("announce", announce);

    registerApplier("contest_opened", applyOpened);
    registerApplier("round_opened", [](State& s, const Event& e) {
        Contest& c = contestOf(s, e);
        c.rounds.push_back(roundFrom(e.data["round"]));
        c.strokeTies = e.data["stroke_ties"].get<std::vector<std::vector<std::string>>>();
        c.concluded = false;
    });
    registerApplier("order_set", [](State& s, const Event& e) {
        Contest& c = contestOf(s, e);
        c.rounds.back().setCandidates(e.data["order"].get<std::vector<std::string>>());
        c.orderOverridden = true;
        c.orderDecidedBy = e.data["decided_by"];
    });
    registerApplier("ballots_issued", [](State& s, const Event& e) { contestOf(s, e).rounds.back().issued = e.data["count"].get<long long>(); });
    registerApplier("ballots_returned", applyReturned);
    registerApplier("ballots_recorded", applyRecorded);
    registerApplier("hands_recorded", applyHands);
    registerApplier("count_closed", applyClosed);
    registerApplier("seats_reduced", [](State& s, const Event& e) {
        Contest& c = contestOf(s, e);
        c.seats = e.data["seats"];
        c.seatReductionBy = e.data["decided_by"];
        c.concluded = static_cast<int>(c.elected.size()) >= c.seats;
    });
    registerApplier("announced", [](State& s, const Event& e) {
        Contest& c = contestOf(s, e);
        c.announced = true;
        meetingOf(s, e).endedAt = std::max(meetingOf(s, e).endedAt, e.at);
        registerAnnouncement(s, meetingOf(s, e), c);
    });
}

} // namespace hx
