// The scan_record command from a batch, and the image store beside the workspace.
#include "scan_record.hpp"

#include "errors.hpp"
#include "file_io.hpp"
#include "sha256.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <map>

namespace hx::scan {

namespace fs = std::filesystem;

std::string batchRound(const std::vector<ScannedSheet>& sheets, const std::string& contest)
{
    std::map<std::string, Text> named;
    for (const auto& s : sheets)
        if (s.result.read && (contest.empty() || s.result.contest == contest))
            named.emplace(roundKey(s.result), roundName(s.result));
    if (named.size() == 1)
        return named.begin()->first;
    if (named.empty() && !contest.empty())
        throw InputError({"这批图像中没有选举 " + contest + " 正在计票的一轮的选票", "no sheet of the batch belongs to the open round of contest " + contest});
    if (named.empty())
        throw InputError({"这批图像中没有一张能读出的、正在计票的一轮的选票，没有记录", "no sheet of the batch could be read as a ballot of a round being counted; nothing recorded"});
    std::string zh, en;
    for (const auto& [key, name] : named) {
        zh += (zh.empty() ? "" : "、") + name.zh;
        en += (en.empty() ? "" : ", ") + name.en;
    }
    throw InputError({"这批图像含有几轮选举的选票（" + zh + "）：请用 --contest 指定记录哪一项，其余的将搁置",
                      "the batch holds ballots of several rounds (" + en + "): name the contest to record with --contest; the others are set aside"});
}

nlohmann::json recordCommand(const std::vector<ScannedSheet>& sheets, const std::string& round)
{
    Gathering g(round);
    for (const auto& s : sheets)
        g.add(s.result);
    g.finish();
    const auto at = round.find('|'), back = round.rfind('|');
    nlohmann::json ballots = nlohmann::json::array();
    for (const auto& b : g.gathered) {
        nlohmann::json pages = nlohmann::json::array(), marks = nlohmann::json::object(), writeIns = nlohmann::json::array();
        for (const size_t i : b.sheets) {
            const SheetResult& r = sheets[i].result;
            pages.push_back({{"image", sheets[i].image}, {"page", r.page}});
            for (const auto& [id, mark] : r.marks)
                marks[id] = mark;
            for (const auto& w : r.writeIns)
                writeIns.push_back({{"index", w.index}, {"name_written", w.nameWritten}, {"mark", w.mark}});
        }
        if (!b.setAside.empty())
            ballots.push_back({{"sheets", pages}, {"set_aside", b.setAside}});
        else
            ballots.push_back({{"sheets", pages}, {"marks", marks}, {"write_ins", writeIns}});
    }
    return {{"do", "scan_record"}, {"meeting", round.substr(0, at)}, {"contest", round.substr(at + 1, back - at - 1)}, {"ballots", ballots}};
}

std::set<std::string> recordedImages(const State& state)
{
    std::set<std::string> out;
    for (const auto& [id, m] : state.meetings)
        for (const auto& c : m.contests)
            for (const auto& r : c.rounds)
                for (const auto& b : r.scanned)
                    for (const auto& sheet : b.sheets)
                        out.insert(sheet.first);
    return out;
}

std::string imageStore(const std::string& workspace)
{
    fs::path p(workspace);
    return (p.parent_path() / (p.stem().string() + ".scans")).string();
}

namespace {

std::string lowerExtension(const std::string& file)
{
    std::string ext = fs::path(file).extension().string();
    for (auto& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".jpeg" ? ".jpg" : ext == ".tif" ? ".tiff" : ext;
}

// Writes the bytes to `path` through a temporary file made durable, then renamed.
void writeDurably(const std::string& path, const std::string& bytes)
{
    const std::string tmp = path + ".part";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = fd >= 0;
    for (size_t done = 0; ok && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        ok = n > 0;
        done += ok ? static_cast<size_t>(n) : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    std::error_code ec;
    if (ok)
        fs::rename(tmp, path, ec);
    if (!ok || ec) {
        fs::remove(tmp, ec);
        throw FileError({"无法保存扫描图像：" + path, "cannot keep the scanned image: " + path});
    }
}

} // namespace

KeptImage keepImage(const std::string& file, const std::string& store, const std::set<std::string>& recorded)
{
    const std::string bytes = readWholeFile(file);
    KeptImage k;
    k.sha = sha256Hex(bytes);
    if ((k.recordedBefore = recorded.count(k.sha) > 0))
        return k;
    k.path = (fs::path(store) / (k.sha + lowerExtension(file))).string();
    std::error_code ec;
    fs::create_directories(store, ec);
    if (ec)
        throw FileError({"无法建立扫描图像的文件夹：" + store, "cannot make the folder for scanned images: " + store});
    if (fs::exists(k.path))
        return k;
    writeDurably(k.path, bytes);
    k.added = true;
    return k;
}

std::string keptImage(const std::string& store, const std::string& sha)
{
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(store, ec))
        if (e.path().stem() == sha && e.path().extension() != ".part")
            return e.path().string();
    return "";
}

} // namespace hx::scan
