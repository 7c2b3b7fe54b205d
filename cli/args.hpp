#pragma once
// Command-line arguments: positional words and --options, with one-line
// errors in the user's language.
#include "text.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hx::cli {

struct Args {
    std::vector<std::string> words;
    std::map<std::string, std::string> options; // --key value, or --flag → ""
    bool has(const std::string& key) const { return options.count(key) > 0; }
    std::string get(const std::string& key, const std::string& fallback = {}) const;
};

// Options listed in `flags` take no value; every other --option takes one.
Args parseArgs(int argc, char** argv, int from, const std::vector<std::string>& flags);

// The wall clock as ISO 8601 UTC, injected into the engine by the front end.
std::string nowIso();

} // namespace hx::cli
