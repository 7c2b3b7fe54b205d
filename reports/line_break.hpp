#pragma once
// Chinese line breaking on the document grid (the 禁则 of GB/T 15834 and
// common typesetting practice): no closing punctuation at a line's start, no
// opening punctuation at its end, a number kept whole with its unit, a name
// or other marked span never split, and words (ICU's dictionary segmentation)
// kept whole where that leaves a line at most four cells short. Short lines
// are justified by the renderer; nothing hangs outside the grid.
#include <QString>

#include <vector>

namespace hx {

// A span that must stay on one line: a person's name, a body's name.
QString keep(const QString& text);
// The name of a body or a place (渝中区石油路街道星光社区妇女联合会): a line
// breaks inside it only after one of its units (区, 街道, 社区, 委员会, …).
QString placeName(const QString& text);
// The text without keep or name marks.
QString unmarked(const QString& text);

// The width of a character in grid cells: ASCII letters and digits half a
// cell, CJK characters, full-width forms and symbols a whole one.
double cellWidth(QChar c);
double cellWidth(const QString& s);

struct BrokenLine {
    QString text;   // without keep marks
    double cells;   // natural width
    bool justify;   // not a paragraph's last line: spread to the full width
    bool forced = false; // ends inside a kept span (it was wider than a line)
    bool midWord = false; // ends inside a word: no word boundary left the line full enough
};

// Lines of at most `cells` cells; the first starts `firstIndent` cells in.
// A span wider than a whole line is broken where it must.
std::vector<BrokenLine> breakLines(const QString& text, double cells, double firstIndent);

// A title's lines: as few as `cells` allows, balanced so that the first is no
// shorter than the next (GB/T 9704 7.3.1: 梯形或菱形, words kept whole).
std::vector<BrokenLine> titleLines(const QString& text, double cells);

} // namespace hx
