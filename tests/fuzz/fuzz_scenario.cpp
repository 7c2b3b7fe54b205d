// Any bytes as a scenario file: parsed (nesting bounded by the parser's own
// depth limit) and checked; a wrong shape or type is an InputError or a JSON
// error the front ends report in one line.
#include "errors.hpp"
#include "scenario.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        const hx::Json scenario = hx::Json::parse(std::string(reinterpret_cast<const char*>(data), size));
        hx::checkScenario(scenario);
    } catch (const hx::Error&) {
    } catch (const hx::Json::exception&) {
    }
    return 0;
}
