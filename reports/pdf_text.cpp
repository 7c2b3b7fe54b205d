#include "pdf_text.hpp"

#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <map>

namespace hx {

namespace {

const std::map<unsigned, unsigned>& radicals()
{
    static const std::map<unsigned, unsigned> table = {
#include "radicals.inc"
    };
    return table;
}

void fixStream(QByteArray& pdf, qsizetype from, qsizetype to)
{
    for (qsizetype i = pdf.indexOf('<', from); i >= 0 && i + 5 < to; i = pdf.indexOf('<', i + 1)) {
        if (pdf[i + 5] != '>')
            continue;
        bool ok = false;
        const unsigned cp = pdf.mid(i + 1, 4).toUInt(&ok, 16);
        if (!ok)
            continue;
        if (auto it = radicals().find(cp); it != radicals().end()) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "%04X", it->second);
            pdf.replace(i + 1, 4, QByteArray(hex, 4));
        }
    }
}

} // namespace

void fixToUnicode(QByteArray& pdf)
{
    static const QRegularExpression ref(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    const QString text = QString::fromLatin1(pdf);
    for (auto it = ref.globalMatch(text); it.hasNext();) {
        const QByteArray header = "\n" + it.next().captured(1).toLatin1() + " 0 obj";
        const qsizetype obj = pdf.indexOf(header);
        const qsizetype start = obj < 0 ? -1 : pdf.indexOf("stream", obj);
        const qsizetype end = start < 0 ? -1 : pdf.indexOf("endstream", start);
        if (end > start)
            fixStream(pdf, start, end);
    }
}

void fixCreationDate(QByteArray& pdf, const QByteArray& stamp)
{
    const QByteArray key = "/CreationDate (";
    const qsizetype at = pdf.indexOf(key);
    if (at < 0 || stamp.isEmpty())
        return;
    const qsizetype length = pdf.indexOf(')', at) - at - key.size();
    pdf.replace(at + key.size(), length, stamp.left(length).leftJustified(length, '0'));
}

void preparePdfWriter(QPdfWriter& writer, QPageSize::PageSizeId size, int dpi, const QString& title)
{
    writer.setPageSize(QPageSize(size));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(dpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("会选 Huixuan"));
}

} // namespace hx
