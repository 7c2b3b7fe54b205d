#include "fonts.hpp"

#include <QFontDatabase>
#include <QStringList>

namespace hx::fonts {

namespace {

QFont pick(std::initializer_list<const char*> families, double pt, bool boldFallback = false)
{
    const QStringList installed = QFontDatabase::families();
    QFont f;
    bool found = false;
    for (const char* fam : families)
        if (installed.contains(QString::fromUtf8(fam))) {
            f = QFont(QString::fromUtf8(fam));
            found = true;
            break;
        }
    if (!found) {
        f = QFont(boldFallback ? "Noto Serif CJK SC" : QString::fromUtf8(*(families.end() - 1)));
        f.setBold(boldFallback);
    }
    f.setPointSizeF(pt);
    f.setKerning(false);
    return f;
}

} // namespace

QFont fangSong(double pt) { return pick({"FangSong_GB2312", "仿宋_GB2312", "仿宋", "FangSong", "Noto Serif CJK SC"}, pt); }
QFont xiaoBiaoSong(double pt) { return pick({"方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "方正小标宋"}, pt, true); }
QFont heiTi(double pt) { return pick({"黑体", "SimHei", "Noto Sans CJK SC"}, pt); }
QFont kaiTi(double pt) { return pick({"楷体_GB2312", "楷体", "KaiTi", "AR PL KaitiM GB", "Noto Serif CJK SC"}, pt); }
QFont songTi(double pt) { return pick({"宋体", "SimSun", "Noto Serif CJK SC"}, pt); }

} // namespace hx::fonts
