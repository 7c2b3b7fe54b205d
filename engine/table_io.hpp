#pragma once
// Reading and writing spreadsheets of text: CSV (UTF-8, GB18030 or Big5,
// and Excel's UTF-16 "Unicode 文本", as offices in China save them) and
// XLSX. Every failure is an InputError naming what is wrong with the file;
// nothing here touches a workspace.
#include <ctime>
#include <string>
#include <vector>

namespace hx {

struct Cell {
    std::string text;
    bool formula = false; // the source cell held a formula: never trusted
    bool number = false;  // an XLSX numeric cell (dates arrive as serial numbers)
};

using Row = std::vector<Cell>;

struct Table {
    std::vector<Row> rows; // rows[0] is the header
    std::vector<int> lines; // source line (CSV) or row number (XLSX) of each row
};

// Decodes bytes as UTF-8 (a BOM is dropped), UTF-16 with a byte-order mark,
// GB18030 or Big5 (the one whose first line holds the 姓名 header).
std::string decodeText(const std::string& bytes);
Table parseCsv(const std::string& utf8);
Table readCsvFile(const std::string& path);
Table readXlsxFile(const std::string& path);
// By content: XLSX if the file is a zip archive, CSV otherwise.
Table readTableFile(const std::string& path);
// Writes the rows (the first is the header, in bold) as a one-sheet XLSX.
// `created` (seconds since 1970, > 0) is the document's date: passing the
// record's own time keeps the same record's export byte-identical.
void writeXlsxFile(const std::string& path, const std::string& sheetName,
                   const std::vector<std::vector<std::string>>& rows, long long created);

} // namespace hx
