// libFuzzer target: the data file reader and writer on arbitrary bytes.
//
// Whatever the bytes, parse_pipeline either returns a pipeline or throws followup::Error
// (any other exception, a crash or a sanitizer report is a finding). The in-place reader,
// and the reader in pieces on two threads (forced on any text it can cut, with a cut
// after every prospect), agree with it, notices included; the pieces leave the text as it
// was. When it parses: the pipeline can be written, the written text parses back to an
// equal pipeline, and writing that again gives the same bytes. Every error message is one
// line of printable text (R12 in docs/reliability.md: a value with a newline or an escape
// sequence once went to the terminal as it was).

#include "core/error.hpp"
#include "io/store_format.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using followup::Pipeline;

[[noreturn]] void finding(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz_store: %s\n%.*s\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

void check_message(std::string_view message) {
    for (const char c : message) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            finding("an error message holds a control character", message);
        }
    }
}

enum class Reading { copy, in_place, pieces };

// The pipeline, or nullopt when the text is refused with followup::Error; what the reader
// put in order is added to `notices`.
std::optional<Pipeline> parse(std::string_view text, Reading reading,
                              std::vector<std::string>* notices = nullptr) {
    try {
        if (reading == Reading::in_place) {
            std::string copy;
            copy.reserve(text.size() + 64);
            copy.assign(text);
            return followup::io::parse_pipeline_in_place(copy, "fuzz.json", notices);
        }
        if (reading == Reading::pieces) {
            // Any text that can be cut is read in pieces, one a prospect, on two threads.
            std::string buffer(text);
            buffer.append(followup::io::k_parse_padding, '\0');
            followup::io::ReadOptions options;
            options.piece_size = 1;
            options.two_threads_from = 0;
            struct Restored {
                const std::string& buffer;
                std::string_view text;
                ~Restored() {
                    if (buffer.compare(0, text.size(), text) != 0) {
                        finding("reading in pieces left the text changed");
                    }
                }
            } restored{buffer, text};
            return followup::io::parse_pipeline_writable(
                std::span<char>(buffer.data(), text.size()), "fuzz.json", notices, options);
        }
        return followup::io::parse_pipeline(text, "fuzz.json", notices);
    } catch (const followup::Error& error) {
        check_message(error.what());
        return std::nullopt;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> first_notices;
    const std::optional<Pipeline> first = parse(text, Reading::copy, &first_notices);
    const std::optional<Pipeline> in_place = parse(text, Reading::in_place);
    if (first.has_value() != in_place.has_value() || (first && !(*first == *in_place))) {
        finding("parse_pipeline and parse_pipeline_in_place disagree");
    }
    std::vector<std::string> pieces_notices;
    const std::optional<Pipeline> pieces = parse(text, Reading::pieces, &pieces_notices);
    if (first.has_value() != pieces.has_value() || (first && !(*first == *pieces)) ||
        (first && pieces_notices != first_notices)) {
        finding("reading in pieces and in one piece disagree");
    }
    if (!first) {
        return 0;
    }
    std::string written;
    try {
        written = followup::io::serialize_pipeline(*first);
    } catch (const followup::Error& error) {
        finding("a pipeline that was read cannot be written", error.what());
    }
    const std::optional<Pipeline> second = parse(written, Reading::copy);
    if (!second) {
        finding("followup cannot read what it wrote", written);
    }
    if (!(*second == *first)) {
        finding("the written pipeline reads back different", written);
    }
    if (followup::io::serialize_pipeline(*second) != written) {
        finding("writing the pipeline twice gives different bytes", written);
    }
    return 0;
}
