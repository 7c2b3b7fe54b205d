// Any bytes as a roster file: decoded, parsed and previewed; the only way out
// is a clear InputError, never a crash, a hang or a sanitizer report.
#include "errors.hpp"
#include "roster_import.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        const hx::Roster roster;
        (void)hx::previewImport(roster, hx::parseCsv(hx::decodeText(std::string(reinterpret_cast<const char*>(data), size))));
    } catch (const hx::Error&) {
    }
    return 0;
}
