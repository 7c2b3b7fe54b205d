// The scan as the second entry of double entry: scanned ballots wait for
// the scrutineers' decisions and the tellers' typed names, join stack B in
// scanning order, and are compared with the tellers' stack A.
#include "counting.hpp"
#include "scanned.hpp"
#include "ballot_box.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace hx;
using namespace hx::test;

namespace {

const std::string kImage1(64, 'a'), kImage2(64, 'b'), kImage3(64, 'c'), kImage4(64, 'd');

// The ballot box with c6 as teller.
struct ScanDesk : BallotBox {
    explicit ScanDesk(const Json& method = Json::object()) : BallotBox(method, Json::array({"c6"})) {}
    void tellerA(Json approve, Json oppose = Json::array())
    {
        ok({{"do", "entry_ballot"}, {"teller", "A"}, {"approve", approve}, {"oppose", oppose}});
    }
};

Json sheet(const std::string& image, int page = 1)
{
    return Json::array({{{"image", image}, {"page", page}}});
}

Json read(const std::string& image, const char* c1, const char* c2, const char* c3, Json writeIns = Json::array())
{
    return {{"sheets", sheet(image)}, {"marks", {{"c1", c1}, {"c2", c2}, {"c3", c3}}}, {"write_ins", writeIns}};
}

} // namespace

TEST_CASE("scanned ballots - clear ones are stack B, compared with the tellers' stack A and counted at the commit")
{
    ScanDesk d;
    d.ok({{"do", "scan_record"},
          {"ballots", {read(kImage1, "approve", "approve", "blank"), read(kImage2, "approve", "blank", "oppose"),
                       read(kImage3, "blank", "blank", "blank"), read(kImage4, "oppose", "approve", "blank")}}});
    CHECK(d.round().scanned.size() == 4);
    CHECK(d.round().pendingB.size() == 4);
    CHECK(d.round().valid == 0); // nothing counted before the commit
    CHECK(d.refusal({{"do", "entry_ballot"}, {"teller", "B"}, {"approve", {"c1"}}}) == "本轮的第二次录入是扫描：计票人请录入 A");
    CHECK(d.refusal({{"do", "ballot"}, {"approve", {"c1"}}}) == "本轮正在双人录入，请用双人录入继续");
    d.tellerA({"c1", "c2"});
    d.tellerA({"c1"}, {"c3"});
    d.tellerA(Json::array());
    d.tellerA({"c2"}); // the tellers missed the × for c1 on ballot 4
    CHECK(entryDifferences(d.round()) == std::vector<size_t>{3});
    // RULE: RULES §4 Counting procedure 6
    d.ok({{"do", "entry_settle"}, {"index", 3}, {"approve", {"c2"}}, {"oppose", {"c1"}}, {"decided_by", "c7"}});
    d.ok({{"do", "entry_commit"}});
    CHECK(d.round().valid == 4);
    CHECK(d.round().tallies[0].approve == 2);
    CHECK(d.round().tallies[0].oppose == 1);
    CHECK(d.round().tallies[1].approve == 2);
    CHECK(d.round().tallies[2].oppose == 1);
    CHECK(d.round().scanned.size() == 4);
    CHECK(d.refusal({{"do", "scan_undo"}}) == "本轮已计票，不能再记录扫描");
    CHECK(d.refusal({{"do", "scan_record"}, {"ballots", {read(kImage1, "approve", "blank", "blank")}}}) == "本轮已计票，不能再记录扫描");
}

TEST_CASE("scanned ballots - nothing unclear is counted until a scrutineer decides it")
{
    // RULE: RULES §4 Counting procedure 6
    ScanDesk d;
    d.ok({{"do", "scan_record"}, {"ballots", {read(kImage1, "unclear", "approve", "blank"), read(kImage2, "approve", "blank", "blank")}}});
    // Ballot 2 is clear but waits behind ballot 1: stack B keeps scanning order.
    CHECK(d.round().pendingB.empty());
    const auto tasks = scanTasks(d.round());
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].kind == ScanTask::Kind::Cell);
    CHECK(tasks[0].candidate == "c1");
    CHECK(d.refusal({{"do", "scan_decide"}, {"ballot", 1}, {"candidate", "c1"}, {"mark", "approve"}, {"decided_by", "c6"}})
          == "杨艳（c6）不是监票人，不能裁定");
    CHECK(d.refusal({{"do", "scan_decide"}, {"ballot", 1}, {"candidate", "c2"}, {"mark", "blank"}, {"decided_by", "c8"}})
          == "第 1 张扫描选票的这一项已经读清或已裁定");
    CHECK(d.refusal({{"do", "scan_decide"}, {"ballot", 1}, {"candidate", "c1"}, {"mark", "unclear"}, {"decided_by", "c8"}})
          == "裁定应为 approve、oppose 或 blank");
    CHECK(d.refusal({{"do", "scan_decide"}, {"ballot", 3}, {"candidate", "c1"}, {"mark", "oppose"}, {"decided_by", "c8"}}) == "没有第 3 张扫描选票");
    d.ok({{"do", "scan_decide"}, {"ballot", 1}, {"candidate", "c1"}, {"mark", "oppose"}, {"decided_by", "c8"}});
    CHECK(scanTasks(d.round()).empty());
    REQUIRE(d.round().pendingB.size() == 2);
    CHECK(d.round().pendingB[0].marks == "OA.");
    CHECK(d.round().pendingB[1].marks == "A..");
    // The decision names who made it, in the journal.
    const Json last = d.ws.journal().readAll().back().data;
    CHECK(last["decided_by"] == "c8");
    // Replaying the journal gives the same stacks.
    Workspace again = Workspace::open(d.dir.path("w.huixuan"), fixedClock);
    CHECK(again.state().meeting("m")->contests[0].current().pendingB == d.round().pendingB);
}

TEST_CASE("scanned ballots - a teller types each written name, and the ballot is judged as marked")
{
    // RULE: RULES §4 Ballot valid
    ScanDesk d;
    const Json named = Json::array({{{"index", 0}, {"name_written", true}, {"mark", "approve"}}});
    const Json emptyRing = Json::array({{{"index", 0}, {"name_written", false}, {"mark", "approve"}}, {{"index", 1}, {"name_written", false}, {"mark", "blank"}}});
    d.ok({{"do", "scan_record"},
          {"ballots", {read(kImage1, "oppose", "approve", "blank", named), read(kImage2, "approve", "approve", "approve", named),
                       read(kImage3, "approve", "approve", "approve", emptyRing)}}});
    const auto tasks = scanTasks(d.round());
    REQUIRE(tasks.size() == 3);
    CHECK(tasks[2].kind == ScanTask::Kind::WriteInName);
    CHECK(tasks[2].ballot == 2);
    CHECK(d.refusal({{"do", "scan_transcribe"}, {"ballot", 1}, {"write_in", 0}, {"name", "赵丽"}, {"by", "c1"}}) == "王芳（c1）不是本次会议的计票人或监票人");
    CHECK(d.refusal({{"do", "scan_transcribe"}, {"ballot", 3}, {"write_in", 1}, {"name", "赵丽"}, {"by", "c6"}})
          == "第 3 张扫描选票的这个另选人格不需要录入姓名");
    d.ok({{"do", "scan_transcribe"}, {"ballot", 1}, {"write_in", 0}, {"name", "赵丽"}, {"by", "c6"}});
    d.ok({{"do", "scan_transcribe"}, {"ballot", 2}, {"write_in", 0}, {"name", "赵丽"}, {"by", "c6"}});
    d.ok({{"do", "scan_transcribe"}, {"ballot", 3}, {"write_in", 0}, {"name", ""}, {"by", "c6"}}); // a ring with no name
    REQUIRE(d.round().pendingB.size() == 3);
    CHECK(d.round().pendingB[0].writeIns == std::vector<std::string>{"赵丽"});
    // Four ○ on a ballot of three seats, the write-in's included: void as marked.
    CHECK(d.round().pendingB[1].isVoid);
    // The ring in the empty write-in cell is a ○ as marked: four in all, void.
    CHECK(d.round().pendingB[2].isVoid);
}

TEST_CASE("scanned ballots - a sheet set aside is read by the scrutineers or taken out")
{
    ScanDesk d;
    d.ok({{"do", "scan_record"},
          {"ballots", {read(kImage1, "approve", "blank", "blank"), {{"sheets", sheet(kImage2)}, {"set_aside", "no_code"}},
                       {{"sheets", sheet(kImage3)}, {"set_aside", "unknown_code"}}, read(kImage4, "blank", "approve", "blank")}}});
    CHECK(d.round().pendingB.size() == 1);
    auto tasks = scanTasks(d.round());
    REQUIRE(tasks.size() == 2);
    CHECK(tasks[0].kind == ScanTask::Kind::Ballot);
    CHECK(tasks[0].reason == "no_code");
    // RULE: RULES §4 Ballot marks
    d.ok({{"do", "scan_decide"}, {"ballot", 2}, {"void", true}, {"reason", "无法辨认"}, {"decided_by", "c7"}});
    CHECK(d.round().pendingB.size() == 2);
    CHECK(d.round().pendingB[1].isVoid);
    d.ok({{"do", "scan_decide"}, {"ballot", 3}, {"not_a_ballot", true}, {"decided_by", "c8"}});
    CHECK(d.round().scanned.size() == 3);
    CHECK(d.round().pendingB.size() == 3);
    CHECK(d.round().pendingB[2].marks == ".A.");
    CHECK(d.refusal({{"do", "scan_decide"}, {"ballot", 2}, {"not_a_ballot", true}, {"decided_by", "c8"}})
          == "第 2 张扫描选票的这一项已经读清或已裁定");
}

TEST_CASE("scanned ballots - a batch is withdrawn whole, and bad batches change nothing")
{
    // RULE: RULES §4 Ballot accounting
    ScanDesk d;
    d.ok({{"do", "scan_record"}, {"ballots", {read(kImage1, "approve", "blank", "blank"), read(kImage2, "approve", "blank", "blank")}}});
    const auto before = d.ws.journal().length();
    CHECK(d.refusal({{"do", "scan_record"}, {"ballots", {read(kImage1, "approve", "blank", "blank")}}})
          == "这张图像已经记录过：aaaaaaaaaaaa 第 1 页");
    CHECK(d.refusal({{"do", "scan_record"},
                     {"ballots", {read(kImage3, "approve", "blank", "blank"), read(kImage4, "approve", "blank", "blank"),
                                  {{"sheets", sheet(kImage4, 2)}, {"set_aside", "no_code"}}}}})
          == "扫描的选票（5）多于收回的选票（4）");
    CHECK(d.refusal({{"do", "scan_record"}, {"ballots", {{{"sheets", sheet(kImage3)}, {"marks", {{"c1", "approve"}}}}}}})
          == "扫描选票应标明本轮全部 3 位候选人");
    CHECK(d.refusal({{"do", "scan_record"}, {"ballots", {read(kImage3, "approve", "ring", "blank")}}}) == "标记应为 approve、oppose、blank 或 unclear：c2");
    CHECK(d.refusal({{"do", "scan_record"}, {"ballots", {read("not-a-digest", "approve", "blank", "blank")}}})
          == "图像应以其 SHA-256（64 位小写十六进制）记录：not-a-digest");
    CHECK(d.ws.journal().length() == before);
    d.tellerA({"c1"});
    d.tellerA({"c1"});
    d.ok({{"do", "scan_undo"}, {"reason", "扫描顺序乱了"}});
    CHECK(d.round().scanned.empty());
    CHECK(d.round().pendingB.empty());
    CHECK(d.round().pendingA.size() == 2);
    CHECK(d.refusal({{"do", "scan_undo"}}) == "本轮没有可以撤回的扫描批次");
    // Once teller B types, the scan cannot be the second entry.
    d.ok({{"do", "entry_ballot"}, {"teller", "B"}, {"approve", {"c1"}}});
    CHECK(d.refusal({{"do", "scan_record"}, {"ballots", {read(kImage3, "approve", "blank", "blank")}}})
          == "计票人 B 已在录入本轮选票，扫描不能再作为第二次录入");
}

TEST_CASE("scanned ballots - checked by a sample the method sets, the tellers type only the sampled ballots")
{
    ScanDesk d(Json{{"scan_sample", 2}});
    d.ok({{"do", "scan_record"},
          {"ballots", {read(kImage1, "approve", "approve", "blank"), read(kImage2, "approve", "blank", "oppose"),
                       read(kImage3, "blank", "blank", "blank"), read(kImage4, "oppose", "approve", "blank")}}});
    // Two of four, spread over the stack: the 1st and the 3rd in scanning order.
    CHECK(tellerPositions(d.round()) == std::vector<size_t>{0, 2});
    d.tellerA({"c1", "c2"});
    d.tellerA({"c1"}); // the 3rd ballot is blank: a difference for the scrutineers
    CHECK(d.refusal({{"do", "entry_ballot"}, {"teller", "A"}, {"approve", {"c1"}}}) == "计票人已录满抽查的 2 张选票");
    CHECK(entryDifferences(d.round()) == std::vector<size_t>{2});
    CHECK(d.refusal({{"do", "entry_commit"}}) == "还有 1 张选票两次录入不一致，须由监票人裁定（第 3 张起）");
    d.ok({{"do", "entry_settle"}, {"index", 2}, {"decided_by", "c8"}}); // the scrutineers read it blank
    d.ok({{"do", "entry_commit"}});
    CHECK(d.round().valid == 4);
    CHECK(d.round().tallies[0].approve == 2);
    CHECK(d.round().tallies[0].oppose == 1);
    CHECK(d.round().tallies[2].abstain == 3);
    // The record states the sample; a method without one says nothing new.
    CHECK(toJson(d.ws.state().meeting("m")->method)["scan_sample"] == 2);
    CHECK_FALSE(toJson(Method{}).contains("scan_sample"));
}
