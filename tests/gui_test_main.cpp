// Catch2's main for tests that draw with Qt: a QApplication (the console's
// file dialogs are widgets), offscreen; strict about test names as test_main.cpp.
#define HX_TEST_CUSTOM_MAIN
#include "test_main.cpp"

#include <QApplication>

#include <cstdlib>

int main(int argc, char** argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    Catch::Session session;
    return hx::test::runStrict(session, argc, argv);
}
