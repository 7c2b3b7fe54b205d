#pragma once
// Reading filed PDFs as a reviewer measures them: the text lines with their
// boxes (pdftotext -bbox-layout), in millimetres from the page's top left,
// and a page rendered to pixels (pdftoppm) to find ink.
#include <string>
#include <vector>

namespace hx::test {

struct PdfLine {
    int page = 0;
    int block = 0;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0; // mm
    std::u32string text;                   // words joined without spaces
};

std::vector<PdfLine> pdfLines(const std::string& pdf);
std::string utf8(const std::u32string& s);
int pdfPages(const std::string& pdf);

// A page as pixels at `dpi`; ink tests per pixel.
struct Raster {
    int width = 0, height = 0, dpi = 0;
    std::vector<unsigned char> rgb;
    bool red(int x, int y) const;
    bool dark(int x, int y) const;
    double mm(int pixels) const { return pixels * 25.4 / dpi; }
    int px(double mm) const { return static_cast<int>(mm * dpi / 25.4 + 0.5); }
    // The first row at or below `fromMm`, between xFrom and xTo (mm), with ink of the kind; -1 if none.
    double firstRow(double fromMm, double xFrom, double xTo, bool wantRed) const;
};
Raster renderPage(const std::string& pdf, int page, int dpi);

} // namespace hx::test
