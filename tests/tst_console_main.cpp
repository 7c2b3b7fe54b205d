// Qt Quick Test runner for the console's components. Before the tests, a
// workspace is prepared with the engine (a meeting at the ballot box) and
// opened in the one AppController that QML sees as App.
#include "app_controller.hpp"
#include "scenario.hpp"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(HuixuanPlugin)

namespace {

const char* kScenario = R"({
 "format": "huixuan-scenario/1",
 "federation": {"name": "测试社区妇女联合会", "kind": "community"},
 "people": [{"id": "p1", "name": "王芳"}, {"id": "p2", "name": "李娜"}, {"id": "p3", "name": "张敏"},
            {"id": "p4", "name": "刘静"}, {"id": "p5", "name": "陈丽"}, {"id": "p6", "name": "杨艳"}],
 "meetings": [{"id": "m", "kind": "executive_meeting", "title": "测试执委会", "date": "2026-12-01",
   "expected": ["p1", "p2", "p3", "p4", "p5", "p6"],
   "steps": [{"do": "check_in", "people": ["p5", "p6"]}]},
  {"id": "c", "kind": "founding_congress", "title": "测试代表大会", "date": "2026-12-08",
   "expected": ["p1", "p2", "p3", "p4", "p5", "p6"],
   "steps": [{"do": "set_candidate_list", "contest": "executive-1", "office": "executive", "seats": 3,
              "candidates": ["p1", "p2", "p3", "p4"]}]}]})";

} // namespace

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(":/");
        const std::string path = m_dir.filePath("w.huixuan").toStdString();
        (void)hx::runScenario(hx::Json::parse(kScenario), path);
        AppForeign::s_instance = &m_app;
        m_app.openWorkspace(QString::fromStdString(path));
        m_app.session()->setMeeting("m");
    }

private:
    QTemporaryDir m_dir;
    AppController m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(console, Setup)

#include "tst_console_main.moc"
