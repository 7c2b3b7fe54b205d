#pragma once
// The scan as the second entry of double entry: what the scanner read, what
// still waits for the scrutineers (an unclear cell, a sheet set aside) or a
// teller (a written name to type), and the ballot it becomes once decided.
#include "meeting.hpp"

#include <string>
#include <vector>

namespace hx {

// One thing a person must do before a scanned ballot can be compared.
struct ScanTask {
    enum class Kind {
        Cell,         // a candidate's cell read as unclear: the scrutineers decide approve, oppose or blank
        WriteInMark,  // a write-in cell's mark unclear: the scrutineers decide
        WriteInName,  // a written name: a teller types it from the cut-out image
        Ballot,       // a ballot set aside whole: the scrutineers read it, or take it out as not a ballot of this round
    };
    Kind kind = Kind::Cell;
    size_t ballot = 0;     // position in scanning order, from 0
    std::string candidate; // Cell
    int writeIn = 0;       // WriteInMark, WriteInName: the write-in cell
    std::string reason;    // Ballot: why it was set aside
};

// Everything waiting, in scanning order.
std::vector<ScanTask> scanTasks(const Round& r);

// approve, oppose, blank or unclear for a stored mark letter, and back ('\0' for a word it does not know).
std::string scanMarkWord(char mark);
char scanMarkLetter(const std::string& word);

} // namespace hx
