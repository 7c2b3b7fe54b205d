#pragma once
// Plays a scenario file (FORMAT.md) through the engine exactly as the
// console would: every step is a command; the first refused step stops its
// meeting (other meetings still run).
#include "result_json.hpp"
#include "workspace.hpp"

namespace hx {

struct ScenarioRun {
    std::vector<StepRefusal> refusals;
    std::vector<std::string> meetings; // top-level meeting ids, in file order
    std::string head;
    std::string result; // result.json's text
};

// Checks the file's shape; throws InputError naming what is wrong.
void checkScenario(const Json& scenario);
// Creates the workspace at `workspacePath` (which must not exist) and plays
// the scenario into it. The clock is the meeting's date at 09:00 (+08:00),
// so the same file gives the same journal.
ScenarioRun runScenario(const Json& scenario, const std::string& workspacePath);
// "congress step 5: …" / "congress first_plenary step 3: …"
std::string refusalLine(const StepRefusal& r, Lang lang);

} // namespace hx
