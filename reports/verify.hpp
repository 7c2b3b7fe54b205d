#pragma once
// Checking what was filed: a signed PDF (its signature, then its seal
// against the record), a JSON record (its detached signature, and the journal
// it names), or the text of a scanned QR code. Each says valid, or exactly
// what does not match — the CLI and the console print the same words.
#include "text.hpp"

#include <string>
#include <vector>

namespace hx {

struct FiledCheck {
    std::vector<Text> problems;
    Text valid; // what to say when there is no problem
    bool ok() const { return problems.empty(); }
};

// A PDF; compared with its record at `recordPath` when one is given (it must
// then exist), and with the federation's certificate when its fingerprint is
// given (a signature by any other key is refused). Says which certificate signed.
FiledCheck checkFiledPdf(const std::string& pdfPath, const std::string& recordPath, const std::string& federationFingerprint = {});
// A record and its signature file; with a workspace, the journal it names.
FiledCheck checkFiledRecord(const std::string& recordPath, const std::string& signaturePath, const std::string& workspacePath,
                            const std::string& federationFingerprint = {});
// A seal as scanned (HX1|id|digest) against a record file.
FiledCheck checkSeal(const std::string& text, const std::string& recordPath);

} // namespace hx
