// Scanned ballots as the second entry of double entry. The scanner's batch
// is recorded as read (each sheet's image by its SHA-256, each cell's mark,
// unclear ones included); the scrutineers decide every unclear cell and every
// sheet set aside, a teller types every written name; a scanned ballot with
// nothing waiting joins stack B in scanning order, and the tellers' stack A
// is compared with it ballot by ballot as for two tellers (entry_verbs.cpp).
#include "meeting_rules.hpp"
#include "scanned.hpp"

#include <set>

namespace hx {

bool ScannedBallot::complete() const
{
    if (!setAside.empty())
        return decided.has_value();
    if (marks.find('?') != std::string::npos)
        return false;
    return std::none_of(writeIns.begin(), writeIns.end(), [](const ScannedWriteIn& w) { return w.mark == '?' || w.needsName(); });
}

std::string scanMarkWord(char mark)
{
    switch (mark) {
    case 'A': return "approve";
    case 'O': return "oppose";
    case '.': return "blank";
    default: return "unclear";
    }
}

char scanMarkLetter(const std::string& word)
{
    for (const char c : {'A', 'O', '.', '?'})
        if (scanMarkWord(c) == word)
            return c;
    return '\0';
}

std::vector<ScanTask> scanTasks(const Round& r)
{
    std::vector<ScanTask> out;
    for (size_t i = 0; i < r.scanned.size(); ++i) {
        const ScannedBallot& b = r.scanned[i];
        if (!b.setAside.empty()) {
            if (!b.decided)
                out.push_back({ScanTask::Kind::Ballot, i, "", 0, b.setAside});
            continue;
        }
        for (size_t k = 0; k < b.marks.size(); ++k)
            if (b.marks[k] == '?')
                out.push_back({ScanTask::Kind::Cell, i, r.candidates[k], 0, ""});
        for (const auto& w : b.writeIns) {
            if (w.mark == '?')
                out.push_back({ScanTask::Kind::WriteInMark, i, "", w.index, ""});
            if (w.needsName())
                out.push_back({ScanTask::Kind::WriteInName, i, "", w.index, ""});
        }
    }
    return out;
}

namespace {

std::string num(size_t n)
{
    return std::to_string(n);
}

// The round the scan may still add to: not yet counted, and teller B not typing.
Desk scanDesk(const State& s, const Json& cmd)
{
    const Desk d = deskOf(s, cmd);
    if (d.r.valid + d.r.voided > 0)
        refuse({"本轮已计票，不能再记录扫描", "this round has been counted; no scan can be recorded"});
    if (d.r.scanned.empty() && !d.r.pendingB.empty())
        refuse({"计票人 B 已在录入本轮选票，扫描不能再作为第二次录入", "teller B is already entering this round; the scan cannot be the second entry"});
    return d;
}

bool isDigest(const std::string& s)
{
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

Json sheetsOf(const Json& ballot, std::set<std::pair<std::string, long long>>& seen)
{
    Json out = Json::array();
    for (const auto& sheet : optionalArray(ballot, "sheets")) {
        if (!sheet.is_object())
            refuse({"每张扫描图像应写作 {\"image\":…,\"page\":…}", "each scanned sheet is {\"image\":…,\"page\":…}"});
        const std::string image = stringField(sheet, "image");
        const long long page = optionalCount(sheet, "page", 1, 10000);
        if (!isDigest(image))
            refuse({"图像应以其 SHA-256（64 位小写十六进制）记录：" + image, "an image is recorded by its SHA-256 (64 lowercase hex digits): " + image});
        if (page < 1 || !seen.insert({image, page}).second)
            refuse({"这张图像已经记录过：" + image.substr(0, 12) + " 第 " + std::to_string(page) + " 页",
                    "this image has been recorded already: " + image.substr(0, 12) + " page " + std::to_string(page)});
        out.push_back({image, page});
    }
    if (out.empty())
        refuse({"每张扫描选票至少有一页图像", "each scanned ballot has at least one image"});
    return out;
}

// One ballot of the command as the event keeps it: marks in ballot order.
Json scannedBallot(const Round& r, const Json& b, std::set<std::pair<std::string, long long>>& seen)
{
    if (!b.is_object())
        refuse({"每张扫描选票应为一个对象", "each scanned ballot is an object"});
    Json out = {{"sheets", sheetsOf(b, seen)}};
    if (const std::string why = optionalString(b, "set_aside"); !why.empty()) {
        out["set_aside"] = why;
        return out;
    }
    const Json& marks = optionalObject(b, "marks");
    if (marks.size() != r.candidates.size())
        refuse({"扫描选票应标明本轮全部 " + num(r.candidates.size()) + " 位候选人", "a scanned ballot gives all " + num(r.candidates.size()) + " candidates of the round"});
    std::string letters(r.candidates.size(), '.');
    for (const auto& [id, mark] : marks.items()) {
        const auto at = r.position.find(id);
        if (at == r.position.end())
            refuse({"选票上没有这位候选人：" + id, "no such candidate on this ballot: " + id});
        const char c = mark.is_string() ? scanMarkLetter(mark.get<std::string>()) : '\0';
        if (!c)
            refuse({"标记应为 approve、oppose、blank 或 unclear：" + id, "a mark is approve, oppose, blank or unclear: " + id});
        letters[at->second] = c;
    }
    Json writeIns = Json::array();
    std::set<long long> cells;
    for (const auto& w : optionalArray(b, "write_ins")) {
        if (!w.is_object())
            refuse({"另选人格应写作 {\"index\":…,\"name_written\":…,\"mark\":…}", "a write-in cell is {\"index\":…,\"name_written\":…,\"mark\":…}"});
        const long long index = optionalCount(w, "index", 0, 10000);
        const char c = scanMarkLetter(optionalString(w, "mark", "blank"));
        if (!c)
            refuse({"另选人格的标记应为 approve、oppose、blank 或 unclear", "a write-in cell's mark is approve, oppose, blank or unclear"});
        if (!cells.insert(index).second)
            refuse({"另选人格重复：" + std::to_string(index), "a write-in cell given twice: " + std::to_string(index)});
        writeIns.push_back({{"index", index}, {"mark", std::string(1, c)}, {"name_written", optionalBool(w, "name_written", false)}});
    }
    out["marks"] = letters;
    out["write_ins"] = writeIns;
    return out;
}

std::vector<EventDraft> scanRecord(const State& s, const Json& cmd)
{
    const Desk d = scanDesk(s, cmd);
    const Json& given = field(cmd, "ballots");
    if (!given.is_array() || given.empty())
        refuse({"ballots 应为扫描选票列表", "ballots is a list of scanned ballots"});
    const auto sample = static_cast<size_t>(d.m.method.scanSample);
    if (d.r.scanned.empty() && sample > 0 && d.r.pendingA.size() > sample)
        refuse({"计票人已录入 " + num(d.r.pendingA.size()) + " 张，多于选举办法规定抽查的 " + num(sample) + " 张",
                "the tellers have entered " + num(d.r.pendingA.size()) + " ballots, more than the " + num(sample) + " the method samples"});
    std::set<std::pair<std::string, long long>> seen;
    for (const auto& b : d.r.scanned)
        for (const auto& sheet : b.sheets)
            seen.insert(sheet);
    Json ballots = Json::array();
    for (const auto& b : given)
        ballots.push_back(scannedBallot(d.r, b, seen));
    // RULE: RULES §4 Ballot accounting — every ballot counted was returned: the scan cannot hold more ballots than were returned.
    const size_t total = d.r.scanned.size() + ballots.size();
    if (total > static_cast<size_t>(*d.r.returned))
        refuse({"扫描的选票（" + num(total) + "）多于收回的选票（" + std::to_string(*d.r.returned) + "）",
                "ballots scanned (" + num(total) + ") exceed those returned (" + std::to_string(*d.r.returned) + ")"});
    // RULE: RULES §4 Ballot marks — nothing ties a ballot to a voter: a batch is one event, no sheet has a time of its own.
    return {{"scans_recorded", {{"meeting", d.m.id}, {"contest", d.c.id}, {"ballots", ballots}}}};
}

const ScannedBallot& scannedAt(const Round& r, const Json& cmd, size_t& index)
{
    const long long n = intField(cmd, "ballot");
    if (n < 1 || static_cast<size_t>(n) > r.scanned.size())
        refuse({"没有第 " + std::to_string(n) + " 张扫描选票", "there is no scanned ballot " + std::to_string(n)});
    index = static_cast<size_t>(n - 1);
    return r.scanned[index];
}

const ScannedWriteIn& writeInAt(const ScannedBallot& b, long long index)
{
    for (const auto& w : b.writeIns)
        if (w.index == index)
            return w;
    refuse({"这张选票没有第 " + std::to_string(index + 1) + " 个另选人格的读取结果", "this ballot has no reading of write-in cell " + std::to_string(index + 1)});
}

char decidedMark(const Json& cmd)
{
    const char c = scanMarkLetter(stringField(cmd, "mark"));
    if (!c || c == '?')
        refuse({"裁定应为 approve、oppose 或 blank", "a decision is approve, oppose or blank"});
    return c;
}

std::vector<EventDraft> scanDecide(const State& s, const Json& cmd)
{
    const Desk d = scanDesk(s, cmd);
    size_t index = 0;
    const ScannedBallot& b = scannedAt(d.r, cmd, index);
    const std::string by = stringField(cmd, "decided_by");
    // RULE: RULES §4 Counting procedure 6 — the count is checked under the scrutineers' supervision.
    if (!d.m.scrutineers.isScrutineer(by))
        refuse({who(s, by) + "不是监票人，不能裁定", who(s, by) + " is not a scrutineer and cannot decide"});
    Json data = {{"meeting", d.m.id}, {"contest", d.c.id}, {"ballot", index}, {"decided_by", by}};
    const Text settled{"第 " + num(index + 1) + " 张扫描选票的这一项已经读清或已裁定", "this part of scanned ballot " + num(index + 1) + " is clear or decided"};
    if (cmd.contains("candidate")) {
        const std::string id = stringField(cmd, "candidate");
        const auto at = d.r.position.find(id);
        if (at == d.r.position.end())
            refuse({"选票上没有这位候选人：" + id, "no such candidate on this ballot: " + id});
        if (!b.setAside.empty() || b.marks[at->second] != '?')
            refuse(settled);
        data["candidate"] = id;
        data["mark"] = std::string(1, decidedMark(cmd));
        return {{"scan_decided", data}};
    }
    if (cmd.contains("write_in")) {
        const long long k = intField(cmd, "write_in");
        if (!b.setAside.empty() || writeInAt(b, k).mark != '?')
            refuse(settled);
        data["write_in"] = k;
        data["mark"] = std::string(1, decidedMark(cmd));
        return {{"scan_decided", data}};
    }
    if (b.setAside.empty() || b.decided)
        refuse(settled);
    if (optionalBool(cmd, "not_a_ballot", false))
        return {{"scan_removed", data}};
    // RULE: RULES §4 Ballot marks — a wholly unreadable ballot is void: the scrutineers read a sheet the scanner set aside, or void it.
    BallotInput in = ballotInput(cmd);
    in.count = 1;
    data["group"] = groupJson(judgeBallot(d.r, in, d.m.method));
    return {{"scan_decided", data}};
}

std::vector<EventDraft> scanTranscribe(const State& s, const Json& cmd)
{
    const Desk d = scanDesk(s, cmd);
    size_t index = 0;
    const ScannedBallot& b = scannedAt(d.r, cmd, index);
    const long long k = intField(cmd, "write_in");
    if (!b.setAside.empty() || !writeInAt(b, k).needsName())
        refuse({"第 " + num(index + 1) + " 张扫描选票的这个另选人格不需要录入姓名", "this write-in cell of scanned ballot " + num(index + 1) + " has no name to type"});
    const std::string by = stringField(cmd, "by");
    const auto& t = d.m.scrutineers.tellers;
    if (!d.m.scrutineers.isScrutineer(by) && std::find(t.begin(), t.end(), by) == t.end())
        refuse({who(s, by) + "不是本次会议的计票人或监票人", who(s, by) + " is not a teller or scrutineer of this meeting"});
    return {{"scan_transcribed", {{"meeting", d.m.id}, {"contest", d.c.id}, {"ballot", index}, {"write_in", k}, {"name", optionalString(cmd, "name")}, {"by", by}}}};
}

std::vector<EventDraft> scanUndo(const State& s, const Json& cmd)
{
    const Desk d = scanDesk(s, cmd);
    if (d.r.scanBatches.empty())
        refuse({"本轮没有可以撤回的扫描批次", "this round has no scanned batch to withdraw"});
    // RULE: STYLE.md Journal — corrections are new events, never edits.
    return {{"scan_batch_withdrawn", {{"meeting", d.m.id}, {"contest", d.c.id}, {"reason", optionalString(cmd, "reason")}}}};
}

// A scanned ballot with nothing waiting, as the desk would have entered it.
BallotGroup groupOf(const Round& r, const ScannedBallot& b, const Method& m)
{
    if (b.decided)
        return *b.decided;
    BallotInput in;
    for (size_t k = 0; k < b.marks.size(); ++k)
        if (b.marks[k] != '.')
            (b.marks[k] == 'A' ? in.approve : in.oppose).push_back(r.candidates[k]);
    for (const auto& w : b.writeIns)
        if (w.transcribed && (!w.name.empty() || w.mark == 'A'))
            in.writeIns.emplace_back(w.name, w.mark == 'A' ? "approve" : "none");
    return judgeBallot(r, in, m);
}

// Stack B grows by every scanned ballot, in order, that has nothing waiting.
void restack(State& s, const Event& e)
{
    Round& r = roundOf(s, e);
    const Method& m = meetingOf(s, e).method;
    while (r.pendingB.size() < r.scanned.size() && r.scanned[r.pendingB.size()].complete())
        r.pendingB.push_back(groupOf(r, r.scanned[r.pendingB.size()], m));
}

ScannedBallot scannedFromJson(const Json& j)
{
    ScannedBallot b;
    for (const auto& sheet : j["sheets"])
        b.sheets.emplace_back(sheet[0].get<std::string>(), sheet[1].get<int>());
    b.setAside = j.value("set_aside", "");
    if (b.setAside.empty()) {
        b.marks = j["marks"];
        for (const auto& w : j["write_ins"]) {
            ScannedWriteIn in;
            in.index = w["index"];
            in.mark = w["mark"].get<std::string>()[0];
            in.nameWritten = w["name_written"];
            b.writeIns.push_back(in);
        }
    }
    return b;
}

ScannedWriteIn& writeInOf(ScannedBallot& b, int index)
{
    return *std::find_if(b.writeIns.begin(), b.writeIns.end(), [&](const ScannedWriteIn& w) { return w.index == index; });
}

} // namespace

void registerScanVerbs()
{
    registerVerb("scan_record", scanRecord);
    registerVerb("scan_decide", scanDecide);
    registerVerb("scan_transcribe", scanTranscribe);
    registerVerb("scan_undo", scanUndo);
    registerApplier("scans_recorded", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        r.scanSample = meetingOf(s, e).method.scanSample;
        for (const auto& b : e.data["ballots"])
            r.scanned.push_back(scannedFromJson(b));
        r.scanBatches.push_back(e.data["ballots"].size());
        restack(s, e);
    });
    registerApplier("scan_decided", [](State& s, const Event& e) {
        ScannedBallot& b = roundOf(s, e).scanned[e.data["ballot"].get<size_t>()];
        if (e.data.contains("group"))
            b.decided = groupFromJson(e.data["group"]);
        else if (e.data.contains("write_in"))
            writeInOf(b, e.data["write_in"].get<int>()).mark = e.data["mark"].get<std::string>()[0];
        else
            b.marks[roundOf(s, e).position.at(e.data["candidate"].get<std::string>())] = e.data["mark"].get<std::string>()[0];
        restack(s, e);
    });
    registerApplier("scan_transcribed", [](State& s, const Event& e) {
        ScannedWriteIn& w = writeInOf(roundOf(s, e).scanned[e.data["ballot"].get<size_t>()], e.data["write_in"].get<int>());
        w.transcribed = true;
        w.name = e.data["name"];
        restack(s, e);
    });
    registerApplier("scan_removed", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        const size_t at = e.data["ballot"].get<size_t>();
        r.scanned.erase(r.scanned.begin() + static_cast<long>(at));
        // The batch that held it is one ballot shorter.
        size_t end = 0;
        for (auto n = r.scanBatches.begin(); n != r.scanBatches.end(); ++n)
            if ((end += *n) > at) {
                if (--*n == 0)
                    r.scanBatches.erase(n);
                break;
            }
        restack(s, e);
    });
    registerApplier("scan_batch_withdrawn", [](State& s, const Event& e) {
        Round& r = roundOf(s, e);
        r.scanned.resize(r.scanned.size() - r.scanBatches.back());
        r.scanBatches.pop_back();
        r.pendingB.resize(std::min(r.pendingB.size(), r.scanned.size()));
        dropLapsedDecisions(r);
    });
}

} // namespace hx
