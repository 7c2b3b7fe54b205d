#pragma once
// Reading a whole file; a missing or unreadable one is a FileError naming it.
#include <string>

namespace hx {

std::string readWholeFile(const std::string& path);

} // namespace hx
