#pragma once
// A batch of scanned pages made into the scan_record command for one round,
// and the images it names kept beside the workspace by their SHA-256, so the
// record can show any sheet again with its marks.
#include "scan_batch.hpp"

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace hx::scan {

struct ScannedSheet {
    SheetResult result;
    std::string image; // the SHA-256 of the file the page is in
};

// The round the batch is for: the given contest's open round, or else the one open round its
// read sheets belong to. Refuses (InputError) a batch with no sheet of an open round, or with
// sheets of several rounds and no contest given.
std::string batchRound(const std::vector<ScannedSheet>& sheets, const std::string& contest);

// The scan_record command for the round ("meeting|contest|round"): the sheets gathered
// into ballots in scanning order, set-aside sheets and held ballots kept in their place.
nlohmann::json recordCommand(const std::vector<ScannedSheet>& sheets, const std::string& round);

// The SHA-256 of every image the workspace's scans hold, in any round: a folder scanned
// again is read for its new images only.
std::set<std::string> recordedImages(const State& state);

// Where a workspace's scanned images are kept: FOO.huixuan → FOO.scans/.
std::string imageStore(const std::string& workspace);
// Copies the file into the store as <sha256>.<ext> (unless it is there, or its image is one of
// `recorded`: then nothing is written); returns the SHA-256 and what was done. One read of the
// file. Throws FileError when it cannot.
struct KeptImage {
    std::string sha;
    std::string path;
    bool added = false;
    bool recordedBefore = false;
};
KeptImage keepImage(const std::string& file, const std::string& store, const std::set<std::string>& recorded = {});
// The kept image with this SHA-256; "" when the store has none.
std::string keptImage(const std::string& store, const std::string& sha);

} // namespace hx::scan
