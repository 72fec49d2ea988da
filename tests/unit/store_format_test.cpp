#include "core/error.hpp"
#include "io/store_format.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <string>

using namespace followup;
using followup::test::date;
using followup::test::stamp;
using namespace std::string_literals;

namespace {

// A file exactly as followup writes it: every field, in the documented order.
constexpr std::string_view k_canonical = R"json({
  "version": 1,
  "next_id": 3,
  "settings": {
    "cadence_days": [3, 4, 7, 14],
    "after_fifth_days": 30,
    "dream_days": 7,
    "nurture_days": 90,
    "abandon_after_days": 14,
    "skip_weekends": true
  },
  "prospects": [
    {
      "id": 1,
      "name": "Ann Lee",
      "company": "Acme",
      "email": "ann@acme.com",
      "phone": "+1 555 0100",
      "tags": ["saas", "eu"],
      "status": "active",
      "dream": false,
      "created": "2026-11-02",
      "next": "2026-11-30",
      "cadence": [2, 2, 5, 10],
      "notes": "Met at the fair",
      "attempts": [
        {
          "at": "2026-11-20",
          "channel": "email",
          "outcome": "replied"
        },
        {
          "at": "2026-11-20T09:30:00+01:00",
          "channel": "call",
          "outcome": "no-answer",
          "note": "try mornings",
          "value": "case study"
        }
      ]
    },
    {
      "id": 2,
      "name": "Bob",
      "tags": [],
      "status": "nurture",
      "dream": true,
      "created": "2026-11-03",
      "attempts": []
    }
  ]
}
)json";

// Unknown fields where followup writes them back: after the known ones. Each object
// ends with a scalar here; see "parse_pipeline keeps a nested unknown field last".
constexpr std::string_view k_with_unknown_fields = R"json({
  "version": 1,
  "settings": {
    "skip_weekends": false,
    "x_rules": {"a": [1, 2.50, {"b": null}],
      "c": "multi-line \"kept\""},
    "x_timezone": "Europe/Paris"
  },
  "prospects": [
    {
      "id": 7,
      "name": "Zoë",
      "tags": [],
      "status": "active",
      "dream": false,
      "created": "2026-11-02",
      "attempts": [
        {
          "at": "2026-11-20T09:30:00+00:00",
          "channel": "video",
          "outcome": "meeting",
          "x_people": ["a", "b"],
          "x_meta": {},
          "x_duration": 1.50
        }
      ],
      "x_deep": {"a": {"b": {"c": [[], [[]]]}}},
      "x_flags": [true, false, null],
      "x_crm_id": "A-17",
      "x_score": -0
    }
  ],
  "x_empty": [],
  "x_exported_by": "someone else's tool",
  "x_big": 123456789012345678901234567890
}
)json";

std::string round_trip(std::string_view text) {
    return io::serialize_pipeline(io::parse_pipeline(text, "pipeline.json"));
}

} // namespace

TEST_CASE("parse_pipeline") {
    SUBCASE("the canonical file is read field by field") {
        const Pipeline pipeline = io::parse_pipeline(k_canonical, "pipeline.json");
        CHECK(pipeline.version == 1);
        CHECK(pipeline.next_id == 3);
        REQUIRE(pipeline.settings);
        CHECK(pipeline.settings->cadence_days == std::vector<int>{3, 4, 7, 14});
        CHECK(pipeline.settings->after_fifth_days == 30);
        CHECK(pipeline.settings->abandon_after_days == 14);
        CHECK(pipeline.settings->skip_weekends == true);
        REQUIRE(pipeline.prospects.size() == 2);
        const Prospect& ann = pipeline.prospects[0];
        CHECK(ann.id == 1);
        CHECK(ann.name == "Ann Lee");
        CHECK(ann.company == "Acme");
        CHECK(ann.phone == "+1 555 0100");
        CHECK(ann.tags == std::vector<std::string>{"saas", "eu"});
        CHECK(ann.status == Status::active);
        CHECK(ann.created == date(2026, 11, 2));
        CHECK(ann.next == date(2026, 11, 30));
        CHECK(ann.cadence == std::vector<int>{2, 2, 5, 10});
        REQUIRE(ann.attempts.size() == 2);
        CHECK(ann.attempts[0].at == stamp("2026-11-20"));
        CHECK(ann.attempts[0].channel == Channel::email);
        CHECK(ann.attempts[0].outcome == Outcome::replied);
        CHECK(ann.attempts[1].at == stamp("2026-11-20T09:30:00+01:00"));
        CHECK(ann.attempts[1].outcome == Outcome::no_answer);
        CHECK(ann.attempts[1].note == "try mornings");
        CHECK(ann.attempts[1].value == "case study");
        const Prospect& bob = pipeline.prospects[1];
        CHECK(bob.status == Status::nurture);
        CHECK(bob.dream);
        CHECK_FALSE(bob.company);
        CHECK_FALSE(bob.next);
        CHECK_FALSE(bob.cadence);
        CHECK(bob.attempts.empty());
    }
    SUBCASE("the canonical file re-serialises byte for byte") {
        CHECK(round_trip(k_canonical) == k_canonical);
    }
    SUBCASE("the smallest file") {
        const std::string_view smallest = "{\n  \"version\": 1,\n  \"prospects\": []\n}\n";
        const Pipeline pipeline = io::parse_pipeline(smallest, "pipeline.json");
        CHECK(pipeline.prospects.empty());
        CHECK_FALSE(pipeline.settings);
        CHECK_FALSE(pipeline.next_id);
        CHECK(round_trip(smallest) == smallest);
        CHECK(round_trip(R"({"prospects":[],"version":1})") == smallest);
    }
    SUBCASE("in place, with spare capacity") {
        std::string text(k_canonical);
        text.reserve(text.size() + 128);
        CHECK(io::serialize_pipeline(io::parse_pipeline_in_place(text, "p.json")) == k_canonical);
    }
    SUBCASE("padded, whatever the padding holds") {
        std::string buffer(k_canonical);
        buffer.append(io::k_parse_padding, '"'); // quotes, to catch a read past the end
        const std::string_view text(buffer.data(), k_canonical.size());
        CHECK(io::serialize_pipeline(io::parse_pipeline_padded(text, "p.json")) == k_canonical);
        CHECK((io::parse_pipeline_padded(text, "p.json") ==
               io::parse_pipeline(k_canonical, "p.json")));
    }
    SUBCASE("strings with and without escapes read alike") {
        // Strings without a backslash are taken where they lie; the others unescaped.
        const Pipeline plain = io::parse_pipeline(
            R"({"version": 1, "prospects": [{"id": 1, "name": "Ann \"A\" Lee", "created": "2026-11-02",
                "notes": "caf\u00e9 \n", "tags": ["a\/b", "c"],
                "attempts": [{"at": "2026-11-20", "channel": "c\u0061ll", "outcome": "won",
                              "note": "x\ty", "value": "é"}]}]})",
            "p.json");
        const Prospect& ann = plain.prospects.at(0);
        CHECK(ann.name == "Ann \"A\" Lee");
        CHECK(ann.notes == "caf\xC3\xA9 \n");
        CHECK(ann.tags == std::vector<std::string>{"a/b", "c"});
        CHECK(ann.attempts.at(0).channel == Channel::call);
        CHECK(ann.attempts.at(0).note == "x\ty");
        CHECK(ann.attempts.at(0).value == "é");
    }
    SUBCASE("unknown fields at every level survive byte for byte") {
        const Pipeline pipeline = io::parse_pipeline(k_with_unknown_fields, "pipeline.json");
        CHECK(pipeline.extra.size() == 3);
        REQUIRE(pipeline.settings);
        CHECK(pipeline.settings->extra.size() == 2);
        REQUIRE(pipeline.prospects.size() == 1);
        CHECK(pipeline.prospects[0].extra.size() == 4);
        REQUIRE(pipeline.prospects[0].attempts.size() == 1);
        const ExtraFields& attempt_extra = pipeline.prospects[0].attempts[0].extra;
        REQUIRE(attempt_extra.size() == 3);
        CHECK(attempt_extra[0] == ExtraField{"x_people", R"(["a", "b"])"});
        CHECK(attempt_extra[2] == ExtraField{"x_duration", "1.50"});
        CHECK(round_trip(k_with_unknown_fields) == k_with_unknown_fields);
    }
    SUBCASE("settings with only unknown fields, or none, round-trip") {
        const std::string only_unknown =
            "{\n  \"version\": 1,\n  \"settings\": {\n    \"x_a\": 1,\n    \"x_b\": [2]\n  },"
            "\n  \"prospects\": []\n}\n";
        CHECK(round_trip(only_unknown) == only_unknown);
        const std::string empty =
            "{\n  \"version\": 1,\n  \"settings\": {},\n  \"prospects\": []\n}\n";
        CHECK(round_trip(empty) == empty);
    }
    SUBCASE("an unknown field before the known ones is kept verbatim and moved last") {
        const std::string out =
            round_trip(R"({"x_first": [1,  2], "version": 1, "prospects": []})");
        CHECK(out == "{\n  \"version\": 1,\n  \"prospects\": [],\n  \"x_first\": [1,  2]\n}\n");
    }
    SUBCASE("prospects out of id order are written sorted") {
        const std::string_view shuffled = R"json({
  "version": 1,
  "prospects": [
    {"id": 10, "name": "Ten", "created": "2026-11-02"},
    {"id": 2, "name": "Two", "created": "2026-11-02"},
    {"id": 7, "name": "Seven", "created": "2026-11-02"}
  ]
})json";
        const Pipeline pipeline = io::parse_pipeline(shuffled, "pipeline.json");
        REQUIRE(pipeline.prospects.size() == 3);
        CHECK(pipeline.prospects[0].name == "Two");
        CHECK(pipeline.prospects[1].name == "Seven");
        CHECK(pipeline.prospects[2].name == "Ten");
        const std::string out = io::serialize_pipeline(pipeline);
        CHECK(out.find("\"Two\"") < out.find("\"Seven\""));
        CHECK(out.find("\"Seven\"") < out.find("\"Ten\""));
    }
    SUBCASE("attempts out of time order are sorted") {
        std::string text(k_canonical);
        const auto first = text.find("        {\n          \"at\": \"2026-11-20\"");
        const auto second = text.find("        {\n          \"at\": \"2026-11-20T09");
        const auto end = text.find("        }\n      ]", second) + 9;
        REQUIRE(first != std::string::npos);
        REQUIRE(second != std::string::npos);
        const std::string a = text.substr(first, second - first - 2); // without ",\n"
        const std::string b = text.substr(second, end - second);
        text.replace(first, end - first, b + ",\n" + a);
        REQUIRE(text != k_canonical);
        CHECK(round_trip(text) == k_canonical);
    }
    SUBCASE("escaped input is written in canonical form") {
        const Pipeline pipeline = io::parse_pipeline(
            R"({"version": 1, "prospects": [{"id": 1, "name": "Jos\u00e9 \ud83d\ude00 \/",
                "created": "2026-11-02"}]})",
            "pipeline.json");
        REQUIRE(pipeline.prospects.size() == 1);
        CHECK(pipeline.prospects[0].name == "Jos\xC3\xA9 \xF0\x9F\x98\x80 /");
        CHECK(io::serialize_pipeline(pipeline).find(
                  "\"name\": \"Jos\xC3\xA9 \xF0\x9F\x98\x80 /\"") != std::string::npos);
    }
}

// An unknown object or array that is the last field of its object must be kept without
// the white space after it, or every save would add a blank line.
TEST_CASE("parse_pipeline keeps a nested unknown field last") {
    const std::string_view text = "{\n  \"version\": 1,\n  \"prospects\": [],\n"
                                  "  \"x_last\": {\"a\": [1, 2]}\n}\n";
    const Pipeline pipeline = io::parse_pipeline(text, "pipeline.json");
    REQUIRE(pipeline.extra.size() == 1);
    CHECK(pipeline.extra[0].raw_json == R"({"a": [1, 2]})");
    CHECK(round_trip(text) == text);
    CHECK(round_trip(round_trip(text)) == text);
    const std::string_view in_attempt = R"json({
  "version": 1,
  "prospects": [
    {
      "id": 1,
      "name": "Ann",
      "tags": [],
      "status": "active",
      "dream": false,
      "created": "2026-11-02",
      "attempts": [
        {
          "at": "2026-11-20",
          "channel": "call",
          "outcome": "connected",
          "x_people": ["a", "b"]
        }
      ],
      "x_meta": {}
    }
  ]
}
)json";
    CHECK(round_trip(in_attempt) == in_attempt);
}

TEST_CASE("serialize_pipeline") {
    SUBCASE("quotes, backslashes, control characters, unicode and NUL round trip") {
        Pipeline pipeline;
        Prospect p = test::prospect(1, "say \"hi\" \\ back\\slash", date(2026, 11, 2));
        p.notes = "line\nnext\ttab\rcr\b\f\x01\x1f\x7f end"s;
        p.company = "nul\0inside"s;
        p.tags = {"\xE6\x97\xA5\xE6\x9C\xAC", "Zo\xC3\xAB", "\xF0\x9F\x98\x80"};
        Attempt a = test::attempt("2026-11-20T09:30:00-08:00", Channel::email, Outcome::replied);
        a.note = "</script> \u2028 ok"s;
        p.attempts.push_back(a);
        pipeline.prospects.push_back(p);
        const std::string text = io::serialize_pipeline(pipeline);
        CHECK(text.find(R"("name": "say \"hi\" \\ back\\slash")") != std::string::npos);
        CHECK(text.find(R"("notes": "line\nnext\ttab\rcr\b\f\u0001\u001f)"
                        "\x7f"
                        R"( end")") != std::string::npos);
        CHECK(text.find(R"("company": "nul\u0000inside")") != std::string::npos);
        const Pipeline back = io::parse_pipeline(text, "pipeline.json");
        CHECK(back == pipeline);
        CHECK(io::serialize_pipeline(back) == text);
    }
    SUBCASE("settings with nothing set are an empty object") {
        Pipeline pipeline;
        pipeline.settings = Settings{};
        const std::string text = io::serialize_pipeline(pipeline);
        CHECK(text == "{\n  \"version\": 1,\n  \"settings\": {},\n  \"prospects\": []\n}\n");
        CHECK(io::parse_pipeline(text, "p.json") == pipeline);
    }
    SUBCASE("invalid UTF-8 in a name is refused") {
        Pipeline pipeline;
        pipeline.prospects.push_back(test::prospect(1, "bad \xFF name", date(2026, 11, 2)));
        CHECK_THROWS_AS(io::serialize_pipeline(pipeline), Error);
    }
    SUBCASE("invalid UTF-8 in a note or a tag is refused") {
        Pipeline pipeline;
        Prospect p = test::prospect(1, "Ann", date(2026, 11, 2));
        p.tags = {"\xC3"};
        pipeline.prospects.push_back(p);
        CHECK_THROWS_AS(io::serialize_pipeline(pipeline), Error);
        pipeline.prospects[0].tags.clear();
        Attempt a = test::attempt("2026-11-20");
        a.note = "\xED\xA0\x80";
        pipeline.prospects[0].attempts.push_back(a);
        CHECK_THROWS_AS(io::serialize_pipeline(pipeline), Error);
    }
}

TEST_CASE("append_json_string") {
    std::string out = "x";
    io::append_json_string(out, "a\"b\\c\n\x01");
    CHECK(out == R"(x"a\"b\\c\n\u0001")");
}

TEST_CASE("append_json_string escapes every byte that needs it, wherever it lies") {
    // The writer skips text 8 bytes at a time: put each byte value at every position
    // of a 19-byte text (before, across and after the 8-byte blocks) and compare with
    // escaping one byte at a time.
    auto one_by_one = [](std::string_view text) {
        std::string out = "\"";
        for (const char c : text) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (byte < 0x20) {
                static constexpr std::string_view short_forms = "\b\t\n\f\r";
                static constexpr std::string_view letters = "btnfr";
                const auto known = short_forms.find(c);
                out += known == std::string_view::npos ? fmt::format("\\u{:04x}", byte)
                                                       : std::string{'\\', letters[known]};
            } else {
                out += c;
            }
        }
        return out + '"';
    };
    for (int value = 0; value < 256; ++value) {
        for (std::size_t at = 0; at < 19; ++at) {
            std::string text = "abcdefghijklmnopqrs";
            text[at] = static_cast<char>(value);
            std::string out;
            io::append_json_string(out, text);
            CAPTURE(value);
            CAPTURE(at);
            REQUIRE(out == one_by_one(text));
        }
    }
}

TEST_CASE("write_pipeline hands over the text of serialize_pipeline in checked pieces") {
    Pipeline pipeline;
    for (std::int64_t id = 1; id <= 3000; ++id) {
        Prospect p = test::prospect(id, "Prospect " + std::to_string(id), date(2026, 11, 2));
        Attempt a = test::attempt("2026-11-20T09:30:00+01:00", Channel::email, Outcome::replied);
        a.note = std::string(400, 'n');
        p.attempts.push_back(a);
        pipeline.prospects.push_back(p);
    }
    std::vector<std::string> pieces;
    io::write_pipeline(pipeline, [&](std::string_view piece) { pieces.emplace_back(piece); });
    std::string joined;
    for (const std::string& piece : pieces) {
        joined += piece;
    }
    CHECK(pieces.size() > 1); // about 1.7 MB in pieces of about 1 MB
    CHECK(joined == io::serialize_pipeline(pipeline));

    SUBCASE("invalid UTF-8 after the first piece throws before it is handed over") {
        pipeline.prospects.back().name = "bad \xFF name";
        std::size_t handed = 0;
        CHECK_THROWS_AS(
            io::write_pipeline(pipeline, [&](std::string_view piece) { handed += piece.size(); }),
            Error);
        CHECK(handed > 0);
        CHECK(handed < joined.size() - 1000);
    }
}
