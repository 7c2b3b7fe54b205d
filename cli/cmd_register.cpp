// The executive register from the command line, and any engine command as
// JSON: `do` is the one path every verb shares with the console.
#include "cli.hpp"
#include "command.hpp"
#include "document_set.hpp"
#include "agenda.hpp"
#include "errors.hpp"
#include "meeting_rules.hpp"
#include "register_json.hpp"
#include "workspace.hpp"

#include <algorithm>
#include <iostream>

namespace hx::cli {

namespace {

int execute(const Context& c, Workspace& ws, const Json& cmd)
{
    const Verdict v = ws.execute(cmd);
    if (!v.accepted()) {
        c.err << c.say(v.refusal) << "\n";
        return 1;
    }
    for (const auto& e : v.events)
        c.out << c.say({"已记录：", "recorded: "}) << e.type << " #" << e.seq << "\n";
    return 0;
}

// --key value pairs as a command's fields: lists split at commas, the
// approval from --approved DATE [--number NO], --keep-seat false as a boolean.
Json commandFromOptions(const std::string& verb, const Args& a)
{
    Json cmd = {{"do", verb}};
    for (const auto& [key, value] : a.options) {
        std::string k = key;
        std::replace(k.begin(), k.end(), '-', '_');
        if (k == "number" || k == "passphrase_file" || k == "as_of" || k == "key" || k == "cert")
            continue;
        if (k == "people") {
            Json list = Json::array();
            for (size_t from = 0; from <= value.size();) {
                const size_t comma = std::min(value.find(',', from), value.size());
                if (comma > from)
                    list.push_back(value.substr(from, comma - from));
                from = comma + 1;
            }
            cmd[k] = list;
        } else if (k == "approved") {
            cmd[k] = {{"date", value}, {"number", a.get("number")}};
        } else if (k == "keep_seat") {
            cmd[k] = value != "false" && value != "no";
        } else if (k == "offices" || k == "results") {
            cmd[k] = Json::parse(value, nullptr, false);
        } else {
            cmd[k] = value;
        }
    }
    return cmd;
}

void show(const Context& c, const State& s, const std::string& asOf)
{
    const Register& reg = s.executives;
    const SizeRange range = sizeRange(s.federation ? s.federation->kind : "");
    c.out << c.say(format({"截至 {0}：现任执委 {1} 名（范围 {2}–{3}）", "as of {0}: {1} serving executives (range {2}–{3})"},
                          {asOf, std::to_string(reg.size()), std::to_string(range.low), std::to_string(range.high)}))
          << "\n";
    for (const auto& id : reg.serving()) {
        const Executive& e = *reg.find(id);
        std::string offices;
        for (const auto& o : e.offices)
            offices += " " + c.say(officeName(o));
        c.out << "  " << who(s, id) << "  " << e.since << offices << "\n";
    }
    if (reg.size() < range.low)
        c.out << c.say(format({"低于下限，应增补 {0} 名", "below the range: {0} to add by a by-election"},
                              {std::to_string(range.low - reg.size())}))
              << "\n";
    for (const auto& p : withdrawalProposals(s)) {
        std::string evidence;
        for (const auto& e : p.evidence)
            evidence += " " + e;
        c.out << c.say({"劝退建议：", "withdrawal proposed: "}) << who(s, p.person) << " — "
              << c.say(exitReasonName(p.grounds)) << " (" << evidence.substr(1) << ")\n";
    }
    for (const auto& id : reg.unreported)
        c.out << c.say({"待向下次执委会议通报资格终止：", "termination to report to the next executive meeting: "}) << who(s, id) << "\n";
    if (const MeetingCadence m = executiveMeetingCadence(s, asOf); m.overdue)
        c.out << c.say(format({"执委会议逾期：上次 {0}，应于 {1} 前召开", "an executive meeting is overdue: the last was {0}, the next was due by {1}"},
                              {m.last, m.due}))
              << "\n";
    const auto overdue = overdueDuties(s, asOf);
    c.out << c.say(format({"逾期未履行的“七个一”事项：{0} 项", "seven-ones duties overdue: {0}"}, {std::to_string(overdue.size())})) << "\n";
    for (const auto& o : overdue)
        c.out << "  " << who(s, o.person) << "  " << c.say({dutyKind(o.duty)->zh, dutyKind(o.duty)->en}) << "  " << o.period << "\n";
}

void history(const Context& c, const State& s)
{
    for (const auto& id : s.executives.order)
        for (const auto& h : s.executives.find(id)->history) {
            c.out << h.date << "  " << who(s, id) << "  " << c.say(changeName(h.kind));
            if (!h.office.empty())
                c.out << " " << c.say(officeName(h.office));
            if (!h.reason.empty())
                c.out << " — " << c.say(exitReasonName(h.reason));
            if (!h.replaces.empty())
                c.out << " ← " << who(s, h.replaces);
            if (!h.approval.date.empty())
                c.out << c.say({"（批准 ", " (approved "}) << h.approval.date << (h.approval.number.empty() ? "" : " " + h.approval.number)
                      << c.say({"）", ")"});
            c.out << "\n";
        }
}

} // namespace

int cmdDo(const Context& c, const Args& a)
{
    if (a.words.size() != 2)
        throw InputError({"用法：huixuan-cli do 文件.huixuan '{\"do\":\"…\", …}'", "usage: huixuan-cli do FILE.huixuan '{\"do\":\"…\", …}'"});
    const Json cmd = Json::parse(a.words[1], nullptr, false);
    if (!cmd.is_object() || !cmd.contains("do"))
        throw InputError({"命令应为含 \"do\" 的 JSON 对象", "the command must be a JSON object with \"do\""});
    Workspace ws = Workspace::open(a.words[0], nowIso);
    return execute(c, ws, cmd);
}

int cmdRegister(const Context& c, const Args& a)
{
    if (a.words.empty() || a.words.size() > 2)
        throw InputError({"用法：huixuan-cli register 文件.huixuan [show|history|documents|操作] …（见 --help）",
                          "usage: huixuan-cli register FILE.huixuan [show|history|documents|VERB] … (see --help)"});
    const std::string what = a.words.size() == 2 ? a.words[1] : "show";
    // Showing the register and writing its documents read the workspace only.
    Workspace ws = what == "show" || what == "history" || what == "documents" ? Workspace::openReadOnly(a.words[0])
                                                                             : Workspace::open(a.words[0], nowIso);
    const std::string asOf = a.get("as-of", latestDate(ws.state()));
    if (a.has("as-of") && !isIsoDate(asOf))
        throw InputError({"--as-of 应为日期 YYYY-MM-DD：" + asOf, "--as-of must be a date YYYY-MM-DD: " + asOf});
    if (what == "show") {
        show(c, ws.state(), asOf);
        return 0;
    }
    if (what == "history") {
        history(c, ws.state());
        return 0;
    }
    if (what == "documents") {
        if (!a.has("out"))
            throw InputError({"请用 --out 指定输出目录", "give the output folder with --out"});
        requireIntactJournal(ws);
        const KeyPaths k = keyPaths(a, a.words[0], ws.journal().firstHash());
        const Identity id = loadIdentity(k.key, k.cert, requirePassphrase(a));
        const auto& events = ws.journal().readAll();
        const DocumentSet set = writeRegisterDocuments(ws.state(), ws.journal().head(), ws.journal().length(),
                                                       events.empty() ? nowIso() : events.back().at, asOf, id, a.get("out"));
        for (const auto& f : set.files)
            c.out << a.get("out") << "/" << f << "\n";
        return 0;
    }
    static const std::vector<std::string> verbs = {"record_executives", "release", "withdraw", "terminate", "keep",
                                                   "take_office", "leave_office", "record_duty"};
    std::string verb = what;
    std::replace(verb.begin(), verb.end(), '-', '_');
    if (std::find(verbs.begin(), verbs.end(), verb) == verbs.end())
        throw InputError({"未知的名册操作：" + what, "unknown register action: " + what});
    return execute(c, ws, commandFromOptions(verb, a));
}

} // namespace hx::cli
