#include "pdf_preview.hpp"

#include <QPdfDocument>
#include <QUrl>

QImage PdfPreviewProvider::requestImage(const QString& id, QSize* size, const QSize& requested)
{
    const qsizetype slash = id.indexOf('/');
    const int page = id.left(slash).toInt();
    QPdfDocument pdf;
    if (slash < 0 || pdf.load(QUrl::fromPercentEncoding(id.mid(slash + 1).toUtf8())) != QPdfDocument::Error::None || pdf.pageCount() == 0)
        return {};
    const int p = std::clamp(page, 0, pdf.pageCount() - 1);
    const QSizeF points = pdf.pagePointSize(p);
    const int height = requested.height() > 0 ? requested.height() : 1100;
    const QSize pixels(static_cast<int>(points.width() * height / points.height()), height);
    QImage image = pdf.render(p, pixels);
    if (size)
        *size = image.size();
    return image;
}
