#include "core/optional_text.hpp"

#include <doctest/doctest.h>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace followup;
using namespace std::string_literals;

TEST_CASE("OptionalText holds a text or nothing, like std::optional<std::string>") {
    SUBCASE("absent by default and after reset") {
        OptionalText text;
        CHECK_FALSE(text.has_value());
        CHECK_FALSE(static_cast<bool>(text));
        CHECK(text.value_or("none") == "none");
        CHECK(text == std::nullopt);
        CHECK_FALSE(text == "");
        text = "met at the fair";
        text.reset();
        CHECK_FALSE(text.has_value());
        CHECK(text == OptionalText(std::nullopt));
    }
    SUBCASE("present, empty text included") {
        const OptionalText empty("");
        CHECK(empty.has_value());
        CHECK(*empty == "");
        CHECK(empty->empty());
        CHECK(empty == "");
        CHECK_FALSE(empty == OptionalText());
        const OptionalText note("Called about the \xC3\xA9t\xC3\xA9 order");
        CHECK(*note == "Called about the \xC3\xA9t\xC3\xA9 order");
        CHECK(note->size() == 28);
        CHECK(note.value_or("none") == "Called about the \xC3\xA9t\xC3\xA9 order");
    }
    SUBCASE("bytes are kept as they are, NUL included") {
        const std::string bytes = "a\0b\xFF"s;
        const OptionalText text(bytes);
        CHECK(text->size() == 4);
        CHECK(*text == bytes);
        CHECK(text == bytes);
    }
    SUBCASE("made from std::optional<std::string>") {
        CHECK_FALSE(OptionalText(std::optional<std::string>()).has_value());
        CHECK(OptionalText(std::optional<std::string>("x")) == "x");
    }
    SUBCASE("compares by content, and only present texts equal a string") {
        CHECK(OptionalText("timeline") == OptionalText("timeline"s));
        CHECK(OptionalText("timeline") != OptionalText("budget"));
        CHECK(OptionalText("timeline") != OptionalText());
        CHECK(OptionalText() == OptionalText());
        CHECK(OptionalText("budget") == "budget"s);
        CHECK(OptionalText("budget") == std::string_view("budget"));
        CHECK_FALSE(OptionalText("budget") == "budge");
    }
}

TEST_CASE("OptionalText copies and moves its text") {
    SUBCASE("a copy is its own text") {
        OptionalText original("first");
        const OptionalText copy = original;
        original = "second";
        CHECK(copy == "first");
        CHECK(original == "second");
        OptionalText assigned;
        assigned = copy;
        CHECK(assigned == "first");
        assigned = OptionalText();
        CHECK_FALSE(assigned.has_value());
    }
    SUBCASE("assigning to itself keeps the text") {
        OptionalText text("kept");
        OptionalText& same = text;
        text = same;
        CHECK(text == "kept");
        text = std::move(same);
        CHECK(text == "kept");
    }
    SUBCASE("a move leaves the source empty") {
        OptionalText source("moved");
        OptionalText target(std::move(source));
        CHECK(target == "moved");
        CHECK_FALSE(source.has_value()); // NOLINT(bugprone-use-after-move): that is the test
        source = std::move(target);
        CHECK(source == "moved");
    }
    SUBCASE("a vector that grows keeps every text") {
        std::vector<OptionalText> texts;
        for (int i = 0; i < 100; ++i) {
            texts.push_back(i % 3 == 0 ? OptionalText() : OptionalText(std::to_string(i)));
        }
        for (int i = 0; i < 100; ++i) {
            CHECK(texts[static_cast<std::size_t>(i)] ==
                  (i % 3 == 0 ? OptionalText() : OptionalText(std::to_string(i))));
        }
    }
    SUBCASE("one pointer wide") {
        CHECK(sizeof(OptionalText) == sizeof(void*));
    }
}
