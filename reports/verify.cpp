#include "verify.hpp"

#include "errors.hpp"
#include "file_io.hpp"
#include "pdf_sign.hpp"
#include "record.hpp"
#include "sha256.hpp"
#include "journal.hpp"
#include "sqlite_db.hpp"
#include "workspace.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace hx {

namespace {


// A record's text field as written; empty when absent or of another type, so it matches nothing.
std::string recordText(const Json& record, const char* key)
{
    auto it = record.find(key);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The journal length a record names; -1 (no such event) when absent or not a whole number.
long long recordLength(const Json& record)
{
    auto it = record.find("journal_length");
    return it != record.end() && it->is_number_integer() ? it->get<long long>() : -1;
}

// Compares a seal with the record file, when one is at hand.
void againstRecord(FiledCheck& r, const Seal& seal, const std::string& recordPath)
{
    if (!std::filesystem::exists(recordPath)) {
        r.problems.push_back({"找不到记录文件：" + recordPath, "no record file at " + recordPath});
        return;
    }
    const std::string text = readWholeFile(recordPath);
    const std::string digest = sha256Hex(text);
    if (digest != seal.digest)
        r.problems.push_back({"摘要不符：签章为 " + seal.digest + "，记录文件为 " + digest,
                              "digest mismatch: the seal says " + seal.digest + ", the record file is " + digest});
    try {
        const std::string id = recordText(Json::parse(text), "id");
        if (id != seal.id)
            r.problems.push_back({"记录编号不符：签章为 " + seal.id + "，记录文件为 " + id,
                                  "record id mismatch: the seal says " + seal.id + ", the record file is " + id});
    } catch (const Json::exception&) {
        r.problems.push_back({"记录文件不是有效的 JSON", "the record file is not valid JSON"});
    }
}

// The signer must be the federation's certificate, when it is known.
void againstCertificate(FiledCheck& r, const std::string& signedBy, const std::string& federation)
{
    if (!federation.empty() && signedBy != federation)
        r.problems.push_back({"签名证书不是本妇联的证书：指纹 " + signedBy + "，本妇联为 " + federation,
                              "the signing certificate is not the federation's: fingerprint " + signedBy + ", the federation's is " + federation});
}

} // namespace

FiledCheck checkFiledPdf(const std::string& pdfPath, const std::string& recordPath, const std::string& federationFingerprint)
{
    FiledCheck r;
    const PdfCheck pc = verifyPdf(readWholeFile(pdfPath));
    if (!pc.ok)
        r.problems.push_back(pc.problem);
    const Seal seal = parseSeal(pc.reason);
    if (pc.signedPdf && !seal.ok)
        r.problems.push_back({"签名中没有会选记录的编号和摘要", "the signature names no Huixuan record"});
    if (seal.ok && !recordPath.empty())
        againstRecord(r, seal, recordPath);
    if (pc.signedPdf)
        againstCertificate(r, pc.fingerprint, federationFingerprint);
    const std::string signer = pc.signer + "，证书指纹 SHA-256 " + pc.fingerprint;
    const std::string signerEn = pc.signer + ", certificate SHA-256 " + pc.fingerprint;
    const Text compared = recordPath.empty() ? Text{"；未与记录比对", "; no record compared"}
                                             : Text{"，与记录 " + seal.id + " 一致，摘要 " + seal.digest, " and matches record " + seal.id + ", digest " + seal.digest};
    const Text trusted = federationFingerprint.empty() ? Text{"；未与本妇联证书比对", "; not compared with the federation's certificate"}
                                                       : Text{"；签名人为本妇联证书", "; signed with the federation's certificate"};
    r.valid = {"有效：数字签名完好（签名人 " + signer + "）" + compared.zh + trusted.zh,
               "valid: the digital signature holds (signer " + signerEn + ")" + compared.en + trusted.en};
    return r;
}

FiledCheck checkFiledRecord(const std::string& recordPath, const std::string& signaturePath, const std::string& workspacePath,
                            const std::string& federationFingerprint)
{
    FiledCheck r;
    const std::string text = readWholeFile(recordPath);
    if (!std::filesystem::exists(signaturePath))
        r.problems.push_back({"找不到签名文件 " + signaturePath, "no signature file at " + signaturePath});
    else if (CmsCheck cc = cmsVerify(readWholeFile(signaturePath), text); !cc.ok)
        r.problems.push_back(cc.problem);
    else
        againstCertificate(r, cc.fingerprint, federationFingerprint);
    Json record;
    try {
        record = Json::parse(text);
    } catch (const Json::exception&) {
        r.problems.push_back({"记录文件不是有效的 JSON", "the record file is not valid JSON"});
    }
    if (!workspacePath.empty() && record.is_object()) {
        // The record names the journal head it was issued at: the journal must hold that event.
        Database db(workspacePath, Database::Mode::ReadOnly);
        requireWorkspaceFormat(db);
        if (record.contains("workspace_schema") && record["workspace_schema"] != schemaDigest(db))
            r.problems.push_back({"工作区的表结构、触发器或元数据与记录签发时不同", "the workspace's tables, triggers or metadata differ from those the record was issued on"});
        Statement st = db.prepare("SELECT hash FROM events WHERE seq = ?1");
        st.bind(1, static_cast<std::int64_t>(recordLength(record)));
        if (!st.step() || st.text(0) != recordText(record, "journal_head"))
            r.problems.push_back({"工作区日志中没有这份记录所依据的事件（头哈希不符）", "the workspace's journal does not hold the record's head event"});
        if (const VerifyReport vr = Journal(db).verify(); !vr.ok)
            r.problems.push_back(vr.problem);
    }
    const std::string id = recordText(record, "id");
    r.valid = {"有效：记录 " + id + " 的签名完好，摘要 " + sha256Hex(text), "valid: record " + id + " is signed and intact, digest " + sha256Hex(text)};
    return r;
}

FiledCheck checkSeal(const std::string& text, const std::string& recordPath)
{
    FiledCheck r;
    const Seal seal = parseSeal(text);
    if (!seal.ok)
        r.problems.push_back({"不是会选的核验码（应为 HX1|编号|摘要）", "not a Huixuan seal (HX1|id|digest)"});
    else if (recordPath.empty())
        r.problems.push_back({"请指定要核对的 record.json", "give the record.json to check against"});
    else
        againstRecord(r, seal, recordPath);
    r.valid = {"有效：核验码与记录 " + seal.id + " 一致", "valid: the code matches record " + seal.id};
    return r;
}

} // namespace hx
