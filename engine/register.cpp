#include "register.hpp"

#include "command.hpp"
#include "state.hpp"

#include <algorithm>

namespace hx {

const Executive* Register::find(const std::string& id) const
{
    auto it = executives.find(id);
    return it == executives.end() ? nullptr : &it->second;
}

Executive& Register::entry(const std::string& id)
{
    auto [it, fresh] = executives.try_emplace(id);
    if (fresh) {
        it->second.person = id;
        order.push_back(id);
    }
    return it->second;
}

std::vector<std::string> Register::serving() const
{
    std::vector<std::string> out;
    for (const auto& id : order)
        if (executives.at(id).serving)
            out.push_back(id);
    return out;
}

int Register::size() const
{
    return static_cast<int>(std::count_if(executives.begin(), executives.end(),
                                          [](const auto& kv) { return kv.second.serving; }));
}

bool startsService(const std::string& kind)
{
    return kind == "elected" || kind == "recorded" || kind == "added" || kind == "replaced";
}

bool endsService(const std::string& kind)
{
    return kind == "released" || kind == "withdrawn" || kind == "terminated" || kind == "term_ended";
}

const RegisterChange* joiningChange(const Executive& e)
{
    for (auto it = e.history.rbegin(); it != e.history.rend(); ++it)
        if (startsService(it->kind))
            return &*it;
    return nullptr;
}

namespace {

bool servesOn(const Executive& e, const std::string& date)
{
    bool serving = false;
    for (const auto& c : e.history)
        if (c.date <= date && (startsService(c.kind) || endsService(c.kind)))
            serving = startsService(c.kind);
    return serving;
}

} // namespace

int servingOn(const Register& reg, const std::string& date)
{
    return static_cast<int>(servingAt(reg, date).size());
}

std::vector<std::string> servingAt(const Register& reg, const std::string& date)
{
    std::vector<std::string> out;
    for (const auto& id : reg.order)
        if (servesOn(reg.executives.at(id), date))
            out.push_back(id);
    return out;
}

std::vector<std::string> servedDuring(const Register& reg, const std::string& from, const std::string& to)
{
    std::vector<std::string> out;
    for (const auto& id : reg.order) {
        const Executive& e = reg.executives.at(id);
        bool served = servesOn(e, from);
        for (const auto& c : e.history)
            served = served || (startsService(c.kind) && c.date >= from && c.date <= to);
        if (served)
            out.push_back(id);
    }
    return out;
}

SizeRange sizeRange(const std::string& kind)
{
    // RULE: RULES §1 Committee size — township/street ≥ 25; village/community 10–15; never fewer than 5; at most 29.
    if (kind == "township" || kind == "street")
        return {25, 29};
    if (kind == "village" || kind == "community")
        return {10, 15};
    return {5, 29};
}

Text sizeWarning(const std::string& kind, int executives)
{
    const auto [lo, hi] = sizeRange(kind);
    if (executives >= lo && executives <= hi)
        return {};
    return {"执委人数 " + std::to_string(executives) + " 超出本类妇联的范围（" + std::to_string(lo) + "–" + std::to_string(hi)
                + " 名）；如确需如此，请写明人数超出范围的理由",
            std::to_string(executives) + " executives is outside this kind's range (" + std::to_string(lo) + "–"
                + std::to_string(hi) + "); give the reason for the size to go on"};
}

const std::vector<DutyKind>& dutyKinds()
{
    // RULE: Seven-ones duties — contact and talk quarterly, survey and suggestion half-yearly, help, public service and the record book yearly.
    static const std::vector<DutyKind> kinds = {
        {"contact", "联系妇女群众", "contact with women", 3},
        {"talk", "谈心谈话", "heart-to-heart talk", 3},
        {"survey", "开展调研", "survey", 6},
        {"suggestion", "提出意见建议", "suggestion", 6},
        {"help", "帮扶困难妇女", "help for a woman in difficulty", 12},
        {"public_service", "参加公益活动", "public service", 12},
        {"record_book", "履职记录本", "the duty record book", 12},
    };
    return kinds;
}

const DutyKind* dutyKind(const std::string& id)
{
    for (const auto& k : dutyKinds())
        if (id == k.id)
            return &k;
    return nullptr;
}

namespace {

// Quarter ends are fixed dates, so no calendar arithmetic is needed.
std::string periodEnd(int year, int lastMonth)
{
    static const char* ends[] = {"", "", "", "03-31", "", "", "06-30", "", "", "09-30", "", "", "12-31"};
    return std::to_string(year) + "-" + ends[lastMonth];
}

std::string periodStart(int year, int firstMonth)
{
    return std::to_string(year) + (firstMonth < 10 ? "-0" : "-") + std::to_string(firstMonth) + "-01";
}

std::string periodLabel(int year, int months, int index)
{
    if (months == 3)
        return std::to_string(year) + "-Q" + std::to_string(index + 1);
    if (months == 6)
        return std::to_string(year) + "-H" + std::to_string(index + 1);
    return std::to_string(year);
}

bool recordedIn(const Executive& e, const std::string& duty, const std::string& from, const std::string& to)
{
    return std::any_of(e.duties.begin(), e.duties.end(),
                       [&](const DutyRecord& r) { return r.duty == duty && r.date >= from && r.date <= to; });
}

} // namespace

std::vector<OverdueDuty> overdueDuties(const State& s, const std::string& asOf)
{
    std::vector<OverdueDuty> out;
    if (asOf.size() < 10)
        return out; // no date known yet: nothing can be overdue
    const int year = std::stoi(asOf.substr(0, 4));
    for (const auto& id : s.executives.serving()) {
        const Executive& e = *s.executives.find(id);
        for (const auto& k : dutyKinds())
            for (int i = 0; i < 12 / k.monthsPerPeriod; ++i) {
                const std::string from = periodStart(year, i * k.monthsPerPeriod + 1);
                const std::string to = periodEnd(year, (i + 1) * k.monthsPerPeriod);
                // RULE: Seven-ones duties — a period is overdue once it has ended with nothing recorded; periods before the executive joined are not owed.
                if (to > asOf || to < e.since || recordedIn(e, k.id, from, to))
                    continue;
                out.push_back({id, k.id, periodLabel(year, k.monthsPerPeriod, i), to});
            }
    }
    return out;
}

std::map<std::string, int> dutyCounts(const Executive& e, int year)
{
    std::map<std::string, int> counts;
    const std::string y = std::to_string(year);
    for (const auto& r : e.duties)
        if (r.date.starts_with(y))
            ++counts[r.duty];
    return counts;
}

bool absentWithoutLeave(const Meeting& m, const std::string& person)
{
    return m.closed && m.absentUnexcused(person);
}

namespace {

bool isExecutiveMeeting(const Meeting& m)
{
    return m.kind == "executive_meeting" || m.kind == "executive_by_election";
}

// The closed executive meetings since the person's last decision on absences.
std::vector<std::string> absenceStreak(const State& s, const Executive& e)
{
    std::vector<std::string> streak;
    for (size_t i = e.absencesDecidedAt; i < s.meetingOrder.size(); ++i) {
        const Meeting& m = s.meetings.at(s.meetingOrder[i]);
        if (!isExecutiveMeeting(m) || !m.closed || !m.isExpected(e.person))
            continue;
        if (absentWithoutLeave(m, e.person))
            streak.push_back(m.id);
        else
            streak.clear();
    }
    return streak;
}

std::vector<std::string> failedYearsRunning(const Executive& e)
{
    std::vector<std::string> run;
    int last = 0;
    for (size_t i = e.reviewsDecidedAt; i < e.reviews.size(); ++i) {
        const DutyReview& r = e.reviews[i];
        if (r.result != "incompetent") {
            run.clear();
            continue;
        }
        if (!run.empty() && r.year != last + 1)
            run.clear();
        run.push_back(std::to_string(r.year));
        last = r.year;
    }
    return run;
}

} // namespace

std::vector<WithdrawalProposal> withdrawalProposals(const State& s)
{
    std::vector<WithdrawalProposal> out;
    for (const auto& id : s.executives.serving()) {
        const Executive& e = *s.executives.find(id);
        // RULE: RULES §3 Withdrawal — absent from three executive meetings in a row without reason.
        if (auto streak = absenceStreak(s, e); streak.size() >= 3)
            out.push_back({id, "absences", std::move(streak)});
        // RULE: RULES §3 Withdrawal — failed the annual review two years running.
        if (auto years = failedYearsRunning(e); years.size() >= 2)
            out.push_back({id, "review", std::move(years)});
    }
    return out;
}

std::string addMonths(const std::string& date, int months)
{
    int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)) + months, d = std::stoi(date.substr(8, 2));
    y += (m - 1) / 12;
    m = (m - 1) % 12 + 1;
    if (d > 28)
        d = 28; // a half-year later is never short of the 28th
    auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return std::to_string(y) + "-" + two(m) + "-" + two(d);
}

MeetingCadence executiveMeetingCadence(const State& s, const std::string& asOf)
{
    MeetingCadence c;
    for (const auto& id : s.meetingOrder) {
        const Meeting& m = s.meetings.at(id);
        if (m.kind == "executive_meeting" && m.closed && m.date.size() >= 10)
            c.last = std::max(c.last, m.date.substr(0, 10));
    }
    if (c.last.empty())
        return c;
    c.due = addMonths(c.last, 6);
    // RULE: Executive meetings — the executive committee meets at least every half year.
    c.overdue = asOf.size() >= 10 && asOf > c.due;
    return c;
}

const std::vector<std::string>& codesFor(const std::string& field)
{
    static const std::map<std::string, std::vector<std::string>> codes = [] {
        std::map<std::string, std::vector<std::string>> c = {
            // RULE: RULES §3 Exits — release: left the area over a year, resignation approved, cannot serve.
            {"release", {"left_area", "resigned", "cannot_serve", "changed_post"}},
            // RULE: RULES §3 Exits — withdrawal: duties not met after training, failed reviews, three absences in a row.
            {"withdraw", {"duties", "review", "absences"}},
            {"keep", {"absences", "review"}},
            // RULE: RULES §3 Exits — termination: nationality, criminal or party discipline, misuse of the title, conduct.
            {"terminate", {"nationality", "criminal", "discipline", "misuse", "conduct"}},
            {"office", {"chair", "vice_chair", "standing"}},
            {"review", {"excellent", "competent", "basically_competent", "incompetent"}},
            {"source", {"party_organisation", "upper_federation", "chair", "executives", "women"}},
            {"form", {"oral", "written"}},
        };
        for (const auto& k : dutyKinds())
            c["duty"].push_back(k.id);
        return c;
    }();
    static const std::vector<std::string> none;
    auto it = codes.find(field);
    return it == codes.end() ? none : it->second;
}

void requireCode(const std::string& code, const std::string& field)
{
    const auto& allowed = codesFor(field);
    if (std::find(allowed.begin(), allowed.end(), code) != allowed.end())
        return;
    static const std::map<std::string, Text> labels = {
        {"release", {"卸免理由", "a release's reason"}},     {"withdraw", {"劝退理由", "a withdrawal's grounds"}},
        {"keep", {"劝退理由", "the grounds"}},               {"terminate", {"终止理由", "a termination's reason"}},
        {"office", {"职务", "the office"}},                  {"duty", {"履职事项", "the duty"}},
        {"review", {"评议结果", "a review result"}},         {"source", {"议题来源", "a topic's source"}},
        {"form", {"述职方式", "a duty report's form"}},
    };
    std::string list;
    for (const auto& a : allowed)
        list += (list.empty() ? "" : ", ") + a;
    const Text label = labels.count(field) ? labels.at(field) : Text{field, field};
    refuse({label.zh + "应为 " + list + "：" + code, label.en + " must be one of " + list + ": " + code});
}

namespace {

Text pick(const std::string& code, std::initializer_list<std::tuple<const char*, const char*, const char*>> table)
{
    for (const auto& [c, zh, en] : table)
        if (code == c)
            return {zh, en};
    return {code, code};
}

} // namespace

Text changeName(const std::string& kind)
{
    return pick(kind, {{"elected", "当选", "elected"},
                       {"recorded", "载入名册", "recorded"},
                       {"added", "增补", "added"},
                       {"replaced", "替补", "replacement"},
                       {"office_taken", "任职", "took office"},
                       {"office_left", "离任", "left office"},
                       {"released", "自行卸免", "released"},
                       {"withdrawn", "组织劝退", "withdrawn"},
                       {"terminated", "资格终止", "terminated"},
                       {"kept", "决定保留", "kept"},
                       {"term_ended", "届满", "term ended"}});
}

Text exitReasonName(const std::string& reason)
{
    return pick(reason, {{"left_area", "离开本地一年以上", "left the area for over a year"},
                         {"resigned", "本人申请辞去", "resigned"},
                         {"cannot_serve", "无法履职", "cannot serve"},
                         {"changed_post", "工作变动", "changed post"},
                         {"duties", "经培训仍不能履职", "cannot meet the duties after training"},
                         {"review", "连续两年述职评议不合格", "failed the annual review two years running"},
                         {"absences", "连续三次无故缺席执委会议", "absent from three executive meetings in a row"},
                         {"nationality", "丧失中国国籍", "loss of nationality"},
                         {"criminal", "受到刑事处罚", "criminal penalty"},
                         {"discipline", "受到党纪政务处分", "party or government discipline"},
                         {"misuse", "利用执委名义谋取私利", "misuse of the title"},
                         {"conduct", "有其他严重违法违纪行为", "serious misconduct"}});
}

Text reviewResultName(const std::string& result)
{
    return pick(result, {{"excellent", "优秀", "excellent"},
                         {"competent", "称职", "competent"},
                         {"basically_competent", "基本称职", "basically competent"},
                         {"incompetent", "不称职", "incompetent"}});
}

Text topicSourceName(const std::string& source)
{
    return pick(source, {{"party_organisation", "同级党组织交办", "from the party organisation"},
                         {"upper_federation", "上级妇联部署", "from the upper federation"},
                         {"chair", "主席（副主席）提出", "proposed by the chair"},
                         {"executives", "执委提议", "proposed by executives"},
                         {"women", "妇女群众反映", "raised by women"}});
}

Text topicOutcomeName(const std::string& outcome)
{
    return pick(outcome, {{"adopted", "通过", "adopted"}, {"rejected", "未通过", "rejected"}, {"deferred", "暂缓", "deferred"}});
}

} // namespace hx
