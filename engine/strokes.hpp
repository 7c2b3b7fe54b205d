#pragma once
// Surname-stroke order (姓氏笔画) for candidates on ballots and elected
// lists, from the national five-class stroke sequences (engine/stroke_table.inc,
// see docs/STROKES.md). ICU's stroke collation does not follow the national
// order and is not used.
#include <string>
#include <string_view>
#include <vector>

namespace hx {

struct CharStrokes {
    int count = 0;
    std::string_view sequence; // digits 1..5: 横 竖 撇 点 折
    bool known = false;
};

CharStrokes strokesOf(char32_t c);
std::u32string decodeUtf8(std::string_view s);

// Negative when a comes first, positive when b does, zero when the strokes
// are the same throughout (the operator then decides). nameOrder is
// "surname" (姓氏笔画) or "full_name" (姓名笔画).
int compareNames(std::string_view a, std::string_view b, std::string_view nameOrder);

struct NamedItem {
    std::string id;
    std::string name;
};

struct StrokeOrdering {
    std::vector<std::string> ids;                // in stroke order; equal names keep their given order
    std::vector<std::vector<std::string>> ties;  // groups with the same strokes throughout
    std::vector<std::string> unknown;            // ids whose names hold characters not in the table
};

StrokeOrdering strokeOrder(const std::vector<NamedItem>& items, std::string_view nameOrder);

} // namespace hx
