#pragma once
// Makes the text of Qt-written PDFs read right: in every ToUnicode map, a
// radical code point (⼥ U+2F25, ⻢ U+2EE2, …) is replaced by the unified
// ideograph it stands for (女, 马). Same-length edits: offsets stay valid.
#include <QByteArray>

namespace hx {

void fixToUnicode(QByteArray& pdf);

} // namespace hx
