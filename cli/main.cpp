// huixuan-cli: the command-line front end. A thin composition root: it
// parses words, reads the clock and the language, and calls the engine.
#include "cli.hpp"
#include "errors.hpp"

#include <nlohmann/json.hpp>

#include <QGuiApplication>
#include <QHashFunctions>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <map>

using namespace hx;
using namespace hx::cli;

namespace {

struct Sub {
    int (*run)(const Context&, const Args&);
    std::vector<std::string> flags;
    Text usage;
};

const std::map<std::string, Sub>& subcommands()
{
    static const std::map<std::string, Sub> subs = {
        {"init", {cmdInit, {"no-key"}, {
            "huixuan-cli init 文件.huixuan --name 妇联名称 --kind 类型 --party-org 同级党组织 --upper 上级妇联 [--import-key 密钥 --import-cert 证书] [--no-key]\n"
            "  新建工作区并建立妇联，同时生成签名密钥（ECDSA P-256，口令加密）和证书。类型：village 村、community 社区、township 乡镇、street 街道、new_sector 新领域、system 机关事业单位系统。\n"
            "  口令取自环境变量 HUIXUAN_PASSPHRASE 或 --passphrase-file。",
            "huixuan-cli init FILE.huixuan --name NAME --kind KIND --party-org PARTY_ORG --upper UPPER_FEDERATION [--import-key KEY --import-cert CERT] [--no-key]\n"
            "  Creates a workspace, its federation and its signing key (ECDSA P-256, passphrase-encrypted) and certificate.\n"
            "  KIND: village, community, township, street, new_sector, system. The passphrase comes from HUIXUAN_PASSPHRASE or --passphrase-file."}}},
        {"run", {cmdRun, {}, {
            "huixuan-cli run 场景.json --out 目录\n  按场景文件逐步运行会议，写出 目录/result.json、工作区及其日志；遇到被拒绝的步骤即停止该会议。",
            "huixuan-cli run SCENARIO.json --out DIR\n  Plays a scenario through the engine; writes DIR/result.json, the workspace and its journal. A refused step stops its meeting."}}},
        {"verify", {cmdVerify, {}, {
            "huixuan-cli verify 文件.huixuan | 文件.pdf [--record record.json] [--cert 证书 | --workspace 文件.huixuan] | record.json [--workspace 文件.huixuan] | --qr 核验码 --record record.json\n"
            "  给出本妇联证书（--cert，或 --workspace 取工作区的证书）时，其他密钥的签名一律不予认可；输出签名证书的 SHA-256 指纹。\n"
            "  工作区：重新计算日志哈希链，报告第一处断链；PDF：核验数字签名及其与记录的一致性；record.json：核验其签名（及其依据的日志）；核验码：与记录比对。",
            "huixuan-cli verify FILE.huixuan | FILE.pdf [--record record.json] [--cert CERT | --workspace FILE.huixuan] | record.json [--workspace FILE.huixuan] | --qr TEXT --record record.json\n"
            "  Given the federation's certificate (--cert, or the workspace's with --workspace), a signature by any other key is refused; prints the signer's SHA-256 fingerprint.\n"
            "  A workspace: recomputes the journal's hash chain and names the first broken link; a PDF: checks its signature and its record;\n"
            "  record.json: checks its signature (and the journal it names); a scanned code: compares it with the record."}}},
        {"documents", {cmdDocuments, {}, {
            "huixuan-cli documents 文件.huixuan --meeting 会议 --out 目录 [--key 密钥 --cert 证书]\n  生成会议的全套文件（选票、计票结果报告单、选举结果报告等），均加数字签名。口令取自 HUIXUAN_PASSPHRASE 或 --passphrase-file。",
            "huixuan-cli documents FILE.huixuan --meeting ID --out DIR [--key KEY --cert CERT]\n  Writes the meeting's signed document set. The passphrase comes from HUIXUAN_PASSPHRASE or --passphrase-file."}}},
        {"do", {cmdDo, {}, {
            "huixuan-cli do 文件.huixuan '{\"do\":\"操作\", …}'\n"
            "  执行一条引擎命令（与控制台、场景文件同一格式，见 docs/scenario.md），例如登记执委会议的议题审议、述职、评议和散会。",
            "huixuan-cli do FILE.huixuan '{\"do\":\"VERB\", …}'\n"
            "  Executes one engine command (the scenario step format, docs/scenario.md): executive meetings' topics, duty reports, reviews, closing."}}},
        {"register", {cmdRegister, {}, {
            "huixuan-cli register 文件.huixuan [show|history] [--as-of 日期]\n"
            "  执委名册：现任执委、人数范围、劝退建议、待通报的资格终止、逾期的“七个一”事项；history 列出全部变动。\n"
            "huixuan-cli register 文件.huixuan documents --out 目录 [--as-of 日期]\n"
            "  生成名册和年度履职评议汇总（加数字签名）。\n"
            "huixuan-cli register 文件.huixuan release|withdraw|terminate|keep|take-office|leave-office|record-duty|record-executives --person 编号 …\n"
            "  例：release --person e08 --date 2025-02-10 --reason left_area --approved 2025-02-15 --number 文号",
            "huixuan-cli register FILE.huixuan [show|history] [--as-of DATE]\n"
            "  The register: serving executives, the size range, proposed withdrawals, terminations to report, overdue seven-ones duties;\n"
            "  history lists every change.\n"
            "huixuan-cli register FILE.huixuan documents --out DIR [--as-of DATE]\n"
            "  Writes the signed register extract and the year's duty-review summary.\n"
            "huixuan-cli register FILE.huixuan release|withdraw|terminate|keep|take-office|leave-office|record-duty|record-executives --person ID …\n"
            "  e.g. release --person e08 --date 2025-02-10 --reason left_area --approved 2025-02-15 --number NO"}}},
        {"result", {cmdResult, {}, {
            "huixuan-cli result 文件.huixuan\n  输出工作区中每次会议的结果（result.json 的格式：应到、实到、各轮票数、当选人）。",
            "huixuan-cli result FILE.huixuan\n  Prints every meeting's result in the result.json format (expected, present, each round's figures, the elected)."}}},
        {"scan", {cmdScan, {"json", "dry-run"}, {
            "huixuan-cli scan 文件.huixuan 图像或文件夹… [--contest 选举] [--dry-run] [--json]\n"
            "  读取扫描的选票（PNG、JPEG、TIFF、PDF；文件夹中按文件名顺序）：每张或读出各格（赞成、不赞成、未划、须裁定），\n"
            "  或搁置并说明原因（不是本工作区在计票中的轮次的选票、找不到定位标记、二维码读不出）。--json 每张输出一行 JSON。\n"
            "  不加 --dry-run 时，图像按 SHA-256 保存在工作区旁的 文件.scans/ 中，这一批作为本轮双人录入的第二次录入记录下来；\n"
            "  计票人录入 A，两者逐张比对。有搁置或缺页的张时退出码为 3。",
            "huixuan-cli scan FILE.huixuan IMAGE|DIR… [--contest CONTEST] [--dry-run] [--json]\n"
            "  Reads scanned ballot sheets (PNG, JPEG, TIFF, PDF; a folder's files by name): each is read cell by cell (approve, oppose,\n"
            "  blank, unclear) or set aside with its reason (not a ballot of a round this workspace is counting, corner marks not found,\n"
            "  code unreadable). --json prints one JSON object per sheet. Without --dry-run the images are kept by their SHA-256 in\n"
            "  FILE.scans/ beside the workspace and the batch is recorded as the round's second entry of double entry; the tellers\n"
            "  enter stack A and the two are compared ballot by ballot. Exit status 3 when a sheet was set aside or a ballot held."}}},
        {"scan-queue", {cmdScanQueue, {"json"}, {
            "huixuan-cli scan-queue 文件.huixuan [--cut 文件夹] [--json]\n"
            "  列出扫描后仍待处理的事项：标记不清的格子和搁置的选票（由监票人裁定：do scan_decide），写有姓名的另选人格\n"
            "  （由计票人录入：do scan_transcribe）。--cut 把每一格从保存的图像中剪出，存为 PNG。有待处理事项时退出码为 3。",
            "huixuan-cli scan-queue FILE.huixuan [--cut DIR] [--json]\n"
            "  Lists what the scan still waits for: unclear cells and set-aside ballots for the scrutineers (do scan_decide), written\n"
            "  names for a teller (do scan_transcribe). --cut writes each cell cut out of its kept image as PNG. Exit status 3 while anything waits."}}},
        {"scan-image", {cmdScanImage, {}, {
            "huixuan-cli scan-image 文件.huixuan 图像SHA-256 [--page 页] --out 图.png\n"
            "  把保存的扫描图像连同读出的标记画出来：赞成绿、不赞成红、须裁定橙、未划灰，写有姓名的另选人格蓝框。",
            "huixuan-cli scan-image FILE.huixuan IMAGE-SHA-256 [--page N] --out PICTURE.png\n"
            "  Draws a kept scanned page with its marks as read: approve green, oppose red, unclear orange, blank grey, a written name boxed in blue."}}},
        {"log", {cmdLog, {"json"}, {
            "huixuan-cli log 文件.huixuan [--json]\n  逐条列出日志事件。",
            "huixuan-cli log FILE.huixuan [--json]\n  Lists the journal's events, one per line."}}},
        {"roster", {cmdRoster, {"commit", "skip-errors"}, {
            "huixuan-cli roster list 文件.huixuan\n"
            "huixuan-cli roster import 文件.huixuan 名册.csv|名册.xlsx [--commit [--skip-errors]]\n"
            "  先预览（新增／变更／错误及原因），加 --commit 才写入；有错误行时需 --skip-errors。\n"
            "huixuan-cli roster export 文件.huixuan 名册.xlsx\n"
            "huixuan-cli roster cards 文件.huixuan --meeting 会议 --out 代表证.pdf\n"
            "  打印会议应到人员的代表证（出席证），每张带二维码，扫码枪扫码即可签到。",
            "huixuan-cli roster list FILE.huixuan\n"
            "huixuan-cli roster import FILE.huixuan ROSTER.csv|ROSTER.xlsx [--commit [--skip-errors]]\n"
            "  Previews first (new / changed / error with reasons); --commit writes; rows in error need --skip-errors.\n"
            "huixuan-cli roster export FILE.huixuan ROSTER.xlsx\n"
            "huixuan-cli roster cards FILE.huixuan --meeting ID --out CARDS.pdf\n"
            "  Prints the delegate cards of the meeting's expected attendees, each with a QR code a barcode reader checks in."}}},
    };
    return subs;
}

void printUsage(const Context& c)
{
    c.out << (c.lang == Lang::en ? "Huixuan (会选) command line. Subcommands:\n"
                                 : "会选命令行。子命令：\n");
    for (const auto& [name, sub] : subcommands())
        c.out << c.say(sub.usage) << "\n\n";
}

} // namespace

int main(int argc, char** argv)
{
    // Qt's PDF writer lists fonts in hash order: a fixed seed keeps the same record's documents the same bytes.
    QHashSeed::setDeterministicGlobalSeed();
    const Context c{langFromEnvironment(), std::cout, std::cerr};
    // Documents are drawn with Qt: a GUI application object, offscreen when there is no display.
    std::unique_ptr<QGuiApplication> gui;
    const bool draws = argc > 1 && (std::string(argv[1]) == "run" || std::string(argv[1]) == "documents" || std::string(argv[1]) == "register"
                                    || std::string(argv[1]).starts_with("scan")
                                    || (std::string(argv[1]) == "roster" && argc > 2 && std::string(argv[2]) == "cards"));
    if (draws) {
        if (!std::getenv("QT_QPA_PLATFORM") && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
            setenv("QT_QPA_PLATFORM", "offscreen", 0);
        // Qt's own notices (e.g. about XDG_RUNTIME_DIR on a server) are not the user's business here.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::cerr << msg.toStdString() << "\n";
        });
        gui = std::make_unique<QGuiApplication>(argc, argv);
    }
    if (argc == 2 && std::string(argv[1]) == "--version") {
        c.out << "huixuan-cli " << HX_VERSION << "\n";
        return 0;
    }
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "help") {
        printUsage(c);
        return argc < 2 ? 2 : 0;
    }
    auto it = subcommands().find(argv[1]);
    if (it == subcommands().end()) {
        c.err << c.say({std::string("未知的子命令：") + argv[1] + "（见 huixuan-cli --help）",
                        std::string("unknown subcommand: ") + argv[1] + " (see huixuan-cli --help)"})
              << "\n";
        return 2;
    }
    try {
        Args a = parseArgs(argc, argv, 2, it->second.flags);
        if (a.has("help")) {
            c.out << c.say(it->second.usage) << "\n";
            return 0;
        }
        return it->second.run(c, a);
    } catch (const Error& e) {
        c.err << c.say(e.text()) << "\n";
        return 1;
    } catch (const nlohmann::json::exception& e) {
        // A field of the wrong type in a file or command the user gave: said in one line, nothing changed.
        c.err << c.say({std::string("输入的 JSON 格式或字段类型不对（") + e.what() + "）",
                        std::string("the JSON given has a wrong format or field type (") + e.what() + ")"})
              << "\n";
        return 1;
    } catch (const std::exception& e) {
        c.err << c.say({std::string("无法完成：") + e.what(), std::string("cannot complete: ") + e.what()}) << "\n";
        return 1;
    }
}
