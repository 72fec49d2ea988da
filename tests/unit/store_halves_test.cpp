// Reading a data file in two halves on two threads (parse_pipeline_writable): wherever the
// halves are cut and whatever the file holds, the result, the notices and the errors must
// be exactly those of the one-thread reader.
#include "core/error.hpp"
#include "io/store_format.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <string>
#include <utility>
#include <vector>

using namespace followup;
using followup::test::attempt;
using followup::test::date;
using followup::test::prospect;

namespace {

// A pipeline as followup writes it, of `count` prospects with two attempts each.
Pipeline pipeline_of(int count) {
    Pipeline pipeline;
    pipeline.next_id = count + 1;
    for (int id = 1; id <= count; ++id) {
        Prospect one = prospect(id, fmt::format("Prospect {} «{}»", id, id * 7), date(2026, 9, 1));
        one.company = fmt::format("Company {}", id % 13);
        one.attempts.push_back(attempt("2026-09-02T10:00:00+02:00", Channel::email));
        one.attempts.push_back(attempt("2026-09-05", Channel::call, Outcome::voicemail));
        one.attempts.back().note = fmt::format("note \"{}\"\twith escapes", id);
        pipeline.prospects.push_back(std::move(one));
    }
    return pipeline;
}

struct Read {
    std::optional<Pipeline> pipeline;
    std::string error;
    std::vector<std::string> notices;
    bool in_halves = false;
};

// Reads `text` from a writable copy with the padding the reader needs; halves_from 0
// lets a small text be read in halves. The copy must come back unchanged.
Read read(const std::string& text, std::size_t halves_from) {
    std::string buffer = text;
    buffer.append(io::k_parse_padding, '\0');
    Read result;
    io::ReadOptions options;
    options.halves_from = halves_from;
    options.read_in_halves = &result.in_halves;
    try {
        result.pipeline = io::parse_pipeline_writable(std::span<char>(buffer.data(), text.size()),
                                                      "pipeline.json", &result.notices, options);
    } catch (const Error& error) {
        result.error = error.what();
    }
    CHECK(buffer.substr(0, text.size()) == text);
    return result;
}

// The text read in halves and in one piece: the two must agree in every respect.
Read read_both_ways(const std::string& text) {
    const Read whole = read(text, std::string::npos);
    CHECK_FALSE(whole.in_halves);
    Read halves = read(text, 0);
    CHECK(halves.error == whole.error);
    CHECK(halves.notices == whole.notices);
    REQUIRE(halves.pipeline.has_value() == whole.pipeline.has_value());
    if (whole.pipeline) {
        CHECK((*halves.pipeline == *whole.pipeline));
    }
    return halves;
}

void replace_once(std::string& text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("find_halves cuts between two prospects of followup's layout") {
    const std::string text = io::serialize_pipeline(pipeline_of(4));
    const auto halves = io::find_halves(text);
    REQUIRE(halves.has_value());
    // The cut falls after the middle, at the comma closing a prospect at its indentation.
    CHECK(halves->cut > text.size() / 2);
    CHECK(text.substr(halves->cut - 6, 7) == "\n    },");
    CHECK(text.substr(halves->second_begin, 2) == " {");
    CHECK(text.substr(halves->second_begin + 1, 16) == "{\n      \"id\": 3,");
    CHECK(text.substr(halves->second_end - 1) == "]\n}\n");

    SUBCASE("not with one prospect") {
        CHECK_FALSE(io::find_halves(io::serialize_pipeline(pipeline_of(1))).has_value());
    }
    SUBCASE("not with none") {
        CHECK_FALSE(io::find_halves(io::serialize_pipeline(pipeline_of(0))).has_value());
    }
    SUBCASE("not on one line") {
        CHECK_FALSE(io::find_halves(R"({"version": 1, "prospects": [{"id": 1}, {"id": 2},)"
                                    R"( {"id": 3}]})")
                        .has_value());
    }
    SUBCASE("not when a field follows the prospects") {
        std::string with_field = text;
        replace_once(with_field, "\n  ]\n}", "\n  ],\n  \"x\": 1\n}");
        CHECK_FALSE(io::find_halves(with_field).has_value());
    }
}

TEST_CASE("a pipeline read in halves is the one read in one piece") {
    const Pipeline pipeline = pipeline_of(300);
    const std::string text = io::serialize_pipeline(pipeline);
    const Read halves = read_both_ways(text);
    CHECK(halves.in_halves);
    REQUIRE(halves.pipeline.has_value());
    CHECK((*halves.pipeline == pipeline));
    CHECK(halves.notices.empty());
}

TEST_CASE("what the halves put in order is said in the file's order") {
    std::string text = io::serialize_pipeline(pipeline_of(300));
    // Swap the attempts' times of the first prospect and of the last.
    for (const std::size_t at : {text.find("\"id\": 1,"), text.find("\"id\": 300,")}) {
        const std::size_t first = text.find("2026-09-02T10:00:00+02:00", at);
        text.replace(first, 25, "2026-09-09T10:00:00+02:00");
    }
    const Read halves = read_both_ways(text);
    CHECK(halves.in_halves);
    CHECK(halves.notices ==
          std::vector<std::string>{"prospect #1: the attempts are not in time order",
                                   "prospect #300: the attempts are not in time order"});
}

TEST_CASE("a file the halves cannot read alone is read in one piece, the same") {
    const std::string text = io::serialize_pipeline(pipeline_of(300));
    std::string edited = text;
    SUBCASE("ids out of order across the halves") {
        replace_once(edited, "\"id\": 2,", "\"id\": 9999,");
        const Read halves = read_both_ways(edited);
        CHECK_FALSE(halves.in_halves);
        CHECK(halves.notices == std::vector<std::string>{"the prospects are not in id order"});
    }
    SUBCASE("one id in both halves") {
        replace_once(edited, "\"id\": 299,", "\"id\": 2,");
        const Read halves = read_both_ways(edited);
        CHECK(halves.error.find("a second prospect has the id 2") != std::string::npos);
    }
    SUBCASE("an error in the second half keeps its line and column") {
        const std::size_t last = edited.find("\"id\": 290,");
        edited.replace(edited.find("\"email\"", last), 7, "\"sms!\"");
        const Read halves = read_both_ways(edited);
        CHECK(halves.error.starts_with("pipeline.json:"));
        CHECK(halves.error.find("unknown value \"sms!\"") != std::string::npos);
    }
    SUBCASE("an attempt's end at the prospects' indentation") {
        // Hand-edited: the closing brace of the first attempt after the middle moved to
        // column 5, so the halves are cut inside a prospect; the first half then does not
        // close, and the whole file is read by one thread.
        const std::size_t close = edited.find("\n        },", edited.size() / 2);
        edited.replace(close, 11, "\n    },");
        REQUIRE(io::find_halves(edited).has_value());
        REQUIRE(io::find_halves(edited)->cut == close + 6);
        const Read halves = read_both_ways(edited);
        CHECK_FALSE(halves.in_halves);
        CHECK(halves.pipeline.has_value());
    }
    SUBCASE("a list of another field, laid out like the prospects, ends the file") {
        // Cut inside "archive", the first half is a whole pipeline and the second a list
        // of objects that read as prospects: only the first half's check that its
        // prospects end at the cut stops archive's second half becoming prospects.
        Pipeline archived = pipeline_of(300);
        for (Prospect& one : archived.prospects) {
            one.id += 1000;
        }
        const std::string archive = io::serialize_pipeline(archived);
        const std::size_t list = archive.find("[\n    {");
        const std::size_t list_end = archive.rfind("\n  ]") + 4;
        edited = io::serialize_pipeline(pipeline_of(2));
        replace_once(edited, "\n  ]\n}",
                     "\n  ],\n  \"archive\": " + archive.substr(list, list_end - list) + "\n}");
        REQUIRE(io::find_halves(edited).has_value());
        REQUIRE(io::find_halves(edited)->cut > edited.find("\"archive\""));
        const Read halves = read_both_ways(edited);
        CHECK_FALSE(halves.in_halves);
        REQUIRE(halves.pipeline.has_value());
        CHECK(halves.pipeline->prospects.size() == 2);
    }
    SUBCASE("a broken file") {
        edited.insert(edited.size() / 2 + 10, "\x01");
        const Read halves = read_both_ways(edited);
        CHECK_FALSE(halves.error.empty());
    }
}
