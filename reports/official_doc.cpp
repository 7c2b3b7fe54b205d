#include "official_doc.hpp"

#include "fonts.hpp"
#include "pdf_text.hpp"
#include "qr.hpp"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace hx {

namespace {

constexpr double kDpi = 1200;
constexpr double kLeft = 28, kTop = 37, kWidth = 156, kHeight = 225; // mm, GB/T 9704 type area
constexpr double kCell = kWidth / 28, kPitch = kHeight / 22;          // the 28 × 22 grid
constexpr double kRed[] = {0xE6, 0x00, 0x12};

double px(double mm)
{
    return mm * kDpi / 25.4;
}

// Latin letters, digits and ASCII punctuation take half a cell; every CJK
// character, full-width form and symbol (“ ” ○ × ①) takes a whole one.
bool isHalfWidth(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x0370 && u != 0x00D7 && u != 0x00B7 && u != 0x00A7;
}

bool noLineStart(QChar c)
{
    static const QString closers = QStringLiteral("，。、；：？！）》」』”’〕】…,.;:?!)");
    return closers.contains(c);
}

double width(QChar c)
{
    return isHalfWidth(c) ? 0.5 : 1.0;
}

// Draws the blocks onto pages; owns the painter's cursor.
class Renderer {
public:
    Renderer(QPdfWriter& w, const DocMeta& meta) : m_writer(w), m_meta(meta), m_p(&w) { m_y = kTop; }
    ~Renderer() { finishPage(); }

    void block(const OfficialDocument::Block& b);

private:
    void ensure(double mm)
    {
        if (m_y + mm > kTop + kHeight + 0.01)
            newPage();
    }
    void newPage()
    {
        finishPage();
        m_writer.newPage();
        ++m_page;
        m_y = kTop;
    }
    void finishPage()
    {
        if (m_finished == m_page)
            return;
        m_finished = m_page;
        // Page number "— n —", size 4, 7 mm under the type area; odd right, even left, one character in.
        m_p.setFont(fonts::songTi(14));
        m_p.setPen(Qt::black);
        const QString text = QStringLiteral("— %1 —").arg(m_page);
        const double w = m_p.fontMetrics().horizontalAdvance(text) * 25.4 / kDpi;
        const bool odd = m_page % 2 == 1;
        const double x = odd ? kLeft + kWidth - kCell - w : kLeft + kCell;
        m_p.drawText(QPointF(px(x), px(kTop + kHeight + 7 + 4.5)), text);
        if (!m_meta.seal.isEmpty()) {
            const double side = 17;
            const double qx = odd ? kLeft : kLeft + kWidth - side;
            drawQr(m_p, QRectF(px(qx), px(kTop + kHeight + 3), px(side), px(side)), m_meta.seal);
            m_p.setFont(fonts::songTi(6.5));
            m_p.drawText(QRectF(px(qx - 4), px(kTop + kHeight + 3 + side), px(side + 8), px(3)), Qt::AlignHCenter, QStringLiteral("核验码"));
        }
    }
    // One line of text on the grid from `x` (mm), baseline in the current line.
    void gridText(const QString& s, double x, const QFont& font)
    {
        m_p.setFont(font);
        const double baseline = m_y + kPitch * 0.72;
        for (QChar c : s) {
            m_p.drawText(QPointF(px(x), px(baseline)), QString(c));
            x += width(c) * kCell;
        }
    }
    void flow(const QString& text, const QFont& font, double indent)
    {
        bool first = true;
        for (const QString& l : wrapToGrid(text, 28, indent)) {
            ensure(kPitch);
            gridText(l, kLeft + (first ? indent : 0) * kCell, font);
            m_y += kPitch;
            first = false;
        }
    }
    double cells(const QString& s) const
    {
        double n = 0;
        for (QChar c : s)
            n += width(c);
        return n;
    }
    void centred(const QString& s, const QFont& font, double lineMm)
    {
        m_p.setFont(font);
        const double w = m_p.fontMetrics().horizontalAdvance(s) * 25.4 / kDpi;
        m_p.drawText(QPointF(px(kLeft + (kWidth - w) / 2), px(m_y + lineMm * 0.75)), s);
        m_y += lineMm;
    }
    void title(const QString& text);
    void table(const OfficialDocument::Block& b);
    void tableRow(const QStringList& row, const std::vector<double>& widths, double h, bool header);
    double rowHeight(const QStringList& row, const std::vector<double>& widths, bool header);

    QPdfWriter& m_writer;
    const DocMeta& m_meta;
    QPainter m_p;
    double m_y;
    int m_page = 1;
    int m_finished = 0;
};

void Renderer::title(const QString& text)
{
    const QFont f = fonts::xiaoBiaoSong(22);
    m_p.setFont(f);
    // Lines of at most the type width; a long title breaks into a pyramid of lines.
    std::vector<QString> lines(1);
    for (QChar c : text) {
        if (m_p.fontMetrics().horizontalAdvance(lines.back() + c) * 25.4 / kDpi > kWidth - 2 * kCell)
            lines.emplace_back();
        lines.back() += c;
    }
    ensure(12.0 * static_cast<double>(lines.size()));
    for (const QString& l : lines)
        centred(l, f, 12);
    m_y += kPitch;
}

void Renderer::tableRow(const QStringList& row, const std::vector<double>& widths, double h, bool header)
{
    const QFont font = header ? fonts::heiTi(11) : fonts::fangSong(11.5);
    m_p.setFont(font);
    m_p.setPen(QPen(Qt::black, px(0.25)));
    double x = kLeft;
    for (size_t i = 0; i < widths.size(); ++i) {
        const QRectF cell(px(x), px(m_y), px(widths[i]), px(h));
        m_p.drawRect(cell);
        const QString text = i < static_cast<size_t>(row.size()) ? row[static_cast<qsizetype>(i)] : QString();
        m_p.drawText(cell.adjusted(px(0.8), 0, -px(0.8), 0), Qt::AlignCenter | Qt::TextWordWrap, text);
        x += widths[i];
    }
    m_y += h;
}

// At least 8 mm; taller when a cell's text wraps onto more lines.
double Renderer::rowHeight(const QStringList& row, const std::vector<double>& widths, bool header)
{
    m_p.setFont(header ? fonts::heiTi(11) : fonts::fangSong(11.5));
    double h = 8.0;
    for (size_t i = 0; i < widths.size() && i < static_cast<size_t>(row.size()); ++i) {
        const QRectF box(0, 0, px(widths[i] - 1.6), px(200));
        const QRectF used = m_p.boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, row[static_cast<qsizetype>(i)]);
        h = std::max(h, used.height() / px(1) + 2.5);
    }
    return h;
}

void Renderer::table(const OfficialDocument::Block& b)
{
    double total = 0;
    for (double w : b.widths)
        total += w;
    std::vector<double> widths;
    for (double w : b.widths)
        widths.push_back(w * kWidth / total);
    for (size_t r = 0; r < b.rows.size(); ++r) {
        const bool header = static_cast<int>(r) < b.n;
        const double h = rowHeight(b.rows[r], widths, header);
        if (m_y + h > kTop + kHeight) {
            newPage();
            for (int k = 0; k < b.n; ++k) // repeat the header on a new page
                tableRow(b.rows[static_cast<size_t>(k)], widths, rowHeight(b.rows[static_cast<size_t>(k)], widths, true), true);
        }
        tableRow(b.rows[r], widths, h, header);
    }
    m_y += kPitch * 0.5;
}

void Renderer::block(const OfficialDocument::Block& b)
{
    using K = OfficialDocument::Block::Kind;
    const QString t = b.text.value(0);
    switch (b.kind) {
    case K::RedHeader: {
        m_p.setPen(QColor(kRed[0], kRed[1], kRed[2]));
        m_y += 8;
        // As large as fits the type area's width, up to size 1 (初号 is too large for long names).
        QFont f = fonts::xiaoBiaoSong(34);
        while (f.pointSizeF() > 16) {
            m_p.setFont(f);
            if (m_p.fontMetrics().horizontalAdvance(t) * 25.4 / kDpi <= kWidth)
                break;
            f.setPointSizeF(f.pointSizeF() - 1);
        }
        centred(t, f, 18);
        m_y += 14;
        m_p.setPen(QPen(QColor(kRed[0], kRed[1], kRed[2]), px(0.6)));
        m_p.drawLine(QPointF(px(kLeft), px(m_y)), QPointF(px(kLeft + kWidth), px(m_y)));
        m_p.setPen(Qt::black);
        m_y += kPitch;
        break;
    }
    case K::Number:
        if (b.text.size() > 1) { // a request: number one character in from the left, 签发人 on the right
            gridText(t, kLeft + kCell, fonts::fangSong(16));
            const QString signer = QStringLiteral("签发人：") + b.text[1];
            gridText(signer, kLeft + kWidth - kCell - cells(signer) * kCell, fonts::fangSong(16));
            m_y += kPitch * 2;
        } else {
            centred(t, fonts::fangSong(16), kPitch * 2);
        }
        break;
    case K::Title: title(t); break;
    case K::Addressee: flow(t, fonts::fangSong(16), 0); break;
    case K::Heading: flow(t, fonts::heiTi(16), 2); break;
    case K::Subheading: flow(t, fonts::kaiTi(16), 2); break;
    case K::Paragraph: flow(t, fonts::fangSong(16), 2); break;
    case K::Line: flow(t, fonts::fangSong(16), 0); break;
    case K::Table: table(b); break;
    case K::Signatures:
        for (const QString& role : b.text) {
            ensure(kPitch * 1.5);
            m_y += kPitch * 0.5;
            gridText(role + QStringLiteral("：") + QString(12, QChar(0xFF3F)), kLeft + 2 * kCell, fonts::fangSong(16));
            m_y += kPitch;
        }
        break;
    case K::Sender: {
        // 成文日期 right-aligned, four characters in; the sender centred over it; room for the seal.
        ensure(kPitch * 5);
        m_y += kPitch * 2;
        const QString date = b.text[1];
        const double dateX = kLeft + kWidth - 4 * kCell - cells(date) * kCell;
        const double centre = dateX + cells(date) * kCell / 2;
        gridText(t, centre - cells(t) * kCell / 2, fonts::fangSong(16));
        m_y += kPitch;
        gridText(date, dateX, fonts::fangSong(16));
        m_y += kPitch;
        break;
    }
    case K::Attachments:
        for (qsizetype i = 0; i < b.text.size(); ++i) {
            const QString lead = i == 0 ? QStringLiteral("附件：") : QString(3, QChar(0x3000));
            flow(lead + QString::number(i + 1) + QStringLiteral(". ") + b.text[i], fonts::fangSong(16), 2);
        }
        break;
    case K::Blank: m_y += kPitch * b.n; break;
    }
}

} // namespace

std::vector<QString> wrapToGrid(const QString& text, double cells, double firstIndent)
{
    std::vector<QString> lines(1);
    double used = firstIndent;
    for (QChar c : text) {
        if (c == QLatin1Char('\n')) {
            lines.emplace_back();
            used = 0;
            continue;
        }
        // Closing punctuation hangs at the end of a full line rather than start the next.
        if (used + width(c) > cells + 0.01 && !noLineStart(c)) {
            lines.emplace_back();
            used = 0;
        }
        lines.back() += c;
        used += width(c);
    }
    return lines;
}

void OfficialDocument::redHeader(const QString& issuer) { m_blocks.push_back({Block::RedHeader, {issuer}, {}, {}, 0}); }
void OfficialDocument::number(const QString& number, const QString& signer)
{
    m_blocks.push_back({Block::Number, signer.isEmpty() ? QStringList{number} : QStringList{number, signer}, {}, {}, 0});
}
void OfficialDocument::title(const QString& text) { m_blocks.push_back({Block::Title, {text}, {}, {}, 0}); }
void OfficialDocument::addressee(const QString& text) { m_blocks.push_back({Block::Addressee, {text + QStringLiteral("：")}, {}, {}, 0}); }
void OfficialDocument::heading(const QString& text) { m_blocks.push_back({Block::Heading, {text}, {}, {}, 0}); }
void OfficialDocument::subheading(const QString& text) { m_blocks.push_back({Block::Subheading, {text}, {}, {}, 0}); }
void OfficialDocument::paragraph(const QString& text) { m_blocks.push_back({Block::Paragraph, {text}, {}, {}, 0}); }
void OfficialDocument::line(const QString& text) { m_blocks.push_back({Block::Line, {text}, {}, {}, 0}); }
void OfficialDocument::table(const std::vector<double>& widths, const std::vector<QStringList>& rows, int headerRows)
{
    m_blocks.push_back({Block::Table, {}, widths, rows, headerRows});
}
void OfficialDocument::signatures(const QStringList& roles) { m_blocks.push_back({Block::Signatures, roles, {}, {}, 0}); }
void OfficialDocument::sender(const QString& name, const QString& date) { m_blocks.push_back({Block::Sender, {name, date}, {}, {}, 0}); }
void OfficialDocument::attachments(const QStringList& items) { m_blocks.push_back({Block::Attachments, items, {}, {}, 0}); }
void OfficialDocument::blank(int lines) { m_blocks.push_back({Block::Blank, {}, {}, {}, lines}); }

QByteArray OfficialDocument::pdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        preparePdfWriter(writer, QPageSize::A4, static_cast<int>(kDpi), m_meta.title);
        Renderer r(writer, m_meta);
        for (const Block& b : m_blocks)
            r.block(b);
    }
    QByteArray out = buffer.data();
    fixToUnicode(out);
    fixCreationDate(out, m_meta.pdfDate.toLatin1());
    return out;
}

} // namespace hx
