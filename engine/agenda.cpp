#include "agenda.hpp"

#include "command.hpp"

#include <algorithm>

namespace hx {

namespace {

const AgendaItem kItems[] = {
    {"announce_approval", "宣布同级党组织的批复", "announce the party organisation's approval"},
    {"preparatory_report", "筹备工作报告", "report on the preparatory work"},
    {"work_report", "上届执行委员会工作报告", "the outgoing committee's work report"},
    {"election_method", "通过选举办法", "adopt the election method"},
    {"scrutineers", "通过监票人、计票人名单", "adopt the scrutineers and tellers"},
    {"elections", "选举并宣布结果", "elect and announce the result"},
    {"first_plenary", "执行委员会第一次全体会议", "the executive committee's first plenary"},
    {"chair_speech", "新当选主席讲话", "the new chair speaks"},
    {"leader_speech", "领导讲话", "the leaders speak"},
    {"termination_report", "通报执委资格终止情况", "report the terminated executives"},
    {"deliberation", "审议议题", "deliberate the topics"},
};

const AgendaItem& item(const char* id)
{
    for (const auto& i : kItems)
        if (std::string_view(i.id) == id)
            return i;
    return kItems[0];
}

std::vector<AgendaItem> items(std::initializer_list<const char*> ids)
{
    std::vector<AgendaItem> out;
    for (const char* id : ids)
        out.push_back(item(id));
    return out;
}

} // namespace

bool isSpokenItem(const std::string& item)
{
    return item == "announce_approval" || item == "preparatory_report" || item == "work_report" || item == "chair_speech"
           || item == "leader_speech" || item == "termination_report";
}

bool isMeetingKind(const std::string& kind)
{
    return kind == "founding_congress" || kind == "reelection_congress" || kind == "executive_by_election"
           || kind == "executive_meeting" || kind == "first_plenary";
}

const std::vector<AgendaItem>& agendaOf(const std::string& kind)
{
    // RULE: RULES §2 Founding agenda — the founding congress in this order, with the recess for the first plenary.
    static const auto founding = items({"announce_approval", "preparatory_report", "election_method", "scrutineers",
                                        "elections", "first_plenary", "chair_speech", "leader_speech"});
    // RULE: RULES §2 Re-election agenda — a re-election congress: the outgoing committee's work report first.
    static const auto reelection = items({"work_report", "election_method", "scrutineers", "elections",
                                          "first_plenary", "chair_speech", "leader_speech"});
    // RULE: RULES §2 Plenary agenda — a plenary or executive meeting adopts its method and scrutineers, then elects.
    static const auto elective = items({"election_method", "scrutineers", "elections"});
    // RULE: RULES §3 Termination — a termination is reported to the next executive meeting, before its business.
    static const auto byElection = items({"termination_report", "election_method", "scrutineers", "elections"});
    static const auto executive = items({"termination_report", "deliberation", "election_method", "scrutineers", "elections"});
    if (kind == "founding_congress")
        return founding;
    if (kind == "reelection_congress")
        return reelection;
    if (kind == "executive_by_election")
        return byElection;
    if (kind == "executive_meeting")
        return executive;
    return elective;
}

std::vector<AgendaItem> agendaFor(const Meeting& m)
{
    std::vector<AgendaItem> out;
    for (const auto& i : agendaOf(m.kind)) {
        const std::string_view id = i.id;
        if (id == "termination_report" ? !m.toReport.empty() : id == "deliberation" ? !m.topics.empty() : m.elects)
            out.push_back(i);
    }
    return out;
}

std::string officeTitle(const std::string& office)
{
    return office == "executive" ? "执行委员会委员" : office == "chair" ? "主席" : office == "vice_chair" ? "副主席" : "常务委员会委员";
}

Text officeName(const std::string& office)
{
    return office == "executive" ? Text{"执委", "executive"}
           : office == "chair"   ? Text{"主席", "chair"}
           : office == "vice_chair" ? Text{"副主席", "vice-chair"}
                                    : Text{"常委", "standing member"};
}

Text itemName(const std::string& id)
{
    const AgendaItem& i = item(id.c_str());
    return {i.zh, i.en};
}

bool itemDone(const Meeting& m, const std::string& id)
{
    if (id == "elections")
        return !m.contests.empty()
               && std::all_of(m.contests.begin(), m.contests.end(), [](const Contest& c) { return c.announced; });
    if (id == "first_plenary")
        return m.plenaryClosed;
    if (id == "election_method")
        return m.methodAdopted;
    if (id == "scrutineers")
        return m.scrutineers.adopted;
    if (id == "termination_report")
        return m.toReport.empty() || m.done.count(id) > 0;
    if (id == "deliberation")
        return std::all_of(m.topics.begin(), m.topics.end(), [](const Topic& t) { return t.deliberated; });
    return m.done.count(id) > 0;
}

void requireTurn(const Meeting& m, const std::string& id)
{
    for (const auto& i : agendaFor(m)) {
        if (id == i.id)
            return;
        if (!itemDone(m, i.id))
            refuse({std::string("请先进行“") + i.zh + "”，再进行“" + itemName(id).zh + "”",
                    std::string("“") + i.en + "” comes before “" + itemName(id).en + "”"});
    }
    refuse({"本次会议的议程中没有“" + itemName(id).zh + "”", "“" + itemName(id).en + "” is not on this meeting's agenda"});
}

} // namespace hx
