// Catch2's main for tests that draw with Qt: a QApplication (the console's
// file dialogs are widgets), offscreen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <cstdlib>

int main(int argc, char** argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
