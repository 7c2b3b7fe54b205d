// scan-queue: what the scan still waits for — unclear cells and set-aside
// sheets for the scrutineers, written names for a teller — with each cell
// cut out of its kept image (--cut DIR); scan-image: a kept page with its
// read marks drawn on it.
#include "agenda.hpp"
#include "cli.hpp"
#include "errors.hpp"
#include "scan_record.hpp"
#include "scan_view.hpp"
#include "scanned.hpp"
#include "workspace.hpp"

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <filesystem>
#include <ostream>

namespace hx::cli {

namespace {

std::string cutName(const ScanTask& t)
{
    char name[96];
    if (t.kind == ScanTask::Kind::Cell)
        std::snprintf(name, sizeof name, "ballot%04zu-%s.png", t.ballot + 1, t.candidate.c_str());
    else if (t.kind == ScanTask::Kind::Ballot)
        std::snprintf(name, sizeof name, "ballot%04zu-page.png", t.ballot + 1);
    else
        std::snprintf(name, sizeof name, "ballot%04zu-write-in%d.png", t.ballot + 1, t.writeIn);
    return name;
}

const char* kindName(ScanTask::Kind k)
{
    switch (k) {
    case ScanTask::Kind::Cell: return "cell";
    case ScanTask::Kind::WriteInMark: return "write_in_mark";
    case ScanTask::Kind::WriteInName: return "write_in_name";
    case ScanTask::Kind::Ballot: return "ballot";
    }
    return "";
}

} // namespace

int cmdScanQueue(const Context& c, const Args& a)
{
    if (a.words.size() != 1)
        throw InputError({"用法：huixuan-cli scan-queue 文件.huixuan [--cut 文件夹] [--json]", "usage: huixuan-cli scan-queue FILE.huixuan [--cut DIR] [--json]"});
    const Workspace ws = Workspace::openReadOnly(a.words[0]);
    const scan::LayoutBook book(ws.state());
    const std::string store = scan::imageStore(a.words[0]), cut = a.get("cut", "");
    if (!cut.empty())
        std::filesystem::create_directories(cut);
    size_t waiting = 0;
    for (const auto& [mid, m] : ws.state().meetings)
        for (const auto& contest : m.contests) {
            const Round& r = contest.current();
            if (r.scanned.empty())
                continue;
            const auto tasks = scanTasks(r);
            waiting += tasks.size();
            const Text office = officeName(contest.office);
            if (!a.has("json"))
                c.out << c.say({office.zh + "第" + std::to_string(r.number) + "轮：扫描 " + std::to_string(r.scanned.size()) + " 张，已进入比对 "
                                    + std::to_string(r.pendingB.size()) + " 张，待处理 " + std::to_string(tasks.size()) + " 项",
                                office.en + " round " + std::to_string(r.number) + ": " + std::to_string(r.scanned.size()) + " scanned, "
                                    + std::to_string(r.pendingB.size()) + " ready to compare, " + std::to_string(tasks.size()) + " waiting"})
                      << "\n";
            for (const auto& t : tasks) {
                std::string path;
                if (!cut.empty()) {
                    const cv::Mat image = scan::taskImage(t, r.scanned[t.ballot], store, book);
                    path = (std::filesystem::path(cut) / cutName(t)).string();
                    if (image.empty() || !cv::imwrite(path, image))
                        path.clear();
                }
                if (a.has("json"))
                    c.out << Json{{"meeting", mid}, {"contest", contest.id}, {"ballot", t.ballot + 1}, {"kind", kindName(t.kind)},
                                  {"candidate", t.candidate}, {"write_in", t.writeIn}, {"reason", t.reason}, {"cut", path}}
                                 .dump()
                          << "\n";
                else
                    c.out << "  " << c.say(scan::taskText(ws.state(), t)) << (path.empty() ? "" : "  → " + path) << "\n";
            }
        }
    return waiting == 0 ? 0 : 3;
}

int cmdScanImage(const Context& c, const Args& a)
{
    if (a.words.size() != 2 || !a.has("out"))
        throw InputError({"用法：huixuan-cli scan-image 文件.huixuan 图像SHA-256 [--page 页] --out 图.png",
                          "usage: huixuan-cli scan-image FILE.huixuan IMAGE-SHA-256 [--page N] --out PICTURE.png"});
    const Workspace ws = Workspace::openReadOnly(a.words[0]);
    const std::string file = scan::keptImage(scan::imageStore(a.words[0]), a.words[1]);
    if (file.empty())
        throw FileError({"工作区没有保存这张扫描图像：" + a.words[1], "the workspace keeps no scanned image " + a.words[1]});
    const scan::LayoutBook book(ws.state());
    const scan::PageView v = scan::viewPage(file, std::atoi(a.get("page", "1").c_str()), book);
    const cv::Mat drawn = scan::drawMarks(v, book);
    if (drawn.empty() || !cv::imwrite(a.get("out", ""), drawn))
        throw FileError({"无法画出这一页：" + file, "cannot draw this page: " + file});
    c.out << c.say(v.result.read ? scan::roundName(v.result) : scan::reasonText(v.result)) << "\n";
    return 0;
}

} // namespace hx::cli
