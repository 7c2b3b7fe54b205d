#include "method.hpp"

#include "command.hpp"

#include <algorithm>

namespace hx {

namespace {

Fraction fractionFromJson(const Json& j, Fraction f, const char* what)
{
    if (!j.is_object())
        refuse({std::string("选举办法中 ") + what + " 应为分数设置", std::string(what) + " must be a fraction object"});
    f.num = optionalCount(j, "num", f.num, 1000);
    f.den = optionalCount(j, "den", f.den, 1000);
    f.strict = optionalBool(j, "strict", f.strict);
    f.base = optionalString(j, "base", f.base);
    if (f.num < 1 || f.den < 1 || f.num >= f.den || f.den > 100)
        refuse({std::string("选举办法中 ") + what + " 的分数无效", std::string("invalid fraction for ") + what});
    if (f.base != "expected" && f.base != "present")
        refuse({std::string("选举办法中 ") + what + " 的基数应为 expected（应到）或 present（实到）",
                std::string("the base of ") + what + " must be expected or present"});
    return f;
}

Json fractionJson(const Fraction& f)
{
    return {{"num", f.num}, {"den", f.den}, {"strict", f.strict}, {"base", f.base}};
}

std::string oneOf(const Json& j, const char* key, std::string value, std::initializer_list<const char*> allowed)
{
    if (!j.contains(key))
        return value;
    value = optionalString(j, key);
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return value == a; }))
        refuse({std::string("选举办法中 ") + key + " 的取值无效：" + value,
                std::string("invalid value for ") + key + ": " + value});
    return value;
}

std::string chineseNumber(int n)
{
    static const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (n <= 10)
        return digits[n];
    if (n < 20)
        return std::string("十") + digits[n % 10];
    return std::string(digits[n / 10]) + "十" + (n % 10 ? digits[n % 10] : "");
}

} // namespace

Method methodFromJson(const Json& j)
{
    Method m;
    if (j.is_null())
        return m;
    if (!j.is_object())
        refuse({"选举办法应为设置对象", "the election method must be an object"});
    static const char* known[] = {"quorum", "threshold", "election_validity", "tie", "shortfall",
                                  "supplementary_margin", "executive_margin", "write_in_needs_mark", "marks",
                                  "name_order", "scan_sample"};
    for (const auto& [key, value] : j.items())
        if (std::find(std::begin(known), std::end(known), key) == std::end(known))
            refuse({"选举办法中有未知的设置：" + key, "unknown election method setting: " + key});
    if (j.contains("quorum"))
        m.quorum = fractionFromJson(j["quorum"], m.quorum, "quorum");
    if (j.contains("threshold"))
        m.threshold = fractionFromJson(j["threshold"], m.threshold, "threshold");
    m.electionValidity = oneOf(j, "election_validity", m.electionValidity, {"returned_le_issued", "returned_le_voters"});
    m.tie = oneOf(j, "tie", m.tie, {"revote", "fewer_oppose_then_revote"});
    m.shortfall = oneOf(j, "shortfall", m.shortfall, {"supplementary", "none", "reduce_seats"});
    m.marks = oneOf(j, "marks", m.marks, {"circle_cross", "tick_cross_circle", "filled_boxes"});
    m.nameOrder = oneOf(j, "name_order", m.nameOrder, {"surname", "full_name"});
    m.supplementaryMargin = optionalCount(j, "supplementary_margin", m.supplementaryMargin, 1000);
    m.writeInNeedsMark = optionalBool(j, "write_in_needs_mark", m.writeInNeedsMark);
    m.scanSample = optionalCount(j, "scan_sample", m.scanSample, 100000);
    const Json& margin = optionalObject(j, "executive_margin");
    m.marginAtLeast = optionalCount(margin, "at_least", m.marginAtLeast, 1000);
    m.marginPercent = optionalCount(margin, "percent", m.marginPercent, 1000);
    if (m.supplementaryMargin < 0 || m.marginAtLeast < 0 || m.marginPercent < 0 || m.marginPercent > 100)
        refuse({"选举办法中的差额设置无效", "invalid margin settings in the election method"});
    return m;
}

Json toJson(const Method& m)
{
    Json j = {{"quorum", fractionJson(m.quorum)},
            {"threshold", fractionJson(m.threshold)},
            {"election_validity", m.electionValidity},
            {"tie", m.tie},
            {"shortfall", m.shortfall},
            {"supplementary_margin", m.supplementaryMargin},
            {"executive_margin", {{"at_least", m.marginAtLeast}, {"percent", m.marginPercent}}},
            {"write_in_needs_mark", m.writeInNeedsMark},
            {"marks", m.marks},
            {"name_order", m.nameOrder}};
    // Said only when chosen: records written before the setting existed keep their bytes.
    if (m.scanSample > 0)
        j["scan_sample"] = m.scanSample;
    return j;
}

bool meets(long long count, long long base, const Fraction& f)
{
    // RULE: RULES §4 Fractions — "超过" is strict (count·den > base·num), "以上" is not.
    return f.strict ? count * f.den > base * f.num : count * f.den >= base * f.num;
}

long long leastMeeting(long long base, const Fraction& f)
{
    // RULE: RULES §4 Election threshold — exactly half fails under 超过半数: the least is floor(base·num/den) + 1.
    const long long product = base * f.num;
    return f.strict ? product / f.den + 1 : (product + f.den - 1) / f.den;
}

std::string fractionZh(const Fraction& f)
{
    if (f.num * 2 == f.den)
        return "半数";
    return chineseNumber(f.den) + "分之" + chineseNumber(f.num);
}

std::string fractionEn(const Fraction& f)
{
    if (f.num * 2 == f.den)
        return "half";
    return std::to_string(f.num) + "/" + std::to_string(f.den);
}

Text quorumNotMet(long long present, long long base, const Fraction& f)
{
    const std::string baseZh = f.base == "present" ? "实到人数" : "应到人数";
    const std::string figures = "（" + std::to_string(present) + "/" + std::to_string(base) + "）";
    return {std::string("到会人数未") + (f.strict ? "超过" : "达到") + baseZh + "的" + fractionZh(f) + figures,
            "attendance does not " + std::string(f.strict ? "exceed " : "reach ") + fractionEn(f) + " of the "
                + (f.base == "present" ? "present" : "expected") + " (" + std::to_string(present) + "/"
                + std::to_string(base) + ")"};
}

int executiveMargin(const Method& m, int seats)
{
    const int byPercent = (seats * m.marginPercent + 99) / 100;
    return std::max(m.marginAtLeast, byPercent);
}

std::string writeInZh(const std::string& marks)
{
    if (marks == "filled_boxes")
        return "并将其上方格涂满；只写姓名不涂的，另选无效";
    return std::string("并在其上方格内划") + (marks == "tick_cross_circle" ? "“√”" : "“○”") + "；只写姓名不划符号的，另选无效";
}

} // namespace hx
