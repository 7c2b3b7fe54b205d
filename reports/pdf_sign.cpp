#include "pdf_sign.hpp"

#include "errors.hpp"

#include <cstdio>
#include <map>
#include <regex>

namespace hx {

namespace {

constexpr size_t kContentsHex = 8192; // room for a CMS with one P-256 certificate

[[noreturn]] void unsupported(const std::string& why)
{
    throw InputError({"无法为此 PDF 加签名（" + why + "）", "cannot sign this PDF (" + why + ")"});
}

long refAfter(const std::string& dict, const std::string& key)
{
    std::smatch m;
    if (!std::regex_search(dict, m, std::regex(key + R"(\s+(\d+)\s+0\s+R)")))
        return 0;
    return std::stol(m[1]);
}

struct Xref {
    long size = 0, root = 0, info = 0, startxref = 0;
    std::map<long, long> offsets; // object → byte offset, newest section wins
};

std::string trailerAt(const std::string& pdf, size_t from)
{
    const auto tr = pdf.find("trailer", from);
    const auto end = tr == std::string::npos ? tr : pdf.find(">>", tr);
    if (end == std::string::npos)
        unsupported("找不到 trailer");
    return pdf.substr(tr, end - tr + 2);
}

// Reads one classic xref section at `at`; returns the position after it.
size_t readSection(const std::string& pdf, size_t at, std::map<long, long>& offsets)
{
    if (pdf.compare(at, 4, "xref") != 0)
        unsupported("不是经典的交叉引用表");
    size_t pos = at + 4;
    long first = 0, count = 0;
    int n = 0;
    while (std::sscanf(pdf.c_str() + pos, " %ld %ld%n", &first, &count, &n) == 2) {
        pos += static_cast<size_t>(n);
        while (pos < pdf.size() && (pdf[pos] == '\r' || pdf[pos] == '\n' || pdf[pos] == ' '))
            ++pos;
        for (long i = 0; i < count; ++i, pos += 20) {
            if (pos + 20 > pdf.size())
                unsupported("交叉引用表被截断");
            if (pdf[pos + 17] == 'n')
                offsets.emplace(first + i, std::atol(pdf.c_str() + pos));
        }
    }
    return pos;
}

Xref readXref(const std::string& pdf)
{
    Xref x;
    const auto sx = pdf.rfind("startxref");
    if (sx == std::string::npos)
        unsupported("找不到 startxref");
    x.startxref = std::atol(pdf.c_str() + sx + 9);
    for (long at = x.startxref, guard = 0; at > 0 && guard < 64; ++guard) {
        if (static_cast<size_t>(at) >= pdf.size())
            unsupported("startxref 越界");
        const std::string t = trailerAt(pdf, readSection(pdf, static_cast<size_t>(at), x.offsets));
        if (!x.size) {
            std::smatch m;
            if (std::regex_search(t, m, std::regex(R"(/Size\s+(\d+))")))
                x.size = std::stol(m[1]);
            x.root = refAfter(t, "/Root");
            x.info = refAfter(t, "/Info");
        }
        at = 0;
        std::smatch prev;
        if (std::regex_search(t, prev, std::regex(R"(/Prev\s+(\d+))")))
            at = std::stol(prev[1]);
    }
    if (!x.size || !x.root)
        unsupported("trailer 不完整");
    return x;
}

// The dictionary text of object `num`, from "<<" to its matching end.
std::string objectDict(const std::string& pdf, const Xref& x, long num)
{
    auto it = x.offsets.find(num);
    if (it == x.offsets.end())
        unsupported("缺少对象 " + std::to_string(num));
    const auto start = pdf.find("<<", static_cast<size_t>(it->second));
    const auto end = pdf.find("endobj", static_cast<size_t>(it->second));
    const auto close = pdf.rfind(">>", end);
    if (start == std::string::npos || end == std::string::npos || close < start || start > end)
        unsupported("对象 " + std::to_string(num) + " 不是字典");
    return pdf.substr(start, close + 2 - start);
}

std::string objectBody(const std::string& pdf, const Xref& x, long num)
{
    const long at = x.offsets.at(num);
    const auto start = pdf.find("obj", static_cast<size_t>(at)) + 3;
    const auto end = pdf.find("endobj", start);
    return pdf.substr(start, end - start);
}

// Adds `entry` inside a dictionary, before its closing ">>".
std::string withEntry(const std::string& dict, const std::string& entry)
{
    return dict.substr(0, dict.size() - 2) + entry + "\n>>";
}

std::string utf16Hex(const std::string& utf8)
{
    std::string out = "FEFF";
    char buf[8];
    for (size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const size_t len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : 4;
        unsigned cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
        for (size_t k = 1; k < len && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3f);
        i += len;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            std::snprintf(buf, sizeof buf, "%04X", 0xD800 + (cp >> 10));
            out += buf;
            cp = 0xDC00 + (cp & 0x3ff);
        }
        std::snprintf(buf, sizeof buf, "%04X", cp);
        out += buf;
    }
    return out;
}

std::string xrefTable(const std::map<long, long>& objects)
{
    std::string out = "xref\n0 1\n0000000000 65535 f \n";
    char buf[32];
    for (auto it = objects.begin(); it != objects.end();) {
        auto run = it;
        long count = 0;
        while (run != objects.end() && run->first == it->first + count)
            ++run, ++count;
        out += std::to_string(it->first) + " " + std::to_string(count) + "\n";
        for (; it != run; ++it) {
            std::snprintf(buf, sizeof buf, "%010ld 00000 n \n", it->second);
            out += buf;
        }
    }
    return out;
}

// The signature in /Contents: hex digits only, the DER object, then nothing
// but the zeros it was padded with. The padding is not covered by the
// signature, so a change there is refused rather than ignored.
bool contentsHex(const std::string& hex, std::string& der)
{
    auto nibble = [](char ch) {
        return ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
    };
    if (hex.size() % 2 != 0)
        return false;
    std::string bytes;
    for (size_t i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        bytes += static_cast<char>(hi * 16 + lo);
    }
    // A DER SEQUENCE: 0x30, then its length (short or long form).
    if (bytes.size() < 2 || static_cast<unsigned char>(bytes[0]) != 0x30)
        return false;
    size_t length = static_cast<unsigned char>(bytes[1]), header = 2;
    if (length & 0x80) {
        const size_t n = length & 0x7f;
        if (n == 0 || n > 4 || bytes.size() < 2 + n)
            return false;
        length = 0;
        for (size_t k = 0; k < n; ++k)
            length = length * 256 + static_cast<unsigned char>(bytes[2 + k]);
        header += n;
    }
    if (header + length > bytes.size())
        return false;
    if (bytes.find_first_not_of('\0', header + length) != std::string::npos)
        return false;
    der = bytes.substr(0, header + length);
    return true;
}

std::string placeholderRange()
{
    return "/ByteRange [0 " + std::string(10, ' ') + " " + std::string(10, ' ') + " " + std::string(10, ' ') + "]";
}

} // namespace

std::string signPdf(const std::string& original, const Identity& id, const PdfSignature& sig)
{
    const Xref x = readXref(original);
    const std::string catalog = objectDict(original, x, x.root);
    if (catalog.find("/AcroForm") != std::string::npos)
        unsupported("已有表单域");
    const long pages = refAfter(catalog, "/Pages");
    std::smatch kid;
    const std::string pagesDict = objectDict(original, x, pages);
    if (!std::regex_search(pagesDict, kid, std::regex(R"(/Kids\s*\[\s*(\d+)\s+0\s+R)")))
        unsupported("找不到第一页");
    const long page = std::stol(kid[1]);
    const std::string pageDict = objectDict(original, x, page);
    const long sigObj = x.size, widget = x.size + 1;
    const std::string widgetRef = std::to_string(widget) + " 0 R";

    std::map<long, std::string> objects; // the incremental update, by object number
    objects[x.root] = withEntry(catalog, "/AcroForm << /Fields [" + widgetRef + "] /SigFlags 3 >>");
    if (const long annots = refAfter(pageDict, "/Annots")) {
        std::string arr = objectBody(original, x, annots);
        const auto close = arr.rfind(']');
        if (close == std::string::npos)
            unsupported("页面批注不是数组");
        objects[annots] = arr.substr(0, close) + " " + widgetRef + "]";
    } else if (pageDict.find("/Annots") == std::string::npos) {
        objects[page] = withEntry(pageDict, "/Annots [" + widgetRef + "]");
    } else {
        unsupported("页面批注的形式不受支持");
    }
    objects[widget] = "<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /F 132 /T (HuixuanSignature) /V "
                      + std::to_string(sigObj) + " 0 R /P " + std::to_string(page) + " 0 R >>";
    objects[sigObj] = "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached " + placeholderRange()
                      + " /Contents <" + std::string(kContentsHex, '0') + "> /Reason (" + sig.reason + ") /Name <"
                      + utf16Hex(sig.name) + "> /M (" + sig.time + ") >>";

    std::string out = original;
    if (out.back() != '\n')
        out += '\n';
    std::map<long, long> offsets;
    for (const auto& [num, body] : objects) {
        offsets[num] = static_cast<long>(out.size());
        out += std::to_string(num) + " 0 obj\n" + body + "\nendobj\n";
    }
    const long xrefAt = static_cast<long>(out.size());
    out += xrefTable(offsets);
    out += "trailer\n<< /Size " + std::to_string(x.size + 2) + " /Root " + std::to_string(x.root) + " 0 R"
           + (x.info ? " /Info " + std::to_string(x.info) + " 0 R" : "") + " /Prev " + std::to_string(x.startxref)
           + " >>\nstartxref\n" + std::to_string(xrefAt) + "\n%%EOF\n";

    // The byte range is everything but the hex string of /Contents.
    const size_t sigAt = static_cast<size_t>(offsets[sigObj]);
    const size_t contents = out.find("/Contents <", sigAt) + 10;
    const size_t after = contents + kContentsHex + 2;
    char range[64];
    std::snprintf(range, sizeof range, "/ByteRange [0 %-10zu %-10zu %-10zu]", contents, after, out.size() - after);
    out.replace(out.find("/ByteRange [", sigAt), placeholderRange().size(), range);
    const std::string cms = cmsSign(id, out.substr(0, contents) + out.substr(after));
    if (cms.size() * 2 > kContentsHex)
        unsupported("签名数据过大");
    static constexpr char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < cms.size(); ++i) {
        out[contents + 1 + 2 * i] = hex[static_cast<unsigned char>(cms[i]) >> 4];
        out[contents + 2 + 2 * i] = hex[static_cast<unsigned char>(cms[i]) & 0xf];
    }
    return out;
}

PdfCheck verifyPdf(const std::string& pdf)
{
    PdfCheck r;
    const auto at = pdf.rfind("/ByteRange [");
    if (at == std::string::npos) {
        r.problem = {"文件中没有数字签名", "the file carries no digital signature"};
        return r;
    }
    r.signedPdf = true;
    long a = -1, b = -1, c = -1, d = -1;
    std::sscanf(pdf.c_str() + at, "/ByteRange [%ld %ld %ld %ld", &a, &b, &c, &d);
    const auto size = static_cast<long>(pdf.size());
    // Compared without adding: a byte range near LONG_MAX must not overflow (found by fuzz_verify).
    if (a != 0 || b <= 0 || c <= b || d < 0 || c > size || d > size - c || pdf[static_cast<size_t>(b)] != '<'
        || pdf[static_cast<size_t>(c - 1)] != '>') {
        r.problem = {"签名的字节范围无效", "the signature's byte range is invalid"};
        return r;
    }
    if (c + d != size) {
        r.problem = {"签名之后文件又被追加了内容", "content was appended after the signature"};
        return r;
    }
    std::string der;
    if (!contentsHex(pdf.substr(static_cast<size_t>(b + 1), static_cast<size_t>(c - b - 2)), der)) {
        r.problem = {"签名数据不完整或其填充被改动", "the signature data is damaged or its padding was changed"};
        return r;
    }
    const auto reason = pdf.find("/Reason (", at);
    if (reason != std::string::npos)
        r.reason = pdf.substr(reason + 9, pdf.find(')', reason) - reason - 9);
    const CmsCheck check = cmsVerify(der, pdf.substr(0, static_cast<size_t>(b)) + pdf.substr(static_cast<size_t>(c), static_cast<size_t>(d)));
    r.ok = check.ok;
    r.signer = check.signer;
    r.fingerprint = check.fingerprint;
    r.problem = check.problem;
    return r;
}

} // namespace hx
