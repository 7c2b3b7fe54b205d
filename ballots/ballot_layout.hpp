#pragma once
// The ballot paper's geometry as data: the paper, and on each page the
// position (mm, from the top-left corner) of every candidate's mark box and
// name, and of every write-in cell. The printer draws from it now; a scanner
// will read marks back from it later. No serial number, no per-sheet mark:
// the code on the paper names only the contest, the round and the version.
#include "meeting.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace hx {

struct Box {
    double x = 0, y = 0, w = 0, h = 0; // mm
};

struct BallotCell {
    std::string kind;      // candidate or write_in
    int index = 0;         // ballot position (candidates) or write-in number, from 1
    std::string id, name;  // the candidate (empty for a write-in)
    Box mark, label;
};

struct BallotPage {
    int number = 1;
    double gridTop = 0; // where the grid starts on this page (mm)
    std::string code;   // the sheet's code: the ballot's code and 第n张/共N张, as <code>|<n>/<N>
    std::vector<BallotCell> cells;
};

struct BallotLayout {
    std::string paper; // A4 or A3
    double width = 0, height = 0, margin = 15;
    int columns = 0;
    std::string code; // HXB1|<meeting>|<contest>|r<round>|v1
    std::vector<BallotPage> pages;
};

// Lays out a round's candidates (in ballot order) and as many write-in cells as seats.
BallotLayout layoutBallot(const std::string& meeting, const Contest& contest, const Round& round,
                          const std::vector<std::string>& names, double headerHeight);

nlohmann::json toJson(const BallotLayout& layout);

} // namespace hx
