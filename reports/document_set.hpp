#pragma once
// Writes a meeting's whole document set into a folder, ASCII-named, each PDF
// signed, with the canonical record (record.json) and its detached
// signature (record.json.p7s) beside them.
#include "record.hpp"
#include "signing.hpp"

#include <string>
#include <vector>

namespace hx {

struct DocumentSet {
    Record record;
    std::vector<std::string> files; // written, in order
};

DocumentSet writeDocuments(const State& state, const std::string& meeting, const std::string& journalHead,
                           long long journalLength, const std::string& issued, const Identity& id,
                           const std::string& dir);

// The register's documents as of a date (YYYY-MM-DD): the register extract
// with the term's changes and the year's duty-review summary, with their record.
DocumentSet writeRegisterDocuments(const State& state, const std::string& journalHead, long long journalLength,
                                   const std::string& issued, const std::string& asOf, const Identity& id,
                                   const std::string& dir);

// The PDF's creation date string for an ISO 8601 time (D:YYYYMMDDHHMMSSZ).
std::string pdfDate(const std::string& iso);

} // namespace hx
