// Verbs of a regular executive meeting (执委会议): topics and their
// deliberation with feedback (执委议事制度), duty reports (述职) and the
// review (评议); and closing a meeting, after which its attendance counts
// for the register's absence rule.
#include "agenda.hpp"
#include "meeting_rules.hpp"
#include "register.hpp"

#include <algorithm>

namespace hx {

namespace {

const Meeting& executiveMeetingOf(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    if (m.kind != "executive_meeting")
        refuse({"只有执委会议审议议题、听取述职和评议", "topics, duty reports and reviews belong to a regular executive meeting"});
    if (m.closed)
        refuse({"会议已经结束", "the meeting is closed"});
    return m;
}

const Topic& topicOf(const Meeting& m, const Json& cmd)
{
    const std::string id = stringField(cmd, "topic");
    const Topic* t = m.topic(id);
    if (!t)
        refuse({"没有这个议题：" + id, "no such topic: " + id});
    return *t;
}

void requireServingExpected(const State& s, const Meeting& m, const std::string& person)
{
    requireKnown(s, {person});
    const Executive* e = s.executives.find(person);
    if (!m.isExpected(person) || !e || !e->serving)
        refuse({who(s, person) + "不是本次会议应到的现任执委", who(s, person) + " is not a serving executive due at this meeting"});
}

std::vector<EventDraft> addTopic(const State& s, const Json& cmd)
{
    const Meeting& m = executiveMeetingOf(s, cmd);
    Json all = Json::array();
    for (const auto& x : m.topics)
        all.push_back({{"id", x.id}, {"title", x.title}, {"source", x.source}, {"proposer", x.proposer}});
    all.push_back(field(cmd, "topic"));
    return {{"topic_added", {{"meeting", m.id}, {"topic", topicsOf(all).back()}}}};
}

std::vector<EventDraft> deliberate(const State& s, const Json& cmd)
{
    const Meeting& m = executiveMeetingOf(s, cmd);
    requireTurn(m, "deliberation");
    const Topic& t = topicOf(m, cmd);
    if (t.deliberated)
        refuse({"议题“" + t.title + "”已经审议", "the topic “" + t.title + "” is deliberated already"});
    requireQuorum(m);
    Json data = {{"meeting", m.id}, {"topic", t.id}, {"feedback", optionalString(cmd, "feedback")}};
    const std::string by = stringField(cmd, "by");
    if (by == "deferred") {
        data.update({{"by", by}, {"outcome", "deferred"}});
        return {{"topic_deliberated", data}};
    }
    if (by == "acclamation") {
        data.update({{"by", by}, {"outcome", "adopted"}});
        return {{"topic_deliberated", data}};
    }
    if (by != "show_of_hands")
        refuse({"审议方式应为 acclamation（鼓掌）、show_of_hands（举手）或 deferred（暂缓）：" + by,
                "deliberation is by acclamation, show_of_hands or deferred: " + by});
    const auto [a, o, b] = checkedHands(m, cmd);
    // RULE: Deliberation — a topic put to the vote is adopted by the method's threshold (default more than half of those due).
    const bool adopted = meets(a, thresholdBase(m), m.method.threshold);
    data.update({{"by", by}, {"outcome", adopted ? "adopted" : "rejected"}, {"approve", a}, {"oppose", o}, {"abstain", b}});
    return {{"topic_deliberated", data}};
}

std::vector<EventDraft> feedback(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const Topic& t = topicOf(m, cmd);
    if (!t.deliberated)
        refuse({"议题“" + t.title + "”尚未审议，无从反馈", "the topic “" + t.title + "” is not deliberated yet"});
    const std::string text = stringField(cmd, "feedback");
    if (text.empty())
        refuse({"反馈内容不能为空", "the feedback is empty"});
    return {{"topic_feedback", {{"meeting", m.id}, {"topic", t.id}, {"feedback", text}, {"date", dateField(cmd, "date")}}}};
}

std::vector<EventDraft> dutyReport(const State& s, const Json& cmd)
{
    const Meeting& m = executiveMeetingOf(s, cmd);
    const std::string person = stringField(cmd, "person");
    requireServingExpected(s, m, person);
    const std::string form = stringField(cmd, "form");
    requireCode(form, "form");
    // RULE: Duty review — an oral report is given in person; an executive absent may report in writing.
    if (form == "oral" && !m.present.count(person))
        refuse({who(s, person) + "不在场，不能口头述职", who(s, person) + " is not present to report orally"});
    for (const auto& r : s.executives.find(person)->reports)
        if (r.meeting == m.id)
            refuse({who(s, person) + "已在本次会议述职", who(s, person) + " has reported at this meeting already"});
    return {{"duty_reported", {{"meeting", m.id}, {"person", person}, {"form", form}}}};
}

std::vector<EventDraft> review(const State& s, const Json& cmd)
{
    const Meeting& m = executiveMeetingOf(s, cmd);
    requireQuorum(m);
    const long long year = intField(cmd, "year");
    const Json& results = field(cmd, "results");
    if (!results.is_object() || results.empty())
        refuse({"results 应列出每位执委的评议结果", "results must give each executive's review result"});
    for (const auto& [person, result] : results.items()) {
        requireServingExpected(s, m, person);
        requireCode(result.is_string() ? result.get<std::string>() : "", "review");
        // RULE: Duty review — one annual review per executive and year, the years in order.
        if (const auto& past = s.executives.find(person)->reviews; !past.empty() && past.back().year >= year)
            refuse({who(s, person) + "已有" + std::to_string(past.back().year) + "年度的评议结果，不能再评议" + std::to_string(year) + "年度",
                    who(s, person) + " has a review for " + std::to_string(past.back().year) + "; " + std::to_string(year) + " cannot follow it"});
    }
    return {{"reviewed", {{"meeting", m.id}, {"year", year}, {"results", results}}}};
}

std::vector<EventDraft> closeMeeting(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    if (m.kind != "executive_meeting" && m.kind != "executive_by_election")
        refuse({"只有执委会议需要记录散会", "closing is recorded for executive meetings"});
    if (m.closed)
        refuse({"会议已经结束", "the meeting is closed"});
    for (const auto& i : agendaFor(m))
        if (!itemDone(m, i.id))
            refuse({std::string("议程“") + i.zh + "”尚未完成", std::string("“") + i.en + "” is not done"});
    return {{"meeting_closed", {{"meeting", m.id}}}};
}

Topic& topicIn(State& s, const Event& e)
{
    Meeting& m = meetingOf(s, e);
    return *std::find_if(m.topics.begin(), m.topics.end(), [&](const Topic& t) { return t.id == e.data["topic"]; });
}

} // namespace

void registerExecutiveMeetingVerbs()
{
    registerVerb("add_topic", addTopic);
    registerVerb("deliberate", deliberate);
    registerVerb("feedback", feedback);
    registerVerb("duty_report", dutyReport);
    registerVerb("review", review);
    registerVerb("close_meeting", closeMeeting);

    registerApplier("topic_added", [](State& s, const Event& e) {
        meetingOf(s, e).topics.push_back(topicFrom(e.data["topic"]));
    });
    registerApplier("topic_deliberated", [](State& s, const Event& e) {
        Topic& t = topicIn(s, e);
        t.deliberated = true;
        t.outcome = e.data["outcome"];
        t.by = e.data["by"];
        t.approve = e.data.value("approve", 0LL);
        t.oppose = e.data.value("oppose", 0LL);
        t.abstain = e.data.value("abstain", 0LL);
        t.feedback = e.data.value("feedback", "");
        if (!t.feedback.empty())
            t.feedbackDate = meetingOf(s, e).date;
    });
    registerApplier("topic_feedback", [](State& s, const Event& e) {
        Topic& t = topicIn(s, e);
        t.feedback = e.data["feedback"];
        t.feedbackDate = e.data["date"];
    });
    registerApplier("duty_reported", [](State& s, const Event& e) {
        s.executives.entry(e.data["person"]).reports.push_back({e.data["meeting"], e.data["form"]});
    });
    registerApplier("reviewed", [](State& s, const Event& e) {
        for (const auto& [person, result] : e.data["results"].items())
            s.executives.entry(person).reviews.push_back({e.data["year"].get<int>(), result, e.data["meeting"]});
    });
    registerApplier("meeting_closed", [](State& s, const Event& e) { meetingOf(s, e).closed = true; });
}

} // namespace hx
