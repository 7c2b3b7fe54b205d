#include "self_test.hpp"

#include <QDir>
#include <QDirIterator>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTextStream>

int runSelfTest(QQmlEngine& engine)
{
    QTextStream err(stderr);
    int files = 0, failures = 0;
    // A binding error is a warning at run time; here it fails the test.
    QObject::connect(&engine, &QQmlEngine::warnings, [&](const QList<QQmlError>& warnings) {
        for (const auto& w : warnings) {
            ++failures;
            err << w.toString() << "\n";
        }
    });
    QDirIterator it(":/Huixuan", {"*.qml"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QQmlComponent component(&engine, QUrl("qrc" + path));
        std::unique_ptr<QObject> object(component.isReady() ? component.create() : nullptr);
        if (!object) {
            ++failures;
            for (const auto& e : component.errors())
                err << e.toString() << "\n";
        }
    }
    err << "self-test: " << files << " QML files, " << failures << " failed\n";
    return files > 0 && failures == 0 ? 0 : 1;
}

int saveScreenshots(QQmlApplicationEngine& engine, const QString& dir)
{
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QDir().mkpath(dir);
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window->resize(size);
        QImage image = window->grabWindow();
        const QString file = QDir(dir).filePath(
            QString("main-%1x%2.png").arg(size.width()).arg(size.height()));
        if (image.isNull() || !image.save(file))
            return 1;
    }
    return 0;
}
