#pragma once
// Test support for the walkthrough (tests/walkthrough.py): with
// HUIXUAN_UI_MAP=FILE the console writes, ten times a second, where each
// visible control is on the screen and what it says — its text, placeholder
// or object name, its class, whether it is enabled, whether its text is cut
// off. The walkthrough then drives the real window with X input events,
// finding "打开工作区…" by its text as a person would. Nothing else reads it.
#include <QString>

void startUiMap(const QString& file);
