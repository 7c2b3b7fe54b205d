// XLSX through maintained libraries: libzip opens the archive, expat streams
// the XML, libxlsxwriter writes. Only what a roster needs: the first sheet's
// cells as text, shared and inline strings, numbers, and formulas flagged.
#include "errors.hpp"
#include "handles.hpp"
#include "table_io.hpp"

#include <expat.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <map>

namespace hx {

namespace {

constexpr zip_uint64_t kMaxEntryBytes = 64u << 20; // refuse zip bombs

[[noreturn]] void notXlsx(const std::string& why)
{
    throw InputError({"不是有效的 XLSX 文件（" + why + "）", "not a valid XLSX file (" + why + ")"});
}

std::string readEntry(zip_t* z, const std::string& name, bool required)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name.c_str(), 0, &st) != 0) {
        if (required)
            notXlsx("缺少 " + name);
        return {};
    }
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxEntryBytes)
        notXlsx(name + " 过大");
    Handle<zip_file_t, zip_fclose> f(zip_fopen(z, name.c_str(), 0));
    if (!f)
        notXlsx("无法读取 " + name);
    std::string data(st.size, '\0');
    if (zip_fread(f.get(), data.data(), st.size) != static_cast<zip_int64_t>(st.size))
        notXlsx("无法解压 " + name);
    return data;
}

// Streams XML through expat, calling back on elements and character data.
struct XmlSink {
    virtual ~XmlSink() = default;
    virtual void start(std::string_view name, const char** attrs) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void chars(std::string_view s) = 0;
};

std::string_view localName(const char* n)
{
    std::string_view s(n);
    auto colon = s.rfind(':');
    return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

const char* attr(const char** attrs, std::string_view name)
{
    for (int i = 0; attrs[i]; i += 2)
        if (localName(attrs[i]) == name)
            return attrs[i + 1];
    return nullptr;
}

void parseXml(const std::string& xml, XmlSink& sink, const std::string& what)
{
    Handle<std::remove_pointer_t<XML_Parser>, XML_ParserFree> p(XML_ParserCreate("UTF-8"));
    XML_SetUserData(p.get(), &sink);
    XML_SetElementHandler(
        p.get(),
        [](void* u, const char* n, const char** a) { static_cast<XmlSink*>(u)->start(localName(n), a); },
        [](void* u, const char* n) { static_cast<XmlSink*>(u)->end(localName(n)); });
    XML_SetCharacterDataHandler(p.get(), [](void* u, const char* s, int len) {
        static_cast<XmlSink*>(u)->chars(std::string_view(s, static_cast<size_t>(len)));
    });
    if (XML_Parse(p.get(), xml.data(), static_cast<int>(xml.size()), 1) != XML_STATUS_OK)
        notXlsx(what + " 第 " + std::to_string(XML_GetCurrentLineNumber(p.get())) + " 行："
                + XML_ErrorString(XML_GetErrorCode(p.get())));
}

struct SharedStrings : XmlSink {
    std::vector<std::string> strings;
    bool inSi = false, inT = false;
    void start(std::string_view n, const char**) override
    {
        if (n == "si") {
            inSi = true;
            strings.emplace_back();
        }
        inT = inSi && n == "t";
    }
    void end(std::string_view n) override
    {
        if (n == "si")
            inSi = false;
        if (n == "t")
            inT = false;
    }
    void chars(std::string_view s) override
    {
        if (inT)
            strings.back() += s;
    }
};

// A roster's sheet is small: bounded before anything is allocated, so a
// small archive cannot ask for gigabytes (a cell at column 1000 on every one
// of 100,000 rows).
constexpr int kMaxColumns = 200;
constexpr size_t kMaxCells = 2'000'000;

// Column index from a cell reference such as "AB12"; past Excel's last
// column (XFD) it stops counting, so no reference overflows.
int columnOf(const char* ref)
{
    int col = 0;
    for (; ref && *ref >= 'A' && *ref <= 'Z'; ++ref) {
        col = col * 26 + (*ref - 'A' + 1);
        if (col > 16384)
            return 16384;
    }
    return col - 1;
}

struct SheetReader : XmlSink {
    const std::vector<std::string>& shared;
    Table table;
    Row row;
    size_t cells = 0;
    int rowNumber = 0, col = 0;
    std::string type, text;
    bool formula = false, inValue = false;
    explicit SheetReader(const std::vector<std::string>& s) : shared(s) {}

    void start(std::string_view n, const char** a) override
    {
        if (n == "row") {
            row.clear();
            const char* r = attr(a, "r");
            rowNumber = r ? std::atoi(r) : rowNumber + 1;
        } else if (n == "c") {
            const char* r = attr(a, "r");
            col = r ? columnOf(r) : static_cast<int>(row.size());
            const char* t = attr(a, "t");
            type = t ? t : "n";
            text.clear();
            formula = false;
        } else if (n == "f") {
            formula = true;
        } else if (n == "v" || n == "t") {
            inValue = true;
        }
    }
    void end(std::string_view n) override
    {
        if (n == "v" || n == "t") {
            inValue = false;
        } else if (n == "c") {
            finishCell();
        } else if (n == "row") {
            bool blank = true;
            for (const auto& c : row)
                blank = blank && c.text.empty();
            if (!blank) {
                cells += row.size();
                if (cells > kMaxCells)
                    notXlsx("表格过大（超过 200 万个单元格），不像是名册");
                table.rows.push_back(row);
                table.lines.push_back(rowNumber);
            }
        }
    }
    void chars(std::string_view s) override
    {
        if (inValue)
            text += s;
    }
    void finishCell()
    {
        if (col < 0 || col >= kMaxColumns)
            notXlsx("单元格列号异常（名册至多 200 列）");
        Cell c{text, formula, type == "n"};
        if (type == "s") {
            const auto idx = static_cast<size_t>(std::atol(text.c_str()));
            if (text.empty() || idx >= shared.size())
                notXlsx("共享字符串编号越界");
            c.text = shared[idx];
        }
        if (row.size() <= static_cast<size_t>(col))
            row.resize(static_cast<size_t>(col) + 1);
        row[static_cast<size_t>(col)] = std::move(c);
    }
};

// The first sheet's path inside the archive, through workbook.xml and its relations.
std::string firstSheetPath(zip_t* z)
{
    struct FirstSheet : XmlSink {
        std::string rid;
        void start(std::string_view n, const char** a) override
        {
            if (n == "sheet" && rid.empty())
                if (const char* id = attr(a, "id"))
                    rid = id;
        }
        void end(std::string_view) override {}
        void chars(std::string_view) override {}
    } sheet;
    parseXml(readEntry(z, "xl/workbook.xml", true), sheet, "workbook.xml");
    struct Rels : XmlSink {
        std::map<std::string, std::string> targets;
        void start(std::string_view n, const char** a) override
        {
            if (n == "Relationship" && attr(a, "Id") && attr(a, "Target"))
                targets[attr(a, "Id")] = attr(a, "Target");
        }
        void end(std::string_view) override {}
        void chars(std::string_view) override {}
    } rels;
    parseXml(readEntry(z, "xl/_rels/workbook.xml.rels", true), rels, "workbook.xml.rels");
    auto it = rels.targets.find(sheet.rid);
    if (it == rels.targets.end())
        notXlsx("找不到第一个工作表");
    const std::string& t = it->second;
    return t.starts_with("/") ? t.substr(1) : "xl/" + t;
}

} // namespace

Table readXlsxFile(const std::string& path)
{
    int err = 0;
    Handle<zip_t, zip_discard> z(zip_open(path.c_str(), ZIP_RDONLY, &err));
    if (!z)
        notXlsx("无法作为压缩包打开");
    SharedStrings shared;
    if (std::string xml = readEntry(z.get(), "xl/sharedStrings.xml", false); !xml.empty())
        parseXml(xml, shared, "sharedStrings.xml");
    SheetReader sheet(shared.strings);
    parseXml(readEntry(z.get(), firstSheetPath(z.get()), true), sheet, "worksheet");
    return std::move(sheet.table);
}

void writeXlsxFile(const std::string& path, const std::string& sheetName,
                   const std::vector<std::vector<std::string>>& rows, long long created)
{
    lxw_workbook* wb = workbook_new(path.c_str());
    if (!wb)
        throw FileError({"无法写入 " + path, "cannot write " + path});
    lxw_doc_properties props{};
    props.created = static_cast<time_t>(created > 0 ? created : 1); // 0 would mean "now"
    workbook_set_properties(wb, &props);
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheetName.c_str());
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c)
            worksheet_write_string(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                                   rows[r][c].c_str(), r == 0 ? bold : nullptr);
    worksheet_set_column(ws, 0, static_cast<lxw_col_t>(rows.empty() ? 0 : rows[0].size()), 14, nullptr);
    if (workbook_close(wb) != LXW_NO_ERROR)
        throw FileError({"无法写入 " + path, "cannot write " + path});
}

} // namespace hx
