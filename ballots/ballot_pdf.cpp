#include "ballot_pdf.hpp"

#include "agenda.hpp"

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
constexpr double kHeader = 70; // mm above the grid on the first page

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
        return QStringLiteral("赞成的将姓名上方格涂满，弃权的不涂");
    return QStringLiteral("赞成的在姓名上方格内划“○”，不赞成的划“×”，弃权的不划任何符号");
}

QStringList instructions(const Meeting& m, const Contest& contest, const Round& r)
{
    const long long n = static_cast<long long>(r.candidates.size());
    QStringList out;
    out << QStringLiteral("一、本次选举应选%1%2名，候选人%3名，").arg(officeTitle(contest.office)).arg(r.seats).arg(n)
               + (n > r.seats ? QStringLiteral("差额%1名。").arg(n - r.seats) : QStringLiteral("等额选举。"));
    out << QStringLiteral("二、") + marksText(m.method.marks) + QStringLiteral("。");
    out << QStringLiteral("三、不赞成某候选人的，可在“另选人”栏内写上另选人姓名，并在其上方格内划“○”；只写姓名不划符号的，另选无效。");
    out << QStringLiteral("四、所选人数（含另选人）多于应选名额%1名的，为无效票。").arg(r.seats);
    out << QStringLiteral("五、请用黑色或蓝黑色钢笔、签字笔填写，字迹清楚，不得涂改。");
    return out;
}

void drawHeader(QPainter& p, const State& s, const Meeting& m, const Contest& contest, const Round& r, double width)
{
    const QString fed = s.federation ? QString::fromStdString(s.federation->name) : QString();
    const QString term = m.kind == "founding_congress" || m.parent.size() ? QStringLiteral("第一届") : QString();
    QString title = fed + term + officeTitle(contest.office) + QStringLiteral("选票");
    if (r.number > 1)
        title += QStringLiteral("（第%1轮）").arg(r.number);
    // The title on up to two lines, then 「（按姓氏笔画为序）」 and the instructions below it.
    p.setFont(fonts::xiaoBiaoSong(18));
    const QRectF titleBox(px(18), px(12), px(width - 36), px(20));
    const QRectF used = p.boundingRect(titleBox, Qt::AlignHCenter | Qt::TextWordWrap, title);
    p.drawText(titleBox, Qt::AlignHCenter | Qt::TextWordWrap, title);
    double y = 12 + used.height() * 25.4 / kDpi + 1.5;
    p.setFont(fonts::kaiTi(13));
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

void drawCell(QPainter& p, const BallotCell& c)
{
    p.setPen(QPen(Qt::black, px(0.35)));
    p.drawRect(rect(c.mark));
    p.drawRect(rect(c.label));
    const bool writeIn = c.kind == "write_in";
    p.setFont(writeIn ? fonts::fangSong(8) : fonts::fangSong(c.name.size() > 9 ? 10 : 12));
    if (writeIn) {
        p.setPen(Qt::gray);
        p.drawText(rect(c.label).adjusted(px(0.8), px(0.5), 0, 0), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("另选人"));
        p.setPen(Qt::black);
    } else {
        p.drawText(rect(c.label), Qt::AlignCenter, QString::fromStdString(c.name));
    }
}

void drawFooter(QPainter& p, const BallotLayout& l, int page, bool last)
{
    p.setFont(fonts::songTi(9));
    p.drawText(QRectF(px(0), px(l.height - 10), px(l.width), px(5)), Qt::AlignCenter,
               QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(l.pages.size()));
    if (!last)
        return;
    // The seal area and the contest code (contest, round and version only).
    p.setPen(QPen(Qt::gray, px(0.3), Qt::DashLine));
    const QRectF seal(px(l.width - l.margin - 40), px(l.height - l.margin - 38), px(36), px(36));
    p.drawEllipse(seal);
    p.setFont(fonts::fangSong(9));
    p.drawText(seal, Qt::AlignCenter, QStringLiteral("盖章处"));
    p.setPen(Qt::black);
    drawQr(p, QRectF(px(l.margin), px(l.height - l.margin - 32), px(22), px(22)), QString::fromStdString(l.code));
}

} // namespace

BallotPaper ballotPaper(const State& state, const Meeting& meeting, const Contest& contest, const Round& round)
{
    std::vector<std::string> names;
    for (const auto& id : round.candidates)
        names.push_back(state.nameOf(id));
    BallotPaper out{layoutBallot(meeting.parent.empty() ? meeting.id : meeting.parent, contest, round, names, kHeader), {}};
    const BallotLayout& l = out.layout;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buffer);
        preparePdfWriter(w, l.paper == "A3" ? QPageSize::A3 : QPageSize::A4, static_cast<int>(kDpi), QStringLiteral("选票"));
        QPainter p(&w);
        for (size_t i = 0; i < l.pages.size(); ++i) {
            if (i > 0)
                w.newPage();
            if (i == 0)
                drawHeader(p, state, meeting, contest, round, l.width);
            for (const BallotCell& c : l.pages[i].cells)
                drawCell(p, c);
            drawFooter(p, l, static_cast<int>(i) + 1, i + 1 == l.pages.size());
        }
    }
    out.pdf = buffer.data();
    fixToUnicode(out.pdf);
    // No date on a ballot: Qt's creation date is replaced by a fixed one.
    fixCreationDate(out.pdf);
    return out;
}

} // namespace hx
