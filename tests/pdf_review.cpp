#include "pdf_review.hpp"

#include "strokes.hpp"
#include "support.hpp"

#include <regex>

namespace hx::test {

namespace {

double attr(const std::string& tag, const char* name)
{
    const std::string key = std::string(name) + "=\"";
    const auto at = tag.find(key);
    return at == std::string::npos ? 0 : std::stod(tag.substr(at + key.size()));
}

std::string unescape(std::string s)
{
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}})
        for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
            s.replace(at, from.size(), to);
    return s;
}

} // namespace

std::vector<PdfLine> pdfLines(const std::string& pdf)
{
    const std::string xml = capture("pdftotext -bbox-layout '" + pdf + "' - 2>/dev/null");
    std::vector<PdfLine> out;
    int page = 0, block = 0;
    const std::regex tag(R"(<(page|block|line|word)\b[^>]*>([^<]*))");
    PdfLine* line = nullptr;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), tag); it != std::sregex_iterator(); ++it) {
        const std::string kind = (*it)[1], whole = (*it)[0];
        const double k = 25.4 / 72;
        if (kind == "page") {
            ++page;
        } else if (kind == "block") {
            ++block;
        } else if (kind == "line") {
            out.push_back({page, block, attr(whole, "xMin") * k, attr(whole, "yMin") * k, attr(whole, "xMax") * k, attr(whole, "yMax") * k, {}});
            line = &out.back();
        } else if (line) {
            line->text += decodeUtf8(unescape((*it)[2]));
        }
    }
    return out;
}

std::string utf8(const std::u32string& s)
{
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

int pdfPages(const std::string& pdf)
{
    const std::string info = capture("pdfinfo '" + pdf + "' 2>/dev/null");
    std::smatch m;
    return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : 0;
}

bool Raster::red(int x, int y) const
{
    const unsigned char* p = &rgb[(static_cast<size_t>(y) * width + x) * 3];
    return p[0] > 180 && p[1] < 110 && p[2] < 110;
}

bool Raster::dark(int x, int y) const
{
    const unsigned char* p = &rgb[(static_cast<size_t>(y) * width + x) * 3];
    return p[0] < 110 && p[1] < 110 && p[2] < 110;
}

double Raster::firstRow(double fromMm, double xFrom, double xTo, bool wantRed) const
{
    for (int y = px(fromMm); y < height; ++y)
        for (int x = px(xFrom); x < std::min(width, px(xTo)); ++x)
            if (wantRed ? red(x, y) : dark(x, y))
                return mm(y);
    return -1;
}

Raster renderPage(const std::string& pdf, int page, int dpi)
{
    TempDir tmp;
    const std::string base = tmp.path("p");
    capture("pdftoppm -r " + std::to_string(dpi) + " -f " + std::to_string(page) + " -l " + std::to_string(page) + " -singlefile '" + pdf + "' '" + base + "'");
    const std::string ppm = readFile(base + ".ppm");
    Raster r;
    r.dpi = dpi;
    // P6\n<w> <h>\n255\n<bytes>
    size_t pos = 0;
    const auto token = [&] {
        while (pos < ppm.size() && std::isspace(static_cast<unsigned char>(ppm[pos])))
            ++pos;
        const size_t start = pos;
        while (pos < ppm.size() && !std::isspace(static_cast<unsigned char>(ppm[pos])))
            ++pos;
        return ppm.substr(start, pos - start);
    };
    if (token() != "P6")
        return r;
    r.width = std::stoi(token());
    r.height = std::stoi(token());
    token();
    ++pos;
    r.rgb.assign(ppm.begin() + static_cast<std::ptrdiff_t>(pos), ppm.end());
    if (r.rgb.size() < static_cast<size_t>(r.width) * r.height * 3)
        r.width = r.height = 0;
    return r;
}

} // namespace hx::test
