#include "document_set.hpp"

#include "agenda.hpp"
#include "ballot_pdf.hpp"
#include "documents.hpp"
#include "errors.hpp"
#include "pdf_sign.hpp"
#include "register_json.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace hx {

namespace {

void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush())
        throw FileError({"无法写入 " + path, "cannot write " + path});
    // The records name people, birth dates and votes: the owner's alone until she files them.
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
}

// Writes a set into a staging folder beside `dir`, then moves each finished
// file into `dir`: a file already there is replaced only by a complete one,
// and nothing else in `dir` is touched.
template <class Write>
DocumentSet staged(const std::string& dir, Write write)
{
    namespace fs = std::filesystem;
    fs::path target = fs::path(dir).lexically_normal();
    if (target.filename().empty())
        target = target.parent_path();
    const fs::path part = target.string() + ".part";
    fs::remove_all(part);
    DocumentSet set = write(part.string());
    fs::create_directories(target);
    for (const auto& entry : fs::directory_iterator(part))
        fs::rename(entry.path(), target / entry.path().filename());
    fs::remove(part);
    return set;
}

struct Writer {
    const Identity& id;
    const Record& record;
    std::string dir;
    std::vector<std::string> files;

    void pdf(const std::string& name, const QByteArray& bytes)
    {
        const PdfSignature sig{record.seal(), id.subject(), pdfDate(record.issued)};
        writeBytes(dir + "/" + name, signPdf(bytes.toStdString(), id, sig));
        files.push_back(name);
    }
};

std::string slug(const Meeting& part, const Contest& c, const Round& r)
{
    return (part.kind == "first_plenary" ? "plenary-" : "") + c.id + "-r" + std::to_string(r.number);
}

// Files carry the names an office files them under, in Chinese; the record
// keeps the ids. A round's papers: 选票（执委第1轮）.pdf (a congress and its
// first plenary elect different offices); a second contest
// for the same office in one sitting is numbered (执委二).
std::string roundName(const Meeting& part, const Contest& c, const Round& r)
{
    int same = 0, position = 0;
    for (const Contest& other : part.contests)
        if (other.office == c.office) {
            ++same;
            if (other.id == c.id)
                position = same;
        }
    static const char* const kNumerals[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    const std::string number = same > 1 && position < 10 ? kNumerals[position] : "";
    return "（" + officeName(c.office).zh + number + "第"
        + std::to_string(r.number) + "轮）";
}

} // namespace

std::string pdfDate(const std::string& iso)
{
    std::string digits;
    for (char ch : iso.substr(0, 19))
        if (ch >= '0' && ch <= '9')
            digits += ch;
    digits.resize(14, '0');
    return "D:" + digits + "Z";
}

DocumentSet writeDocuments(const State& state, const std::string& meetingId, const std::string& journalHead,
                           long long journalLength, const std::string& issued, const Identity& id, const std::string& target)
{
  return staged(target, [&](const std::string& dir) {
    const Meeting* meeting = state.meeting(meetingId);
    if (!meeting)
        throw InputError({"没有这个会议：" + meetingId, "no such meeting: " + meetingId});
    std::filesystem::create_directories(dir);
    DocumentSet set{makeRecord(state, meetingId, journalHead, journalLength, issued), {}};
    writeBytes(dir + "/record.json", set.record.text);
    writeBytes(dir + "/record.json.p7s", cmsSign(id, set.record.text));
    Writer w{id, set.record, dir, {"record.json", "record.json.p7s"}};
    const doc::Context c{state, *meeting, set.record};
    const bool congress = meeting->kind == "founding_congress" || meeting->kind == "reelection_congress";
    if (congress) {
        w.pdf("请示.pdf", doc::request(c).pdf());
        if (meeting->plan)
            w.pdf("建会方案.pdf", doc::foundingPlan(c).pdf());
        w.pdf("议程.pdf", doc::agenda(c).pdf());
    }
    const bool elections = !meeting->contests.empty() || meeting->kind != "executive_meeting";
    if (elections)
        w.pdf("候选人建议名单.pdf", doc::candidateList(c).pdf());
    for (const Meeting* part : c.parts()) {
        const std::string prefix = part->kind == "first_plenary" ? "第一次全体会议" : "";
        if (elections || part->methodAdopted)
            w.pdf(prefix + "选举办法.pdf", doc::electionMethod(c, *part).pdf());
        if (part->scrutineers.adopted)
            w.pdf(prefix + "监票人计票人名单.pdf", doc::scrutineerList(c, *part).pdf());
        for (const Contest& contest : part->contests)
            for (const Round& r : contest.rounds) {
                if (r.voting == "secret_ballot") {
                    const BallotPaper paper = ballotPaper(state, *part, contest, r);
                    w.pdf("选票" + roundName(*part, contest, r) + ".pdf", paper.pdf);
                    writeBytes(dir + "/ballot-" + slug(*part, contest, r) + ".geometry.json", toJson(paper.layout).dump(1) + "\n");
                    w.files.push_back("ballot-" + slug(*part, contest, r) + ".geometry.json");
                    w.pdf("选票清点报告" + roundName(*part, contest, r) + ".pdf", doc::ballotCount(c, *part, contest, r).pdf());
                }
                if (r.closed)
                    w.pdf("计票结果报告单" + roundName(*part, contest, r) + ".pdf", doc::tallyReport(c, *part, contest, r).pdf());
            }
    }
    if (elections) {
        w.pdf("主持词.pdf", doc::presidingScript(c).pdf());
        w.pdf("选举结果宣布稿.pdf", doc::announcement(c).pdf());
        w.pdf("选举结果报告.pdf", meeting->kind == "executive_by_election" ? doc::byElectionReport(c).pdf() : doc::resultReport(c).pdf());
    }
    w.pdf("会议记录.pdf", meeting->kind == "executive_meeting" ? doc::executiveMinutes(c).pdf() : doc::minutes(c).pdf());
    // The register as it stood on the meeting's day.
    const std::string now = meeting->date.empty() ? latestDate(state) : meeting->date;
    w.pdf(state.executives.empty() ? "执委名单.pdf" : "执委名册.pdf", state.executives.empty() ? doc::registerExtract(c).pdf() : doc::registerExtractFromRegister(c, now).pdf());
    for (const auto& [person, e] : state.executives.executives)
        for (const auto& r : e.reviews)
            if (r.meeting == meetingId && std::find(w.files.begin(), w.files.end(), "履职评议汇总表.pdf") == w.files.end())
                w.pdf("履职评议汇总表.pdf", doc::reviewSummary(c, r.year, now).pdf());
    set.files = w.files;
    return set;
  });
}

DocumentSet writeRegisterDocuments(const State& state, const std::string& journalHead, long long journalLength,
                                   const std::string& issued, const std::string& asOf, const Identity& id, const std::string& target)
{
  return staged(target, [&](const std::string& dir) {
    if (state.executives.empty())
        throw InputError({"执委名册为空", "the executive register is empty"});
    std::filesystem::create_directories(dir);
    DocumentSet set{makeRegisterRecord(state, journalHead, journalLength, issued, asOf), {}};
    writeBytes(dir + "/record.json", set.record.text);
    writeBytes(dir + "/record.json.p7s", cmsSign(id, set.record.text));
    Writer w{id, set.record, dir, {"record.json", "record.json.p7s"}};
    static const Meeting none;
    const doc::Context c{state, none, set.record};
    w.pdf("执委名册.pdf", doc::registerExtractFromRegister(c, asOf).pdf());
    w.pdf("履职评议汇总表.pdf", doc::reviewSummary(c, std::stoi(asOf.substr(0, 4)), asOf).pdf());
    set.files = w.files;
    return set;
  });
}

} // namespace hx
