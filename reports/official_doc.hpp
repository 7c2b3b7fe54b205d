#pragma once
// A document in the official layout of GB/T 9704-2012: A4, top margin 37 mm,
// left 28 mm, a 156 × 225 mm type area holding 22 lines of 28 characters of
// size-3 FangSong (16 pt); title in size-2 Xiaobiaosong (22 pt); headings
// 一、 in HeiTi and （一） in KaiTi; page numbers "— 1 —" in size 4, odd pages
// right, even pages left; a QR code with the record's seal on every page.
// Fonts are chosen by family with fallbacks to Noto CJK.
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

    void redHeader(const QString& issuer);                      // 发文机关标志 and the red rule
    void number(const QString& number, const QString& signer = {}); // 发文字号 (with 签发人 for a request)
    void title(const QString& text);
    void addressee(const QString& text);                        // 主送机关
    void heading(const QString& text);                          // 一、 (HeiTi)
    void subheading(const QString& text);                       // （一） (KaiTi)
    void paragraph(const QString& text);                        // first line indented two characters
    void line(const QString& text);                             // no indent
    void table(const std::vector<double>& widths, const std::vector<QStringList>& rows, int headerRows = 1);
    void signatures(const QStringList& roles);                  // 角色：＿＿＿＿ lines
    void sender(const QString& name, const QString& date);      // 署名 and 成文日期
    void attachments(const QStringList& items);                 // 附件：1. …
    void blank(int lines = 1);

    // The PDF; the same blocks and meta give the same bytes.
    QByteArray pdf() const;

    struct Block {
        enum Kind { RedHeader, Number, Title, Addressee, Heading, Subheading, Paragraph, Line, Table, Signatures, Sender, Attachments, Blank } kind;
        QStringList text;
        std::vector<double> widths;
        std::vector<QStringList> rows;
        int n = 0;
    };

private:
    DocMeta m_meta;
    std::vector<Block> m_blocks;
};

// Text cells on the 28-character grid: CJK and full-width characters one
// cell, ASCII half a cell; closing punctuation never starts a line.
std::vector<QString> wrapToGrid(const QString& text, double cells, double firstIndent);

} // namespace hx
