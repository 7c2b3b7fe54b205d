#pragma once
// image://pdf/<page>/<url-encoded path>: a page of a PDF as an image, for previews.
#include <QQuickImageProvider>

class PdfPreviewProvider : public QQuickImageProvider {
public:
    PdfPreviewProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}
    QImage requestImage(const QString& id, QSize* size, const QSize& requested) override;
};
