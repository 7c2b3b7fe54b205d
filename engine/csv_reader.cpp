#include "errors.hpp"
#include "handles.hpp"
#include "table_io.hpp"

#include <fstream>
#include <iconv.h>
#include <sstream>

namespace hx {

namespace {

constexpr size_t kMaxFileBytes = 32u << 20;

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
        i += len;
    }
    return true;
}

int closeIconv(iconv_t cd)
{
    return iconv_close(cd);
}

std::string fromGb18030(const std::string& bytes)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw InputError({"系统不支持 GB18030 转换", "this system cannot convert GB18030"});
    Handle<std::remove_pointer_t<iconv_t>, closeIconv> guard(cd);
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    size_t inLeft = bytes.size();
    char* o = out.data();
    size_t outLeft = out.size();
    if (iconv(cd, &in, &inLeft, &o, &outLeft) == static_cast<size_t>(-1) || inLeft != 0)
        throw InputError({"文件编码无法识别：既不是 UTF-8 也不是 GB18030（第 "
                              + std::to_string(bytes.size() - inLeft + 1) + " 字节）",
                          "unrecognised encoding: neither UTF-8 nor GB18030 (at byte "
                              + std::to_string(bytes.size() - inLeft + 1) + ")"});
    out.resize(out.size() - outLeft);
    return out;
}

} // namespace

std::string decodeText(const std::string& bytes)
{
    if (bytes.find('\0') != std::string::npos)
        throw InputError({"文件含有二进制内容，不是文本表格", "the file holds binary data, not a text table"});
    if (bytes.starts_with("\xEF\xBB\xBF"))
        return decodeText(bytes.substr(3));
    if (validUtf8(bytes))
        return bytes;
    return fromGb18030(bytes);
}

// RFC 4180 with the tolerance of real exports: CRLF or LF, quoted fields
// with doubled quotes and embedded newlines.
Table parseCsv(const std::string& s)
{
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
        } else if (ch == ',') {
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
