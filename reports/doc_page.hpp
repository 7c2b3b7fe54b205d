#pragma once
// The page of an official document (GB/T 9704-2012): the type area, text on
// its 28 × 22 grid, table rows, and the paginator that places items of known
// height, keeping together what must stay together, and draws each page's
// furniture (page number, QR seal) and the last page's 版记.
#include "line_break.hpp"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QPdfWriter;

namespace hx::page {

constexpr double kDpi = 1200;
constexpr double kLeft = 28, kTop = 37, kWidth = 156, kHeight = 225; // mm, the type area
constexpr double kCell = kWidth / 28, kPitch = kHeight / 22;          // the 28 × 22 grid
inline const QColor kRed{0xE6, 0x00, 0x12};

inline double px(double mm) { return mm * kDpi / 25.4; }

// A line on the grid from x (mm) in the line whose top is y; a justified line fills `cells`.
void gridLine(QPainter& p, const BrokenLine& line, double x, double y, double cells, const QFont& font);
// Centred across the type area in a band `height` mm high from y.
void centredText(QPainter& p, const QString& text, const QFont& font, double y, double height = kPitch);
void redRule(QPainter& p, double y);

struct TableRow {
    std::vector<double> widths;               // mm
    std::vector<std::vector<QString>> cells;  // lines per cell
    QFont font;
    double height;
};
TableRow tableRow(const QStringList& row, const std::vector<double>& widths, bool header);
void drawRow(QPainter& p, const TableRow& row, double y);

using Draw = std::function<void(QPainter&, double y)>;

struct Item {
    double height;      // mm
    Draw draw;
    bool keepWithNext = false;
    int table = -1;     // a table's row: its header rows repeat on a new page
    bool header = false;
    bool space = false; // blank space: dropped at the top of a page
    bool pageBreak = false; // what follows starts a new page
};

struct Imprint {
    QString copiesTo, printer, printed;
};

// Places the items on pages and draws them; `tableHeaders[t]` are the items of table t's header.
void paginate(QPdfWriter& writer, QPainter& p, const std::vector<Item>& items,
              const std::vector<std::vector<size_t>>& tableHeaders, const std::optional<Imprint>& imprint, const QString& seal);

} // namespace hx::page
