#pragma once
// The printed grid found again on a sheet registered on a corner mark placed from the others (one
// the scan lost): a keystone — a sheet lifted off the glass — puts the lost mark, and the cells near
// it, millimetres from where the other three say. The cells' own lines place them again.
#include "ballot_layout.hpp"

#include <opencv2/core.hpp>

#include <optional>

namespace hx::scan {

// The layout's mm → image px transform fitted to the cells' printed lines, each cell's found
// within 4 mm of where `toImage` puts it (read at `pxPerMm`); nullopt when fewer than eight cells'
// lines are found or a fifth of them disagree with the fit by more than 0.4 mm.
std::optional<cv::Matx33d> fitToGrid(const cv::Mat& grey, const cv::Matx33d& toImage, const BallotPage& page, double pxPerMm);

} // namespace hx::scan
