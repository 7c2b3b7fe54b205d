#pragma once
// The ballot paper's geometry as data: the paper, four registration marks at
// its corners, and on each page the position (mm, from the top-left corner)
// of every candidate's mark box and name, and of every write-in cell. The
// printer draws from it and the scanner reads marks back with it. No serial
// number, no per-copy mark: every copy of a sheet carries the same code,
// which names only the meeting, contest, round, sheet and a digest of the
// layout (RULES §4).
#include "state.hpp"

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
    Box qr;             // where the code is printed
    std::vector<BallotCell> cells;
};

struct BallotLayout {
    std::string paper; // A4 or A3
    double width = 0, height = 0, margin = 15;
    int columns = 0;
    // HXB2|<meeting>|<contest>|r<round>|<digest>: the digest (12 hex digits of SHA-256) covers
    // the workspace's origin, the round and every cell with its candidate and position, so a
    // sheet of another workspace, round or draft does not match.
    std::string code;
    std::string digest;
    std::vector<Box> registration; // solid squares near the four corners: top-left, top-right, bottom-left, bottom-right
    std::vector<BallotPage> pages;
};

// The registration squares (TL, TR, BL, BR) and the box of the code on a sheet of this size (mm):
// the same on every ballot of that paper, so a scanner finds them before it knows the ballot.
std::vector<Box> registrationMarks(double width, double height);
Box codeBox(double height);

// Lays out a round's candidates (in ballot order) and as many write-in cells as seats.
BallotLayout layoutBallot(const std::string& origin, const std::string& meeting, const Contest& contest, const Round& round,
                          const std::vector<std::string>& names, double headerHeight);

// The ballot of a round as printed: its names from the roster, the first sheet's header room,
// the meeting it belongs to (a first plenary's ballots carry its congress).
BallotLayout ballotLayout(const State& state, const Meeting& meeting, const Contest& contest, const Round& round);

nlohmann::json toJson(const BallotLayout& layout);

} // namespace hx
