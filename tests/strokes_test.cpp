// Surname-stroke order (RULES §5) from the national five-class stroke data.
#include "strokes.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace hx;

namespace {

std::vector<std::string> order(std::vector<std::string> names, const char* mode = "surname")
{
    std::vector<NamedItem> items;
    for (const auto& n : names)
        items.push_back({n, n});
    return strokeOrder(items, mode).ids;
}

} // namespace

TEST_CASE("the stroke table knows common surnames")
{
    CHECK(strokesOf(U'丁').sequence == "12");
    CHECK(strokesOf(U'王').sequence == "1121");
    CHECK(strokesOf(U'张').sequence == "5153154");
    CHECK(strokesOf(U'李').sequence == "1234521");
    CHECK(strokesOf(U'习').sequence == "541"); // 提 counts as 横
    CHECK(strokesOf(U'于').sequence == "112"); // 竖钩 stays 竖
    CHECK_FALSE(strokesOf(U'A').known);
}

TEST_CASE("fewer strokes first")
{
    // RULE: RULES §5.1
    CHECK(order({"王芳", "丁敏", "白云"}) == std::vector<std::string>{"丁敏", "王芳", "白云"});
}

TEST_CASE("equal counts compare stroke shapes in writing order - not ICU")
{
    // RULE: RULES §5.2
    // 李 (横…) before 张 (折…), and 于 (横…) before 习 (折…): ICU's stroke
    // collation gets both of these wrong.
    CHECK(order({"张敏", "李娜"}) == std::vector<std::string>{"李娜", "张敏"});
    CHECK(order({"习红", "于红"}) == std::vector<std::string>{"于红", "习红"});
    CHECK(order({"马丽", "于红"}) == std::vector<std::string>{"于红", "马丽"});
}

TEST_CASE("same first character compares the second then the third")
{
    // RULE: RULES §5.3
    CHECK(order({"王芳芳", "王丁丁", "王丁一"}) == std::vector<std::string>{"王丁一", "王丁丁", "王芳芳"});
}

TEST_CASE("two-character names follow the method's convention")
{
    // RULE: RULES §5.4
    CHECK(order({"田大利", "田富"}, "surname") == std::vector<std::string>{"田富", "田大利"});
    CHECK(order({"田富", "田大利"}, "full_name") == std::vector<std::string>{"田大利", "田富"});
}

TEST_CASE("same strokes throughout are reported for the operator to decide")
{
    // RULE: RULES §5.5
    std::vector<NamedItem> items = {{"p1", "王芳"}, {"p2", "李娜"}, {"p3", "王芳"}};
    StrokeOrdering o = strokeOrder(items, "surname");
    CHECK(o.ids == std::vector<std::string>{"p1", "p3", "p2"});
    REQUIRE(o.ties.size() == 1);
    CHECK(o.ties[0] == std::vector<std::string>{"p1", "p3"});
    CHECK(compareNames("王芳", "王芳", "surname") == 0);
}

TEST_CASE("a name with a character outside the table is flagged")
{
    std::vector<NamedItem> items = {{"p1", "王芳"}, {"p2", "Anna"}};
    StrokeOrdering o = strokeOrder(items, "surname");
    CHECK(o.ids == std::vector<std::string>{"p1", "p2"});
    CHECK(o.unknown == std::vector<std::string>{"p2"});
}
