#pragma once
// A batch of scanned files read by `threads` workers, one page each at a
// time (memory stays bounded whatever the batch), every page's result
// handed on in the order of the files and their pages.
#include "scan_batch.hpp"
#include "scan_files.hpp"

#include <functional>
#include <string>
#include <vector>

namespace hx::scan {

struct PageRead {
    SheetResult result;
    SheetReading reading; // the cells as read, for drawing or cutting out
    cv::Mat grey;         // the page, when `keepImages` was asked for
};

void scanAll(const std::vector<std::string>& files, const LayoutBook& book, int threads, bool keepImages,
             const std::function<void(PageRead&&)>& each);

} // namespace hx::scan
