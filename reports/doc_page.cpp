#include "doc_page.hpp"

#include "fonts.hpp"
#include "qr.hpp"

#include <QPdfWriter>

namespace hx::page {

namespace {

double mm(double pixels)
{
    return pixels * 25.4 / kDpi;
}

// Page number "— n —" in size 4, its dashes 7 mm under the type area; odd pages right, even left, one character in.
void pageNumber(QPainter& p, int page)
{
    const QFont f = fonts::songTi(14);
    p.setFont(f);
    p.setPen(Qt::black);
    const QString text = QStringLiteral("— %1 —").arg(page);
    const QFontMetricsF fm(f, p.device());
    const double dashTop = mm(fm.tightBoundingRect(QStringLiteral("—")).top());
    const double w = mm(fm.horizontalAdvance(text));
    const bool odd = page % 2 == 1;
    const double x = odd ? kLeft + kWidth - kCell - w : kLeft + kCell;
    p.drawText(QPointF(px(x), px(kTop + kHeight + 7 - dashTop)), text);
}

// The record's seal as a QR code in the foot margin, opposite the page number.
void sealCode(QPainter& p, int page, const QString& seal)
{
    if (seal.isEmpty())
        return;
    const double side = 17;
    const double qx = page % 2 == 1 ? kLeft : kLeft + kWidth - side;
    const double top = kTop + kHeight + 12;
    drawQr(p, QRectF(px(qx), px(top), px(side), px(side)), seal);
    p.setFont(fonts::songTi(6.5));
    p.drawText(QRectF(px(qx - 4), px(top + side), px(side + 8), px(3)), Qt::AlignHCenter, QStringLiteral("核验码"));
}

constexpr double kImprintRow = 7.5;

constexpr double kImprintCell = 14 * 25.4 / 72; // size 4

// 抄送's names on lines that fit between one character in on each side, after 抄送：.
std::vector<BrokenLine> copyLines(const Imprint& m)
{
    if (m.copiesTo.isEmpty())
        return {};
    return breakLines(m.copiesTo, kWidth / kImprintCell - 2 - 3, 0);
}

double imprintHeight(const Imprint& m)
{
    return kImprintRow + (m.copiesTo.isEmpty() ? 0 : kImprintRow + (static_cast<double>(copyLines(m).size()) - 1) * kImprintRow * 0.8);
}

void rule(QPainter& p, double y, double weight)
{
    p.setPen(QPen(Qt::black, px(weight)));
    p.drawLine(QPointF(px(kLeft), px(y)), QPointF(px(kLeft + kWidth), px(y)));
}

// 版记: between a heavy rule and a heavy rule on the type area's lower edge,
// 抄送 over a light rule, then 印发机关 (one character in) and 印发日期 (one character in from the right).
void drawImprint(QPainter& p, const Imprint& m)
{
    // Size 4; smaller only when the printer and the date would not fit on their line.
    QFont f = fonts::fangSong(14);
    const double cell = 14 * 25.4 / 72;
    const auto width = [&](const QString& s) { return mm(QFontMetricsF(f, p.device()).horizontalAdvance(s)); };
    while (f.pointSizeF() > 9 && width(m.printer + m.printed + QStringLiteral("印发")) > kWidth - 4 * cell)
        f.setPointSizeF(f.pointSizeF() - 0.5);
    const double bottom = kTop + kHeight;
    double y = bottom - imprintHeight(m);
    rule(p, y, 0.35);
    p.setFont(f);
    p.setPen(Qt::black);
    const auto text = [&](const QString& s, double x, double top) {
        p.drawText(QRectF(px(x), px(top), px(kWidth), px(kImprintRow)), Qt::AlignLeft | Qt::AlignVCenter, s);
    };
    if (!m.copiesTo.isEmpty()) {
        // A second line aligns with the first name, after the colon (GB/T 9704 7.4.2).
        const auto lines = copyLines(m);
        for (size_t i = 0; i < lines.size(); ++i) {
            text((i == 0 ? QStringLiteral("抄送：") : QString()) + lines[i].text, kLeft + cell + (i == 0 ? 0 : 3 * cell), y);
            y += i + 1 < lines.size() ? kImprintRow * 0.8 : kImprintRow;
        }
        rule(p, y, 0.25);
    }
    text(m.printer, kLeft + cell, y);
    const QString date = m.printed + QStringLiteral("印发");
    text(date, kLeft + kWidth - cell - width(date), y);
    rule(p, bottom, 0.35);
}

} // namespace

void gridLine(QPainter& p, const BrokenLine& line, double x, double y, double cells, const QFont& font)
{
    p.setFont(font);
    p.setPen(Qt::black);
    const double baseline = y + kPitch * 0.72;
    const qsizetype n = line.text.size();
    // The extra space of a justified line goes between characters, never inside a number (1 2月).
    const auto inside = [&](qsizetype i) { return cellWidth(line.text[i]) < 1 && cellWidth(line.text[i + 1]) < 1; };
    qsizetype gaps = 0;
    for (qsizetype i = 0; i + 1 < n; ++i)
        gaps += inside(i) ? 0 : 1;
    const double extra = line.justify && gaps > 0 ? (cells - line.cells) * kCell / static_cast<double>(gaps) : 0;
    // Each character in its cell; a half-width one narrower than its half cell
    // (a hyphen in 023-6385) centred in it, so that copied text has no gap.
    const QFontMetricsF fm(font, p.device());
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line.text[i];
        const double cell = cellWidth(c) * kCell;
        const double inset = cellWidth(c) < 1 ? std::max(0.0, (cell - mm(fm.horizontalAdvance(c))) / 2) : 0;
        p.drawText(QPointF(px(x + inset), px(baseline)), QString(c));
        x += cell + (i + 1 < n && inside(i) ? 0 : extra);
    }
}

void centredText(QPainter& p, const QString& text, const QFont& font, double y, double height)
{
    p.setFont(font);
    p.setPen(Qt::black);
    const double w = mm(QFontMetricsF(font, p.device()).horizontalAdvance(text));
    p.drawText(QPointF(px(kLeft + (kWidth - w) / 2), px(y + height * 0.72)), text);
}

void redRule(QPainter& p, double y)
{
    p.setPen(QPen(kRed, px(0.6)));
    p.drawLine(QPointF(px(kLeft), px(y)), QPointF(px(kLeft + kWidth), px(y)));
    p.setPen(Qt::black);
}

TableRow tableRow(const QStringList& row, const std::vector<double>& widths, bool header)
{
    const double pt = header ? 11 : 11.5;
    TableRow out{widths, {}, header ? fonts::heiTi(pt) : fonts::fangSong(pt), 6.5};
    const double em = pt * 25.4 / 72, lineHeight = em * 1.3;
    for (size_t i = 0; i < widths.size(); ++i) {
        std::vector<QString> lines;
        for (const BrokenLine& l : breakLines(row.value(static_cast<qsizetype>(i)), (widths[i] - 1.6) / em, 0))
            lines.push_back(l.text);
        out.height = std::max(out.height, static_cast<double>(lines.size()) * lineHeight + 2.5);
        out.cells.push_back(std::move(lines));
    }
    return out;
}

void drawRow(QPainter& p, const TableRow& row, double y)
{
    p.setFont(row.font);
    p.setPen(QPen(Qt::black, px(0.25)));
    const double em = row.font.pointSizeF() * 25.4 / 72, lineHeight = em * 1.3;
    double x = kLeft;
    for (size_t i = 0; i < row.widths.size(); ++i) {
        p.drawRect(QRectF(px(x), px(y), px(row.widths[i]), px(row.height)));
        const auto& lines = row.cells[i];
        double top = y + (row.height - static_cast<double>(lines.size()) * lineHeight) / 2;
        for (const QString& l : lines) {
            p.drawText(QRectF(px(x), px(top), px(row.widths[i]), px(lineHeight)), Qt::AlignCenter, l);
            top += lineHeight;
        }
        x += row.widths[i];
    }
}

void paginate(QPdfWriter& writer, QPainter& p, const std::vector<Item>& items,
              const std::vector<std::vector<size_t>>& tableHeaders, const std::optional<Imprint>& imprint, const QString& seal)
{
    const double bottom = kTop + kHeight + 0.01;
    int page = 1;
    double y = kTop;
    const auto finish = [&] {
        pageNumber(p, page);
        sealCode(p, page, seal);
    };
    const auto newPage = [&] {
        finish();
        writer.newPage();
        ++page;
        y = kTop;
    };
    for (size_t i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        if (it.pageBreak) {
            if (y > kTop + 0.01)
                newPage();
            continue;
        }
        if (it.space && y <= kTop + 0.01)
            continue;
        double chain = it.height;
        for (size_t j = i; items[j].keepWithNext && j + 1 < items.size(); ++j)
            chain += items[j + 1].height;
        const bool fits = y + it.height <= bottom, chainFits = y + chain <= bottom;
        if (y > kTop + 0.01 && (!fits || (!chainFits && chain <= kHeight))) {
            newPage();
            if (it.space)
                continue;
            if (it.table >= 0 && !it.header)
                for (size_t h : tableHeaders[static_cast<size_t>(it.table)]) {
                    items[h].draw(p, y);
                    y += items[h].height;
                }
        }
        if (it.draw)
            it.draw(p, y);
        y += it.height;
    }
    if (imprint) {
        // 版记 on the last page; when it needs a page of its own, on the back of the sheet
        // (an even page), after an unnumbered blank page if need be, the 版记 page unnumbered too.
        // The 版记 goes at the foot of an even (back) page: on this one if it is even and has room;
        // else on the next page if that is even (numbered); else after an unnumbered blank page, itself unnumbered.
        const bool fits = y + 3 + imprintHeight(*imprint) <= bottom;
        if (page % 2 == 1 || !fits) {
            finish();
            writer.newPage();
            if (++page % 2 == 1) {
                writer.newPage();
                ++page;
                drawImprint(p, *imprint);
                sealCode(p, page, seal);
                return;
            }
        }
        drawImprint(p, *imprint);
    }
    finish();
}

} // namespace hx::page
