#include "frame_probe.hpp"

#include "app_controller.hpp"
#include "drive.hpp"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QGuiApplication>
#include <QSGRendererInterface>

#include <algorithm>

namespace {

struct Split {
    QVariantMap head;        // the scenario up to the first ballots step
    QString contest;
    QVariantList ballots;    // one entry per ballot
};

Split splitAtBallots(QVariantMap scenario)
{
    Split s;
    QVariantMap meeting = scenario.value("meetings").toList().value(0).toMap();
    QVariantList steps = meeting.value("steps").toList(), kept;
    for (const QVariant& v : steps) {
        const QVariantMap step = v.toMap();
        if (step.value("do") == "ballots") {
            s.contest = step.value("contest").toString();
            for (const QVariant& b : step.value("ballots").toList()) {
                QVariantMap one = b.toMap();
                const int n = one.value("count", 1).toInt();
                one["count"] = 1;
                for (int i = 0; i < n; ++i)
                    s.ballots.push_back(one);
            }
            break;
        }
        kept.push_back(v);
    }
    meeting["steps"] = kept;
    scenario["meetings"] = QVariantList{meeting};
    s.head = scenario;
    return s;
}

double percentile(std::vector<double> v, int p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, v.size() * static_cast<size_t>(p) / 100)];
}

} // namespace

int measureProjector(QQmlApplicationEngine& engine, AppController& app, const QString& scenarioPath, const QString& workspace)
{
    QTextStream out(stdout);
    QFile file(scenarioPath);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const Split split = splitAtBallots(QJsonDocument::fromJson(file.readAll()).toVariant().toMap());
    if (split.ballots.isEmpty())
        return 2;
    QTemporaryDir tmp;
    QFile head(tmp.filePath("head.json"));
    if (!head.open(QIODevice::WriteOnly) || head.write(QJsonDocument::fromVariant(split.head).toJson()) < 0)
        return 2;
    head.close();
    if (const int rc = driveScenario(engine, app, head.fileName(), workspace); rc != 0)
        return rc;

    auto* projector = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0)->property("projector").value<QObject*>());
    if (!projector)
        return 2;
    app.session()->focus(split.contest);
    projector->setProperty("shows", "count"); // the chair has chosen the live count
    projector->resize(1920, 1080);
    projector->show();

    // Off screen no frame is ever presented, so each frame is rendered on
    // demand: grabWindow() polishes, synchronises and renders the scene, then
    // reads the pixels back — what a frame costs, plus the read-back.
    QElapsedTimer clock;
    clock.start();
    std::vector<double> frameMs, toFrameMs;
    qint64 lastBallot = -1;
    QSize lastSize;
    QTimer frame;
    QObject::connect(&frame, &QTimer::timeout, [&] {
        const qint64 start = clock.nsecsElapsed();
        const QImage image = projector->grabWindow();
        const qint64 end = clock.nsecsElapsed();
        frameMs.push_back(static_cast<double>(end - start) / 1e6);
        lastSize = image.size();
        if (lastBallot >= 0) {
            toFrameMs.push_back(static_cast<double>(end - lastBallot) / 1e6);
            lastBallot = -1;
        }
    });
    frame.start(16);

    QEventLoop loop;
    QTimer tick;
    int next = 0, refused = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (next == split.ballots.size()) {
            tick.stop();
            QTimer::singleShot(1000, &loop, &QEventLoop::quit); // let the last animation finish
            return;
        }
        const QVariantMap step{{"do", "ballots"}, {"contest", split.contest}, {"ballots", QVariantList{split.ballots[next++]}}};
        if (!app.session()->command(step).isEmpty())
            ++refused;
        lastBallot = clock.nsecsElapsed();
    });
    tick.start(100);
    loop.exec();
    frame.stop();
    projector->hide();

    out << "projector " << lastSize.width() << "x" << lastSize.height() << " (" << QGuiApplication::platformName() << ", "
        << (projector->rendererInterface() && projector->rendererInterface()->graphicsApi() == QSGRendererInterface::Software ? "software renderer" : "hardware renderer") << "), live counts, " << split.ballots.size() << " ballots one every 100 ms ("
        << refused << " refused)\n";
    out << "frames rendered: " << frameMs.size() << "; frame time (polish, synchronise, render, read back) median "
        << QString::number(percentile(frameMs, 50), 'f', 2) << " ms, p95 " << QString::number(percentile(frameMs, 95), 'f', 2)
        << " ms, max " << QString::number(percentile(frameMs, 100), 'f', 2) << " ms (frame "
        << (std::max_element(frameMs.begin(), frameMs.end()) - frameMs.begin() + 1) << ")\n";
    out << "accepted ballot to next frame: median " << QString::number(percentile(toFrameMs, 50), 'f', 2) << " ms, max "
        << QString::number(percentile(toFrameMs, 100), 'f', 2) << " ms\n";
    return refused == 0 && !frameMs.empty() ? 0 : 1;
}
