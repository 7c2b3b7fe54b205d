#include "roster_import.hpp"

#include "errors.hpp"

#include <cstdlib>
#include <map>
#include <set>

namespace hx {

namespace {

// Column headers as users write them, mapped to person fields.
const std::map<std::string, std::string>& headerAliases()
{
    static const std::map<std::string, std::string> a = [] {
        std::map<std::string, std::string> m;
        for (const auto& f : personFields()) {
            m[f.key] = f.key;
            m[f.label] = f.key;
        }
        const std::pair<const char*, const char*> extra[] = {
            {"出生日期", "birth"}, {"出生年月日", "birth"}, {"电话", "phone"}, {"手机", "phone"},
            {"手机号码", "phone"}, {"联系方式", "phone"}, {"单位", "workplace"}, {"职务（岗位）", "post"},
            {"职务/岗位", "post"}, {"岗位", "post"}, {"文化程度", "education"}, {"党派", "party"},
            {"序号", ""}, {"备注", ""},
            // The same headers in traditional characters (a Big5 file).
            {"編號", "id"}, {"性別", "sex"}, {"學歷", "education"}, {"工作單位", "workplace"}, {"單位", "workplace"},
            {"職務", "post"}, {"聯繫電話", "phone"}, {"電話", "phone"}, {"手機", "phone"}, {"序號", ""}, {"備註", ""},
        };
        for (auto [k, v] : extra)
            m[k] = v;
        return m;
    }();
    return a;
}

} // namespace

Text acceptedHeaders()
{
    std::string zh = "可识别的列名（第一行）：", en = "Column headers recognised (first row): ";
    bool first = true;
    for (const auto& f : personFields()) {
        std::string others;
        for (const auto& [header, key] : headerAliases())
            if (key == f.key && header != f.label && header != f.key)
                others += (others.empty() ? "" : "、") + header;
        zh += (first ? "" : "；") + std::string(f.label) + (f.key == std::string("name") ? "（必填）" : "")
            + (others.empty() ? "" : "（或 " + others + "）");
        en += (first ? "" : "; ") + std::string(f.label) + " / " + f.key + (f.key == std::string("name") ? " (required)" : "");
        first = false;
    }
    return {zh + "。其余列不导入。", en + ". Other columns are not imported."};
}

namespace {

std::string trim(const std::string& s)
{
    const char* ws = " \t\r\n";
    // U+3000 IDEOGRAPHIC SPACE is common in Chinese spreadsheets.
    std::string t = s;
    for (bool changed = true; changed;) {
        changed = false;
        auto b = t.find_first_not_of(ws);
        auto e = t.find_last_not_of(ws);
        t = b == std::string::npos ? std::string() : t.substr(b, e - b + 1);
        for (const std::string ideo : {"\xE3\x80\x80"}) {
            if (t.starts_with(ideo)) { t = t.substr(ideo.size()); changed = true; }
            if (t.ends_with(ideo)) { t.resize(t.size() - ideo.size()); changed = true; }
        }
    }
    return t;
}

// Year-month from the forms people type: 1978-03, 1978.3, 1978/03, 1978年3月,
// 197803, or an Excel date serial number.
std::string normaliseBirth(const Cell& c)
{
    const std::string s = trim(c.text);
    if (s.empty())
        return s;
    int y = 0, m = 0;
    if (c.number && s.find_first_not_of("0123456789") == std::string::npos && s.size() == 5) {
        // Excel serial: days since 1899-12-30.
        long days = std::atol(s.c_str()) - 25569; // to 1970-01-01
        long z = days + 719468, era = z / 146097, doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
        m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
        y = static_cast<int>(yoe + era * 400 + (m <= 2));
    } else if (s.size() == 6 && s.find_first_not_of("0123456789") == std::string::npos) {
        y = std::atoi(s.substr(0, 4).c_str());
        m = std::atoi(s.substr(4).c_str());
    } else {
        std::string digits;
        for (char ch : s)
            digits += (ch >= '0' && ch <= '9') ? ch : ' ';
        char* end = nullptr;
        y = static_cast<int>(std::strtol(digits.c_str(), &end, 10));
        m = static_cast<int>(std::strtol(end, nullptr, 10));
    }
    if (y < 1900 || y > 2100 || m < 1 || m > 12)
        return s; // checkPerson reports it with the text as typed
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return buf;
}

Text describeChange(const Person& old, const Person& now)
{
    Text t;
    for (const auto& f : personFields())
        if (old.*f.member != now.*f.member) {
            t.zh += std::string(t.zh.empty() ? "" : "、") + f.label;
            t.en += std::string(t.en.empty() ? "" : ", ") + f.key;
        }
    return t;
}

// The existing person a row refers to: by id, else by name (and birth when both have one).
const Person* match(const Roster& roster, const Person& p)
{
    if (!p.id.empty())
        return roster.find(p.id);
    const Person* found = nullptr;
    for (const Person* q : roster.byName(p.name))
        if (p.birth.empty() || q->birth.empty() || p.birth == q->birth) {
            if (found)
                return nullptr; // ambiguous: treat as new, the preview shows it
            found = q;
        }
    return found;
}

} // namespace

int ImportPreview::count(ImportRow::Status s) const
{
    int n = 0;
    for (const auto& r : rows)
        n += r.status == s;
    return n;
}

const char* statusLabel(ImportRow::Status s, Lang lang)
{
    static const char* zh[] = {"新增", "变更", "无变化", "错误"};
    static const char* en[] = {"new", "changed", "unchanged", "error"};
    return (lang == Lang::en ? en : zh)[static_cast<int>(s)];
}

ImportPreview previewImport(const Roster& roster, const Table& table)
{
    if (table.rows.empty())
        throw InputError({"文件是空的，没有表头也没有数据", "the file is empty: no header, no rows"});
    ImportPreview pv;
    std::vector<std::string> columns; // person field per column, "" = ignored, "?" = unknown
    for (const Cell& h : table.rows[0]) {
        const std::string name = trim(h.text);
        auto it = headerAliases().find(name);
        columns.push_back(it != headerAliases().end() ? it->second : name.empty() ? "" : "?");
        if (it == headerAliases().end() && !name.empty())
            pv.unknownColumns.push_back(name);
    }
    if (std::find(columns.begin(), columns.end(), "name") == columns.end())
        throw InputError({"第一行应为表头，且须有“姓名”列", "the first row must be a header with a 姓名 (name) column"});
    if (table.rows.size() == 1)
        throw InputError({"文件只有表头，没有数据行", "the file has a header but no rows"});
    std::set<std::string> seen;
    for (size_t r = 1; r < table.rows.size(); ++r) {
        ImportRow row;
        row.line = table.lines[r];
        const Row& cells = table.rows[r];
        for (size_t c = 0; c < cells.size() && row.reason.empty(); ++c) {
            const std::string col = c < columns.size() ? columns[c] : "?";
            const std::string value = trim(cells[c].text);
            if (value.empty() || col.empty())
                continue;
            if (cells[c].formula)
                row.reason = {"第 " + std::to_string(c + 1) + " 列是公式，请改为直接填写内容",
                              "column " + std::to_string(c + 1) + " holds a formula; enter the value itself"};
            else if (col == "?")
                row.reason = {"未知列“" + (c < table.rows[0].size() ? trim(table.rows[0][c].text) : "") + "”中有内容",
                              "a value in an unknown column"};
            else if (col == "birth")
                row.person.birth = normaliseBirth(cells[c]);
            else
                for (const auto& f : personFields())
                    if (col == f.key)
                        row.person.*f.member = value;
        }
        normalise(row.person);
        if (row.reason.empty())
            row.reason = checkPerson(row.person);
        const std::string key = row.person.id + "\x1f" + row.person.name + "\x1f" + row.person.birth;
        if (row.reason.empty() && !seen.insert(key).second)
            row.reason = {"与前面的行重复：" + row.person.name, "duplicates an earlier row: " + row.person.name};
        if (!row.reason.empty()) {
            row.status = ImportRow::Status::Error;
        } else if (const Person* old = match(roster, row.person)) {
            Person merged = *old;
            for (const auto& f : personFields())
                if (!(row.person.*f.member).empty())
                    merged.*f.member = row.person.*f.member;
            row.reason = describeChange(*old, merged);
            row.status = row.reason.empty() ? ImportRow::Status::Unchanged : ImportRow::Status::Changed;
            row.person = merged;
        }
        pv.rows.push_back(std::move(row));
    }
    return pv;
}

Json importCommand(const ImportPreview& pv, const std::string& source)
{
    Json add = Json::array(), update = Json::array();
    for (const auto& r : pv.rows) {
        if (r.status == ImportRow::Status::New)
            add.push_back(toJson(r.person));
        else if (r.status == ImportRow::Status::Changed)
            update.push_back(toJson(r.person));
    }
    return {{"do", "import_roster"}, {"source", source}, {"add", add}, {"update", update}};
}

std::vector<std::vector<std::string>> rosterRows(const Roster& roster)
{
    std::vector<std::vector<std::string>> rows(1);
    for (const auto& f : personFields())
        rows[0].push_back(f.label);
    for (const auto& id : roster.order()) {
        rows.emplace_back();
        for (const auto& f : personFields())
            rows.back().push_back(roster.find(id)->*f.member);
    }
    return rows;
}

} // namespace hx
