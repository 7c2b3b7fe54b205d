// huixuan: the congress console. Builds the controller, registers it as the
// QML singleton App, loads the QML module from the resources.
#include "app_controller.hpp"
#include "self_test.hpp"
#include "ui_map.hpp"

#include "drive.hpp"
#include "frame_probe.hpp"
#include "pdf_preview.hpp"
#include "scan_desk.hpp"

#include <QApplication>
#include <QHashFunctions>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>
#include <QUrl>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(HuixuanPlugin)

int main(int argc, char** argv)
{
    // Qt's PDF writer lists fonts in hash order: a fixed seed keeps the same record's documents the same bytes.
    QHashSeed::setDeterministicGlobalSeed();
    // QApplication, not QGuiApplication: the print dialog is a widget.
    QApplication app(argc, argv);
    QApplication::setApplicationName("Huixuan");
    QApplication::setOrganizationName("Huixuan");
    QApplication::setApplicationVersion(HX_VERSION);
    QGuiApplication::setDesktopFileName("cn.huixuan.huixuan");
    if (app.arguments().contains("--version")) {
        std::printf("huixuan %s\n", HX_VERSION);
        return 0;
    }

    // Chinese is the source language; under LANG=en* the console speaks English.
    // Qt's own strings (file dialogs, standard buttons) follow the console's language.
    const bool english = hx::langFromEnvironment() == hx::Lang::en;
    QTranslator ours, qt;
    if (english && ours.load(":/i18n/huixuan_en.qm"))
        QApplication::installTranslator(&ours);
    if (!english && qt.load(QLocale(QLocale::Chinese, QLocale::China), "qt", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);

    AppController controller;
    AppForeign::s_instance = &controller;

    QQmlApplicationEngine engine;
    engine.addImportPath(":/");
    engine.addImageProvider("pdf", new PdfPreviewProvider);
    engine.addImageProvider("scan", new ScanImageProvider(controller.session()->scan()));
    const QStringList args = app.arguments();
    if (args.contains("--self-test"))
        return runSelfTest(engine);
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == "--screenshots" || args[i] == "--drive" || args[i] == "--workspace-out" || args[i] == "--measure-projector")
            ++i; // their values are not workspaces
        else if (!args[i].startsWith("--"))
            controller.openWorkspace(args[i]);
    }

    if (const QString map = qEnvironmentVariable("HUIXUAN_UI_MAP"); !map.isEmpty())
        startUiMap(map);
    engine.load(QUrl("qrc:/Huixuan/Main.qml"));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (controller.hasWorkspace())
        emit controller.workspaceOpened(); // the window was not there yet when it opened
    if (const int i = args.indexOf("--measure-projector"); i > 0 && i + 1 < args.size()) {
        const int w = args.indexOf("--workspace-out");
        return w < 0 || w + 1 >= args.size() ? 2 : measureProjector(engine, controller, args.at(i + 1), args.at(w + 1));
    }
    if (const int i = args.indexOf("--drive"); i > 0 && i + 1 < args.size()) {
        const int w = args.indexOf("--workspace-out");
        if (w < 0 || w + 1 >= args.size())
            return 2;
        if (const int rc = driveScenario(engine, controller, args.at(i + 1), args.at(w + 1)); rc != 0)
            return rc;
        if (args.indexOf("--screenshots") < 0)
            return 0;
    }
    if (const int i = args.indexOf("--screenshots"); i > 0 && i + 1 < args.size())
        return saveScreenshots(engine, args.at(i + 1));
    return app.exec();
}
