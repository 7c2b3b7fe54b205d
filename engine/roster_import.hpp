#pragma once
// Roster import in two steps: a preview that marks every row new, changed,
// unchanged or error (with the reason), then one import_roster command that
// commits the accepted rows atomically. The preview changes nothing.
#include "roster.hpp"
#include "table_io.hpp"

namespace hx {

struct ImportRow {
    enum class Status { New, Changed, Unchanged, Error };
    int line = 0;
    Status status = Status::New;
    Person person;
    Text reason; // why Error, or what changed
};

struct ImportPreview {
    std::vector<ImportRow> rows;
    std::vector<std::string> unknownColumns;
    int count(ImportRow::Status s) const;
};

// Throws InputError when the table as a whole cannot be read as a roster
// (empty, no header, no name column).
ImportPreview previewImport(const Roster& roster, const Table& table);
// The import_roster command for the new and changed rows of a preview.
Json importCommand(const ImportPreview& preview, const std::string& source);
// The roster as rows for export, header first (Chinese column names).
std::vector<std::vector<std::string>> rosterRows(const Roster& roster);

// The headers an import recognises, for the import page.
Text acceptedHeaders();

const char* statusLabel(ImportRow::Status s, Lang lang);

} // namespace hx
