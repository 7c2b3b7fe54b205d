#include "official_doc.hpp"

#include "doc_page.hpp"
#include "fonts.hpp"
#include "pdf_text.hpp"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>

namespace hx {

using namespace page;

namespace {

// Turns blocks into items of known height (page::Item); the paginator places them.
class Composer {
public:
    explicit Composer(QPainter& p) : m_p(p) {}
    std::vector<Item> items;
    std::vector<std::vector<size_t>> tableHeaders;
    std::optional<Imprint> imprint;

    void block(const OfficialDocument::Block& b);

private:
    void add(double h, Draw draw, bool keepWithNext = false) { items.push_back({h, std::move(draw), keepWithNext}); }
    void space(double h) { items.push_back({h, {}, false, -1, false, true}); }
    // Keeps the last `n` drawn items with what follows (a sender, a signature block).
    void holdLast(int n)
    {
        // Blank space between is held too; a table only when nothing else is (a line of
        // text before it is company enough, and a short table would follow as a whole).
        int held = 0;
        for (auto it = items.rbegin(); it != items.rend() && held < n; ++it) {
            if (it->table >= 0 && held > 0)
                break;
            it->keepWithNext = true;
            held += it->space ? 0 : 1;
        }
    }
    void flow(const QString& text, const QFont& font, double indent, bool keepWithNext = false);
    void redHeader(const QString& issuer);
    void number(const QStringList& text);
    void title(const QString& text);
    void table(const OfficialDocument::Block& b);
    void signatures(const QStringList& roles);
    void sender(const QString& name, const QString& date);
    void attachments(const QStringList& list);

    QPainter& m_p;
    bool m_headed = false; // a red header is open: the number line closes it with the red rule
};

void Composer::flow(const QString& text, const QFont& font, double indent, bool keepWithNext)
{
    const auto lines = breakLines(text, 28, indent);
    for (size_t i = 0; i < lines.size(); ++i) {
        const double x = kLeft + (i == 0 ? indent : 0) * kCell;
        const double cells = 28 - (i == 0 ? indent : 0);
        // No lone first or last line of a paragraph at a page's foot or head.
        const bool orphan = lines.size() > 1 && (i == 0 || i + 2 == lines.size());
        add(kPitch, [line = lines[i], x, cells, font](QPainter& p, double y) { gridLine(p, line, x, y, cells, font); },
            keepWithNext || orphan);
    }
}

void Composer::redHeader(const QString& issuer)
{
    // The mark's top edge 35 mm into the type area; a long name is condensed
    // (down to 60 %) before it is made smaller, so that it stays prominent.
    const QString t = unmarked(issuer);
    QFont f = fonts::xiaoBiaoSong(34);
    QRectF ink;
    double condense = 1; // horizontal scale, as 发文机关标志 are set in a condensed face
    while (true) {
        ink = QFontMetricsF(f, m_p.device()).tightBoundingRect(t);
        const double w = ink.width() * 25.4 / kDpi;
        condense = std::min(1.0, kWidth / w);
        if (condense >= 0.6 || f.pointSizeF() <= 16)
            break;
        f.setPointSizeF(f.pointSizeF() - 1);
    }
    const double inkTop = ink.top() * 25.4 / kDpi, inkHeight = ink.height() * 25.4 / kDpi;
    const double w = ink.width() * 25.4 / kDpi * condense, inkLeft = ink.left() * 25.4 / kDpi * condense;
    add(35 + inkHeight, [t, f, inkTop, inkLeft, w, condense](QPainter& p, double y) {
        p.save();
        p.setPen(kRed);
        p.setFont(f);
        p.translate(px(kLeft + (kWidth - w) / 2 - inkLeft), px(y + 35 - inkTop));
        p.scale(condense, 1);
        p.drawText(QPointF(0, 0), t);
        p.restore();
    }, true);
    m_headed = true;
}

void Composer::number(const QStringList& text)
{
    // Two blank lines under the mark; the red rule 4 mm under the number's line.
    space(2 * kPitch);
    const QString number = unmarked(text.value(0));
    const QString signer = unmarked(text.value(1));
    const bool headed = m_headed;
    add(kPitch * 0.8 + 4, [number, signer, headed](QPainter& p, double y) {
        const QFont body = fonts::fangSong(16);
        if (signer.isEmpty()) {
            centredText(p, number, body, y);
        } else {
            gridLine(p, {number, cellWidth(number), false}, kLeft + kCell, y, 27, body);
            const QString label = QStringLiteral("签发人：");
            const double x = kLeft + kWidth - kCell - (cellWidth(label) + cellWidth(signer)) * kCell;
            gridLine(p, {label, cellWidth(label), false}, x, y, 28, body);
            gridLine(p, {signer, cellWidth(signer), false}, x + cellWidth(label) * kCell, y, 28, fonts::kaiTi(16));
        }
        if (headed)
            redRule(p, y + kPitch * 0.8 + 4);
    }, true);
    m_headed = false;
    space(2 * kPitch); // the title two lines under the rule
}

void Composer::title(const QString& text)
{
    // Lines of at most 20 characters of size 2, balanced into a pyramid.
    const QFont f = fonts::xiaoBiaoSong(22);
    const std::vector<BrokenLine> lines = titleLines(text, 20);
    for (size_t i = 0; i < lines.size(); ++i)
        add(i + 1 == lines.size() ? 12 + kPitch : 12,
            [s = lines[i].text, f](QPainter& p, double y) { centredText(p, s, f, y, 12); }, true);
}

void Composer::table(const OfficialDocument::Block& b)
{
    double total = 0;
    for (double w : b.widths)
        total += w;
    std::vector<double> widths;
    for (double w : b.widths)
        widths.push_back(w * kWidth / total);
    const int index = static_cast<int>(tableHeaders.size());
    tableHeaders.emplace_back();
    // A short table (up to four rows under its header) stays on one page.
    const bool whole = b.rows.size() <= static_cast<size_t>(b.n) + 4;
    for (size_t r = 0; r < b.rows.size(); ++r) {
        const bool header = static_cast<int>(r) < b.n;
        TableRow row = tableRow(b.rows[r], widths, header);
        if (header)
            tableHeaders.back().push_back(items.size());
        items.push_back({row.height, [row](QPainter& p, double y) { drawRow(p, row, y); }, header || (whole && r + 1 < b.rows.size()), index, header, false});
    }
    space(kPitch * 0.5);
}

void Composer::signatures(const QStringList& roles)
{
    // Two to a row, the whole block on one page with the two lines before it: a
    // signed sheet keeps its signatures beside the figures they certify.
    holdLast(2);
    // A role too long for half a line (label and four blanks in 13 cells) takes a row of its own.
    const auto cell = [](const QString& role, double cells) {
        const QString label = unmarked(role) + QStringLiteral("：");
        return label + QString(std::max(4, static_cast<int>(cells - cellWidth(label))), QChar(0xFF3F));
    };
    const auto fits = [](const QString& role) { return cellWidth(unmarked(role)) + 1 + 4 <= 13; };
    for (qsizetype i = 0; i < roles.size();) {
        const bool pair = i + 1 < roles.size() && fits(roles[i]) && fits(roles[i + 1]);
        const QString left = cell(roles[i], pair ? 13 : 20), right = pair ? cell(roles[i + 1], 13) : QString();
        i += pair ? 2 : 1;
        add(kPitch * 1.15, [left, right](QPainter& p, double y) {
            gridLine(p, {left, cellWidth(left), false}, kLeft + kCell, y + kPitch * 0.15, 27, fonts::fangSong(16));
            if (!right.isEmpty())
                gridLine(p, {right, cellWidth(right), false}, kLeft + 15 * kCell, y + kPitch * 0.15, 13, fonts::fangSong(16));
        }, i < roles.size());
    }
}

void Composer::sender(const QString& name, const QString& date)
{
    // 成文日期 four characters in from the right; the sender centred over it
    // (kept inside the type area); two blank lines above for the seal, whose
    // top then lies within a line of the body. Never without the body's last lines.
    holdLast(2);
    const QString n = unmarked(name), d = unmarked(date);
    const double dateX = kLeft + kWidth - 4 * kCell - cellWidth(d) * kCell;
    const double centre = dateX + cellWidth(d) * kCell / 2;
    double nameX = std::min(centre - cellWidth(n) * kCell / 2, kLeft + kWidth - kCell - cellWidth(n) * kCell);
    nameX = std::max(nameX, kLeft);
    add(kPitch * 4, [n, d, nameX, dateX](QPainter& p, double y) {
        gridLine(p, {n, cellWidth(n), false}, nameX, y + 2 * kPitch, 28, fonts::fangSong(16));
        gridLine(p, {d, cellWidth(d), false}, dateX, y + 3 * kPitch, 28, fonts::fangSong(16));
    });
}

void Composer::attachments(const QStringList& list)
{
    // One blank line under the body, two characters in; a long name wraps under its own first character.
    space(kPitch);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString lead = (i == 0 ? QStringLiteral("附件：") : QString(3, QChar(0x3000)))
            + (list.size() > 1 ? QString::number(i + 1) + QStringLiteral(". ") : QString());
        const double indent = 2 + cellWidth(lead);
        const auto lines = breakLines(list[i], 28 - indent, 0);
        for (size_t k = 0; k < lines.size(); ++k) {
            const QString text = k == 0 ? lead + lines[k].text : lines[k].text;
            const double x = kLeft + (k == 0 ? 2 : indent) * kCell;
            add(kPitch, [text, x](QPainter& p, double y) { gridLine(p, {text, cellWidth(text), false}, x, y, 28, fonts::fangSong(16)); }, true);
        }
    }
}

void Composer::block(const OfficialDocument::Block& b)
{
    using K = OfficialDocument::Block::Kind;
    const QString t = b.text.value(0);
    switch (b.kind) {
    case K::RedHeader: redHeader(t); break;
    case K::Number: number(b.text); break;
    case K::AttachmentMark:
        add(kPitch * 2, [t](QPainter& p, double y) { gridLine(p, {unmarked(t), cellWidth(unmarked(t)), false}, kLeft, y, 28, fonts::heiTi(16)); }, true);
        break;
    case K::Title: title(t); break;
    case K::Subtitle:
        // A 题注 goes under the title's last line (taking back the blank line after it); a part's heading after a blank line.
        if (b.n == 0)
            items.back().height -= kPitch;
        else
            space(kPitch * 0.5);
        for (const BrokenLine& l : titleLines(t, 26))
            add(kPitch, [s = l.text](QPainter& p, double y) { centredText(p, s, fonts::kaiTi(16), y); }, true);
        if (b.n == 0)
            space(kPitch);
        break;
    case K::Addressee: flow(t, fonts::fangSong(16), 0); break;
    case K::Heading: flow(t, fonts::heiTi(16), 2, true); break;
    case K::Subheading: flow(t, fonts::kaiTi(16), 2, true); break;
    case K::Paragraph:
        if (b.n == 2)
            holdLast(1);
        flow(t, fonts::fangSong(16), 2, b.n == 1);
        break;
    case K::Line: flow(t, fonts::fangSong(16), 0, b.n == 1); break;
    case K::Table: table(b); break;
    case K::Signatures: signatures(b.text); break;
    case K::Sender: sender(t, b.text.value(1)); break;
    case K::Attachments: attachments(b.text); break;
    case K::Annotation:
        holdLast(1);
        flow(QStringLiteral("（") + t + QStringLiteral("）"), fonts::fangSong(16), 2);
        break;
    case K::Imprint: imprint = Imprint{unmarked(t), unmarked(b.text.value(1)), unmarked(b.text.value(2))}; break;
    case K::Blank: space(kPitch * b.n); break;
    case K::PageBreak: items.push_back({0, {}, false, -1, false, false, true}); break;
    }
}

} // namespace

void OfficialDocument::redHeader(const QString& issuer) { m_blocks.push_back({Block::RedHeader, {issuer}, {}, {}, 0}); }
void OfficialDocument::number(const QString& number, const QString& signer)
{
    m_blocks.push_back({Block::Number, signer.isEmpty() ? QStringList{number} : QStringList{number, signer}, {}, {}, 0});
}
void OfficialDocument::attachmentMark(const QString& mark) { m_blocks.push_back({Block::AttachmentMark, {mark}, {}, {}, 0}); }
void OfficialDocument::title(const QString& text) { m_blocks.push_back({Block::Title, {text}, {}, {}, 0}); }
void OfficialDocument::subtitle(const QString& text) { m_blocks.push_back({Block::Subtitle, {text}, {}, {}, 0}); }
void OfficialDocument::centred(const QString& text) { m_blocks.push_back({Block::Subtitle, {text}, {}, {}, 1}); }
void OfficialDocument::addressee(const QString& text) { m_blocks.push_back({Block::Addressee, {text + QStringLiteral("：")}, {}, {}, 0}); }
void OfficialDocument::heading(const QString& text) { m_blocks.push_back({Block::Heading, {text}, {}, {}, 0}); }
void OfficialDocument::subheading(const QString& text) { m_blocks.push_back({Block::Subheading, {text}, {}, {}, 0}); }
void OfficialDocument::paragraph(const QString& text) { m_blocks.push_back({Block::Paragraph, {text}, {}, {}, 0}); }
void OfficialDocument::lead(const QString& text) { m_blocks.push_back({Block::Paragraph, {text}, {}, {}, 1}); }
void OfficialDocument::closing(const QString& text) { m_blocks.push_back({Block::Paragraph, {text}, {}, {}, 2}); }
void OfficialDocument::line(const QString& text) { m_blocks.push_back({Block::Line, {text}, {}, {}, 0}); }
void OfficialDocument::leadLine(const QString& text) { m_blocks.push_back({Block::Line, {text}, {}, {}, 1}); }
void OfficialDocument::table(const std::vector<double>& widths, const std::vector<QStringList>& rows, int headerRows)
{
    m_blocks.push_back({Block::Table, {}, widths, rows, headerRows});
}
void OfficialDocument::signatures(const QStringList& roles) { m_blocks.push_back({Block::Signatures, roles, {}, {}, 0}); }
void OfficialDocument::sender(const QString& name, const QString& date) { m_blocks.push_back({Block::Sender, {name, date}, {}, {}, 0}); }
void OfficialDocument::attachments(const QStringList& items) { m_blocks.push_back({Block::Attachments, items, {}, {}, 0}); }
void OfficialDocument::annotation(const QString& text) { m_blocks.push_back({Block::Annotation, {text}, {}, {}, 0}); }
void OfficialDocument::imprint(const QString& copiesTo, const QString& printer, const QString& printed)
{
    m_blocks.push_back({Block::Imprint, {copiesTo, printer, printed}, {}, {}, 0});
}
void OfficialDocument::blank(int lines) { m_blocks.push_back({Block::Blank, {}, {}, {}, lines}); }
void OfficialDocument::append(const OfficialDocument& attachment)
{
    m_blocks.push_back({Block::PageBreak, {}, {}, {}, 0});
    m_blocks.insert(m_blocks.end(), attachment.m_blocks.begin(), attachment.m_blocks.end());
}

QByteArray OfficialDocument::pdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        preparePdfWriter(writer, QPageSize::A4, static_cast<int>(kDpi), unmarked(m_meta.title));
        QPainter painter(&writer);
        Composer c(painter);
        for (const Block& b : m_blocks)
            c.block(b);
        paginate(writer, painter, c.items, c.tableHeaders, c.imprint, m_meta.seal);
    }
    QByteArray out = buffer.data();
    fixToUnicode(out);
    fixCreationDate(out, m_meta.pdfDate.toLatin1());
    return out;
}

} // namespace hx
