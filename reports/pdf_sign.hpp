#pragma once
// An embedded PDF signature (adbe.pkcs7.detached: a detached CMS over the
// /ByteRange) appended to a PDF as an incremental update, and its check.
// Works on the classic cross-reference tables Qt's PDF writer produces.
#include "signing.hpp"

#include <string>

namespace hx {

struct PdfSignature {
    std::string reason;   // printable ASCII, stored in the signature's /Reason
    std::string name;     // signer's name for /Name (UTF-8)
    std::string time;     // PDF date, e.g. D:20261201090000+08'00'
};

// Returns the PDF with an invisible signature field signed by `id`.
// Throws InputError when the PDF's structure is not one it can update.
std::string signPdf(const std::string& pdf, const Identity& id, const PdfSignature& sig);

struct PdfCheck {
    bool signedPdf = false; // a signature was found
    bool ok = false;        // it covers the whole file and matches
    std::string signer;
    std::string fingerprint; // SHA-256 of the signing certificate
    std::string reason;
    Text problem;
};
// Verifies the last signature of a PDF: the byte range covers the whole file
// but the signature itself, and the CMS signature matches those bytes.
PdfCheck verifyPdf(const std::string& pdf);

} // namespace hx
