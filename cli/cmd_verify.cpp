// verify: a workspace's journal, a signed PDF, a signed JSON record, or the
// text of a scanned QR code — valid, or exactly what does not match.
#include "cli.hpp"
#include "errors.hpp"
#include "pdf_sign.hpp"
#include "record.hpp"
#include "sha256.hpp"
#include "workspace.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace hx::cli {

namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError({"无法读取文件：" + path, "cannot read " + path});
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Report {
    const Context& c;
    std::vector<Text> problems;
    void fail(Text t) { problems.push_back(std::move(t)); }
    int done(const Text& valid)
    {
        for (const auto& p : problems)
            c.err << c.say(p) << "\n";
        if (problems.empty())
            c.out << c.say(valid) << "\n";
        return problems.empty() ? 0 : 1;
    }
};

// Compares a seal (from a PDF signature or a QR code) with the record file, if one is at hand.
void checkAgainstRecord(Report& r, const Seal& seal, const std::string& recordPath)
{
    if (recordPath.empty() || !fs::exists(recordPath))
        return;
    const std::string text = slurp(recordPath);
    const std::string digest = sha256Hex(text);
    if (digest != seal.digest)
        r.fail({"摘要不符：签章为 " + seal.digest + "，记录文件为 " + digest, "digest mismatch: the seal says " + seal.digest + ", the record file is " + digest});
    try {
        const std::string id = Json::parse(text).value("id", "");
        if (id != seal.id)
            r.fail({"记录编号不符：签章为 " + seal.id + "，记录文件为 " + id, "record id mismatch: the seal says " + seal.id + ", the record file is " + id});
    } catch (const Json::exception&) {
        r.fail({"记录文件不是有效的 JSON", "the record file is not valid JSON"});
    }
}

int verifyJournal(const Context& c, const std::string& path)
{
    VerifyReport r = verifyWorkspace(path);
    Report rep{c, {}};
    if (!r.ok)
        rep.fail({"校验失败：第 " + std::to_string(r.brokenAt) + " 条事件处断链——" + r.problem.zh,
                  "verification failed at event " + std::to_string(r.brokenAt) + ": " + r.problem.en});
    return rep.done({"校验通过：" + std::to_string(r.events) + " 条事件，头哈希 " + r.head,
                     "valid: " + std::to_string(r.events) + " events, head " + r.head});
}

int verifyPdfFile(const Context& c, const Args& a, const std::string& path)
{
    Report rep{c, {}};
    const PdfCheck pc = verifyPdf(slurp(path));
    if (!pc.ok)
        rep.fail(pc.problem);
    const Seal seal = parseSeal(pc.reason);
    if (pc.signedPdf && !seal.ok)
        rep.fail({"签名中没有会选记录的编号和摘要", "the signature names no Huixuan record"});
    if (seal.ok)
        checkAgainstRecord(rep, seal, a.get("record", (fs::path(path).parent_path() / "record.json").string()));
    return rep.done({"有效：数字签名完好（签名人 " + pc.signer + "），与记录 " + seal.id + " 一致，摘要 " + seal.digest,
                     "valid: the digital signature holds (signer " + pc.signer + ") and matches record " + seal.id + ", digest " + seal.digest});
}

int verifyRecordFile(const Context& c, const Args& a, const std::string& path)
{
    Report rep{c, {}};
    const std::string text = slurp(path);
    const std::string sigPath = a.get("signature", path + ".p7s");
    if (!fs::exists(sigPath)) {
        rep.fail({"找不到签名文件 " + sigPath, "no signature file at " + sigPath});
    } else if (CmsCheck cc = cmsVerify(slurp(sigPath), text); !cc.ok) {
        rep.fail(cc.problem);
    }
    Json record;
    try {
        record = Json::parse(text);
    } catch (const Json::exception&) {
        rep.fail({"记录文件不是有效的 JSON", "the record file is not valid JSON"});
    }
    if (a.has("workspace") && record.is_object()) {
        // The record names the journal head it was issued at: the journal must hold that event.
        Database db(a.get("workspace"), Database::Mode::ReadOnly);
        Statement st = db.prepare("SELECT hash FROM events WHERE seq = ?1");
        st.bind(1, static_cast<std::int64_t>(record.value("journal_length", 0LL)));
        if (!st.step() || st.text(0) != record.value("journal_head", ""))
            rep.fail({"工作区日志中没有这份记录所依据的事件（头哈希不符）", "the workspace's journal does not hold the record's head event"});
        if (VerifyReport vr = Journal(db).verify(); !vr.ok)
            rep.fail(vr.problem);
    }
    const std::string id = record.is_object() ? record.value("id", std::string()) : std::string();
    return rep.done({"有效：记录 " + id + " 的签名完好，摘要 " + sha256Hex(text), "valid: record " + id + " is signed and intact, digest " + sha256Hex(text)});
}

int verifyQr(const Context& c, const Args& a)
{
    Report rep{c, {}};
    const Seal seal = parseSeal(a.get("qr"));
    if (!seal.ok)
        rep.fail({"不是会选的核验码（应为 HX1|编号|摘要）", "not a Huixuan seal (HX1|id|digest)"});
    else if (!a.has("record"))
        rep.fail({"请用 --record 指定要核对的 record.json", "give the record.json to check against with --record"});
    else
        checkAgainstRecord(rep, seal, a.get("record"));
    return rep.done({"有效：核验码与记录 " + seal.id + " 一致", "valid: the code matches record " + seal.id});
}

} // namespace

int cmdVerify(const Context& c, const Args& a)
{
    if (a.has("qr"))
        return verifyQr(c, a);
    if (a.words.size() != 1)
        throw InputError({"用法：huixuan-cli verify 文件（.huixuan、.pdf 或 record.json）| --qr 文本 --record record.json",
                          "usage: huixuan-cli verify FILE (.huixuan, .pdf or record.json) | --qr TEXT --record record.json"});
    const std::string& path = a.words[0];
    if (!fs::exists(path))
        throw FileError({"找不到文件：" + path, "no such file: " + path});
    const std::string head = slurp(path).substr(0, 16);
    if (head.starts_with("%PDF"))
        return verifyPdfFile(c, a, path);
    if (head.starts_with("SQLite format 3"))
        return verifyJournal(c, path);
    return verifyRecordFile(c, a, path);
}

} // namespace hx::cli
