// Any bytes as a filed record.json, checked against a real detached signature
// (tests/fuzz/record.json.p7s, so the CMS is parsed and fails on every
// change): its fields read through the same code as `huixuan-cli verify
// record.json`, which must say what is wrong, never crash.
#include "errors.hpp"
#include "verify.hpp"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string dir = [] {
        const std::string d = "/tmp/hx-fuzz-record-" + std::to_string(getpid());
        std::filesystem::create_directories(d);
        std::filesystem::copy_file(HX_FUZZ_P7S, d + "/record.json.p7s", std::filesystem::copy_options::overwrite_existing);
        return d;
    }();
    if (FILE* f = std::fopen((dir + "/record.json").c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    try {
        (void)hx::checkFiledRecord(dir + "/record.json", dir + "/record.json.p7s", "", "");
    } catch (const hx::Error&) {
    } catch (const nlohmann::json::exception&) {
    }
    return 0;
}
