#pragma once
// The federation's signing identity (ECDSA P-256 key and X.509 certificate)
// and detached CMS signatures over bytes, through OpenSSL 3. No Qt.
#include "handles.hpp"
#include "text.hpp"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <string>
#include <string_view>

namespace hx {

struct Identity {
    Handle<EVP_PKEY, EVP_PKEY_free> key;
    Handle<X509, X509_free> cert;
    std::string subject() const; // the certificate's common name
};

// A new ECDSA P-256 key and a self-signed certificate for `commonName`,
// valid from `notBefore` (seconds since 1970) for `days` days.
Identity createIdentity(const std::string& commonName, long long notBefore, int days);
// Writes the key encrypted with the passphrase (PKCS#8, AES-256 under
// PBKDF2-HMAC-SHA256 with 600,000 iterations, mode 0600)
// and the certificate (PEM). Refuses to overwrite existing files.
void saveIdentity(const Identity& id, const std::string& keyPath, const std::string& certPath,
                  const std::string& passphrase);
// Reads a key (encrypted PKCS#8 or traditional PEM) and its certificate;
// refuses a key that does not match the certificate or is not ECDSA P-256.
Identity loadIdentity(const std::string& keyPath, const std::string& certPath, const std::string& passphrase);

// A detached CMS signature (DER) over the bytes, with the signer's certificate.
std::string cmsSign(const Identity& id, std::string_view data);

struct CmsCheck {
    bool ok = false;
    std::string signer;      // common name of the signing certificate
    std::string fingerprint; // SHA-256 of the signing certificate (DER), AB:CD:…
    Text problem;
};
// Verifies a detached CMS signature over the bytes with the certificate it carries.
CmsCheck cmsVerify(std::string_view der, std::string_view data);

// The SHA-256 fingerprint (AB:CD:…) of a PEM certificate file; throws FileError or CryptoError.
std::string certificateFingerprint(const std::string& certPath);

// The passphrase from HUIXUAN_PASSPHRASE or a file; empty when neither is given.
std::string passphraseFrom(const std::string& passphraseFile);

} // namespace hx
