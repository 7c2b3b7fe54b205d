#pragma once
// Makes the text of Qt-written PDFs read right: in every ToUnicode map, a
// radical code point (⼥ U+2F25, ⻢ U+2EE2, …) is replaced by the unified
// ideograph it stands for (女, 马). Same-length edits: offsets stay valid.
#include <QByteArray>
#include <QPageSize>
#include <QString>

class QPdfWriter;

namespace hx {

void fixToUnicode(QByteArray& pdf);

// A writer as every Huixuan PDF starts: the page size, no margins (the
// layout places everything), the drawing resolution, the title, the creator.
void preparePdfWriter(QPdfWriter& writer, QPageSize::PageSizeId size, int dpi, const QString& title);

// Qt stamps the wall clock as the creation date; `stamp` (a PDF date such as
// D:20261201093000Z, cut to the same length) replaces it, so the same record
// gives the same bytes and every offset stays valid.
void fixCreationDate(QByteArray& pdf, const QByteArray& stamp = "D:20000101000000Z");

} // namespace hx
