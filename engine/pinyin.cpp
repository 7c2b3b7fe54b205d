#include "pinyin.hpp"

#include "strokes.hpp"

#include <algorithm>
#include <cctype>

namespace hx {

namespace {

struct PinyinEntry {
    char32_t cp;
    const char* initials;
};

constexpr PinyinEntry kTable[] = {
#include "pinyin_table.inc"
};

bool lettersOnly(const std::string& q)
{
    return !q.empty() && std::all_of(q.begin(), q.end(), [](unsigned char c) { return std::isalpha(c); });
}

// 0: no match; 1: the initials of the name start with the query; 2: they are the query.
int initialsMatch(const std::u32string& name, const std::string& query)
{
    if (query.size() > name.size())
        return 0;
    for (size_t i = 0; i < query.size(); ++i)
        if (pinyinInitials(name[i]).find(static_cast<char>(std::tolower(static_cast<unsigned char>(query[i])))) == std::string::npos)
            return 0;
    return query.size() == name.size() ? 2 : 1;
}

} // namespace

std::string pinyinInitials(char32_t c)
{
    auto it = std::lower_bound(std::begin(kTable), std::end(kTable), c, [](const PinyinEntry& e, char32_t v) { return e.cp < v; });
    return it != std::end(kTable) && it->cp == c ? it->initials : "";
}

bool nameMatches(const std::string& id, const std::string& name, const std::string& query)
{
    if (query.empty() || id == query || name.find(query) != std::string::npos)
        return true;
    return lettersOnly(query) && initialsMatch(decodeUtf8(name), query) > 0;
}

std::vector<std::string> searchPeople(const State& state, const std::vector<std::string>& ids, const std::string& query,
                                      size_t limit)
{
    std::vector<std::pair<int, std::string>> hits;
    const bool letters = lettersOnly(query);
    for (const auto& id : ids) {
        const std::string name = state.nameOf(id);
        int rank = 0;
        if (query.empty() || id == query || name == query)
            rank = 3;
        else if (letters)
            rank = initialsMatch(decodeUtf8(name), query);
        if (rank == 0 && !query.empty() && name.find(query) != std::string::npos)
            rank = 1;
        if (rank > 0)
            hits.emplace_back(-rank, id);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (size_t i = 0; i < hits.size() && i < limit; ++i)
        out.push_back(hits[i].second);
    return out;
}

} // namespace hx
