#include "document_set.hpp"

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
        w.pdf("request.pdf", doc::request(c).pdf());
        if (meeting->plan)
            w.pdf("founding-plan.pdf", doc::foundingPlan(c).pdf());
        w.pdf("agenda.pdf", doc::agenda(c).pdf());
    }
    const bool elections = !meeting->contests.empty() || meeting->kind != "executive_meeting";
    if (elections)
        w.pdf("candidate-list.pdf", doc::candidateList(c).pdf());
    for (const Meeting* part : c.parts()) {
        const std::string prefix = part->kind == "first_plenary" ? "plenary-" : "";
        if (elections || part->methodAdopted)
            w.pdf(prefix + "election-method.pdf", doc::electionMethod(c, *part).pdf());
        if (part->scrutineers.adopted)
            w.pdf(prefix + "scrutineers.pdf", doc::scrutineerList(c, *part).pdf());
        for (const Contest& contest : part->contests)
            for (const Round& r : contest.rounds) {
                if (r.voting == "secret_ballot") {
                    const BallotPaper paper = ballotPaper(state, *part, contest, r);
                    w.pdf("ballot-" + slug(*part, contest, r) + ".pdf", paper.pdf);
                    writeBytes(dir + "/ballot-" + slug(*part, contest, r) + ".geometry.json", toJson(paper.layout).dump(1) + "\n");
                    w.files.push_back("ballot-" + slug(*part, contest, r) + ".geometry.json");
                    w.pdf("ballot-count-" + slug(*part, contest, r) + ".pdf", doc::ballotCount(c, *part, contest, r).pdf());
                }
                if (r.closed)
                    w.pdf("tally-report-" + slug(*part, contest, r) + ".pdf", doc::tallyReport(c, *part, contest, r).pdf());
            }
    }
    if (elections) {
        w.pdf("presiding-script.pdf", doc::presidingScript(c).pdf());
        w.pdf("announcement.pdf", doc::announcement(c).pdf());
        w.pdf("result-report.pdf", meeting->kind == "executive_by_election" ? doc::byElectionReport(c).pdf() : doc::resultReport(c).pdf());
    }
    w.pdf("minutes.pdf", meeting->kind == "executive_meeting" ? doc::executiveMinutes(c).pdf() : doc::minutes(c).pdf());
    // The register as it stands now, dated now: a later by-election or exit is in it.
    const std::string now = latestDate(state);
    w.pdf("register-extract.pdf", state.executives.empty() ? doc::registerExtract(c).pdf() : doc::registerExtractFromRegister(c, now).pdf());
    for (const auto& [person, e] : state.executives.executives)
        for (const auto& r : e.reviews)
            if (r.meeting == meetingId && std::find(w.files.begin(), w.files.end(), "review-summary.pdf") == w.files.end())
                w.pdf("review-summary.pdf", doc::reviewSummary(c, r.year, now).pdf());
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
    w.pdf("register-extract.pdf", doc::registerExtractFromRegister(c, asOf).pdf());
    w.pdf("review-summary.pdf", doc::reviewSummary(c, std::stoi(asOf.substr(0, 4)), asOf).pdf());
    set.files = w.files;
    return set;
  });
}

} // namespace hx
