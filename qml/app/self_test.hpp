#pragma once
// huixuan --self-test: compiles every QML file of the module from the
// resources and builds the main window, printing each error or binding
// warning; returns the exit status.
class QQmlEngine;
class QQmlApplicationEngine;
class QString;

int runSelfTest(QQmlEngine& engine);
// huixuan --screenshots DIR: saves the main window at 1366×768 and 1920×1080
// as PNG files; returns the exit status.
int saveScreenshots(QQmlApplicationEngine& engine, const QString& dir);
