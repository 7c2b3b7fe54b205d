#pragma once
// A document in the official layout of GB/T 9704-2012: A4, top margin 37 mm,
// left 28 mm, a 156 × 225 mm type area holding 22 lines of 28 characters of
// size-3 FangSong (16 pt); the issuing body's red mark 35 mm into the type
// area, the document number (with 签发人 for an upward document) two lines
// under it and the red rule 4 mm under that; the title in size-2
// Xiaobiaosong two lines under the rule; headings 一、 in HeiTi and （一） in
// KaiTi; the sender and date kept with the body's last lines (never alone on
// a page); signature lines kept together; 版记 at the foot of the last page;
// page numbers "— 1 —" in size 4, 7 mm under the type area, odd pages right,
// even pages left; a QR code with the record's seal on every page.
// Lines break by the Chinese rules (line_break.hpp): mark names with keep().
#include "line_break.hpp"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace hx {

struct DocMeta {
    QString title;    // PDF title
    QString seal;     // QR text, HX1|<id>|<digest>
    QString pdfDate;  // D:YYYYMMDDHHMMSSZ, written as the PDF's creation date
};

class OfficialDocument {
public:
    explicit OfficialDocument(DocMeta meta) : m_meta(std::move(meta)) {}

    void redHeader(const QString& issuer);                      // 发文机关标志 (the red rule follows number())
    // 发文字号; with a signer it is an upward document: number left, 签发人 right, on one line.
    void number(const QString& number, const QString& signer = {});
    void attachmentMark(const QString& mark);                   // 附件1, top left in HeiTi
    void title(const QString& text);
    void subtitle(const QString& text);                         // 题注 under the title, centred, KaiTi
    void centred(const QString& text);                          // a part's heading inside a document, centred, KaiTi
    void addressee(const QString& text);                        // 主送机关, one blank line under the title
    void heading(const QString& text);                          // 一、 (HeiTi)
    void subheading(const QString& text);                       // （一） (KaiTi)
    void paragraph(const QString& text);                        // first line indented two characters
    void lead(const QString& text);                             // a paragraph kept with the one after it
    void closing(const QString& text);                          // a paragraph kept with the one before it
    void line(const QString& text);                             // no indent
    void leadLine(const QString& text);                         // no indent, kept with what follows
    void table(const std::vector<double>& widths, const std::vector<QStringList>& rows, int headerRows = 1);
    void signatures(const QStringList& roles);                  // 角色：＿＿＿＿ lines, kept together
    void sender(const QString& name, const QString& date);      // 署名 and 成文日期
    void attachments(const QStringList& items);                 // 附件：1. … after one blank line
    void annotation(const QString& text);                       // 附注: （…） under the date, two characters in
    // 版记: 抄送 (may be empty), 印发机关 and 印发日期 between rules at the foot of the last page.
    void imprint(const QString& copiesTo, const QString& printer, const QString& printed);
    void blank(int lines = 1);
    // Another document bound after this one, from a new page (an attachment before the 版记).
    void append(const OfficialDocument& attachment);

    // The PDF; the same blocks and meta give the same bytes.
    QByteArray pdf() const;

    struct Block {
        enum Kind { RedHeader, Number, AttachmentMark, Title, Subtitle, Addressee, Heading, Subheading, Paragraph, Line, Table, Signatures, Sender, Attachments, Annotation, Imprint, Blank, PageBreak } kind;
        QStringList text;
        std::vector<double> widths;
        std::vector<QStringList> rows;
        int n = 0;
    };

private:
    DocMeta m_meta;
    std::vector<Block> m_blocks;
};

} // namespace hx
