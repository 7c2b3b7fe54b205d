// Any bytes as an XLSX file (a zip archive of XML): read within the bounds on
// entries, sizes and dimensions, or refused with an InputError.
#include "errors.hpp"
#include "roster_import.hpp"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = "/tmp/hx-fuzz-xlsx-" + std::to_string(getpid()) + ".xlsx";
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    try {
        const hx::Roster roster;
        (void)hx::previewImport(roster, hx::readXlsxFile(path));
    } catch (const hx::Error&) {
    }
    return 0;
}
