#include "command.hpp"

#include "state.hpp"

#include <algorithm>
#include <cassert>
#include <regex>

namespace hx {

namespace {

std::map<std::string, Handler>& verbs()
{
    static std::map<std::string, Handler> v;
    return v;
}

std::map<std::string, Applier>& appliers()
{
    static std::map<std::string, Applier> a;
    return a;
}

[[noreturn]] void badField(const char* key, const char* want)
{
    refuse({std::string("命令缺少字段或类型不对：") + key + "（应为" + want + "）",
            std::string("the command lacks field ") + key + " or it is not " + want});
}

// The field when present and not null, else nullptr.
const Json* present(const Json& cmd, const char* key)
{
    auto it = cmd.find(key);
    return it == cmd.end() || it->is_null() ? nullptr : &*it;
}

} // namespace

void registerVerb(const std::string& verb, Handler handler)
{
    verbs()[verb] = std::move(handler);
}

void registerApplier(const std::string& eventType, Applier applier)
{
    appliers()[eventType] = std::move(applier);
}

const Json& field(const Json& cmd, const char* key)
{
    auto it = cmd.find(key);
    if (it == cmd.end())
        badField(key, "存在");
    return *it;
}

std::string stringField(const Json& cmd, const char* key)
{
    auto it = cmd.find(key);
    if (it == cmd.end() || !it->is_string() || it->get<std::string>().empty())
        badField(key, "文字");
    return it->get<std::string>();
}

std::string idField(const Json& cmd, const char* key)
{
    const std::string id = stringField(cmd, key);
    const bool safe = id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    // Ids name folders and files (a meeting's documents): nothing that could climb out of one.
    if (!safe)
        refuse({std::string("编号只能由字母、数字、下划线和连字符组成，最多 64 个字符：") + key,
                std::string("an id is letters, digits, _ and - only, at most 64 characters: ") + key});
    return id;
}

std::string optionalString(const Json& cmd, const char* key, const std::string& fallback)
{
    const Json* v = present(cmd, key);
    if (v && !v->is_string())
        badField(key, "文字");
    return v ? v->get<std::string>() : fallback;
}

long long optionalInt(const Json& cmd, const char* key, long long fallback)
{
    const Json* v = present(cmd, key);
    if (v && !v->is_number_integer())
        badField(key, "整数");
    return v ? v->get<long long>() : fallback;
}

int optionalCount(const Json& cmd, const char* key, int fallback, int most)
{
    const long long v = optionalInt(cmd, key, fallback);
    if (v < 0 || v > most)
        refuse({std::string(key) + " 应为 0 到 " + std::to_string(most) + " 的整数：" + std::to_string(v),
                std::string(key) + " is a whole number from 0 to " + std::to_string(most) + ": " + std::to_string(v)});
    return static_cast<int>(v);
}

bool optionalBool(const Json& cmd, const char* key, bool fallback)
{
    const Json* v = present(cmd, key);
    if (v && !v->is_boolean())
        badField(key, "true 或 false");
    return v ? v->get<bool>() : fallback;
}

const Json& optionalArray(const Json& cmd, const char* key)
{
    static const Json empty = Json::array();
    const Json* v = present(cmd, key);
    if (v && !v->is_array())
        badField(key, "列表");
    return v ? *v : empty;
}

const Json& optionalObject(const Json& cmd, const char* key)
{
    static const Json empty = Json::object();
    const Json* v = present(cmd, key);
    if (v && !v->is_object())
        badField(key, "对象");
    return v ? *v : empty;
}

long long intField(const Json& cmd, const char* key)
{
    auto it = cmd.find(key);
    if (it == cmd.end() || !it->is_number_integer())
        badField(key, "整数");
    return it->get<long long>();
}

std::vector<std::string> stringList(const Json& cmd, const char* key)
{
    std::vector<std::string> out;
    for (const auto& v : optionalArray(cmd, key)) {
        if (!v.is_string())
            badField(key, "文字列表");
        out.push_back(v.get<std::string>());
    }
    return out;
}

Decision decide(const State& state, const Json& command)
{
    registerEngineVerbs();
    if (!command.is_object() || !command.contains("do") || !command["do"].is_string())
        return {{"命令格式不对：缺少 do", "malformed command: no \"do\""}, {}};
    const std::string verb = command["do"].get<std::string>();
    auto it = verbs().find(verb);
    if (it == verbs().end())
        return {{"未知的命令：" + verb, "unknown command: " + verb}, {}};
    try {
        return {{}, it->second(state, command)};
    } catch (const Refused& r) {
        return {r.reason, {}};
    } catch (const Json::exception& e) {
        return {{std::string("命令字段类型不对（") + e.what() + "）",
                 std::string("a command field has the wrong type (") + e.what() + ")"},
                {}};
    }
}

void apply(State& state, const Event& event)
{
    registerEngineVerbs();
    auto it = appliers().find(event.type);
    assert(it != appliers().end() && "every stored event type has an applier");
    if (it != appliers().end())
        it->second(state, event);
}

bool isIsoDate(const std::string& text)
{
    static const std::regex iso(R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))");
    return std::regex_match(text, iso);
}

} // namespace hx
