#include "ballot_pdf.hpp"

#include "agenda.hpp"

#include "fonts.hpp"
#include "line_break.hpp"
#include "pdf_text.hpp"
#include "qr.hpp"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace hx {

namespace {

constexpr double kDpi = 600;

double px(double mm)
{
    return mm * kDpi / 25.4;
}

QRectF rect(const Box& b)
{
    return QRectF(px(b.x), px(b.y), px(b.w), px(b.h));
}

QString officeTitle(const std::string& office)
{
    return QString::fromStdString(hx::officeTitle(office));
}

QString marksText(const std::string& marks)
{
    if (marks == "tick_cross_circle")
        return QStringLiteral("赞成的在姓名上方格内划“√”，不赞成的划“×”，弃权的划“〇”");
    if (marks == "filled_boxes")
        return QStringLiteral("赞成的将姓名上方格涂满，不赞成的和弃权的不涂");
    return QStringLiteral("赞成的在姓名上方格内划“○”，不赞成的划“×”，弃权的不划任何符号");
}

QStringList instructions(const Meeting& m, const Contest& contest, const Round& r)
{
    const long long n = static_cast<long long>(r.candidates.size());
    QStringList out;
    out << QStringLiteral("一、本次选举应选%1%2名，候选人%3名，").arg(officeTitle(contest.office)).arg(r.seats).arg(n)
               + (n > r.seats ? QStringLiteral("差额%1名。").arg(n - r.seats) : QStringLiteral("等额选举。"));
    out << QStringLiteral("二、") + marksText(m.method.marks) + QStringLiteral("。");
    out << QStringLiteral("三、不赞成某候选人的，可在“另选人”栏内写上另选人姓名，") + QString::fromStdString(writeInZh(m.method.marks)) + QStringLiteral("。");
    out << QStringLiteral("四、所选人数（含另选人）多于应选名额（%1名）的，为无效票。").arg(r.seats);
    out << QStringLiteral("五、请用黑色或蓝黑色钢笔、签字笔填写，字迹清楚，不得涂改。");
    return out;
}

QString ballotTitle(const State& s, const Meeting& m, const Contest& contest, const Round& r)
{
    const QString fed = s.federation ? QString::fromStdString(s.federation->name) : QString();
    const QString term = m.kind == "founding_congress" || m.parent.size() ? QStringLiteral("第一届") : QString();
    QString title = keep(fed) + term + officeTitle(contest.office) + QStringLiteral("选票");
    if (r.number > 1)
        title += r.kind == "tie" ? QStringLiteral("（再次投票）") : r.kind == "supplementary" ? QStringLiteral("（另行选举）") : QStringLiteral("（重新选举）");
    return title;
}

// A later sheet: the title and the contest again, so that a loose sheet names its ballot.
void drawContinuation(QPainter& p, const QString& title, double width)
{
    p.setFont(fonts::xiaoBiaoSong(13));
    p.drawText(QRectF(px(15), px(12), px(width - 30), px(8)), Qt::AlignCenter, unmarked(title) + QStringLiteral("（续）"));
    p.setFont(fonts::kaiTi(11));
    p.drawText(QRectF(px(15), px(21), px(width - 30), px(6)), Qt::AlignCenter, QStringLiteral("（按姓氏笔画为序）"));
}

void drawHeader(QPainter& p, const QString& title, const Meeting& m, const Contest& contest, const Round& r, double width)
{
    // The title on up to two lines, then 「（按姓氏笔画为序）」 and the instructions below it.
    p.setFont(fonts::xiaoBiaoSong(18));
    double y = 12;
    for (const BrokenLine& line : titleLines(title, (width - 36) / (18 * 25.4 / 72))) {
        p.drawText(QRectF(px(18), px(y), px(width - 36), px(8.5)), Qt::AlignCenter, line.text);
        y += 8.5;
    }
    y += 1.5;
    p.setFont(fonts::kaiTi(13));
    if (r.candidates.size() > 1) // an order note over one name says nothing
        p.drawText(QRectF(px(15), px(y), px(width - 30), px(7)), Qt::AlignCenter, QStringLiteral("（按姓氏笔画为序）"));
    y += 9;
    p.setFont(fonts::fangSong(10.5));
    for (const QString& line : instructions(m, contest, r)) {
        const QRectF box(px(20), px(y), px(width - 40), px(10));
        QRectF used = p.boundingRect(box, Qt::TextWordWrap, line);
        p.drawText(box, Qt::TextWordWrap, line);
        y += used.height() * 25.4 / kDpi + 1;
    }
}

// The name as large as fits its cell (12 pt down to 8 pt), on two lines if it must: never clipped.
// The top 1.4 mm stay clear: the scanner looks there for a mark crossing out of the box above.
void drawName(QPainter& p, const QRectF& cell, const QString& name)
{
    const QRectF inner = cell.adjusted(px(0.6), px(1.4), -px(0.6), -px(0.4));
    for (double pt = 12; pt >= 8; pt -= 0.5) {
        p.setFont(fonts::fangSong(pt));
        if (p.fontMetrics().horizontalAdvance(name) <= inner.width()) {
            p.drawText(cell, Qt::AlignCenter, name);
            return;
        }
    }
    // Two lines, broken after the middle dot of a transcribed name (阿依古丽·/买买提), else in the middle.
    const qsizetype dot = name.indexOf(QChar(0x00B7));
    const qsizetype cut = dot > 0 ? dot + 1 : (name.size() + 1) / 2;
    const QString lines = name.left(cut) + QLatin1Char('\n') + name.mid(cut);
    for (double pt = 12; pt >= 5; pt -= 0.5) {
        p.setFont(fonts::fangSong(pt));
        const QRectF used = p.boundingRect(QRectF(0, 0, px(200), px(200)), Qt::AlignLeft, lines);
        if ((used.width() <= inner.width() && used.height() <= inner.height()) || pt <= 5) {
            p.drawText(inner, Qt::AlignCenter, lines);
            return;
        }
    }
}

void drawCell(QPainter& p, const BallotCell& c)
{
    p.setPen(QPen(Qt::black, px(0.35)));
    p.drawRect(rect(c.mark));
    p.drawRect(rect(c.label));
    const bool writeIn = c.kind == "write_in";
    if (writeIn) {
        p.setFont(fonts::fangSong(8));
        p.setPen(Qt::gray);
        // At the foot of the cell: the top stays clear, the name is written above it.
        p.drawText(rect(c.label).adjusted(px(0.8), 0, 0, -px(0.5)), Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("另选人"));
        p.setPen(Qt::black);
    } else {
        drawName(p, rect(c.label), QString::fromStdString(c.name));
    }
}

// Every sheet: 第 n 张 共 N 张, the seal area and the sheet's code (contest, round, version and sheet only).
void drawFooter(QPainter& p, const BallotLayout& l, const BallotPage& page)
{
    p.setFont(fonts::songTi(9));
    p.drawText(QRectF(px(0), px(l.height - 10), px(l.width), px(5)), Qt::AlignCenter,
               QStringLiteral("第 %1 张 共 %2 张").arg(page.number).arg(l.pages.size()));
    p.setPen(QPen(Qt::gray, px(0.3), Qt::DashLine));
    const QRectF seal(px(l.width - l.margin - 40), px(l.height - l.margin - 38), px(36), px(36));
    p.drawEllipse(seal);
    p.setFont(fonts::fangSong(9));
    p.drawText(seal, Qt::AlignCenter, QStringLiteral("盖章处"));
    p.setPen(Qt::black);
    drawQr(p, rect(page.qr), QString::fromStdString(page.code));
    for (const Box& b : l.registration)
        p.fillRect(rect(b), Qt::black);
}

} // namespace

BallotPaper ballotPaper(const State& state, const Meeting& meeting, const Contest& contest, const Round& round)
{
    BallotPaper out{ballotLayout(state, meeting, contest, round), {}};
    const BallotLayout& l = out.layout;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buffer);
        preparePdfWriter(w, l.paper == "A3" ? QPageSize::A3 : QPageSize::A4, static_cast<int>(kDpi), QStringLiteral("选票"));
        QPainter p(&w);
        const QString title = ballotTitle(state, meeting, contest, round);
        for (size_t i = 0; i < l.pages.size(); ++i) {
            if (i > 0)
                w.newPage();
            if (i == 0)
                drawHeader(p, title, meeting, contest, round, l.width);
            else
                drawContinuation(p, title, l.width);
            for (const BallotCell& c : l.pages[i].cells)
                drawCell(p, c);
            drawFooter(p, l, l.pages[i]);
        }
    }
    out.pdf = buffer.data();
    fixToUnicode(out.pdf);
    // No date on a ballot: Qt's creation date is replaced by a fixed one.
    fixCreationDate(out.pdf);
    return out;
}

} // namespace hx
