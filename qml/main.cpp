// huixuan: the congress console. Builds the controller, registers it as the
// QML singleton App, loads the QML module from the resources.
#include "app_controller.hpp"
#include "self_test.hpp"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QUrl>

Q_IMPORT_QML_PLUGIN(HuixuanPlugin)

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("Huixuan");
    QGuiApplication::setOrganizationName("Huixuan");

    AppController controller;
    AppForeign::s_instance = &controller;

    QQmlApplicationEngine engine;
    engine.addImportPath(":/");
    const QStringList args = app.arguments();
    if (args.contains("--self-test"))
        return runSelfTest(engine);
    for (const QString& a : args.mid(1))
        if (!a.startsWith("--"))
            controller.openWorkspace(a);

    engine.load(QUrl("qrc:/Huixuan/Main.qml"));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (const int i = args.indexOf("--screenshots"); i > 0 && i + 1 < args.size())
        return saveScreenshots(engine, args.at(i + 1));
    return app.exec();
}
