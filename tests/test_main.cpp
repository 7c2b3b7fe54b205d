// Catch2's main, made strict: a test name given on the command line (as
// ctest gives each one) that matches no test fails instead of passing with
// "No tests ran" — a test that cannot run must not count as passed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <iostream>

namespace hx::test {

int runStrict(Catch::Session& session, int argc, char** argv)
{
    if (const int rc = session.applyCommandLine(argc, argv); rc != 0)
        return rc;
    const Catch::Config& config = session.config();
    const Catch::TestSpec& spec = config.testSpec();
    if (spec.hasFilters() && Catch::filterTests(Catch::getAllTestCasesSorted(config), spec, config).empty()) {
        std::cerr << "no test matches the name given\n";
        return 2;
    }
    return session.run();
}

} // namespace hx::test

#ifndef HX_TEST_CUSTOM_MAIN
int main(int argc, char** argv)
{
    Catch::Session session;
    return hx::test::runStrict(session, argc, argv);
}
#endif
