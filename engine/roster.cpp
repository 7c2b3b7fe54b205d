#include "roster.hpp"

#include "strokes.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace hx {

const std::vector<PersonField>& personFields()
{
    static const std::vector<PersonField> fields = {
        {"id", "编号", &Person::id},
        {"name", "姓名", &Person::name},
        {"sex", "性别", &Person::sex},
        {"birth", "出生年月", &Person::birth},
        {"ethnicity", "民族", &Person::ethnicity},
        {"party", "政治面貌", &Person::party},
        {"education", "学历", &Person::education},
        {"workplace", "工作单位", &Person::workplace},
        {"post", "职务", &Person::post},
        {"phone", "联系电话", &Person::phone},
    };
    return fields;
}

Json toJson(const Federation& f)
{
    return {{"name", f.name}, {"kind", f.kind}, {"party_organisation", f.partyOrganisation},
            {"upper_federation", f.upperFederation}};
}

Federation federationFromJson(const Json& j)
{
    return {j.value("name", ""), j.value("kind", ""), j.value("party_organisation", ""),
            j.value("upper_federation", "")};
}

Json toJson(const Person& p)
{
    Json j = Json::object();
    for (const auto& f : personFields())
        if (!(p.*f.member).empty() || std::string_view(f.key) == "id" || std::string_view(f.key) == "name")
            j[f.key] = p.*f.member;
    return j;
}

Person personFromJson(const Json& j)
{
    Person p;
    for (const auto& f : personFields())
        if (auto it = j.find(f.key); it != j.end() && it->is_string())
            p.*f.member = it->get<std::string>();
    return p;
}

namespace {

bool validBirth(const std::string& s)
{
    // RULE: DOCUMENTS.md 候选人建议名单 — birth is printed as year-month.
    int y = 0, m = 0;
    char tail = 0;
    if (s.size() != 7 || s[4] != '-' || std::sscanf(s.c_str(), "%4d-%2d%c", &y, &m, &tail) != 2)
        return false;
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12;
}

} // namespace

namespace {

// Characters that a form's field never holds and that hide or reorder what
// is shown: controls, bidirectional marks and overrides, zero-width ones.
bool invisible(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xad || c == 0x61c || c == 0x180e || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c == 0xfeff;
}

// Combining marks: a name written with them looks like another name written without.
bool combining(char32_t c)
{
    return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff)
        || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f) || c == 0x3099 || c == 0x309a;
}

std::string hex(char32_t c)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

bool safeId(const std::string& id)
{
    return !id.empty() && id.size() <= 64
        && std::all_of(id.begin(), id.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; });
}

// No control, bidirectional, zero-width or combining character in a person's
// fields: two people who look alike on paper are never two entries that
// differ unseen (a second 王芳 with a zero-width space).
Text checkPersonText(const Person& p)
{
    for (const auto& f : personFields()) {
        for (char32_t c : decodeUtf8(p.*f.member)) {
            if (invisible(c))
                return {std::string(f.label) + "含有不可见或控制字符（" + hex(c) + "）",
                        std::string(f.key) + " holds an invisible or control character (" + hex(c) + ")"};
            if (combining(c) && f.member == &Person::name)
                return {"姓名含有组合附加符号（" + hex(c) + "），请改用完整的字", "the name holds a combining mark (" + hex(c) + ")"};
        }
    }
    return {};
}

} // namespace

void normalise(Person& p)
{
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err))
        return;
    for (const auto& f : personFields()) {
        std::string& text = p.*f.member;
        const icu::UnicodeString composed = nfc->normalize(icu::UnicodeString::fromUTF8(text), err);
        if (U_FAILURE(err))
            return; // invalid input stays as it is; the checks refuse it
        text.clear();
        composed.toUTF8String(text);
    }
}

bool hasInvisible(const std::string& text)
{
    const auto chars = decodeUtf8(text);
    return std::any_of(chars.begin(), chars.end(), invisible);
}

Text checkPerson(const Person& p)
{
    if (!p.id.empty() && !safeId(p.id))
        return {"编号只能由字母、数字、- 和 _ 组成，至多 64 个：" + p.id.substr(0, 64),
                "an id holds only letters, digits, - and _, at most 64: " + p.id.substr(0, 64)};
    if (Text t = checkPersonText(p); !t.empty())
        return t;
    if (p.name.empty())
        return {"缺少姓名", "the name is missing"};
    if (p.name.size() > 64)
        return {"姓名过长：" + p.name, "the name is too long: " + p.name};
    if (!p.sex.empty() && p.sex != "女" && p.sex != "男")
        return {"性别应为“女”或“男”：" + p.sex, "sex must be 女 or 男: " + p.sex};
    if (!p.birth.empty() && !validBirth(p.birth))
        return {"出生年月格式应为 YYYY-MM：" + p.birth, "birth must be YYYY-MM: " + p.birth};
    if (!p.phone.empty()
        && !std::all_of(p.phone.begin(), p.phone.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == ' ' || c == '+'; }))
        return {"联系电话只能包含数字：" + p.phone, "the phone number may hold digits only: " + p.phone};
    return {};
}

namespace {

const std::vector<std::pair<std::string, std::string>>& kinds()
{
    static const std::vector<std::pair<std::string, std::string>> k = {
        {"village", "村"},        {"community", "社区"},       {"township", "乡镇"},
        {"street", "街道"},       {"new_sector", "新领域"},     {"system", "机关事业单位系统"},
    };
    return k;
}

} // namespace

bool isFederationKind(const std::string& kind)
{
    return std::any_of(kinds().begin(), kinds().end(), [&](const auto& k) { return k.first == kind; });
}

std::string federationKindLabel(const std::string& kind)
{
    for (const auto& [key, label] : kinds())
        if (key == kind)
            return label;
    return kind;
}

Text checkFederation(const Federation& f)
{
    if (f.name.empty())
        return {"缺少妇联名称", "the federation's name is missing"};
    if (!isFederationKind(f.kind))
        return {"未知的组织类型：" + f.kind + "（应为 village、community、township、street、new_sector 或 system）",
                "unknown federation kind: " + f.kind
                    + " (village, community, township, street, new_sector or system)"};
    return {};
}

const Person* Roster::find(const std::string& id) const
{
    auto it = m_people.find(id);
    return it == m_people.end() ? nullptr : &it->second;
}

std::vector<const Person*> Roster::byName(const std::string& name) const
{
    std::vector<const Person*> out;
    auto [lo, hi] = m_byName.equal_range(name);
    for (auto it = lo; it != hi; ++it)
        out.push_back(find(it->second));
    return out;
}

void Roster::put(const Person& p)
{
    auto it = m_people.find(p.id);
    if (it == m_people.end()) {
        m_order.push_back(p.id);
    } else {
        auto [lo, hi] = m_byName.equal_range(it->second.name);
        for (auto n = lo; n != hi; ++n)
            if (n->second == p.id) {
                m_byName.erase(n);
                break;
            }
    }
    m_people[p.id] = p;
    m_byName.emplace(p.name, p.id);
}

void Roster::remove(const std::string& id)
{
    auto it = m_people.find(id);
    if (it == m_people.end())
        return;
    auto [lo, hi] = m_byName.equal_range(it->second.name);
    for (auto n = lo; n != hi; ++n)
        if (n->second == id) {
            m_byName.erase(n);
            break;
        }
    m_people.erase(it);
    m_order.erase(std::find(m_order.begin(), m_order.end(), id));
    m_retired.insert(id);
}

std::string Roster::nextId() const
{
    for (size_t n = m_order.size() + 1;; ++n) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "P%04zu", n);
        if (!m_people.count(buf) && !m_retired.count(buf))
            return buf;
    }
}

} // namespace hx
