#pragma once
// A kept page shown again: read once more from its file (the reader is
// deterministic, so the same bytes give the same reading), its marks drawn
// over it, or one cell cut out of it for the scrutineers or a teller.
#include "scan_batch.hpp"
#include "scanned.hpp"

#include <opencv2/core.hpp>

#include <string>

namespace hx::scan {

struct PageView {
    cv::Mat grey;          // empty when the page could not be decoded
    SheetReading reading;
    SheetResult result;
};

// Page `page` (from 1) of the file, read against the book.
PageView viewPage(const std::string& file, int page, const LayoutBook& book);

// The page in colour with every cell's reading drawn on it: approve green, oppose red,
// unclear orange, blank grey; the write-in cells with a name written outlined in blue.
cv::Mat drawMarks(const PageView& v, const LayoutBook& book);

// The cell of a candidate (by id) or of a write-in (by number), its name included, cut out
// upright at 8 px/mm with 3 mm of paper around it; empty when the page has no such cell.
cv::Mat cutCell(const PageView& v, const std::string& candidate, int writeIn);

// What a task of the scan's queue asks, in words: whose cell, what to decide, who decides.
Text taskText(const State& s, const ScanTask& t);
// The task's cell cut out of the ballot's kept images in `store` (the whole first page for a
// ballot set aside); empty when the image is not kept.
cv::Mat taskImage(const ScanTask& t, const ScannedBallot& b, const std::string& store, const LayoutBook& book);

} // namespace hx::scan
