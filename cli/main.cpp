// huixuan-cli: the command-line front end. A thin composition root: it
// parses words, reads the clock and the language, and calls the engine.
#include "cli.hpp"
#include "errors.hpp"

#include <iostream>
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
        {"init", {cmdInit, {}, {
            "huixuan-cli init 文件.huixuan --name 妇联名称 --kind 类型 --party-org 同级党组织 --upper 上级妇联\n"
            "  新建工作区并建立妇联。类型：village 村、community 社区、township 乡镇、street 街道、new_sector 新领域、system 机关事业单位系统。",
            "huixuan-cli init FILE.huixuan --name NAME --kind KIND --party-org PARTY_ORG --upper UPPER_FEDERATION\n"
            "  Creates a workspace and its federation. KIND: village, community, township, street, new_sector, system."}}},
        {"run", {cmdRun, {}, {
            "huixuan-cli run 场景.json --out 目录\n  按场景文件逐步运行会议，写出 目录/result.json、工作区及其日志；遇到被拒绝的步骤即停止该会议。",
            "huixuan-cli run SCENARIO.json --out DIR\n  Plays a scenario through the engine; writes DIR/result.json, the workspace and its journal. A refused step stops its meeting."}}},
        {"verify", {cmdVerify, {}, {
            "huixuan-cli verify 文件.huixuan\n  重新计算日志哈希链，报告第一处断链。",
            "huixuan-cli verify FILE.huixuan\n  Recomputes the journal's hash chain and names the first broken link."}}},
        {"log", {cmdLog, {"json"}, {
            "huixuan-cli log 文件.huixuan [--json]\n  逐条列出日志事件。",
            "huixuan-cli log FILE.huixuan [--json]\n  Lists the journal's events, one per line."}}},
        {"roster", {cmdRoster, {"commit", "skip-errors"}, {
            "huixuan-cli roster list 文件.huixuan\n"
            "huixuan-cli roster import 文件.huixuan 名册.csv|名册.xlsx [--commit [--skip-errors]]\n"
            "  先预览（新增／变更／错误及原因），加 --commit 才写入；有错误行时需 --skip-errors。\n"
            "huixuan-cli roster export 文件.huixuan 名册.xlsx",
            "huixuan-cli roster list FILE.huixuan\n"
            "huixuan-cli roster import FILE.huixuan ROSTER.csv|ROSTER.xlsx [--commit [--skip-errors]]\n"
            "  Previews first (new / changed / error with reasons); --commit writes; rows in error need --skip-errors.\n"
            "huixuan-cli roster export FILE.huixuan ROSTER.xlsx"}}},
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
    const Context c{langFromEnvironment(), std::cout, std::cerr};
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
    }
}
