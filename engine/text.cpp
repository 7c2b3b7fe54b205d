#include "text.hpp"

#include <cstdlib>
#include <string_view>

namespace hx {

namespace {

std::string substitute(std::string s, std::initializer_list<std::string> args)
{
    int i = 0;
    for (const auto& a : args) {
        const std::string key = "{" + std::to_string(i++) + "}";
        for (auto pos = s.find(key); pos != std::string::npos; pos = s.find(key, pos + a.size()))
            s.replace(pos, key.size(), a);
    }
    return s;
}

} // namespace

Text format(Text pattern, std::initializer_list<std::string> args)
{
    return {substitute(std::move(pattern.zh), args), substitute(std::move(pattern.en), args)};
}

Lang langFromEnvironment()
{
    // POSIX precedence: the first of these that is set and non-empty decides.
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v)
            return std::string_view(v).starts_with("en") ? Lang::en : Lang::zh;
    }
    return Lang::zh;
}

} // namespace hx
