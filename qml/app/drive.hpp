#pragma once
// huixuan --drive SCENARIO.json --workspace-out FILE.huixuan [--screenshots DIR]:
// plays a scenario through the real screens (Driver.qml), then writes
// FILE.huixuan.result.json and prints the ballot desk's keystroke figures.
class QQmlApplicationEngine;
class QString;
class AppController;

int driveScenario(QQmlApplicationEngine& engine, AppController& app, const QString& scenario, const QString& workspace);
