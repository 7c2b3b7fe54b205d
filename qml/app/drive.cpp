#include "drive.hpp"

#include "app_controller.hpp"
#include "result_json.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QString csvField(const QString& s)
{
    QString out = s;
    out.replace("\"", "\"\"");
    return "\"" + out + "\"";
}

// The scenario's people as the roster file an office would import.
bool writeRosterCsv(const QVariantList& people, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&f);
    out << "编号,姓名,性别,出生年月,民族,政治面貌,学历,职务\n";
    for (const QVariant& v : people) {
        const QVariantMap p = v.toMap();
        QStringList fields;
        for (const char* key : {"id", "name", "sex", "birth", "ethnicity", "party", "education", "post"})
            fields << csvField(p.value(key).toString());
        out << fields.join(',') << "\n";
    }
    return true;
}

} // namespace

int driveScenario(QQmlApplicationEngine& engine, AppController& app, const QString& scenarioPath, const QString& workspace)
{
    QTextStream err(stderr);
    QFile file(scenarioPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "cannot read " << scenarioPath << "\n";
        return 2;
    }
    const QVariantMap scenario = QJsonDocument::fromJson(file.readAll()).toVariant().toMap();
    QTemporaryDir tmp;
    const QString csv = tmp.filePath("roster.csv");
    if (!writeRosterCsv(scenario.value("people").toList(), csv))
        return 2;
    QObject* window = engine.rootObjects().value(0);
    QObject* driver = window ? window->property("driver").value<QObject*>() : nullptr;
    if (!driver)
        return 2;
    QVariant failure;
    QMetaObject::invokeMethod(driver, "drive", Q_RETURN_ARG(QVariant, failure), Q_ARG(QVariant, scenario), Q_ARG(QVariant, workspace),
                              Q_ARG(QVariant, csv));
    if (!failure.toString().isEmpty()) {
        err << "drive: " << failure.toString() << "\n";
        return 1;
    }
    const hx::State& s = app.link()->workspace()->state();
    QFile result(workspace + ".result.json");
    if (!result.open(QIODevice::WriteOnly))
        return 2;
    result.write(QByteArray::fromStdString(hx::resultText(hx::resultJson(s, hx::topLevelMeetings(s), {}, app.link()->workspace()->journal().head()))));
    const BallotDesk* desk = app.session()->desk();
    QTextStream(stdout) << "ballots typed: " << desk->ballots() << ", keystrokes: " << desk->totalKeystrokes() << "\n";
    return 0;
}
