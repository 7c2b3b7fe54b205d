#include "line_break.hpp"

#include <QStringList>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace hx {

namespace {

constexpr QChar kOpen(0xE000), kClose(0xE001), kNameOpen(0xE002), kNameClose(0xE003);
constexpr double kWordSlack = 4; // cells a line may fall short to keep a word whole

bool noLineStart(QChar c)
{
    static const QString closers = QStringLiteral("，。、；：？！）》」』”’〕】…—·,.;:?!)%");
    return closers.contains(c);
}

bool noLineEnd(QChar c)
{
    static const QString openers = QStringLiteral("（《「『“‘〔【(");
    return openers.contains(c);
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() < 0xA000;
}

// Word boundaries by ICU's dictionary for Chinese; true at i when a word starts at i.
std::vector<bool> wordStarts(const QString& s)
{
    std::vector<bool> out(static_cast<size_t>(s.size()) + 1, false);
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getSimplifiedChinese(), err));
    if (U_FAILURE(err) || !it) {
        out.assign(out.size(), true);
        return out;
    }
    const icu::UnicodeString text(reinterpret_cast<const UChar*>(s.utf16()), static_cast<int32_t>(s.size()));
    it->setText(text);
    for (int32_t p = it->first(); p != icu::BreakIterator::DONE; p = it->next())
        out[static_cast<size_t>(p)] = true;
    // Names of bodies and offices the dictionary cuts (联合|会, 委员|会): one word each.
    static const QStringList words = {QStringLiteral("妇女联合会"), QStringLiteral("联合会"), QStringLiteral("委员会"), QStringLiteral("代表大会"),
                                      QStringLiteral("党组织"), QStringLiteral("监票人"), QStringLiteral("计票人"), QStringLiteral("副主席"),
                                      QStringLiteral("筹备工作组"), QStringLiteral("全体会议"), QStringLiteral("执行委员会"), QStringLiteral("履职"),
                                      QStringLiteral("第一次"), QStringLiteral("第一届"), QStringLiteral("选举办法"), QStringLiteral("举手"),
                                      QStringLiteral("不称职"), QStringLiteral("称职"), QStringLiteral("妇女代表大会"), QStringLiteral("妇女大会"), QStringLiteral("大会期间")};
    for (const QString& w : words)
        for (qsizetype at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1))
            for (qsizetype i = at + 1; i < at + w.size(); ++i)
                out[static_cast<size_t>(i)] = false;
    return out;
}

bool endsUnit(const QString& s, qsizetype i);

// May a line end before character i (0 < i < size)? At `level` 2 every rule
// holds; a span too wide for a line is then broken at level 1 (inside it,
// numbers still whole), and as a last resort at level 0 (only the marks).
bool mayBreak(const QString& s, const std::vector<int>& span, const std::vector<bool>& named, qsizetype i, int level = 2)
{
    const QChar a = s[i - 1], b = s[i];
    if (level == 2 && span[static_cast<size_t>(i)] != 0 && span[static_cast<size_t>(i)] == span[static_cast<size_t>(i - 1)])
        return false;
    if (level == 2 && named[static_cast<size_t>(i)] && named[static_cast<size_t>(i - 1)] && !endsUnit(s, i - 1))
        return false; // inside a unit of a name: 妇女联合|会
    if (level == 0)
        return !noLineStart(b) && !noLineEnd(a);
    if (noLineStart(b) || noLineEnd(a))
        return false;
    if (cellWidth(a) < 1 && cellWidth(b) < 1 && a != QLatin1Char(' ') && b != QLatin1Char(' '))
        return false; // 2026, 10.5, HX1
    if (isDigit(a) && isHan(b))
        return false; // 10名, 1张, 2026年
    if (isDigit(b) && (a == QChar(0x7B2C) || a == QChar(0x3015) || ((a == QChar(0x5E74) || a == QChar(0x6708) || a == QChar(0x65E5) || a == QChar(0x65F6)) && i >= 2 && isDigit(s[i - 2]))))
        return false; // 第1, 〔2025〕7号, 2026年12月1日, 9时00分
    return true;
}

struct Plain {
    QString text;
    std::vector<int> span; // keep span per character, 0 outside
    std::vector<bool> named; // inside the name of a body or a place
};

// Where a unit of a body's or place's name ends: 渝中区|石油路街道|星光社区|妇女联合会.
bool endsUnit(const QString& s, qsizetype i)
{
    static const QStringList units = {QStringLiteral("中共"), QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("区"), QStringLiteral("县"),
                                      QStringLiteral("旗"), QStringLiteral("镇"), QStringLiteral("乡"), QStringLiteral("村"), QStringLiteral("街道"),
                                      QStringLiteral("社区"), QStringLiteral("联合会"), QStringLiteral("委员会"), QStringLiteral("工作委员会"),
                                      QStringLiteral("党委"), QStringLiteral("支部"), QStringLiteral("站"), QStringLiteral("学"),
                                      QStringLiteral("院"), QStringLiteral("园"), QStringLiteral("公司"), QStringLiteral("场")};
    for (const QString& u : units)
        if (i + 1 >= u.size() && s.mid(i + 1 - u.size(), u.size()) == u)
            return true;
    return false;
}

Plain strip(const QString& marked)
{
    Plain p;
    int current = 0, next = 0;
    bool named = false;
    for (QChar c : marked) {
        if (c == kOpen) {
            current = ++next;
            continue;
        }
        if (c == kClose) {
            current = 0;
            continue;
        }
        if (c == kNameOpen || c == kNameClose) {
            named = c == kNameOpen;
            continue;
        }
        p.text += c;
        p.span.push_back(current);
        p.named.push_back(named);
    }
    p.span.push_back(0);
    p.named.push_back(false);
    return p;
}

void breakParagraph(const Plain& p, qsizetype from, qsizetype to, double cells, double indent, std::vector<BrokenLine>& out)
{
    std::vector<bool> words = wordStarts(p.text.mid(from, to - from));
    // Inside a name, words end where its units do.
    for (qsizetype i = from + 1; i < to; ++i)
        if (p.named[static_cast<size_t>(i)] && p.named[static_cast<size_t>(i - 1)])
            words[static_cast<size_t>(i - from)] = endsUnit(p.text, i - 1);
    double avail = cells - indent;
    qsizetype s = from;
    if (from == to)
        out.push_back({QString(), 0, false});
    while (s < to) {
        double w = 0;
        qsizetype e = s;
        while (e < to && w + cellWidth(p.text[e]) <= avail + 1e-6)
            w += cellWidth(p.text[e++]);
        if (e == s)
            ++e;
        if (e == to) {
            out.push_back({p.text.mid(s, e - s), cellWidth(p.text.mid(s, e - s)), false});
            return;
        }
        qsizetype best = -1, fallback = -1;
        for (qsizetype b = e; b > s; --b) {
            if (!mayBreak(p.text, p.span, p.named, b))
                continue;
            if (fallback < 0)
                fallback = b;
            if (words[static_cast<size_t>(b - from)] && cellWidth(p.text.mid(s, b - s)) >= avail - kWordSlack) {
                best = b;
                break;
            }
        }
        qsizetype end = best > 0 ? best : fallback;
        const bool forced = end < 0;
        for (int level = 1; end < 0 && level >= 0; --level)
            for (qsizetype b = e; b > s && end < 0; --b)
                if (mayBreak(p.text, p.span, p.named, b, level))
                    end = b;
        if (end < 0)
            end = e;
        const QString line = p.text.mid(s, end - s);
        out.push_back({line, cellWidth(line), true, forced, best < 0});
        s = end;
        avail = cells;
    }
}

} // namespace

QString keep(const QString& text)
{
    return text.isEmpty() ? text : kOpen + text + kClose;
}

QString placeName(const QString& text)
{
    return text.isEmpty() ? text : kNameOpen + text + kNameClose;
}

QString unmarked(const QString& text)
{
    QString out = text;
    for (QChar mark : {kOpen, kClose, kNameOpen, kNameClose})
        out.remove(mark);
    return out;
}

double cellWidth(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x0370 && u != 0x00D7 && u != 0x00B7 && u != 0x00A7 ? 0.5 : 1.0;
}

double cellWidth(const QString& s)
{
    double n = 0;
    for (QChar c : s)
        n += cellWidth(c);
    return n;
}

std::vector<BrokenLine> breakLines(const QString& text, double cells, double firstIndent)
{
    const Plain p = strip(text);
    std::vector<BrokenLine> out;
    qsizetype from = 0;
    double indent = firstIndent;
    while (true) {
        qsizetype to = p.text.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = p.text.size();
        breakParagraph(p, from, to, cells, indent, out);
        if (to == p.text.size())
            break;
        from = to + 1;
        indent = 0;
    }
    return out;
}

std::vector<BrokenLine> titleLines(const QString& text, double cells)
{
    const double total = cellWidth(unmarked(text));
    const int count = std::max(1, static_cast<int>((total + cells - 0.01) / cells));
    // Prefer lines that end between words (回行时词意完整), then lines that keep names whole.
    const auto clean = [](const std::vector<BrokenLine>& lines, bool words) {
        return std::none_of(lines.begin(), lines.end(), [&](const BrokenLine& l) { return l.forced || (words && l.midWord); });
    };
    for (bool words : {true, false})
        for (int lines = count; lines <= count + 1; ++lines)
            for (double w = std::min(cells, total / lines + 2); w <= cells + 0.01; w += 1)
                if (auto out = breakLines(text, w, 0); static_cast<int>(out.size()) <= lines && clean(out, words))
                    return out;
    return breakLines(text, cells, 0);
}

} // namespace hx
