// Reading a data file in pieces, on one thread or two (parse_pipeline_writable): wherever
// the pieces are cut and whatever the file holds, the result, the notices and the errors
// must be exactly those of the reader that reads the whole text as one document.
#include "core/error.hpp"
#include "io/store_format.hpp"
#include "support.hpp"

#include <algorithm>
#include <cstring>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <string>
#include <sys/mman.h>
#include <utility>
#include <vector>

using namespace followup;
using followup::test::attempt;
using followup::test::date;
using followup::test::prospect;

namespace {

constexpr std::size_t k_never = std::string::npos;

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
    bool in_pieces = false;
};

// A copy of a text, with the padding the reader needs, in memory of its own; read-only
// when asked, so that a reader writing into it crashes the test.
class TextMemory {
  public:
    TextMemory(const std::string& text, bool read_only)
        : length_(text.size() + io::k_parse_padding),
          memory_(::mmap(nullptr, length_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
                         0)) {
        REQUIRE(memory_ != MAP_FAILED);
        std::memcpy(memory_, text.data(), text.size()); // the padding is zero already
        if (read_only) {
            REQUIRE(::mprotect(memory_, length_, PROT_READ) == 0);
        }
    }
    ~TextMemory() { ::munmap(memory_, length_); }
    TextMemory(const TextMemory&) = delete;
    TextMemory& operator=(const TextMemory&) = delete;
    std::span<char> text() { return {static_cast<char*>(memory_), length_ - io::k_parse_padding}; }

  private:
    std::size_t length_;
    void* memory_;
};

// How the pieces get their text: where it lies, or copied out of it as io/store.cpp
// copies a mapped file's (ReadOptions::copy).
enum class Source { in_place, copied };

// Reads `text` with the padding the reader needs, from writable memory that must come
// back unchanged, or, copied, from read-only memory the reader must never write.
Read read(const std::string& text, std::size_t piece_size, std::size_t two_threads_from,
          io::TouchNotes touch_notes = io::TouchNotes::keep, Source source = Source::in_place) {
    TextMemory memory(text, source == Source::copied);
    Read result;
    io::ReadOptions options;
    options.piece_size = piece_size;
    options.two_threads_from = two_threads_from;
    options.touch_notes = touch_notes;
    options.read_in_pieces = &result.in_pieces;
    if (source == Source::copied) {
        // Called from the reader's threads: a failed check is recorded, never thrown.
        options.copy = [&text](std::size_t offset, std::span<char> into) {
            const bool within = offset + into.size() <= text.size();
            CHECK(within);
            if (within) {
                std::memcpy(into.data(), text.data() + offset, into.size());
            }
            return within;
        };
    }
    try {
        result.pipeline =
            io::parse_pipeline_writable(memory.text(), "pipeline.json", &result.notices, options);
    } catch (const Error& error) {
        result.error = error.what();
    }
    CHECK(std::string_view(memory.text().data(), text.size()) == text);
    return result;
}

void check_same(const Read& pieces, const Read& whole) {
    CHECK(pieces.error == whole.error);
    CHECK(pieces.notices == whole.notices);
    REQUIRE(pieces.pipeline.has_value() == whole.pipeline.has_value());
    if (whole.pipeline) {
        CHECK((*pieces.pipeline == *whole.pipeline));
    }
}

// The text read in pieces of `piece_size`, on one thread and on two, in place and
// copied, and as one document: all five must agree in every respect. Returns the read on
// two threads in place.
Read read_every_way(const std::string& text, std::size_t piece_size) {
    const Read whole = read(text, k_never, k_never);
    CHECK_FALSE(whole.in_pieces);
    const Read one_thread = read(text, piece_size, k_never);
    check_same(one_thread, whole);
    Read two_threads = read(text, piece_size, 0);
    check_same(two_threads, whole);
    CHECK(one_thread.in_pieces == two_threads.in_pieces);
    // Copied, the pieces cannot be read where they lie (the text is read-only, and
    // without the bytes that make each a document of its own): read in pieces at all,
    // they were read from the copies.
    for (const std::size_t two_threads_from : {k_never, std::size_t{0}}) {
        CAPTURE(two_threads_from);
        const Read copied =
            read(text, piece_size, two_threads_from, io::TouchNotes::keep, Source::copied);
        check_same(copied, whole);
        CHECK(copied.in_pieces == two_threads.in_pieces);
    }
    return two_threads;
}

void replace_once(std::string& text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("find_pieces cuts between two prospects of followup's layout") {
    const std::string text = io::serialize_pipeline(pipeline_of(4));
    SUBCASE("one cut after the middle") {
        const auto pieces = io::find_pieces(text, text.size() / 2);
        REQUIRE(pieces.has_value());
        REQUIRE(pieces->cuts.size() == 1);
        // The comma that closes the first prospect after the middle, at its indentation.
        const std::size_t cut = pieces->cuts[0];
        CHECK(cut > text.size() / 2);
        CHECK(text.substr(cut - 6, 7) == "\n    },");
        CHECK(text.substr(pieces->begins[0], 17) == " {\n      \"id\": 3,");
        CHECK(text.substr(pieces->list_end - 1) == "]\n}\n");
    }
    SUBCASE("a cut after every prospect but the last, for tiny pieces") {
        const auto pieces = io::find_pieces(text, 1);
        REQUIRE(pieces.has_value());
        CHECK(pieces->cuts.size() == 3);
        for (std::size_t i = 0; i < 3; ++i) {
            CHECK(text.substr(pieces->begins[i] + 1, 15) ==
                  fmt::format("{{\n      \"id\": {}", i + 2));
        }
    }
    SUBCASE("none for a text smaller than a piece") {
        CHECK_FALSE(io::find_pieces(text, text.size()).has_value());
    }
    SUBCASE("none with one prospect") {
        CHECK_FALSE(io::find_pieces(io::serialize_pipeline(pipeline_of(1)), 1).has_value());
    }
    SUBCASE("none with no prospect") {
        CHECK_FALSE(io::find_pieces(io::serialize_pipeline(pipeline_of(0)), 1).has_value());
    }
    SUBCASE("none on one line") {
        CHECK_FALSE(io::find_pieces(R"({"version": 1, "prospects": [{"id": 1}, {"id": 2},)"
                                    R"( {"id": 3}]})",
                                    1)
                        .has_value());
    }
    SUBCASE("none when a field follows the prospects") {
        std::string with_field = text;
        replace_once(with_field, "\n  ]\n}", "\n  ],\n  \"x\": 1\n}");
        CHECK_FALSE(io::find_pieces(with_field, 1).has_value());
    }
}

TEST_CASE("a pipeline read in pieces is the one read in one piece") {
    const Pipeline pipeline = pipeline_of(300);
    const std::string text = io::serialize_pipeline(pipeline);
    for (const std::size_t piece_size : {std::size_t{1}, std::size_t{2000}, text.size() / 2}) {
        CAPTURE(piece_size);
        const Read pieces = read_every_way(text, piece_size);
        CHECK(pieces.in_pieces);
        REQUIRE(pieces.pipeline.has_value());
        CHECK((*pieces.pipeline == pipeline));
        CHECK(pieces.notices.empty());
    }
}

TEST_CASE("touch notes left out: the same pipeline without them, and never written back") {
    const Pipeline pipeline = pipeline_of(300);
    const std::string text = io::serialize_pipeline(pipeline);
    Pipeline expected = pipeline;
    for (Prospect& one : expected.prospects) {
        for (Attempt& touch : one.attempts) {
            touch.note.reset();
        }
    }
    expected.touch_notes_left_out = true;
    // As one document, in pieces on one thread, and on two.
    for (const auto& [piece_size, two_threads_from] :
         {std::pair{k_never, k_never}, std::pair{std::size_t{2000}, k_never},
          std::pair{std::size_t{2000}, std::size_t{0}}}) {
        CAPTURE(piece_size);
        CAPTURE(two_threads_from);
        const Read partial = read(text, piece_size, two_threads_from, io::TouchNotes::leave_out);
        CHECK(partial.error.empty());
        REQUIRE(partial.pipeline.has_value());
        CHECK((*partial.pipeline == expected));
        CHECK_THROWS_WITH_AS(io::serialize_pipeline(*partial.pipeline),
                             doctest::Contains("refusing to write a pipeline read without its "
                                               "touches' notes"),
                             Error);
        CHECK_THROWS_AS(io::write_pipeline(*partial.pipeline, [](std::string_view) {}), Error);
    }
    // A note that is not a string is still an error, kept or not.
    std::string broken = text;
    replace_once(broken, "\"note\": \"note", "\"note\": 12, \"x\": \"note");
    const Read whole = read(broken, k_never, k_never);
    const Read partial = read(broken, k_never, k_never, io::TouchNotes::leave_out);
    CHECK_FALSE(whole.error.empty());
    CHECK(partial.error == whole.error);
}

TEST_CASE("what the pieces put in order is said in the file's order") {
    std::string text = io::serialize_pipeline(pipeline_of(300));
    // Swap the attempts' times of three prospects far apart.
    for (const int id : {1, 150, 300}) {
        const std::size_t at = text.find(fmt::format("\"id\": {},", id));
        const std::size_t first = text.find("2026-09-02T10:00:00+02:00", at);
        text.replace(first, 25, "2026-09-09T10:00:00+02:00");
    }
    const Read pieces = read_every_way(text, 3000);
    CHECK(pieces.in_pieces);
    CHECK(pieces.notices ==
          std::vector<std::string>{"prospect #1: the attempts are not in time order",
                                   "prospect #150: the attempts are not in time order",
                                   "prospect #300: the attempts are not in time order"});
}

TEST_CASE("a file the pieces cannot read alone is read in one piece, the same") {
    const std::string text = io::serialize_pipeline(pipeline_of(300));
    std::string edited = text;
    SUBCASE("ids out of order across pieces") {
        replace_once(edited, "\"id\": 2,", "\"id\": 9999,");
        const Read pieces = read_every_way(edited, 2000);
        CHECK_FALSE(pieces.in_pieces);
        CHECK(pieces.notices == std::vector<std::string>{"the prospects are not in id order"});
    }
    SUBCASE("a notice from a piece already joined is said once, by the whole read") {
        // Prospect #1's attempts out of order: a notice from the first piece, which joins
        // the list before a later piece fails on its ids and the whole text is read again.
        const std::size_t at = edited.find("\"id\": 1,");
        const std::size_t first = edited.find("2026-09-02T10:00:00+02:00", at);
        edited.replace(first, 25, "2026-09-09T10:00:00+02:00");
        replace_once(edited, "\"id\": 200,", "\"id\": 99999,");
        const Read pieces = read_every_way(edited, 2000);
        CHECK_FALSE(pieces.in_pieces);
        CHECK(pieces.notices ==
              std::vector<std::string>{"the prospects are not in id order",
                                       "prospect #1: the attempts are not in time order"});
    }
    SUBCASE("one id in two pieces") {
        replace_once(edited, "\"id\": 299,", "\"id\": 2,");
        const Read pieces = read_every_way(edited, 2000);
        CHECK(pieces.error.find("a second prospect has the id 2") != std::string::npos);
    }
    SUBCASE("an error in the last piece keeps its line and column") {
        const std::size_t last = edited.find("\"id\": 290,");
        edited.replace(edited.find("\"email\"", last), 7, "\"sms!\"");
        const Read pieces = read_every_way(edited, 2000);
        CHECK(pieces.error.starts_with("pipeline.json:"));
        CHECK(pieces.error.find("unknown value \"sms!\"") != std::string::npos);
    }
    SUBCASE("an attempt's end at the prospects' indentation") {
        // Hand-edited: the closing brace of an attempt moved to column 5, so a cut falls
        // inside a prospect; the pieces around it do not read as lists, and the whole
        // file is read as one document.
        const std::size_t close = edited.find("\n        },", edited.size() / 2);
        edited.replace(close, 11, "\n    },");
        const auto pieces = io::find_pieces(edited, 1);
        REQUIRE(pieces.has_value());
        REQUIRE(std::find(pieces->cuts.begin(), pieces->cuts.end(), close + 6) !=
                pieces->cuts.end());
        const Read read = read_every_way(edited, 1);
        CHECK_FALSE(read.in_pieces);
        CHECK(read.pipeline.has_value());
    }
    SUBCASE("a list of another field, laid out like the prospects, ends the file") {
        // Cut inside "archive", the first piece is a whole pipeline and the others lists
        // of objects that read as prospects: only the first piece's check that its
        // prospects end at its cut stops archive's elements becoming prospects.
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
        const std::size_t piece_size = edited.find("\"archive\"");
        const auto pieces = io::find_pieces(edited, piece_size);
        REQUIRE(pieces.has_value());
        REQUIRE(pieces->cuts[0] > piece_size);
        const Read read = read_every_way(edited, piece_size);
        CHECK_FALSE(read.in_pieces);
        REQUIRE(read.pipeline.has_value());
        CHECK(read.pipeline->prospects.size() == 2);
    }
    SUBCASE("a broken file") {
        edited.insert(edited.size() / 2 + 10, "\x01");
        const Read read = read_every_way(edited, 2000);
        CHECK_FALSE(read.error.empty());
    }
}

TEST_CASE("a text under k_map_from is read in small pieces by default") {
    // Its parser then fits in the heap's huge pages (io/store_format.hpp): a text too
    // short for one 256 KiB cut is still read in pieces, and reads as the whole does.
    const std::string text = io::serialize_pipeline(pipeline_of(300));
    REQUIRE(text.size() > io::k_small_text_piece_size * 3 / 2);
    REQUIRE(text.size() < io::k_piece_size);
    std::string buffer = text + std::string(io::k_parse_padding, '\0');
    bool in_pieces = false;
    io::ReadOptions options; // the piece size left to the reader
    options.read_in_pieces = &in_pieces;
    const Pipeline by_default = io::parse_pipeline_writable(
        std::span<char>(buffer.data(), text.size()), "pipeline.json", nullptr, options);
    CHECK(in_pieces);
    CHECK((by_default == io::parse_pipeline(text, "pipeline.json")));
    CHECK_FALSE(read(text, io::k_piece_size, k_never).in_pieces);
}

TEST_CASE("copied pieces: the text is given back once cut, and a failed copy reads it whole") {
    const Pipeline pipeline = pipeline_of(300);
    const std::string text = io::serialize_pipeline(pipeline);
    TextMemory memory(text, true);
    std::vector<std::pair<std::size_t, std::size_t>> given_back;
    std::size_t copies = 0;
    bool in_pieces = false;
    io::ReadOptions options;
    options.piece_size = 2000;
    options.read_in_pieces = &in_pieces;
    options.progress = [&given_back](std::size_t from, std::size_t to) {
        given_back.emplace_back(from, to);
    };
    SUBCASE("copied") {
        options.copy = [&](std::size_t offset, std::span<char> into) {
            std::memcpy(into.data(), text.data() + offset, into.size());
            ++copies;
            return true;
        };
        const Pipeline read =
            io::parse_pipeline_writable(memory.text(), "pipeline.json", nullptr, options);
        CHECK(in_pieces);
        CHECK((read == pipeline));
        CHECK(copies == io::find_pieces(text, 2000)->cuts.size() + 1);
        // Once, all of it, before any piece: the copies hold what the pieces need.
        CHECK(given_back == std::vector<std::pair<std::size_t, std::size_t>>{{0, text.size()}});
    }
    SUBCASE("a copy fails, as when the file is cut short under the reader") {
        options.copy = [&](std::size_t offset, std::span<char> into) {
            if (++copies == 3) {
                return false;
            }
            std::memcpy(into.data(), text.data() + offset, into.size());
            return true;
        };
        const Pipeline read =
            io::parse_pipeline_writable(memory.text(), "pipeline.json", nullptr, options);
        CHECK_FALSE(in_pieces);
        CHECK((read == pipeline));
    }
}
