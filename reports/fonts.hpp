#pragma once
// Font families for official documents and ballots: the official faces when
// installed (office machines have them), else Noto CJK.
#include <QFont>

namespace hx::fonts {

QFont fangSong(double pt);     // body: 仿宋_GB2312 / 仿宋 → Noto Serif CJK SC
QFont xiaoBiaoSong(double pt); // titles: 方正小标宋 → Noto Serif CJK SC Bold
QFont heiTi(double pt);        // 一、 headings: 黑体 → Noto Sans CJK SC
QFont kaiTi(double pt);        // （一） headings, 签发人: 楷体 → AR PL KaitiM GB (fonts-arphic-gkai00mp) → Noto Serif CJK SC
QFont songTi(double pt);       // page numbers: 宋体 → Noto Serif CJK SC

} // namespace hx::fonts
