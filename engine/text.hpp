#pragma once
// Bilingual text. The engine speaks Chinese to the people in the hall and
// English under LANG=en*; front ends choose the language, the engine never
// reads the environment.
#include <string>

namespace hx {

enum class Lang { zh, en };

struct Text {
    std::string zh;
    std::string en;
    const std::string& in(Lang lang) const { return lang == Lang::en ? en : zh; }
    bool empty() const { return zh.empty() && en.empty(); }
};

// Replaces {0}, {1}, ... in both languages with the given values.
Text format(Text pattern, std::initializer_list<std::string> args);

// The language a front end should use, from LC_ALL, LC_MESSAGES and LANG.
Lang langFromEnvironment();

} // namespace hx
