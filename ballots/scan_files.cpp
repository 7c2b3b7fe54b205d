#include "scan_files.hpp"

#include "errors.hpp"

#include <opencv2/imgcodecs.hpp>

#include <QImage>
#include <QPainter>
#include <QPdfDocument>

#include <algorithm>
#include <filesystem>

namespace hx::scan {

namespace {

constexpr double kPdfDpi = 200;

// The largest PDF page rendered: an A3 sheet is 11 million pixels at 200 dpi. (Image files are
// bounded by OpenCV's own limit, 2^30 pixels, read from OPENCV_IO_MAX_IMAGE_PIXELS when the
// library loads: too late for the program to lower it.)
constexpr long long kMaxPixels = 100'000'000;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool isScan(const std::filesystem::path& p)
{
    static const char* const kinds[] = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf"};
    const std::string ext = lower(p.extension().string());
    return std::any_of(std::begin(kinds), std::end(kinds), [&](const char* k) { return ext == k; });
}

void pdfPages(const std::string& file, const std::function<void(ScannedPage&&)>& each)
{
    QPdfDocument pdf;
    if (pdf.load(QString::fromStdString(file)) != QPdfDocument::Error::None) {
        each({file, 1, {}});
        return;
    }
    for (int i = 0; i < pdf.pageCount(); ++i) {
        const QSizeF pt = pdf.pagePointSize(i);
        const QSize px(static_cast<int>(pt.width() / 72 * kPdfDpi), static_cast<int>(pt.height() / 72 * kPdfDpi));
        if (static_cast<long long>(px.width()) * px.height() > kMaxPixels || px.isEmpty()) {
            each({file, i + 1, cv::Mat()}); // a page no scanner makes: unreadable
            continue;
        }
        QImage grey(px, QImage::Format_Grayscale8);
        grey.fill(Qt::white); // pages render on transparency
        {
            QPainter paint(&grey);
            paint.drawImage(0, 0, pdf.render(i, px));
        }
        cv::Mat m;
        if (!grey.isNull())
            m = cv::Mat(grey.height(), grey.width(), CV_8U, const_cast<uchar*>(grey.constBits()), static_cast<size_t>(grey.bytesPerLine())).clone();
        each({file, i + 1, std::move(m)});
    }
}

} // namespace

std::vector<std::string> scanFiles(const std::vector<std::string>& paths)
{
    std::vector<std::string> out;
    for (const std::string& given : paths) {
        const std::filesystem::path p(given);
        if (std::filesystem::is_directory(p)) {
            std::vector<std::string> inside;
            for (const auto& e : std::filesystem::directory_iterator(p))
                if (e.is_regular_file() && isScan(e.path()))
                    inside.push_back(e.path().string());
            std::sort(inside.begin(), inside.end());
            out.insert(out.end(), inside.begin(), inside.end());
        } else if (!std::filesystem::is_regular_file(p)) {
            throw FileError({"找不到扫描文件：" + given, "no scanned file at " + given});
        } else if (!isScan(p)) {
            throw FileError({"不是扫描图像（应为 PNG、JPEG、TIFF 或 PDF）：" + given, "not a scanned image (PNG, JPEG, TIFF or PDF): " + given});
        } else {
            out.push_back(given);
        }
    }
    return out;
}

void forEachPage(const std::string& file, const std::function<void(ScannedPage&&)>& each)
{
    if (lower(std::filesystem::path(file).extension().string()) == ".pdf") {
        pdfPages(file, each);
        return;
    }
    const size_t pages = std::max<size_t>(1, cv::imcount(file, cv::IMREAD_GRAYSCALE));
    for (size_t i = 0; i < pages; ++i) {
        std::vector<cv::Mat> one;
        const int at = static_cast<int>(i);
        if (pages == 1)
            one.push_back(cv::imread(file, cv::IMREAD_GRAYSCALE));
        else
            cv::imreadmulti(file, one, at, 1, cv::IMREAD_GRAYSCALE);
        each({file, at + 1, one.empty() ? cv::Mat() : one.front()});
    }
}

} // namespace hx::scan
