// documents: a meeting's document set from a workspace; and the signing
// identity that init creates or imports.
#include "cli.hpp"
#include "document_set.hpp"
#include "errors.hpp"
#include "workspace.hpp"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iostream>

namespace hx::cli {

namespace {

long long epochOf(const std::string& iso)
{
    std::tm tm{};
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) < 3)
        return static_cast<long long>(std::time(nullptr));
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return static_cast<long long>(timegm(&tm));
}

} // namespace

KeyPaths keyPaths(const Args& a, const std::string& workspace, const std::string& identity)
{
    const KeyPaths own = signingKeyPaths(workspace, identity);
    return {a.get("key", own.key), a.get("cert", own.cert)};
}

std::string requirePassphrase(const Args& a)
{
    std::string p = passphraseFrom(a.get("passphrase-file"));
    if (p.empty())
        throw InputError({"需要签名密钥的口令：设置环境变量 HUIXUAN_PASSPHRASE，或用 --passphrase-file 指定口令文件",
                          "the signing key needs a passphrase: set HUIXUAN_PASSPHRASE or give --passphrase-file"});
    return p;
}

void createSigningKey(const Context& c, const Args& a, const std::string& workspace, const std::string& federation)
{
    const KeyPaths k = keyPaths(a, workspace);
    const std::string pass = requirePassphrase(a);
    if (a.has("import-key")) {
        Identity id = loadIdentity(a.get("import-key"), a.get("import-cert"), pass);
        saveIdentity(id, k.key, k.cert, pass);
    } else {
        saveIdentity(createIdentity(federation, epochOf(nowIso()), 3650), k.key, k.cert, pass);
    }
    c.out << c.say({"签名密钥：" + k.key + "（已加密，仅本人可读）\n证书：" + k.cert,
                    "signing key: " + k.key + " (encrypted, owner-only)\ncertificate: " + k.cert})
          << "\n";
}

Identity rehearsalIdentity(const std::string& dir, const std::string& federation, const std::string& issued)
{
    const std::string key = dir + "/rehearsal.key.pem", cert = dir + "/rehearsal.cert.pem";
    std::string pass = passphraseFrom("");
    if (pass.empty())
        pass = "huixuan-rehearsal";
    if (!std::filesystem::exists(key))
        saveIdentity(createIdentity(federation + "（演练）", std::min(epochOf(issued), epochOf(nowIso())) - 86400, 3650), key, cert, pass);
    return loadIdentity(key, cert, pass);
}

int cmdDocuments(const Context& c, const Args& a)
{
    if (a.words.size() != 1 || !a.has("meeting") || !a.has("out"))
        throw InputError({"用法：huixuan-cli documents 文件.huixuan --meeting 会议 --out 目录",
                          "usage: huixuan-cli documents FILE.huixuan --meeting ID --out DIR"});
    Workspace ws = Workspace::openReadOnly(a.words[0]); // documents are written beside, never into, the workspace
    requireIntactJournal(ws);
    const KeyPaths k = keyPaths(a, a.words[0], ws.journal().firstHash());
    const Identity id = loadIdentity(k.key, k.cert, requirePassphrase(a));
    const auto& events = ws.journal().readAll();
    const DocumentSet set = writeDocuments(ws.state(), a.get("meeting"), ws.journal().head(), ws.journal().length(),
                                           events.empty() ? nowIso() : events.back().at, id, a.get("out"));
    for (const auto& f : set.files)
        c.out << a.get("out") << "/" << f << "\n";
    c.out << c.say({"记录 " + set.record.id + "，摘要 " + set.record.digest, "record " + set.record.id + ", digest " + set.record.digest}) << "\n";
    return 0;
}

} // namespace hx::cli
