#include "self_test.hpp"

#include "app_controller.hpp"
#include "text.hpp"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDir>
#include <QThread>
#include <QDirIterator>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTextStream>

namespace {

int g_loopWarnings = 0;
QtMessageHandler g_previous = nullptr;

// Layout polish loops and binding loops are only warnings at run time; a
// window that shows every page must not print one.
bool isPopup(const QObject* o)
{
    for (const QMetaObject* m = o->metaObject(); m; m = m->superClass())
        if (qstrcmp(m->className(), "QQuickPopup") == 0)
            return true;
    return false;
}

// Opens every popup the window holds (combo box lists and the like) and closes it again.
void openPopups(QQuickWindow* window)
{
    for (QObject* o : window->findChildren<QObject*>()) {
        if (!isPopup(o))
            continue;
        QMetaObject::invokeMethod(o, "open");
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        (void)window->grabWindow();
        QMetaObject::invokeMethod(o, "close");
    }
}

// The file dialog in both its modes, shown; Qt's own buttons speak the console's language.
int fileDialogs(QTextStream& err)
{
    int failures = 0;
    const bool english = hx::langFromEnvironment() == hx::Lang::en;
    for (const auto& [mode, zh, en] : {std::tuple{"open", "打开", "Open"}, std::tuple{"save", "保存", "Save"}}) {
        const auto dialog = AppController::fileDialog(mode, "self-test", "(*.huixuan)", "huixuan");
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->show();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const auto* box = dialog->findChild<QDialogButtonBox*>();
        const QPushButton* accept = box ? qobject_cast<QPushButton*>(box->buttons().value(0)) : nullptr;
        for (QAbstractButton* b : box ? box->buttons() : QList<QAbstractButton*>())
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
                accept = qobject_cast<QPushButton*>(b);
        const QString label = accept ? accept->text() : QString();
        if (!label.contains(english ? en : zh)) {
            ++failures;
            err << "self-test: the " << mode << " dialog's button reads \"" << label << "\"\n";
        }
        dialog->reject();
    }
    return failures;
}

int layoutLoops(QQuickWindow* window, QTextStream& err)
{
    if (!window)
        return 0;
    g_loopWarnings = 0;
    g_previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
        if (type == QtWarningMsg && (msg.contains("polish") || msg.contains("Binding loop")))
            ++g_loopWarnings;
        if (g_previous)
            g_previous(type, ctx, msg);
    });
    window->show();
    const QVariantList pages = window->property("pages").toList();
    for (int i = 0; i < pages.size(); ++i) {
        window->setProperty("page", i);
        for (int k = 0; k < 5; ++k)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        (void)window->grabWindow(); // polish, synchronise and render the page
        openPopups(window);
    }
    window->hide();
    qInstallMessageHandler(g_previous);
    if (g_loopWarnings > 0)
        err << "self-test: " << g_loopWarnings << " layout or binding loop warnings\n";
    return g_loopWarnings;
}

} // namespace

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
        // Every file must compile; Main.qml is also built, and with it every
        // page and the projector (components with required properties get them there).
        const bool root = path.endsWith("/Main.qml");
        std::unique_ptr<QObject> object(component.isReady() && root ? component.create() : nullptr);
        if (root && object)
            failures += layoutLoops(qobject_cast<QQuickWindow*>(object.get()), err);
        if (!component.isReady() || (root && !object)) {
            ++failures;
            for (const auto& e : component.errors())
                err << e.toString() << "\n";
        }
    }
    failures += fileDialogs(err);
    // Under LANG=en* every screen must speak English: the translation is loaded and complete.
    if (hx::langFromEnvironment() == hx::Lang::en && QCoreApplication::translate("Main", "开始") != "Start") {
        ++failures;
        err << "self-test: the English translation is not loaded\n";
    }
    err << "self-test: " << files << " QML files, " << failures << " failed\n";
    return files > 0 && failures == 0 ? 0 : 1;
}

namespace {

// Lets bindings, layouts and the scene graph settle before a grab.
void settle()
{
    for (int i = 0; i < 8; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

bool grab(QQuickWindow* w, const QString& file)
{
    settle();
    const QImage image = w->grabWindow();
    return !image.isNull() && image.save(file);
}

} // namespace

int saveScreenshots(QQmlApplicationEngine& engine, const QString& dir)
{
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QDir().mkpath(dir);
    const QVariantList pages = window->property("pages").toList();
    auto* projector = qobject_cast<QQuickWindow*>(window->property("projector").value<QObject*>());
    bool ok = true;
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        const QString suffix = QString("-%1x%2.png").arg(size.width()).arg(size.height());
        window->resize(size);
        for (int i = 0; i < pages.size(); ++i) {
            window->setProperty("page", i);
            const QString key = pages[i].toMap().value("key").toString();
            ok = grab(window, QDir(dir).filePath(QString("%1-%2").arg(i + 1, 2, 10, QChar('0')).arg(key) + suffix)) && ok;
        }
        if (projector) {
            projector->resize(size);
            projector->show();
            ok = grab(projector, QDir(dir).filePath("projector" + suffix)) && ok;
            projector->hide();
        }
    }
    return ok ? 0 : 1;
}
