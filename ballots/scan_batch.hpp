#pragma once
// Scanned sheets in the terms of a workspace: which ballot of which round a
// sheet belongs to, and what each cell says under the mark grammar the
// method chose. A sheet of another workspace, round or draft is set aside;
// so is one of a round that is not open for counting.
#include "sheet_reader.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace hx::scan {

// Every secret-ballot round of the workspace, by the code on its sheets.
class LayoutBook {
public:
    struct Entry {
        BallotLayout layout;
        std::string meeting; // the meeting the round belongs to (a first plenary's own id)
        std::string contest;
        std::string office;  // the contest's office, for naming it to people
        int round = 0;
        bool open = false;   // the contest's current round, not yet closed
        std::string marks;   // the method's mark grammar
    };

    explicit LayoutBook(const State& state);
    const Entry* entry(const std::string& ballotCode) const;
    LayoutFinder finder() const;

private:
    std::map<std::string, Entry> m_entries;
};

struct SheetResult {
    std::string file;
    int page = 1;
    bool read = false;
    std::string reason; // why set aside: unreadable, no_marks, no_code, unknown_code, round_not_open
    std::string code, meeting, contest, office;
    int round = 0, sheet = 0, sheets = 0;
    std::vector<std::pair<std::string, std::string>> marks; // candidate → approve, oppose, blank or unclear, in ballot order
    struct WriteIn {
        int index = 0;
        bool nameWritten = false;
        std::string mark;
    };
    std::vector<WriteIn> writeIns;
    int unclear = 0; // cells that need the scrutineers
};

// What a shape means under the grammar: approve, oppose, blank or unclear.
std::string markOf(Shape shape, const std::string& grammar);

SheetResult interpret(const SheetReading& reading, const LayoutBook& book, const std::string& file, int page);
SheetResult unreadable(const std::string& file, int page);

// One ballot as gathered: its sheets (positions in the batch, in scanning
// order), or a sheet or sheets set aside with the reason.
struct GatheredBallot {
    std::vector<size_t> sheets;
    std::string setAside; // a sheet's reason, other_round, or held (its sheets did not all arrive in turn)
};

// The sheets of each ballot gathered in scanning order: sheet 1 … N of one code, one after
// another; a ballot whose sheets do not all arrive in turn is held, not counted. With a
// target round ("meeting|contest|round"), a read sheet of another round is set aside.
struct Gathering {
    explicit Gathering(std::string target = "") : m_target(std::move(target)) {}
    int ballots = 0, held = 0, read = 0, setAside = 0, unclear = 0;
    std::vector<GatheredBallot> gathered;
    void add(const SheetResult& r);
    void finish();

private:
    void hold();
    std::string m_target;
    size_t m_next = 0;     // the batch position of the next sheet
    std::string m_open;    // the code of the ballot being gathered
    int m_expect = 0;      // its next sheet
    GatheredBallot m_partial;
};

// "meeting|contest|round" of a read sheet.
std::string roundKey(const SheetResult& r);

// The round a sheet belongs to, in words: 执委第1轮 / executive round 1.
Text roundName(const SheetResult& r);

// One line of `scan --json`.
nlohmann::json toJson(const SheetResult& r);
// Why a sheet was set aside, in words.
Text reasonText(const SheetResult& r);
// A reason as the record keeps it (no_code, held, other_round, …), in words.
Text setAsideText(const std::string& reason);

} // namespace hx::scan
