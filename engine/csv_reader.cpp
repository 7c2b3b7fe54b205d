#include "errors.hpp"
#include "handles.hpp"
#include "table_io.hpp"

#include <fstream>
#include <iconv.h>
#include <optional>
#include <sstream>

namespace hx {

namespace {

constexpr size_t kMaxFileBytes = 32u << 20;

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(const std::string& s)
{
    const size_t n = s.size();
    for (size_t i = 0; i < n;) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
        if (len == 0 || (len == 2 && c < 0xc2) || (len == 4 && c > 0xf4) || i + len > n)
            return false;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80)
                return false;
        const auto c1 = static_cast<unsigned char>(len > 1 ? s[i + 1] : 0);
        if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 >= 0xa0) || (c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 >= 0x90))
            return false;
        i += len;
    }
    return true;
}

int closeIconv(iconv_t cd)
{
    return iconv_close(cd);
}

// The bytes converted from `encoding` to UTF-8, or nothing when they are not valid in it.
std::optional<std::string> convert(const std::string& bytes, const char* encoding)
{
    iconv_t cd = iconv_open("UTF-8", encoding);
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw InputError({std::string("系统不支持 ") + encoding + " 转换", std::string("this system cannot convert ") + encoding});
    Handle<std::remove_pointer_t<iconv_t>, closeIconv> guard(cd);
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    size_t inLeft = bytes.size();
    char* o = out.data();
    size_t outLeft = out.size();
    if (iconv(cd, &in, &inLeft, &o, &outLeft) == static_cast<size_t>(-1) || inLeft != 0)
        return std::nullopt;
    out.resize(out.size() - outLeft);
    return out;
}

bool hasNameHeader(const std::optional<std::string>& text)
{
    return text && text->substr(0, text->find('\n')).find("姓名") != std::string::npos;
}

} // namespace

std::string decodeText(const std::string& bytes)
{
    // "Unicode 文本" from Excel: UTF-16 with its byte-order mark.
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        if (auto text = convert(bytes, "UTF-16"))
            return decodeText(*text);
        throw InputError({"文件以 UTF-16 标记开头，但内容不是有效的 UTF-16", "the file starts as UTF-16 but is not valid UTF-16"});
    }
    if (bytes.find('\0') != std::string::npos)
        throw InputError({"文件含有二进制内容，不是文本表格", "the file holds binary data, not a text table"});
    if (bytes.starts_with("\xEF\xBB\xBF"))
        return decodeText(bytes.substr(3));
    if (validUtf8(bytes))
        return bytes;
    // GB18030 reads almost any bytes, Big5 included (as nonsense): the
    // encoding whose first line holds the 姓名 header is the file's.
    auto gb = convert(bytes, "GB18030");
    if (hasNameHeader(gb))
        return *gb;
    if (auto big5 = convert(bytes, "BIG5-HKSCS"); hasNameHeader(big5) || (!gb && big5))
        return *big5;
    if (gb)
        return *gb;
    throw InputError({"文件编码无法识别：不是 UTF-8、GB18030、Big5 或 UTF-16；请在 Excel 或 WPS 中另存为“CSV UTF-8”",
                      "unrecognised encoding: not UTF-8, GB18030, Big5 or UTF-16; save it as \"CSV UTF-8\" in Excel or WPS"});
}

// RFC 4180 with the tolerance of real exports: CRLF or LF, quoted fields
// with doubled quotes and embedded newlines; tab-separated when the header
// line has tabs and no commas (Excel's "Unicode 文本").
Table parseCsv(const std::string& s)
{
    const std::string header = s.substr(0, s.find_first_of("\r\n"));
    const char separator = header.find('\t') != std::string::npos && header.find(',') == std::string::npos ? '\t' : ',';
    Table t;
    Row row;
    std::string cell;
    bool quoted = false, wasQuoted = false;
    int line = 1, rowLine = 1;
    auto endCell = [&] {
        Cell c{cell, !wasQuoted && cell.starts_with("="), false};
        row.push_back(std::move(c));
        cell.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        const bool blank = row.size() == 1 && row[0].text.empty();
        if (!blank) {
            t.rows.push_back(std::move(row));
            t.lines.push_back(rowLine);
        }
        row.clear();
        rowLine = line;
    };
    for (size_t i = 0; i < s.size(); ++i) {
        const char ch = s[i];
        if (quoted) {
            if (ch == '"' && i + 1 < s.size() && s[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                line += ch == '\n';
                cell += ch;
            }
        } else if (ch == '"' && cell.empty()) {
            quoted = wasQuoted = true;
        } else if (ch == separator) {
            endCell();
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && i + 1 < s.size() && s[i + 1] == '\n')
                ++i;
            ++line;
            endRow();
        } else {
            cell += ch;
        }
    }
    if (quoted)
        throw InputError({"CSV 文件中引号未闭合（始于第 " + std::to_string(rowLine) + " 行）",
                          "unclosed quote in the CSV file (from line " + std::to_string(rowLine) + ")"});
    if (!cell.empty() || !row.empty())
        endRow();
    return t;
}

std::string readFileBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError({"无法读取文件：" + path, "cannot read " + path});
    in.seekg(0, std::ios::end);
    const auto size = static_cast<size_t>(in.tellg());
    if (size > kMaxFileBytes)
        throw InputError({"文件过大（" + std::to_string(size >> 20) + " MB），名册文件不应超过 32 MB",
                          "the file is too large (" + std::to_string(size >> 20) + " MB); a roster is at most 32 MB"});
    in.seekg(0);
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    return bytes;
}

Table readCsvFile(const std::string& path)
{
    return parseCsv(decodeText(readFileBytes(path)));
}

Table readTableFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError({"无法读取文件：" + path, "cannot read " + path});
    char magic[4] = {};
    in.read(magic, 4);
    if (in.gcount() == 4 && std::string(magic, 4) == std::string("PK\3\4", 4))
        return readXlsxFile(path);
    return readCsvFile(path);
}

} // namespace hx
