#include "script.hpp"

#include "register.hpp"

#include "agenda.hpp"
#include "meeting_rules.hpp"
#include "result_json.hpp"

namespace hx {

namespace {

std::string names(const State& s, const std::vector<std::string>& ids)
{
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : "、") + s.nameOf(id);
    return out;
}

// The passage for the election in progress, from the state of its current round.
Text electionPassage(const State& s, const Meeting& m)
{
    for (const Contest& c : m.contests) {
        if (c.announced)
            continue;
        const Round& r = c.current();
        const std::string office = officeTitle(c.office), n = std::to_string(r.number);
        if (c.concluded)
            return {"现在宣布选举结果：根据选举办法，" + names(s, announcedOrder(s, m, c)) + "当选为" + office + "。",
                    "Announce the result: " + names(s, announcedOrder(s, m, c)) + " elected " + c.office + "."};
        if (r.closed && r.outcome == "void")
            return {"收回选票多于发出选票，本次选举无效，应重新选举。", "More ballots were returned than issued: the election is void and is repeated."};
        if (r.closed)
            return {"请总监票人报告计票结果。当选须获得赞成票不少于" + std::to_string(r.threshold) + "票。",
                    "The chief scrutineer reports the count; election needs at least " + std::to_string(r.threshold) + " approvals."};
        if (r.voting == "show_of_hands")
            return {"下面对候选人逐一举手表决。赞成的请举手……不赞成的请举手……弃权的请举手。",
                    "Vote on each candidate by show of hands: approve, oppose, abstain."};
        if (!r.issued)
            return {"下面进行" + office + "选举（第" + n + "轮）。请监票人检查票箱。应选" + std::to_string(r.seats) + "名，候选人"
                        + std::to_string(r.candidates.size()) + "名（按姓氏笔画为序）：" + names(s, r.candidates) + "。现在分发选票。",
                    "Election of " + c.office + ", round " + n + ": the scrutineers check the ballot box; ballots are issued."};
        if (!r.returned)
            return {"共发出选票" + std::to_string(*r.issued) + "张。请监票人先投票，然后代表们依次投票。",
                    std::to_string(*r.issued) + " ballots issued. The scrutineers vote first, then the delegates."};
        return {"共发出选票" + std::to_string(*r.issued) + "张，收回选票" + std::to_string(*r.returned) + "张，"
                    + (*r.returned <= *r.issued ? "收回选票等于或少于发出选票，本次选举有效。现在开始计票。" : "选举无效。"),
                std::to_string(*r.issued) + " issued, " + std::to_string(*r.returned) + " returned; the count begins."};
    }
    return {"下面进行选举。", "The elections come next."};
}

} // namespace

std::vector<AgendaState> agendaStatus(const Meeting& m)
{
    std::vector<AgendaState> out;
    const AgendaItem* first = nullptr;
    for (const auto& i : agendaFor(m)) {
        AgendaState a{i.id, {i.zh, i.en}, "later", {}};
        if (itemDone(m, i.id)) {
            a.state = "done";
        } else if (!first) {
            first = &i;
            a.state = "now";
            const bool needsQuorum = std::string_view(i.id) == "election_method" || std::string_view(i.id) == "scrutineers"
                                     || std::string_view(i.id) == "elections";
            if (needsQuorum && !quorumFigures(m).met) {
                a.state = "blocked";
                a.why = quorumNotMet(static_cast<long long>(m.present.size()), quorumBase(m), m.method.quorum);
            }
        } else {
            a.state = "blocked";
            a.why = {std::string("请先进行“") + first->zh + "”", std::string("“") + first->en + "” comes first"};
        }
        out.push_back(a);
    }
    return out;
}

QuorumFigures quorumFigures(const Meeting& m)
{
    QuorumFigures q;
    q.expected = static_cast<long long>(m.expected.size());
    q.present = static_cast<long long>(m.present.size());
    q.needed = leastMeeting(quorumBase(m), m.method.quorum);
    q.met = meets(q.present, quorumBase(m), m.method.quorum);
    const std::string figures = "应到" + std::to_string(q.expected) + "名，实到" + std::to_string(q.present) + "名，";
    const std::string rule = std::string(m.method.quorum.strict ? "超过" : "达到") + (m.method.quorum.base == "present" ? "实到" : "应到")
                             + "人数的" + fractionZh(m.method.quorum);
    const std::string business = m.elects ? "选举" : "审议";
    q.sentence = q.met ? Text{figures + rule + "，符合规定，可以进行" + business, std::to_string(q.present) + " of " + std::to_string(q.expected) + " present: a quorum"}
                       : Text{figures + "未" + rule + "，不能进行" + business, std::to_string(q.present) + " of " + std::to_string(q.expected) + " present: no quorum (" + std::to_string(q.needed) + " needed)"};
    return q;
}

Text presidingPassage(const State& s, const Meeting& m)
{
    for (const AgendaState& a : agendaStatus(m)) {
        if (a.state == "done" || a.state == "later")
            continue;
        if (a.state == "blocked" && a.why.zh.starts_with("到会人数"))
            return {quorumFigures(m).sentence.zh + "。请工作人员继续组织签到。", quorumFigures(m).sentence.en + ". Check-in continues."};
        const QuorumFigures q = quorumFigures(m);
        if (a.item == "announce_approval")
            return {"各位代表：现在开会。首先，请同级党组织负责同志宣布关于同意成立" + (s.federation ? s.federation->name : std::string()) + "的批复。",
                    "The meeting opens: the party organisation announces its approval."};
        if (a.item == "preparatory_report")
            return {"请筹备工作组作筹备工作报告。", "The preparatory group reports."};
        if (a.item == "work_report")
            return {"请上届执行委员会作工作报告。", "The outgoing committee reports."};
        if (a.item == "election_method")
            return {q.sentence.zh + "。下面，审议通过《选举办法（草案）》。同意的请鼓掌。", q.sentence.en + ". Adopt the election method."};
        if (a.item == "scrutineers")
            return {"下面，通过总监票人、监票人和计票人名单（草案）。候选人不担任监票人、计票人。同意的请鼓掌。",
                    "Adopt the chief scrutineer, scrutineers and tellers (no candidate may serve)."};
        if (a.item == "elections")
            return electionPassage(s, m);
        if (a.item == "first_plenary")
            return {"大会暂时休会，召开新一届执行委员会第一次全体会议，选举主席、副主席。", "Recess: the executive committee's first plenary elects its chair and vice-chairs."};
        if (a.item == "chair_speech")
            return {"大会复会。请新当选的主席讲话。", "The congress resumes: the new chair speaks."};
        if (a.item == "leader_speech")
            return {"请领导讲话。", "The leaders speak."};
        if (a.item == "termination_report")
            return {q.sentence.zh + "。首先，通报执委资格终止情况：" + names(s, m.toReport) + "的执委资格经同级党组织批准终止。",
                    q.sentence.en + ". First, the terminated executives are reported."};
        if (a.item == "deliberation")
            for (const Topic& t : m.topics)
                if (!t.deliberated)
                    return {q.sentence.zh + "。下面审议议题：" + t.title + "（" + topicSourceName(t.source).zh + "）。请各位执委发表意见。",
                            q.sentence.en + ". Next topic: " + t.title + " (" + topicSourceName(t.source).en + ")."};
    }
    return {"会议各项议程已经进行完毕。", "Every item of the agenda is done."};
}

} // namespace hx
