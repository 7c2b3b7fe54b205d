// scan: scanned ballot sheets read against a workspace's open rounds and
// recorded as the scan's entry of double entry. Each sheet is read (its
// cells classified ○ × blank or unclear under the method's marks) or set
// aside with its reason; --json prints one object per sheet. Sheets of a
// ballot of several are gathered in scanning order; a ballot whose sheets do
// not all arrive is held. Without --dry-run the images are kept beside the
// workspace by their SHA-256 and the batch is recorded in one event.
#include "cli.hpp"
#include "errors.hpp"
#include "scan_record.hpp"
#include "scan_run.hpp"
#include "workspace.hpp"

#include <filesystem>
#include <map>
#include <ostream>
#include <thread>

namespace hx::cli {

namespace {

void sayRead(const Context& c, const scan::SheetResult& r)
{
    const std::string where = r.file + (r.page > 1 ? "#" + std::to_string(r.page) : "");
    if (!r.read) {
        c.out << where << c.say({"：已搁置——", ": set aside — "}) << c.say(scan::reasonText(r)) << "\n";
        return;
    }
    int approve = 0, oppose = 0;
    for (const auto& [id, mark] : r.marks) {
        approve += mark == "approve";
        oppose += mark == "oppose";
    }
    c.out << where << c.say({"：已读——", ": read — "}) << c.say(scan::roundName(r))
          << c.say({" 第" + std::to_string(r.sheet) + "张/共" + std::to_string(r.sheets) + "张，赞成 " + std::to_string(approve) + "，不赞成 "
                        + std::to_string(oppose) + (r.unclear ? "，" + std::to_string(r.unclear) + " 格须监票人裁定" : ""),
                    " sheet " + std::to_string(r.sheet) + " of " + std::to_string(r.sheets) + ", " + std::to_string(approve) + " approve, "
                        + std::to_string(oppose) + " oppose" + (r.unclear ? ", " + std::to_string(r.unclear) + " cells for the scrutineers" : "")})
          << "\n";
}

void saySummary(const Context& c, const scan::Gathering& g, bool json)
{
    (json ? c.err : c.out) << c.say({"共 " + std::to_string(g.read + g.setAside) + " 张：读取 " + std::to_string(g.read) + "，搁置 "
                                         + std::to_string(g.setAside) + "；完整选票 " + std::to_string(g.ballots) + " 张，缺页待补 "
                                         + std::to_string(g.held) + " 张；须监票人裁定 " + std::to_string(g.unclear) + " 格",
                                     std::to_string(g.read + g.setAside) + " sheets: " + std::to_string(g.read) + " read, " + std::to_string(g.setAside)
                                         + " set aside; " + std::to_string(g.ballots) + " whole ballots, " + std::to_string(g.held)
                                         + " held for missing sheets; " + std::to_string(g.unclear) + " cells for the scrutineers"})
                           << "\n";
}

// Reads every page of the files, printing each; the sheets as read, with their file's SHA-256 when `images` has it.
std::vector<scan::ScannedSheet> readAll(const Context& c, const std::vector<std::string>& files, const scan::LayoutBook& book,
                                        const std::map<std::string, std::string>& images, bool json)
{
    std::vector<scan::ScannedSheet> sheets;
    const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    scan::scanAll(files, book, threads, false, [&](scan::PageRead&& p) {
        if (json)
            c.out << scan::toJson(p.result).dump() << "\n";
        else
            sayRead(c, p.result);
        const auto at = images.find(p.result.file);
        sheets.push_back({std::move(p.result), at == images.end() ? "" : at->second});
    });
    return sheets;
}

int dryRun(const Context& c, const Args& a, const std::vector<std::string>& files)
{
    const Workspace ws = Workspace::openReadOnly(a.words[0]);
    const scan::LayoutBook book(ws.state());
    scan::Gathering g;
    for (const auto& s : readAll(c, files, book, {}, a.has("json")))
        g.add(s.result);
    g.finish();
    saySummary(c, g, a.has("json"));
    return g.setAside == 0 ? 0 : 3;
}

} // namespace

int cmdScan(const Context& c, const Args& a)
{
    if (a.words.size() < 2)
        throw InputError({"用法：huixuan-cli scan 文件.huixuan 图像或文件夹… [--contest 选举] [--json] [--dry-run]",
                          "usage: huixuan-cli scan FILE.huixuan IMAGE|DIR… [--contest CONTEST] [--json] [--dry-run]"});
    std::vector<std::string> files = scan::scanFiles({a.words.begin() + 1, a.words.end()});
    if (a.has("dry-run"))
        return dryRun(c, a, files);
    Workspace ws = Workspace::open(a.words[0], nowIso);
    const scan::LayoutBook book(ws.state());
    // Every new image is kept before the batch is recorded; those this batch added go again if it
    // is refused. A folder the scanner keeps filling is scanned again for its new images only.
    const std::string store = scan::imageStore(a.words[0]);
    const std::set<std::string> recorded = scan::recordedImages(ws.state());
    std::map<std::string, std::string> images;
    std::vector<std::string> fresh, added;
    for (const auto& f : files) {
        const scan::KeptImage k = scan::keepImage(f, store, recorded);
        if (k.recordedBefore) {
            c.err << c.say({"已记录过，跳过：", "recorded before, skipped: "}) << f << "\n";
            continue;
        }
        fresh.push_back(f);
        images[f] = k.sha;
        if (k.added)
            added.push_back(k.path);
    }
    files = std::move(fresh);
    if (files.empty()) {
        c.err << c.say({"没有新的图像，什么也没有记录", "no new image: nothing recorded"}) << "\n";
        return 0;
    }
    const auto forget = [&] {
        for (const auto& p : added)
            std::filesystem::remove(p);
    };
    const std::vector<scan::ScannedSheet> sheets = readAll(c, files, book, images, a.has("json"));
    std::string round;
    try {
        round = scan::batchRound(sheets, a.get("contest", ""));
    } catch (...) {
        forget();
        throw;
    }
    scan::Gathering g(round);
    for (const auto& s : sheets)
        g.add(s.result);
    g.finish();
    saySummary(c, g, a.has("json"));
    const Verdict v = ws.execute(scan::recordCommand(sheets, round));
    if (!v.accepted()) {
        forget();
        c.err << c.say({"没有记录：", "nothing recorded: "}) << c.say(v.refusal) << "\n";
        return 1;
    }
    c.err << c.say({"已记录这一批 " + std::to_string(g.gathered.size()) + " 张选票（事件 #" + std::to_string(v.events.front().seq) + "），图像保存在 " + store,
                    "recorded this batch of " + std::to_string(g.gathered.size()) + " ballots (event #" + std::to_string(v.events.front().seq)
                        + "); the images are kept in " + store})
          << "\n";
    return g.setAside == 0 && g.held == 0 ? 0 : 3;
}

} // namespace hx::cli
