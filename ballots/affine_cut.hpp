#pragma once
// A small cut-out of a scanned page through an affine map: OpenCV's warpAffine
// (INTER_LINEAR | WARP_INVERSE_MAP, a constant border) pixel for pixel — the
// same fixed-point coordinates (1/32 px) and weights — in one pass without its
// blocks, maps and remap. The reader cuts a few hundred cells out of every
// sheet, a third of a national batch's time through warpAffine.
#include <opencv2/core.hpp>

namespace hx::scan {

// `grey`: CV_8UC1. `toSource` maps a pixel of the cut-out to the page.
cv::Mat affineCut(const cv::Mat& grey, const cv::Matx23d& toSource, cv::Size size, uchar border);

} // namespace hx::scan
