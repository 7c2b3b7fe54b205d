#pragma once
// Reads a synthetic deck and scores the reader against what was drawn: the
// definite cells read wrong (the bar is none), the clear marks left unclear,
// the ambiguous cells read as definite (the bar is none), the sheets set aside.
#include "hall.hpp"
#include "scan_deck.hpp"

#include <functional>
#include <string>
#include <vector>

namespace hx::deck {

struct Score {
    int sheets = 0, setAside = 0;
    long clear = 0, clearUnclear = 0, wrong = 0, ambiguous = 0, ambiguousDefinite = 0, names = 0, namesWrong = 0;
    double readMs = 0; // time in readSheet, decoding excluded
    std::vector<std::string> problems; // one line per wrong cell or sheet set aside
    Score& operator+=(const Score& o);
};

using Conditions = std::function<PrintScan(std::mt19937&)>;

Score readDeck(const Hall& hall, int sheets, double ambiguousShare, unsigned seed, const Conditions& conditions);

} // namespace hx::deck
