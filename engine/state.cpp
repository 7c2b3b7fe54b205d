#include "state.hpp"

#include <mutex>

namespace hx {

void registerRosterVerbs();

void registerEngineVerbs()
{
    static std::once_flag once;
    std::call_once(once, [] { registerRosterVerbs(); });
}

} // namespace hx
