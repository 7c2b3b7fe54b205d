#pragma once
// The subcommands of huixuan-cli. Each returns the process exit status and
// prints errors as one line on standard error.
#include "args.hpp"

#include <iosfwd>

namespace hx::cli {

struct Context {
    Lang lang;
    std::ostream& out;
    std::ostream& err;
    const std::string& say(const Text& t) const { return t.in(lang); }
};

int cmdInit(const Context& c, const Args& a);
int cmdVerify(const Context& c, const Args& a);
int cmdLog(const Context& c, const Args& a);
int cmdRoster(const Context& c, const Args& a);
int cmdRun(const Context& c, const Args& a);

} // namespace hx::cli
