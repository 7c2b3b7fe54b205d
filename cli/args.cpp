#include "args.hpp"

#include "errors.hpp"

#include <algorithm>
#include <ctime>

namespace hx::cli {

std::string Args::get(const std::string& key, const std::string& fallback) const
{
    auto it = options.find(key);
    return it == options.end() ? fallback : it->second;
}

Args parseArgs(int argc, char** argv, int from, const std::vector<std::string>& flags)
{
    Args a;
    for (int i = from; i < argc; ++i) {
        std::string w = argv[i];
        if (!w.starts_with("--") || w == "--") {
            a.words.push_back(w);
            continue;
        }
        w = w.substr(2);
        if (std::find(flags.begin(), flags.end(), w) != flags.end() || w == "help") {
            a.options[w] = "";
        } else {
            if (i + 1 >= argc)
                throw InputError({"选项 --" + w + " 需要一个值", "option --" + w + " needs a value"});
            a.options[w] = argv[++i];
        }
    }
    return a;
}

std::string nowIso()
{
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace hx::cli
