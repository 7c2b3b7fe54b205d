// scan: scanned ballot sheets read against a workspace's open rounds. Each
// sheet is read (its cells classified ○ × blank or unclear under the
// method's marks) or set aside with its reason; --json prints one object
// per sheet. Sheets of a ballot of several are gathered in scanning order;
// a ballot whose sheets do not all arrive is held.
#include "cli.hpp"
#include "errors.hpp"
#include "scan_run.hpp"
#include "workspace.hpp"

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

} // namespace

int cmdScan(const Context& c, const Args& a)
{
    if (a.words.size() < 2)
        throw InputError({"用法：huixuan-cli scan 文件.huixuan 图像或文件夹… [--json] [--dry-run]",
                          "usage: huixuan-cli scan FILE.huixuan IMAGE|DIR… [--json] [--dry-run]"});
    if (!a.has("dry-run"))
        throw InputError({"记录扫描结果尚未提供：请加 --dry-run 只读取、不记录", "recording scans is not available yet: add --dry-run to read without recording"});
    const Workspace ws = Workspace::openReadOnly(a.words[0]);
    const scan::LayoutBook book(ws.state());
    const std::vector<std::string> files = scan::scanFiles({a.words.begin() + 1, a.words.end()});
    const bool json = a.has("json");
    scan::Gathering g;
    const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    scan::scanAll(files, book, threads, false, [&](scan::PageRead&& p) {
        g.add(p.result);
        if (json)
            c.out << scan::toJson(p.result).dump() << "\n";
        else
            sayRead(c, p.result);
    });
    g.finish();
    (json ? c.err : c.out) << c.say({"共 " + std::to_string(g.read + g.setAside) + " 张：读取 " + std::to_string(g.read) + "，搁置 "
                                         + std::to_string(g.setAside) + "；完整选票 " + std::to_string(g.ballots) + " 张，缺页待补 "
                                         + std::to_string(g.held) + " 张；须监票人裁定 " + std::to_string(g.unclear) + " 格",
                                     std::to_string(g.read + g.setAside) + " sheets: " + std::to_string(g.read) + " read, " + std::to_string(g.setAside)
                                         + " set aside; " + std::to_string(g.ballots) + " whole ballots, " + std::to_string(g.held)
                                         + " held for missing sheets; " + std::to_string(g.unclear) + " cells for the scrutineers"})
                                << "\n";
    return g.setAside == 0 ? 0 : 3;
}

} // namespace hx::cli
