// Any bytes as a command, decided against a few states (an empty workspace;
// a federation with a roster and a meeting at the ballot box): refused with a
// reason or accepted, never a crash. Nothing is written: decide() only.
#include "command.hpp"
#include "errors.hpp"
#include "state.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace {

std::vector<hx::State> states()
{
    hx::registerEngineVerbs();
    std::vector<hx::State> out(1);
    hx::State s;
    auto apply = [&s](const hx::Json& command) {
        const hx::Decision d = hx::decide(s, command);
        for (const auto& e : d.events)
            hx::apply(s, hx::Event{0, "2026-12-01T09:00:00Z", e.type, e.data, "", ""});
    };
    apply({{"do", "create_federation"}, {"federation", {{"name", "测试妇联"}, {"kind", "community"}}}});
    for (const char* id : {"a1", "a2", "a3", "a4"})
        apply({{"do", "add_person"}, {"person", {{"id", id}, {"name", std::string("代表") + id}}}});
    out.push_back(s);
    apply({{"do", "create_meeting"}, {"meeting", {{"id", "m"}, {"kind", "executive_meeting"}, {"expected", {"a1", "a2", "a3", "a4"}}}}});
    for (const hx::Json& c : {hx::Json{{"do", "check_in"}, {"meeting", "m"}, {"people", {"a1", "a2", "a3", "a4"}}},
                              hx::Json{{"do", "adopt"}, {"meeting", "m"}, {"item", "election_method"}},
                              hx::Json{{"do", "adopt_scrutineers"}, {"meeting", "m"}, {"chief", "a4"}, {"scrutineers", hx::Json::array()}, {"tellers", hx::Json::array()}},
                              hx::Json{{"do", "open_contest"}, {"meeting", "m"}, {"contest", "s"}, {"office", "standing"}, {"seats", 2}, {"candidates", {"a1", "a2"}}},
                              hx::Json{{"do", "issue_ballots"}, {"meeting", "m"}, {"contest", "s"}, {"count", 4}},
                              hx::Json{{"do", "return_ballots"}, {"meeting", "m"}, {"contest", "s"}, {"count", 4}}})
        apply(c);
    out.push_back(s);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::vector<hx::State> kStates = states();
    hx::Json command;
    try {
        command = hx::Json::parse(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const hx::Json::exception&) {
        return 0;
    }
    for (const hx::State& s : kStates) {
        try {
            (void)hx::decide(s, command);
        } catch (const hx::Error&) {
        } catch (const hx::Json::exception&) {
        }
    }
    return 0;
}
