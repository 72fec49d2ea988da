#include "core/text.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace followup;
using namespace std::string_literals;

TEST_CASE("is_valid_utf8") {
    SUBCASE("ASCII and well-formed sequences") {
        CHECK(is_valid_utf8(""));
        CHECK(is_valid_utf8("Ann Lee"));
        CHECK(is_valid_utf8("Jos\xC3\xA9"));                  // é
        CHECK(is_valid_utf8("\xE6\x97\xA5\xE6\x9C\xAC"));     // 日本
        CHECK(is_valid_utf8("\xF0\x9F\x98\x80"));             // U+1F600
        CHECK(is_valid_utf8("\xEF\xBF\xBF\xF4\x8F\xBF\xBF")); // U+FFFF, U+10FFFF
        CHECK(is_valid_utf8("a\0b"s));                        // NUL is a character
    }
    SUBCASE("overlong forms") {
        CHECK_FALSE(is_valid_utf8("\xC0\xAF"));
        CHECK_FALSE(is_valid_utf8("\xC1\xBF"));
        CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));
        CHECK_FALSE(is_valid_utf8("\xF0\x82\x82\xAC"));
    }
    SUBCASE("surrogates") {
        CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));
        CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));
        CHECK_FALSE(is_valid_utf8("\xED\xA0\xBD\xED\xB8\x80")); // a CESU-8 pair
    }
    SUBCASE("truncated sequences") {
        CHECK_FALSE(is_valid_utf8("\xC3"));
        CHECK_FALSE(is_valid_utf8("\xE6\x97"));
        CHECK_FALSE(is_valid_utf8("a\xF0\x9F\x98"));
        CHECK_FALSE(is_valid_utf8("\xC3"
                                  "A"));
    }
    SUBCASE("stray and impossible bytes") {
        CHECK_FALSE(is_valid_utf8("\x80"));
        CHECK_FALSE(is_valid_utf8("ok\xBF"));
        CHECK_FALSE(is_valid_utf8("\xFF"));
        CHECK_FALSE(is_valid_utf8("\xF8\x88\x80\x80\x80"));
        CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // past U+10FFFF
    }
}

TEST_CASE("display_width") {
    SUBCASE("ASCII") {
        CHECK(display_width("") == 0);
        CHECK(display_width("Ann Lee") == 7);
    }
    SUBCASE("accented letters take one column") {
        CHECK(display_width("Jos\xC3\xA9") == 4);
        CHECK(display_width("Zo\xC3\xAB") == 3);
    }
    SUBCASE("wide characters take two") {
        CHECK(display_width("\xE6\x97\xA5\xE6\x9C\xAC") == 4); // 日本
        CHECK(display_width("\xED\x95\x9C") == 2);             // 한
        CHECK(display_width("\xEF\xBC\xA1") == 2);             // fullwidth A
        CHECK(display_width("\xF0\x9F\x98\x80") == 2);         // emoji
        CHECK(display_width("Zo\xC3\xAB \xE6\x97\xA5\xE6\x9C\xAC") == 8);
    }
    SUBCASE("combining marks take none") {
        CHECK(display_width("e\xCC\x81") == 1); // e + U+0301
        CHECK(display_width("Jose\xCC\x81") == 4);
    }
    SUBCASE("bytes that are not UTF-8 count one each") {
        CHECK(display_width("\xFF\xFE") == 2);
        CHECK(display_width("a\xC3") == 2);
    }
}

TEST_CASE("plural") {
    CHECK(plural(1, "touch", "touches") == "1 touch");
    CHECK(plural(0, "touch", "touches") == "0 touches");
    CHECK(plural(2, "touch", "touches") == "2 touches");
    CHECK(plural(21, "day", "days") == "21 days");
    CHECK(plural(-1, "day", "days") == "-1 day");
    CHECK(plural(-3, "day", "days") == "-3 days");
}

TEST_CASE("join") {
    CHECK(join({}, ", ").empty());
    CHECK(join({"call"}, ", ") == "call");
    CHECK(join({"call", "email", "linkedin"}, ", ") == "call, email, linkedin");
    CHECK(join({"vip", "", "q4"}, ";") == "vip;;q4"); // an empty item keeps its place
    CHECK(join({"a", "b"}, "") == "ab");
}

TEST_CASE("search_key") {
    CHECK(search_key("Ann Lee") == "ann lee");
    CHECK(search_key("Björn Ångström") == "bjorn angstrom");
    CHECK(search_key("ÆSIR Œuvre Straße Þór Łódź") == "aesir oeuvre strasse thor lodz");
    CHECK(search_key("ÀÉÎÕÜÇÑÝ àéîõüçñýÿ") == "aeioucny aeioucnyy");
    SUBCASE("what is not a Latin letter is kept") {
        CHECK(search_key("陈伟") == "陈伟");
        CHECK(search_key("5 × 3 ÷ 2") == "5 × 3 ÷ 2");
        CHECK(search_key("Ωmega") == "Ωmega");
    }
    SUBCASE("a cut sequence is kept byte for byte") {
        CHECK(search_key("ab\xC3") == "ab\xC3");
    }
}

TEST_CASE("excerpt") {
    CHECK(excerpt("2026-13-01") == "2026-13-01");
    CHECK(excerpt("a\x0b"
                  "b\x1b[2J") == "a\\u000bb\\u001b[2J");
    CHECK(excerpt(std::string(3000, 'x')) == std::string(40, 'x') + "...");
    // Escapes count toward the bound (R14: twelve such headers made a 2.9 KB message).
    CHECK(excerpt(std::string(3000, '\x13')).size() <= 40 + 6 + 3);
    SUBCASE("never half a character") {
        const std::string name = std::string(39, 'a') + "é" + "zzz"; // é is bytes 40 and 41
        CHECK(excerpt(name) == std::string(39, 'a') + "...");
        CHECK(excerpt("Björn", 3) == "Bj...");
    }
}
