#include "signing.hpp"

#include "errors.hpp"
#include "file_io.hpp"

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace hx {

namespace {

std::string fingerprintOf(const X509* cert)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!X509_digest(cert, EVP_sha256(), md, &n))
        return {};
    std::string out;
    static const char* hex = "0123456789ABCDEF";
    for (unsigned int i = 0; i < n; ++i) {
        if (i)
            out += ':';
        out += hex[md[i] >> 4];
        out += hex[md[i] & 15];
    }
    return out;
}

// PBKDF2-HMAC-SHA256 iterations for the key at rest (OWASP's figure for 2023 on).
constexpr int kKeyIterations = 600000;

[[noreturn]] void cryptoFail(const std::string& what)
{
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    throw CryptoError({"签名密钥操作失败：" + what + "（" + buf + "）", "signing key operation failed: " + what + " (" + buf + ")"});
}

using Bio = Handle<BIO, BIO_free>;

Bio memBio(std::string_view data)
{
    Bio b(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
    if (!b)
        cryptoFail("BIO");
    return b;
}

std::string bioText(BIO* b)
{
    char* p = nullptr;
    const long n = BIO_get_mem_data(b, &p);
    return std::string(p, static_cast<size_t>(n));
}


void writePrivate(const std::string& path, const std::string& text, mode_t mode)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode);
    if (fd < 0)
        throw FileError({"无法创建 " + path + "（文件已存在或目录不可写）", "cannot create " + path + " (it exists or the folder is not writable)"});
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        throw FileError({"无法写入 " + path, "cannot write " + path});
}

void addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Handle<X509_EXTENSION, X509_EXTENSION_free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    if (!ext || !X509_add_ext(cert, ext.get(), -1))
        cryptoFail("certificate extension");
}

} // namespace

std::string Identity::subject() const
{
    char buf[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, buf, sizeof buf);
    return buf;
}

Identity createIdentity(const std::string& commonName, long long notBefore, int days)
{
    Identity id;
    id.key.reset(EVP_EC_gen("P-256"));
    if (!id.key)
        cryptoFail("EC key generation");
    id.cert.reset(X509_new());
    X509* c = id.cert.get();
    X509_set_version(c, 2);
    Handle<BIGNUM, BN_free> bn(BN_new());
    BN_rand(bn.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(c));
    ASN1_TIME_set(X509_getm_notBefore(c), static_cast<time_t>(notBefore));
    ASN1_TIME_set(X509_getm_notAfter(c), static_cast<time_t>(notBefore + 86400LL * days));
    X509_NAME* name = X509_get_subject_name(c);
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("CN"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.c_str()), -1, -1, 0);
    X509_set_issuer_name(c, name);
    X509_set_pubkey(c, id.key.get());
    addExtension(c, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(c, NID_key_usage, "critical,digitalSignature,nonRepudiation");
    addExtension(c, NID_subject_key_identifier, "hash");
    if (!X509_sign(c, id.key.get(), EVP_sha256()))
        cryptoFail("certificate signature");
    return id;
}

void saveIdentity(const Identity& id, const std::string& keyPath, const std::string& certPath, const std::string& passphrase)
{
    if (passphrase.size() < 8)
        throw InputError({"口令至少 8 个字符", "the passphrase needs at least 8 characters"});
    if (std::filesystem::exists(keyPath) || std::filesystem::exists(certPath))
        throw FileError({"签名密钥已存在：" + keyPath, "a signing key exists already: " + keyPath});
    Bio key(BIO_new(BIO_s_mem())), cert(BIO_new(BIO_s_mem()));
    // PKCS#8 with PBES2: AES-256-CBC under PBKDF2-HMAC-SHA256 at a current
    // strength (OpenSSL's default is 2,048 iterations).
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, decltype(&PKCS8_PRIV_KEY_INFO_free)> p8(EVP_PKEY2PKCS8(id.key.get()), PKCS8_PRIV_KEY_INFO_free);
    X509_ALGOR* pbe = p8 ? PKCS5_pbe2_set_iv(EVP_aes_256_cbc(), kKeyIterations, nullptr, 0, nullptr, NID_hmacWithSHA256) : nullptr;
    std::unique_ptr<X509_SIG, decltype(&X509_SIG_free)> sealed(pbe ? PKCS8_set0_pbe(passphrase.data(), static_cast<int>(passphrase.size()), p8.get(), pbe)
                                                                   : nullptr,
                                                               X509_SIG_free);
    if (!sealed && pbe)
        X509_ALGOR_free(pbe);
    if (!sealed || !PEM_write_bio_PKCS8(key.get(), sealed.get()) || !PEM_write_bio_X509(cert.get(), id.cert.get()))
        cryptoFail("PEM");
    writePrivate(keyPath, bioText(key.get()), 0600);
    writePrivate(certPath, bioText(cert.get()), 0644);
}

Identity loadIdentity(const std::string& keyPath, const std::string& certPath, const std::string& passphrase)
{
    Identity id;
    const std::string keyText = readWholeFile(keyPath), certText = readWholeFile(certPath);
    Bio kb = memBio(keyText), cb = memBio(certText);
    id.key.reset(PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, const_cast<char*>(passphrase.c_str())));
    if (!id.key)
        throw CryptoError({"无法读取签名密钥：口令不对或文件损坏（" + keyPath + "）",
                           "cannot read the signing key: wrong passphrase or damaged file (" + keyPath + ")"});
    id.cert.reset(PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr));
    if (!id.cert)
        throw CryptoError({"无法读取证书：" + certPath, "cannot read the certificate: " + certPath});
    char group[64] = {};
    size_t len = 0;
    if (!EVP_PKEY_is_a(id.key.get(), "EC") || !EVP_PKEY_get_group_name(id.key.get(), group, sizeof group, &len)
        || std::string(group) != "prime256v1")
        throw CryptoError({"签名密钥须为 ECDSA P-256", "the signing key must be ECDSA P-256"});
    if (X509_check_private_key(id.cert.get(), id.key.get()) != 1)
        throw CryptoError({"签名密钥与证书不匹配", "the signing key does not match the certificate"});
    return id;
}

std::string cmsSign(const Identity& id, std::string_view data)
{
    Bio in = memBio(data);
    Handle<CMS_ContentInfo, CMS_ContentInfo_free> cms(
        CMS_sign(id.cert.get(), id.key.get(), nullptr, in.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms)
        cryptoFail("CMS sign");
    Bio out(BIO_new(BIO_s_mem()));
    if (!i2d_CMS_bio(out.get(), cms.get()))
        cryptoFail("CMS encode");
    return bioText(out.get());
}

std::string certificateFingerprint(const std::string& certPath)
{
    const std::string text = readWholeFile(certPath);
    Bio b = memBio(text);
    Handle<X509, X509_free> cert(PEM_read_bio_X509(b.get(), nullptr, nullptr, nullptr));
    if (!cert)
        throw CryptoError({"无法读取证书：" + certPath, "cannot read the certificate: " + certPath});
    return fingerprintOf(cert.get());
}

CmsCheck cmsVerify(std::string_view der, std::string_view data)
{
    CmsCheck r;
    Bio sig = memBio(der), content = memBio(data);
    Handle<CMS_ContentInfo, CMS_ContentInfo_free> cms(d2i_CMS_bio(sig.get(), nullptr));
    if (!cms) {
        r.problem = {"签名数据无法解析", "the signature cannot be parsed"};
        return r;
    }
    // Huixuan signs detached (adbe.pkcs7.detached): a CMS carrying its own content is not one of ours.
    if (CMS_is_detached(cms.get()) != 1) {
        r.problem = {"签名不是分离式签名，不是会选签发的", "the signature is not detached; Huixuan did not issue it"};
        return r;
    }
    // The content reaches CMS_verify through a buffer BIO: given a memory BIO,
    // OpenSSL 3.0 copies it and leaks the copy when the signature's structure
    // is malformed (found by fuzz_verify).
    Handle<BIO, BIO_free> buffered(BIO_new(BIO_f_buffer()));
    BIO_push(buffered.get(), content.get());
    // Self-signed federation certificates: the signature is checked against
    // the certificate it carries; trust in the certificate is the reader's.
    r.ok = CMS_verify(cms.get(), nullptr, nullptr, buffered.get(), nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    ERR_clear_error();
    if (STACK_OF(X509)* signers = CMS_get0_signers(cms.get()); signers && sk_X509_num(signers) > 0) {
        char buf[256] = {};
        X509_NAME_get_text_by_NID(X509_get_subject_name(sk_X509_value(signers, 0)), NID_commonName, buf, sizeof buf);
        r.signer = buf;
        r.fingerprint = fingerprintOf(sk_X509_value(signers, 0));
        sk_X509_free(signers);
    }
    if (!r.ok)
        r.problem = {"签名与内容不符（内容已被改动）", "the signature does not match the content (it was altered)"};
    return r;
}

std::string passphraseFrom(const std::string& passphraseFile)
{
    if (!passphraseFile.empty()) {
        std::string p = readWholeFile(passphraseFile);
        while (!p.empty() && (p.back() == '\n' || p.back() == '\r'))
            p.pop_back();
        return p;
    }
    const char* env = std::getenv("HUIXUAN_PASSPHRASE");
    return env ? env : "";
}

} // namespace hx
