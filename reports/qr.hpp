#pragma once
// QR codes through libqrencode, drawn with QPainter.
#include <QRectF>
#include <QString>

class QPainter;

namespace hx {

// Draws `text` as a QR code (error correction M) filling `square`; false if it cannot be encoded.
bool drawQr(QPainter& p, const QRectF& square, const QString& text);

} // namespace hx
