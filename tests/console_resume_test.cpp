// Resilience: a console closed or killed mid-count reopens on the same
// screen with every accepted ballot there (each was its own committed command).
#include "app_controller.hpp"
#include "scenario.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFileDialog>
#include <QThread>

using namespace hx;
using namespace hx::test;

TEST_CASE("reopening mid-count returns to the ballot desk with nothing lost")
{
    const Json scenario = Json::parse(R"({
      "format": "huixuan-scenario/1",
      "federation": {"name": "测试社区妇女联合会", "kind": "community"},
      "people": [{"id": "p1", "name": "王芳"}, {"id": "p2", "name": "李娜"}, {"id": "p3", "name": "张敏"},
                 {"id": "p4", "name": "刘静"}, {"id": "p5", "name": "陈丽"}],
      "meetings": [{"id": "m", "kind": "executive_meeting", "title": "测试执委会", "date": "2026-12-01",
        "expected": ["p1", "p2", "p3", "p4", "p5"],
        "steps": [{"do": "check_in", "people": ["p1", "p2", "p3", "p4", "p5"]},
                  {"do": "adopt", "item": "election_method"},
                  {"do": "adopt_scrutineers", "chief": "p5", "scrutineers": [], "tellers": []},
                  {"do": "open_contest", "contest": "s", "office": "standing", "seats": 2, "candidates": ["p1", "p2"]},
                  {"do": "issue_ballots", "contest": "s", "count": 5},
                  {"do": "return_ballots", "contest": "s", "count": 5},
                  {"do": "ballot", "contest": "s", "approve": ["p1", "p2"]},
                  {"do": "ballot", "contest": "s", "approve": ["p1"]},
                  {"do": "ballot", "contest": "s", "oppose": ["p2"]}]}]})");
    TempDir dir;
    REQUIRE(runScenario(scenario, dir.path("w.huixuan")).refusals.empty());

    AppController app;
    REQUIRE(app.openWorkspace(QString::fromStdString(dir.path("w.huixuan"))));
    CHECK(app.session()->meetingId() == "m");
    CHECK(app.session()->resumeScreen() == "ballots");
    CHECK(app.session()->desk()->entered() == 3);
    CHECK(app.session()->desk()->returned() == 5);
    // The desk carries on where it stopped.
    app.session()->desk()->key("Enter");
    app.session()->desk()->key("Enter");
    CHECK(app.session()->desk()->entered() == 5);
    CHECK(app.session()->closeCount({"p5"}).isEmpty());
    CHECK(app.session()->resumeScreen() == "results");
}

TEST_CASE("a file dialog over the workspace's folder does not cost the record a write")
{
    // Qt's default icon provider opened every listed file to guess its type; closing that file
    // dropped SQLite's locks in the console's process, a CLI at a second desk then deleted the
    // write-ahead log as if alone, and every later write of the console was lost.
    TempDir dir;
    {
        Workspace ws = newWorkspace(dir);
        REQUIRE(ws.execute({{"do", "add_person"}, {"person", {{"name", "王芳"}}}}).accepted());
    }
    AppController app;
    REQUIRE(app.openWorkspace(QString::fromStdString(dir.path("w.huixuan"))));
    {
        const auto dialog = AppController::fileDialog("open", "t", "(*.huixuan)");
        dialog->setDirectory(QString::fromStdString(dir.dir()));
        dialog->show();
        for (int i = 0; i < 50; ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
        }
        dialog->reject();
    }
    REQUIRE(runCli("do " + dir.path("w.huixuan") + R"( '{"do":"add_person","person":{"name":"李娜"}}')").status == 0);
    app.link()->poll();
    REQUIRE(app.savePerson({{"name", "张敏"}}));
    REQUIRE(runCli("do " + dir.path("w.huixuan") + R"( '{"do":"add_person","person":{"name":"赵丽"}}')").status == 0);
    const std::string roster = runCli("roster list " + dir.path("w.huixuan")).out;
    CHECK(roster.find("张敏") != std::string::npos);
    CHECK(roster.find("赵丽") != std::string::npos);
}
