#pragma once
// The scanner's figures for docs/PERFORMANCE.md (huixuan-bench --scan).
#include <string>

namespace hx::bench {

// Reads `sheets` sheets of the synthetic deck and prints how they were read; 0 when no definite
// cell was read wrong, no ambiguous cell read as definite, and no sheet set aside.
int scanAccuracy(int sheets);
// One sheet's reading time, and the national congress's batch from files; scans are written under `dir`.
int scanSpeed(const std::string& dir);
// One chunk of the A4 ○/× part again (its seed as the accuracy run prints it), to look at a
// problem: HX_DECK_DUMP=DIR writes the cells and sheets read wrong.
int scanChunk(unsigned seed, int sheets);

} // namespace hx::bench
