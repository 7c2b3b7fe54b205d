#pragma once
// Finding people as a check-in desk does: by pinyin initials (王芳 ← "wf";
// every reading of a character counts, so 单 answers to d, s and c), by part
// of the name, or by id.
#include "state.hpp"

#include <string>
#include <vector>

namespace hx {

// The initial letters of a character's Mandarin readings ("" when unknown).
std::string pinyinInitials(char32_t c);

// Whether the name answers to the query: initials matched from the start
// (wf → 王芳, 王芳芳), or a part of the name, or the id itself.
bool nameMatches(const std::string& id, const std::string& name, const std::string& query);

// The ids among `ids` that match, exact-length initials first, at most `limit`.
std::vector<std::string> searchPeople(const State& state, const std::vector<std::string>& ids, const std::string& query,
                                      size_t limit);

} // namespace hx
