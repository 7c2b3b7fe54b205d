// verify: a workspace's journal, a signed PDF, a signed JSON record, or the
// text of a scanned QR code — valid, or exactly what does not match.
#include "cli.hpp"
#include "errors.hpp"
#include "verify.hpp"
#include "workspace.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace hx::cli {

namespace fs = std::filesystem;

namespace {

int report(const Context& c, const FiledCheck& r)
{
    for (const auto& p : r.problems)
        c.err << c.say(p) << "\n";
    if (r.ok())
        c.out << c.say(r.valid) << "\n";
    return r.ok() ? 0 : 1;
}

int verifyJournal(const Context& c, const std::string& path)
{
    const VerifyReport r = verifyWorkspace(path);
    FiledCheck check;
    if (!r.ok)
        check.problems.push_back({"校验失败：第 " + std::to_string(r.brokenAt) + " 条事件处断链——" + r.problem.zh,
                                  "verification failed at event " + std::to_string(r.brokenAt) + ": " + r.problem.en});
    check.valid = {"校验通过：" + std::to_string(r.events) + " 条事件，头哈希 " + r.head,
                   "valid: " + std::to_string(r.events) + " events, head " + r.head};
    return report(c, check);
}

std::string firstBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string head(16, '\0');
    in.read(head.data(), 16);
    head.resize(static_cast<size_t>(in.gcount()));
    return head;
}

// The federation's certificate: --cert, or the workspace's own (--workspace) when it is
// at hand; "" when there is none to compare with.
std::string federationFingerprint(const Args& a)
{
    if (a.has("cert"))
        return certificateFingerprint(a.get("cert"));
    if (!a.has("workspace"))
        return {};
    // Read-only: verifying writes nothing to the workspace.
    Database db(a.get("workspace"), Database::Mode::ReadOnly);
    requireWorkspaceFormat(db);
    const KeyPaths k = keyPaths(a, a.get("workspace"), Journal(db).firstHash());
    // Without it at hand the result says it was not compared with the federation's certificate.
    return fs::exists(k.cert) ? certificateFingerprint(k.cert) : std::string();
}

} // namespace

int cmdVerify(const Context& c, const Args& a)
{
    if (a.has("qr"))
        return report(c, checkSeal(a.get("qr"), a.get("record")));
    if (a.words.size() != 1)
        throw InputError({"用法：huixuan-cli verify 文件（.huixuan、.pdf 或 record.json）| --qr 文本 --record record.json",
                          "usage: huixuan-cli verify FILE (.huixuan, .pdf or record.json) | --qr TEXT --record record.json"});
    const std::string& path = a.words[0];
    if (!fs::exists(path))
        throw FileError({"找不到文件：" + path, "no such file: " + path});
    const std::string head = firstBytes(path);
    if (head.starts_with("SQLite format 3"))
        return verifyJournal(c, path);
    const std::string fingerprint = federationFingerprint(a);
    if (head.starts_with("%PDF")) {
        // A record given must be there; the one beside the PDF is compared when it is.
        const std::string beside = (fs::path(path).parent_path() / "record.json").string();
        return report(c, checkFiledPdf(path, a.has("record") ? a.get("record") : fs::exists(beside) ? beside : std::string(), fingerprint));
    }
    return report(c, checkFiledRecord(path, a.get("signature", path + ".p7s"), a.get("workspace"), fingerprint));
}

} // namespace hx::cli
