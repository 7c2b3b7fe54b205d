#pragma once
// The canonical JSON record of a meeting's figures that every filed
// document carries: its digest is printed in a QR code on each page and
// named in each PDF signature; the record includes the journal head, so the
// record and the journal vouch for each other.
#include "result_json.hpp"
#include "state.hpp"

#include <string>

namespace hx {

struct Record {
    std::string id;     // "<meeting>@<journal length>"
    std::string text;   // canonical JSON bytes
    std::string digest; // SHA-256 hex of text
    std::string issued; // the journal's last event time (ISO 8601)
    // The text a QR code and a PDF signature carry: HX1|<id>|<digest>
    std::string seal() const { return "HX1|" + id + "|" + digest; }
};

Record makeRecord(const State& state, const std::string& meeting, const std::string& journalHead,
                  long long journalLength, const std::string& issued);
// The register's record as of a date: serving executives, history, proposals, overdue duties.
Record makeRegisterRecord(const State& state, const std::string& journalHead, long long journalLength,
                          const std::string& issued, const std::string& asOf);

struct Seal {
    bool ok = false;
    std::string id, digest;
};
// Parses HX1|<id>|<digest> (as scanned from a QR code or read from a signature).
Seal parseSeal(const std::string& text);

} // namespace hx
