#pragma once
// huixuan --measure-projector SCENARIO.json --workspace-out FILE.huixuan:
// plays the scenario's first meeting through the screens up to its first
// ballots, then shows the projector at 1920×1080 with live counts and enters
// those ballots one every 100 ms while the event loop runs, rendering a
// frame every 16 ms and timing each (off screen: grabWindow) and the delay
// from an accepted ballot to the next frame. Prints the figures for PERFORMANCE.md.
class QQmlApplicationEngine;
class QString;
class AppController;

int measureProjector(QQmlApplicationEngine& engine, AppController& app, const QString& scenario, const QString& workspace);
