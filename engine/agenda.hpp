#pragma once
// The agendas of RULES.md §2–§3 per meeting kind, and the check that a step
// comes in its turn.
#include "meeting.hpp"

#include <string>
#include <vector>

namespace hx {

struct AgendaItem {
    const char* id;
    const char* zh;
    const char* en;
};

bool isMeetingKind(const std::string& kind);
// The agenda of a meeting kind, in order.
const std::vector<AgendaItem>& agendaOf(const std::string& kind);
// The meeting's own agenda: its kind's, without items that have nothing to do.
std::vector<AgendaItem> agendaFor(const Meeting& m);
// Whether an agenda item is done in the meeting.
bool itemDone(const Meeting& m, const std::string& item);
// Items the presiding officer completes by saying them (reports, speeches).
bool isSpokenItem(const std::string& item);
// Refuses unless every item before `item` is done, naming the first that is not.
void requireTurn(const Meeting& m, const std::string& item);
// The office's full title: 执行委员会委员, 主席, 副主席, 常务委员会委员.
std::string officeTitle(const std::string& office);
// Its short name on screens and lists: 执委 / executive, 主席 / chair, 副主席 / vice-chair, 常委 / standing member.
Text officeName(const std::string& office);
// The Chinese and English name of an item.
Text itemName(const std::string& item);

} // namespace hx
