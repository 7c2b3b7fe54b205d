#include "delegate_cards.hpp"

#include "fonts.hpp"
#include "pdf_text.hpp"
#include "qr.hpp"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace hx {

namespace {

constexpr double kDpi = 600;
constexpr double kCardW = 85, kCardH = 54; // mm, the size of a name badge insert
constexpr int kColumns = 2, kRows = 5;
constexpr double kGapX = 10, kGapY = 2;
constexpr double kLeft = (210 - kColumns * kCardW - (kColumns - 1) * kGapX) / 2;
constexpr double kTop = (297 - kRows * kCardH - (kRows - 1) * kGapY) / 2;

double px(double mm)
{
    return mm * kDpi / 25.4;
}

QRectF box(double x, double y, double w, double h)
{
    return {px(x), px(y), px(w), px(h)};
}

QString cardTitle(const Meeting& m)
{
    const bool congress = m.kind == "founding_congress" || m.kind == "reelection_congress";
    return congress ? QStringLiteral("代 表 证") : QStringLiteral("出 席 证");
}

// One card with its top-left corner at (x, y) mm.
void drawCard(QPainter& p, const State& s, const Meeting& m, const Person& person, double x, double y)
{
    p.setPen(QPen(Qt::gray, px(0.2), Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box(x, y, kCardW, kCardH));
    p.setPen(Qt::black);
    const QString fed = s.federation ? QString::fromStdString(s.federation->name) : QString();
    p.setFont(fonts::fangSong(8));
    p.drawText(box(x + 4, y + 3, kCardW - 8, 9), Qt::AlignHCenter | Qt::TextWordWrap, QString::fromStdString(m.title.empty() ? fed.toStdString() : m.title));
    p.setPen(QColor(0xb7, 0x1c, 0x1c));
    p.setFont(fonts::xiaoBiaoSong(16));
    p.drawText(box(x + 4, y + 12, kCardW - 8, 9), Qt::AlignHCenter, cardTitle(m));
    p.setPen(Qt::black);
    // The name large on the left, the code on the right.
    p.setFont(fonts::heiTi(person.name.size() > 12 ? 16 : 22));
    p.drawText(box(x + 4, y + 24, kCardW - 36, 13), Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(person.name));
    p.setFont(fonts::fangSong(8));
    const std::string detail = person.workplace + (person.workplace.empty() || person.post.empty() ? "" : " ") + person.post;
    p.drawText(box(x + 4, y + 38, kCardW - 36, 12), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, QString::fromStdString(detail));
    drawQr(p, box(x + kCardW - 29, y + 23, 25, 25), QString::fromStdString(cardCode(m.id, person.id)));
    p.setFont(fonts::songTi(6));
    p.setPen(Qt::darkGray);
    p.drawText(box(x + kCardW - 29, y + 48, 25, 4), Qt::AlignHCenter, QString::fromStdString(person.id));
}

} // namespace

std::string cardCode(const std::string& meeting, const std::string& person)
{
    return "HX1:" + meeting + ":" + person;
}

QByteArray delegateCards(const State& state, const Meeting& meeting)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buffer);
        preparePdfWriter(w, QPageSize::A4, static_cast<int>(kDpi), cardTitle(meeting).remove(' '));
        QPainter p(&w);
        int n = 0;
        for (const std::string& id : meeting.expected) {
            const Person* person = state.roster.find(id);
            if (!person)
                continue;
            if (n > 0 && n % (kColumns * kRows) == 0)
                w.newPage();
            const int slot = n % (kColumns * kRows);
            drawCard(p, state, meeting, *person, kLeft + (slot % kColumns) * (kCardW + kGapX), kTop + (slot / kColumns) * (kCardH + kGapY));
            ++n;
        }
    }
    QByteArray pdf = buffer.data();
    fixToUnicode(pdf);
    // No date on a card: the same record gives the same bytes.
    fixCreationDate(pdf);
    return pdf;
}

} // namespace hx
