#pragma once
// Scanned files as the scanner's own software saves them: PNG, JPEG, TIFF
// (multi-page too) and PDF of images, colour, grey or black-and-white,
// turned into grey pages one at a time, so memory stays bounded whatever
// the batch.
#include <opencv2/core.hpp>

#include <functional>
#include <string>
#include <vector>

namespace hx::scan {

struct ScannedPage {
    std::string file;
    int page = 1;      // within the file, from 1
    cv::Mat grey;      // empty when the page could not be decoded
};

// The files to read, in order: each file given, then each image in each folder given, by name.
// Refuses (FileError) a path that does not exist or a file of another kind.
std::vector<std::string> scanFiles(const std::vector<std::string>& paths);

// Hands each page of the file to `each` in turn; PDF pages are rendered at 200 dpi.
void forEachPage(const std::string& file, const std::function<void(ScannedPage&&)>& each);

} // namespace hx::scan
