// roster list | import | export | cards.
#include "cli.hpp"
#include "delegate_cards.hpp"
#include "errors.hpp"
#include "roster_import.hpp"
#include "workspace.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace hx::cli {

namespace {

void printPreview(const Context& c, const ImportPreview& pv)
{
    for (const auto& col : pv.unknownColumns)
        c.out << c.say({"提示：未知列“" + col + "”，其中的内容不会导入", "note: unknown column “" + col + "” is not imported"})
              << "\n";
    for (const auto& r : pv.rows) {
        c.out << c.say({"第 " + std::to_string(r.line) + " 行", "line " + std::to_string(r.line)}) << "\t"
              << statusLabel(r.status, c.lang) << "\t" << r.person.name;
        if (!r.reason.empty())
            c.out << "\t" << c.say(r.reason);
        c.out << "\n";
    }
    using S = ImportRow::Status;
    c.out << c.say({"新增 " + std::to_string(pv.count(S::New)) + "，变更 " + std::to_string(pv.count(S::Changed))
                        + "，无变化 " + std::to_string(pv.count(S::Unchanged)) + "，错误 "
                        + std::to_string(pv.count(S::Error)),
                    std::to_string(pv.count(S::New)) + " new, " + std::to_string(pv.count(S::Changed))
                        + " changed, " + std::to_string(pv.count(S::Unchanged)) + " unchanged, "
                        + std::to_string(pv.count(S::Error)) + " in error"})
          << "\n";
}

int importRoster(const Context& c, const Args& a, Workspace& ws)
{
    if (a.words.size() != 3)
        throw InputError({"用法：huixuan-cli roster import 文件.huixuan 名册.csv|名册.xlsx [--commit]",
                          "usage: huixuan-cli roster import FILE.huixuan ROSTER.csv|ROSTER.xlsx [--commit]"});
    const std::string& source = a.words[2];
    ImportPreview pv = previewImport(ws.state().roster, readTableFile(source));
    printPreview(c, pv);
    if (!a.has("commit")) {
        c.out << c.say({"这是预览，尚未写入；确认无误后加 --commit 导入。", "This is a preview; nothing was written. Add --commit to import."})
              << "\n";
        return 0;
    }
    if (pv.count(ImportRow::Status::Error) > 0 && !a.has("skip-errors")) {
        c.err << c.say({"有错误行，未导入任何内容；改正后重试，或加 --skip-errors 只导入无误的行",
                        "rows are in error; nothing was imported. Fix them, or add --skip-errors to import the rest"})
              << "\n";
        return 1;
    }
    Verdict v = ws.execute(importCommand(pv, std::filesystem::path(source).filename().string()));
    if (!v.accepted()) {
        c.err << c.say(v.refusal) << "\n";
        return 1;
    }
    c.out << c.say({"已导入。", "Imported."}) << "\n";
    return 0;
}

// The delegate cards of a meeting's expected attendees, as a PDF to print.
int writeCards(const Context& c, const Args& a, const Workspace& ws)
{
    const std::string meeting = a.get("meeting"), out = a.get("out");
    if (meeting.empty() || out.empty())
        throw InputError({"用法：huixuan-cli roster cards 文件.huixuan --meeting 会议 --out 代表证.pdf",
                          "usage: huixuan-cli roster cards FILE.huixuan --meeting ID --out CARDS.pdf"});
    const Meeting* m = ws.state().meeting(meeting);
    if (!m)
        throw InputError({"没有这次会议：" + meeting, "no such meeting: " + meeting});
    const QByteArray pdf = delegateCards(ws.state(), *m);
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    if (!file.write(pdf.constData(), pdf.size()) || !file.flush())
        throw FileError({"无法写入 " + out, "cannot write " + out});
    c.out << c.say({"已写出 " + std::to_string(m->expected.size()) + " 张证件：" + out,
                    std::to_string(m->expected.size()) + " cards written: " + out})
          << "\n";
    return 0;
}

} // namespace

int cmdRoster(const Context& c, const Args& a)
{
    if (a.words.size() < 2)
        throw InputError({"用法：huixuan-cli roster list|import|export|cards 文件.huixuan …（见 --help）",
                          "usage: huixuan-cli roster list|import|export|cards FILE.huixuan … (see --help)"});
    const std::string& verb = a.words[0];
    if (verb != "list" && verb != "import" && verb != "export" && verb != "cards")
        throw InputError({"未知的名册操作：" + verb, "unknown roster action: " + verb});
    // Only an import with --commit writes; a preview, a list, an export and cards read.
    Workspace ws = verb == "import" && a.has("commit") ? Workspace::open(a.words[1], nowIso) : Workspace::openReadOnly(a.words[1]);
    if (verb == "import")
        return importRoster(c, a, ws);
    if (verb == "cards")
        return writeCards(c, a, ws);
    const auto rows = rosterRows(ws.state().roster);
    if (verb == "export") {
        if (a.words.size() != 3)
            throw InputError({"用法：huixuan-cli roster export 文件.huixuan 名册.xlsx",
                              "usage: huixuan-cli roster export FILE.huixuan ROSTER.xlsx"});
        writeXlsxFile(a.words[2], "名册", rows, ws.journal().lastTime());
        c.out << c.say({"已导出 " + std::to_string(rows.size() - 1) + " 人到 " + a.words[2],
                        "exported " + std::to_string(rows.size() - 1) + " people to " + a.words[2]})
              << "\n";
        return 0;
    }
    for (const auto& row : rows) {
        for (size_t i = 0; i < row.size(); ++i)
            c.out << (i ? "\t" : "") << row[i];
        c.out << "\n";
    }
    return 0;
}

} // namespace hx::cli
