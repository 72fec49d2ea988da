// Bad data files: each must throw followup::Error naming the file, the line:column of the
// offending spot, and the problem.

#include "core/error.hpp"
#include "io/json_syntax.hpp"
#include "io/store_format.hpp"

#include <cstdio>
#include <doctest/doctest.h>
#include <initializer_list>
#include <string>
#include <utility>

using namespace followup;
using namespace std::string_literals;

namespace {

// Lines 1-4 are the frame; the prospect's fields start on line 5.
std::string with_prospect(const std::string& fields) {
    return "{\n  \"version\": 1,\n  \"prospects\": [\n    {\n" + fields + "\n    }\n  ]\n}\n";
}

// The prospect's id, name, created and "attempts" are lines 5-8; the attempt's `{` is on
// line 9 and its fields start on line 10.
std::string with_attempt(const std::string& fields) {
    return with_prospect("      \"id\": 1,\n      \"name\": \"Ann\",\n      \"created\": "
                         "\"2026-11-02\",\n      \"attempts\": [\n        {\n" +
                         fields + "\n        }\n      ]");
}

std::string parse_error(std::string_view text, bool in_place) {
    std::string buffer(text);
    buffer.reserve(buffer.size() + 128);
    try {
        if (in_place) {
            io::parse_pipeline_in_place(buffer, "pipeline.json");
        } else {
            io::parse_pipeline(text, "pipeline.json");
        }
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::failure);
        return error.what();
    }
    FAIL("no error for: " << std::string(text.substr(0, 200)));
    return {};
}

struct Spot {
    long line = 0;
    long column = 0;
};

// "pipeline.json:12:7: ..." -> {12, 7}; {0, 0} when the message has no place.
Spot spot_of(const std::string& message) {
    Spot spot;
    const std::string prefix = "pipeline.json:";
    if (message.rfind(prefix, 0) != 0 ||
        std::sscanf(message.c_str() + prefix.size(), "%ld:%ld:", &spot.line, &spot.column) != 2) {
        return {};
    }
    return spot;
}

// The message without its "pipeline.json:12:7: " prefix.
std::string problem_of(const std::string& message) {
    const Spot spot = spot_of(message);
    const std::string prefix =
        "pipeline.json:" + std::to_string(spot.line) + ":" + std::to_string(spot.column) + ": ";
    return message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
}

// Parses `text` as the store does (in place), expects an error at `line` with a column
// in [first_column, last_column] whose message contains each of `words`; the copying
// parser must report the same problem.
void check_error(std::string_view text, long line, long first_column, long last_column,
                 std::initializer_list<std::string_view> words) {
    const std::string message = parse_error(text, true);
    INFO("message: " << message);
    CHECK(message.rfind("pipeline.json:", 0) == 0);
    const Spot spot = spot_of(message);
    CHECK(spot.line == line);
    CHECK(spot.column >= first_column);
    CHECK(spot.column <= last_column);
    for (const std::string_view word : words) {
        CHECK(message.find(word) != std::string::npos);
    }
    CHECK(problem_of(parse_error(text, false)) == problem_of(message));
}

} // namespace

TEST_CASE("parse_pipeline errors") {
    SUBCASE("syntax: a missing comma") {
        check_error("{\n  \"version\": 1\n  \"prospects\": []\n}\n", 3, 3, 13,
                    {"invalid JSON", "unexpected string"});
    }
    SUBCASE("syntax: a trailing comma") {
        check_error("{\n  \"version\": 1,\n  \"prospects\": [],\n}\n", 4, 1, 1, {"invalid JSON"});
    }
    SUBCASE("syntax: an unterminated string") {
        check_error(
            "{\n  \"version\": 1,\n  \"prospects\": [{\"id\": 1, \"name\": \"Ann\n\"}]\n}\n", 3, 35,
            39, {"invalid JSON", "string"});
        check_error("{\n  \"version\": 1,\n  \"prospects\": [{\"id\": 1, \"name\": \"Ann", 3, 35,
                    39, {"invalid JSON", "string"});
    }
    SUBCASE("syntax: an empty file") {
        check_error("", 1, 1, 1, {"invalid JSON"});
        check_error("  \n", 2, 1, 1, {"invalid JSON"}); // where the input ends
    }
    SUBCASE("the top level is not an object") {
        check_error("[1, 2]\n", 1, 1, 1, {"the top level must be a JSON object"});
        check_error("\"text\"\n", 1, 1, 1, {"the top level must be a JSON object"});
    }
    SUBCASE("missing version") {
        check_error("{\n  \"prospects\": []\n}\n", 1, 1, 1, {"missing \"version\""});
    }
    SUBCASE("version 2 is newer") {
        check_error("{\n  \"version\": 2,\n  \"prospects\": []\n}\n", 2, 3, 11,
                    {"version 2 is newer", "upgrade followup"});
    }
    SUBCASE("version of the wrong type or out of range") {
        check_error("{\n  \"version\": \"1\",\n  \"prospects\": []\n}\n", 2, 3, 11,
                    {"\"version\" must be a whole number"});
        check_error("{\n  \"version\": 0,\n  \"prospects\": []\n}\n", 2, 3, 11,
                    {"\"version\" must be a whole number"});
    }
    SUBCASE("missing prospects, or not a list") {
        check_error("{\n  \"version\": 1\n}\n", 1, 1, 1, {"missing \"prospects\""});
        check_error("{\n  \"version\": 1,\n  \"prospects\": {}\n}\n", 3, 3, 13,
                    {"\"prospects\" must be a list"});
    }
    SUBCASE("id as a string") {
        check_error(with_prospect("      \"id\": \"7\",\n      \"name\": \"Ann\",\n      "
                                  "\"created\": \"2026-11-02\""),
                    5, 7, 10, {"prospect number 1: \"id\" must be a whole number from 1 to"});
    }
    SUBCASE("negative, fractional and enormous ids") {
        for (const char* id : {"-1", "0", "1.5", "1000000000000", "99999999999999999999"}) {
            CAPTURE(id);
            check_error(with_prospect("      \"id\": "s + id +
                                      ",\n      \"name\": \"Ann\",\n      \"created\": "
                                      "\"2026-11-02\""),
                        5, 7, 10, {"\"id\" must be a whole number from 1 to 999999999999"});
        }
    }
    const std::string ann = "      \"id\": 1,\n      \"name\": \"Ann\",\n";
    SUBCASE("dream as a string") {
        check_error(
            with_prospect(ann + "      \"dream\": \"yes\",\n      \"created\": \"2026-11-02\""), 7,
            7, 13, {"prospect #1: \"dream\" must be true or false"});
    }
    SUBCASE("tags not a list, or not of strings") {
        check_error(
            with_prospect(ann + "      \"tags\": \"saas\",\n      \"created\": \"2026-11-02\""), 7,
            7, 12, {"\"tags\" must be a list of strings"});
        check_error(
            with_prospect(ann + "      \"tags\": [\"a\", 1],\n      \"created\": \"2026-11-02\""),
            7, 7, 12, {"\"tags\" must be a string"});
    }
    SUBCASE("an unknown status lists the valid ones") {
        check_error(with_prospect(
                        ann + "      \"status\": \"pending\",\n      \"created\": \"2026-11-02\""),
                    7, 7, 14,
                    {"unknown value \"pending\" (valid: active, nurture, won, lost, dnc)"});
    }
    SUBCASE("an unknown channel lists the valid ones") {
        check_error(
            with_attempt("          \"at\": \"2026-11-20\",\n          \"channel\": \"fax\",\n"
                         "          \"outcome\": \"replied\""),
            11, 11, 19,
            {"prospect #1: attempt 1: \"channel\": unknown value \"fax\" (valid: call, "
             "email, linkedin, video, sms, social, letter, meeting, other)"});
    }
    SUBCASE("an unknown outcome lists the valid ones") {
        check_error(
            with_attempt("          \"at\": \"2026-11-20\",\n          \"channel\": \"call\",\n"
                         "          \"outcome\": \"maybe\""),
            12, 11, 19,
            {"\"outcome\": unknown value \"maybe\" (valid: no-answer, voicemail, connected, "
             "replied, meeting, objection, not-interested, won, lost)"});
    }
    SUBCASE("invalid dates") {
        check_error(with_prospect(ann + "      \"created\": \"2026-02-30\""), 7, 7, 15,
                    {"\"created\": \"2026-02-30\" is not a date"});
        check_error(with_prospect(ann + "      \"created\": \"2026-11-02\",\n"
                                        "      \"next\": \"2026-13-01\""),
                    8, 7, 12, {"\"next\": \"2026-13-01\" is not a date"});
        check_error(
            with_attempt("          \"at\": \"2026-02-30\",\n          \"channel\": \"call\",\n"
                         "          \"outcome\": \"replied\""),
            10, 11, 14, {"attempt 1: \"at\": \"2026-02-30\" is not a date"});
        check_error(with_attempt("          \"at\": \"2026-11-20T25:61\",\n          \"channel\": "
                                 "\"call\",\n          \"outcome\": \"replied\""),
                    10, 11, 14, {"\"at\": \"2026-11-20T25:61\" is not a date"});
    }
    SUBCASE("duplicate keys") {
        check_error(
            with_prospect(ann + "      \"name\": \"Bob\",\n      \"created\": \"2026-11-02\""), 7,
            7, 12, {"prospect #1: duplicate key \"name\""});
        check_error("{\n  \"version\": 1,\n  \"version\": 1,\n  \"prospects\": []\n}\n", 3, 3, 11,
                    {"duplicate key \"version\""});
    }
    SUBCASE("duplicate ids") {
        const std::string message = parse_error("{\n  \"version\": 1,\n  \"prospects\": [\n    "
                                                "{\"id\": 1, \"name\": \"A\", \"created\": "
                                                "\"2026-11-02\"},\n    {\"id\": 1, \"name\": "
                                                "\"B\", \"created\": \"2026-11-02\"}\n  ]\n}\n",
                                                true);
        CHECK(message.rfind("pipeline.json:", 0) == 0);
        CHECK(message.find("a second prospect has the id 1") != std::string::npos);
    }
    SUBCASE("missing name, created, id and at") {
        const std::string created = "      \"created\": \"2026-11-02\"";
        const auto problem = [](const std::string& text) {
            return problem_of(parse_error(text, true));
        };
        CHECK(problem(with_prospect("      \"id\": 1,\n" + created)) ==
              "prospect #1: missing \"name\"");
        CHECK(problem(with_prospect("      \"id\": 1,\n      \"name\": \"Ann\"")) ==
              "prospect #1: missing \"created\"");
        CHECK(problem(with_prospect("      \"name\": \"Ann\",\n" + created)) ==
              "prospect number 1: missing \"id\"");
        CHECK(problem(with_attempt("          \"channel\": \"call\",\n          \"outcome\": "
                                   "\"replied\"")) == "prospect #1: attempt 1: missing \"at\"");
    }
    SUBCASE("invalid UTF-8 bytes") {
        check_error(with_prospect("      \"id\": 1,\n      \"name\": \"A\xFFnn\",\n" +
                                  std::string("      \"created\": \"2026-11-02\"")),
                    6, 17, 17, {"invalid JSON", "UTF-8"});
    }
    SUBCASE("a NUL byte in the text") {
        check_error(with_prospect("      \"id\": 1,\n      \"name\": \"A\0nn\",\n"s +
                                  "      \"created\": \"2026-11-02\""),
                    6, 17, 17, {"invalid JSON"});
        check_error("{\n  \"version\": 1,\n\0  \"prospects\": []\n}\n"s, 3, 1, 1, {"invalid JSON"});
    }
    SUBCASE("deep nesting in an unknown field is an error, not a crash") {
        check_error("{\n  \"version\": 1,\n  \"prospects\": [],\n  \"x\": " +
                        std::string(100000, '[') + "\n}\n",
                    5, 1, 1, {"invalid JSON"});
    }
    SUBCASE("deep but balanced nesting is refused or kept, never a crash") {
        const std::string text =
            "{\n  \"version\": 1,\n  \"prospects\": [],\n  \"x\": " + std::string(100000, '[') +
            std::string(100000, ']') + ",\n  \"y\": 1\n}\n";
        try {
            const std::string out =
                io::serialize_pipeline(io::parse_pipeline(text, "pipeline.json"));
            CHECK(out.size() == text.size());
            CHECK((out == text)); // parenthesised: a failure must not print 200 kB
        } catch (const Error& error) {
            CHECK(spot_of(error.what()).line > 0);
        }
        CHECK_THROWS_AS(
            io::parse_pipeline(with_prospect(ann + "      \"tags\": " + std::string(50000, '[') +
                                             std::string(50000, ']')),
                               "pipeline.json"),
            Error);
    }
    SUBCASE("text after the top-level object") {
        check_error("{\n  \"version\": 1,\n  \"prospects\": []\n}\n{}\n", 5, 1, 1,
                    {"invalid JSON"});
        check_error("{\n  \"version\": 1,\n  \"prospects\": []\n} x\n", 4, 3, 3, {"invalid JSON"});
    }
    SUBCASE("settings of the wrong type or range") {
        check_error("{\n  \"version\": 1,\n  \"settings\": {\"cadence_days\": [3, 0]},\n"
                    "  \"prospects\": []\n}\n",
                    3, 16, 29,
                    {"settings: \"cadence_days\" must be a whole number from 1 to 3650"});
        check_error("{\n  \"version\": 1,\n  \"settings\": {\"skip_weekends\": 1},\n"
                    "  \"prospects\": []\n}\n",
                    3, 16, 30, {"settings: \"skip_weekends\" must be true or false"});
    }
}

// parse_pipeline parses a padded copy of the text; error places must still be
// computed against that copy, or every error found while reading values would land
// at the end of the file.
TEST_CASE("parse_pipeline error locations without spare capacity") {
    const std::string text = "{\n  \"version\": 2,\n  \"prospects\": []\n}\n";
    const Spot spot = spot_of(parse_error(text, false));
    CHECK(spot.line == 2);
    CHECK(spot.column >= 3);
    CHECK(spot.column <= 11);
    const std::string status = with_prospect("      \"id\": 1,\n      \"name\": \"Ann\",\n"
                                             "      \"status\": \"pending\",\n"
                                             "      \"created\": \"2026-11-02\"");
    CHECK(spot_of(parse_error(status, false)).line == 7);
}

// A missing required field, or a list element that is not an object, is reported at
// the object itself, not at the key of its list.
TEST_CASE("parse_pipeline locates a missing field at its object") {
    const Spot name = spot_of(
        parse_error(with_prospect("      \"id\": 1,\n      \"created\": \"2026-11-02\""), true));
    CHECK(name.line >= 4); // the prospect spans lines 4-7
    CHECK(name.line <= 7);
    const Spot at = spot_of(parse_error(
        with_attempt("          \"channel\": \"call\",\n          \"outcome\": \"replied\""),
        true));
    CHECK(at.line >= 9); // the attempt spans lines 9-12
    CHECK(at.line <= 12);
    const Spot element =
        spot_of(parse_error("{\n  \"version\": 1,\n  \"prospects\": [1]\n}\n", true));
    CHECK(element.line == 3);
    CHECK(element.column == 17);
}

// The duplicate-id error names the line and column of the second id.
TEST_CASE("parse_pipeline locates a duplicate id") {
    const std::string message = parse_error(
        "{\n  \"version\": 1,\n  \"prospects\": [\n    {\"id\": 1, \"name\": \"A\", \"created\": "
        "\"2026-11-02\"},\n    {\"id\": 1, \"name\": \"B\", \"created\": \"2026-11-02\"}\n  ]\n}\n",
        true);
    CHECK(spot_of(message).line == 5);
}

TEST_CASE("find_json_syntax_error") {
    using io::find_json_syntax_error;
    // The offset and message of the first error; {npos, ""} for valid text.
    auto error_in = [](std::string_view text) {
        const auto error = find_json_syntax_error(text);
        return error ? std::pair{error->offset, error->message}
                     : std::pair{std::string_view::npos, std::string()};
    };
    SUBCASE("valid text") {
        for (const std::string_view text :
             {"{}", " [ ] ", "{\"a\": [1, -2.5e+3, 0, true, false, null, \"x\"]}", "\"\\u00e9\"",
              "\"\\ud83d\\ude00 \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"",
              "\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"", "0", "-0.0E-0", "[[[[]]]]"}) {
            INFO(text);
            CHECK(error_in(text).first == std::string_view::npos);
        }
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        CHECK(!find_json_syntax_error(deep));
    }
    SUBCASE("structure") {
        CHECK(error_in("{\"a\": 1 \"b\": 2}").first == 8);
        CHECK(error_in("{\"a\": 1 \"b\": 2}").second.find("unexpected string") == 0);
        CHECK(error_in("{\"a\": 1,}").first == 8);
        CHECK(error_in("[1,]").first == 3);
        CHECK(error_in("{\"a\" 1}").first == 5);
        CHECK(error_in("{1: 2}").first == 1);
        CHECK(error_in("[1 2]").first == 3);
        CHECK(error_in("").first == 0);
        CHECK(error_in("  \n").first == 3);
        CHECK(error_in("[").second.find("end of input") != std::string::npos);
        CHECK(error_in(std::string(100000, '[')).first == 100000);
    }
    SUBCASE("text after the value, a NUL byte included (was R10)") {
        CHECK(error_in("{} x").first == 3);
        CHECK(error_in("{}\n{}").first == 3);
        const auto nul = error_in("{\"a\": 1}\n\0"s);
        CHECK(nul.first == 9);
        CHECK(nul.second.find("NUL") != std::string::npos);
    }
    SUBCASE("strings") {
        CHECK(error_in("[\"abc").first == 1); // unterminated: at its opening quote
        CHECK(error_in("[\"abc").second.find("unterminated string") != std::string::npos);
        CHECK(error_in("[\"a\nb\"]").first == 3);
        CHECK(error_in("[\"a\0b\"]"s).first == 3);
        CHECK(error_in("[\"a\\xb\"]").first == 3);
        CHECK(error_in("[\"a\\u12g4\"]").first == 3);
        CHECK(error_in("[\"a\\ud800\"]").first == 3);        // a lone high surrogate
        CHECK(error_in("[\"a\\udc00\"]").first == 3);        // a lone low surrogate
        CHECK(error_in("[\"a\\ud800\\u0041\"]").first == 3); // not followed by a low one
    }
    SUBCASE("UTF-8") {
        for (const std::string_view bad :
             {"\xFF", "\xC0\xAF", "\xE2\x82", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xC3"}) {
            const std::string text = "[\"ab" + std::string(bad) + "c\"]";
            INFO(text);
            CHECK(error_in(text).first == 4);
            CHECK(error_in(text).second.find("UTF-8") != std::string::npos);
        }
        CHECK(error_in("[\xC3\xA9]").first == 1); // outside a string
    }
    SUBCASE("numbers and literals") {
        for (const std::string_view bad :
             {"01", "1.", "-", "1e", "1.5.2", "2x", "+1", ".5", "0x10"}) {
            const std::string text = "[" + std::string(bad) + "]";
            INFO(text);
            CHECK(error_in(text).first == 1);
        }
        CHECK(error_in("[tru]").first == 1);
        CHECK(error_in("[nulls]").first == 1);
        CHECK(error_in("[NaN]").first == 1);
    }
    SUBCASE("a long string costs one pass") {
        // 20 MB cut off at the end: the old nlohmann-based locator took seconds on this.
        const std::string text = "{\"notes\": \"" + std::string(20 << 20, 'z');
        const auto error = find_json_syntax_error(text);
        REQUIRE(error);
        CHECK(error->offset == 10);
    }
}

TEST_CASE("parse_pipeline reports a NUL byte after the object where it is (was R10)") {
    const std::string text = "{\n  \"version\": 1,\n  \"prospects\": []\n}\n\0"s;
    const std::string message = parse_error(text, true);
    CHECK(spot_of(message).line == 5);
    CHECK(spot_of(message).column == 1);
    CHECK(message.find("invalid JSON") != std::string::npos);
}

TEST_CASE("parse_pipeline duplicate keys") {
    SUBCASE("a known key spelled with an escape is still the same key") {
        const std::string message =
            parse_error(with_prospect("      \"id\": 1,\n      \"name\": \"Ann\",\n      "
                                      "\"n\\u0061me\": \"Bo\",\n      \"created\": \"2026-11-02\""),
                        true);
        CHECK(spot_of(message).line == 7);
        CHECK(message.find("duplicate key \"name\"") != std::string::npos);
    }
    SUBCASE("100,000 unknown keys are read in linear time and kept (was R9)") {
        std::string fields =
            "      \"id\": 1,\n      \"name\": \"Ann\",\n      \"created\": \"2026-11-02\"";
        for (int i = 0; i < 100000; ++i) {
            fields += ",\n      \"k" + std::to_string(i) + "\": " + std::to_string(i);
        }
        const Pipeline pipeline = io::parse_pipeline(with_prospect(fields), "pipeline.json");
        REQUIRE(pipeline.prospects.size() == 1);
        REQUIRE(pipeline.prospects[0].extra.size() == 100000);
        CHECK(pipeline.prospects[0].extra[99999].key == "k99999");
        CHECK(pipeline.prospects[0].extra[99999].raw_json == "99999");
        // One repeated among many is still found, wherever it is.
        const std::string message = parse_error(with_prospect(fields + ",\n      \"k5\": 0"), true);
        CHECK(message.find("duplicate key \"k5\"") != std::string::npos);
        CHECK(spot_of(message).line == 100008);
    }
    SUBCASE("an unknown key and its escaped spelling") {
        const std::string message = parse_error(
            "{\n  \"version\": 1,\n  \"prospects\": [],\n  \"x\": 1,\n  \"\\u0078\": 2\n}\n", true);
        CHECK(spot_of(message).line == 5);
        CHECK(message.find("duplicate key \"x\"") != std::string::npos);
    }
}

TEST_CASE("parse_pipeline checks the unknown fields it keeps") {
    // On Demand skips what it is not asked to read; a kept value must be valid JSON, and
    // the error names its exact spot.
    const std::string message =
        parse_error("{\n  \"version\": 1,\n  \"prospects\": [],\n  \"x\": [1, 2, tru]\n}\n", true);
    CHECK(spot_of(message).line == 4);
    CHECK(spot_of(message).column == 15);
    CHECK(message.find("invalid literal") != std::string::npos);
}
