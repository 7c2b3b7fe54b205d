#include "qr.hpp"

#include "handles.hpp"

#include <QPainter>
#include <qrencode.h>

namespace hx {

bool drawQr(QPainter& p, const QRectF& square, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    Handle<QRcode, QRcode_free> code(QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M));
    if (!code)
        return false;
    const int n = code->width, quiet = 2;
    const double cell = square.width() / (n + 2 * quiet);
    p.save();
    p.fillRect(square, Qt::white);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (code->data[y * n + x] & 1)
                p.drawRect(QRectF(square.left() + (x + quiet) * cell, square.top() + (y + quiet) * cell, cell, cell));
    p.restore();
    return true;
}

} // namespace hx
