// Any bytes as a filed PDF (its signature dictionary, byte range and CMS
// read, the signature checked) and as a scanned code: a verdict or a clear
// problem, never a crash. The PDF reader and the CMS check need no Qt.
#include "errors.hpp"
#include "pdf_sign.hpp"
#include "record.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        (void)hx::verifyPdf(bytes);
    } catch (const hx::Error&) {
    }
    (void)hx::parseSeal(bytes);
    return 0;
}
