#include "strokes.hpp"

#include <algorithm>

namespace hx {

namespace {

struct StrokeEntry {
    char32_t cp;
    const char* strokes;
};

constexpr StrokeEntry kTable[] = {
#include "stroke_table.inc"
};

constexpr int kUnknownCount = 99; // unknown characters sort after every known one

// One position of a name's sort key; `missing` sorts before any character.
struct Slot {
    bool missing = false;
    char32_t cp = 0;
};

int compareChars(char32_t a, char32_t b)
{
    if (a == b)
        return 0;
    const CharStrokes sa = strokesOf(a), sb = strokesOf(b);
    // RULE: RULES §5.1 — fewer strokes first.
    if (sa.count != sb.count)
        return sa.count < sb.count ? -1 : 1;
    // RULE: RULES §5.2 — equal count: stroke shapes in writing order, 横 竖 撇 点 折.
    if (int c = sa.sequence.compare(sb.sequence); c != 0)
        return c < 0 ? -1 : 1;
    if (!sa.known || !sb.known)
        return a < b ? -1 : 1; // unknown characters: a fixed order, flagged to the operator
    return 0;                 // different characters, same strokes
}

std::vector<Slot> sortKey(std::string_view name, std::string_view nameOrder)
{
    std::vector<Slot> key;
    for (char32_t c : decodeUtf8(name))
        key.push_back({false, c});
    // RULE: RULES §5.4 — 姓氏笔画: a two-character name has a missing middle
    // character that sorts first (田富 before 田大利); 姓名笔画 compares 富 with 大.
    if (nameOrder == "surname" && key.size() == 2)
        key.insert(key.begin() + 1, Slot{true, 0});
    return key;
}

} // namespace

CharStrokes strokesOf(char32_t c)
{
    auto it = std::lower_bound(std::begin(kTable), std::end(kTable), c,
                               [](const StrokeEntry& e, char32_t v) { return e.cp < v; });
    if (it == std::end(kTable) || it->cp != c)
        return {kUnknownCount, {}, false};
    std::string_view seq(it->strokes);
    return {static_cast<int>(seq.size()), seq, true};
}

std::u32string decodeUtf8(std::string_view s)
{
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : 4;
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
        for (size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
        out.push_back(cp);
        i += len;
    }
    return out;
}

int compareNames(std::string_view a, std::string_view b, std::string_view nameOrder)
{
    const auto ka = sortKey(a, nameOrder), kb = sortKey(b, nameOrder);
    // RULE: RULES §5.3 — same first character: compare the second, then the third.
    for (size_t i = 0; i < std::min(ka.size(), kb.size()); ++i) {
        if (ka[i].missing != kb[i].missing)
            return ka[i].missing ? -1 : 1;
        if (int c = compareChars(ka[i].cp, kb[i].cp); c != 0)
            return c;
    }
    if (ka.size() != kb.size())
        return ka.size() < kb.size() ? -1 : 1;
    return 0;
}

StrokeOrdering strokeOrder(const std::vector<NamedItem>& items, std::string_view nameOrder)
{
    std::vector<size_t> idx(items.size());
    for (size_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
        return compareNames(items[x].name, items[y].name, nameOrder) < 0;
    });
    StrokeOrdering out;
    for (size_t k = 0; k < idx.size(); ++k) {
        const NamedItem& it = items[idx[k]];
        out.ids.push_back(it.id);
        for (char32_t c : decodeUtf8(it.name))
            if (!strokesOf(c).known) {
                out.unknown.push_back(it.id);
                break;
            }
        // RULE: RULES §5.5 — same strokes throughout: the operator decides.
        if (k > 0 && compareNames(items[idx[k - 1]].name, it.name, nameOrder) == 0) {
            if (out.ties.empty() || out.ties.back().back() != items[idx[k - 1]].id)
                out.ties.push_back({items[idx[k - 1]].id});
            out.ties.back().push_back(it.id);
        }
    }
    return out;
}

} // namespace hx
