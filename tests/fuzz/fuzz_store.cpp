// libFuzzer target: the data file reader and writer on arbitrary bytes.
//
// Whatever the bytes, parse_pipeline either returns a pipeline or throws followup::Error
// (any other exception, a crash or a sanitizer report is a finding). When it parses:
// the in-place reader agrees with it, the pipeline can be written, the written text
// parses back to an equal pipeline, and writing that again gives the same bytes. Every
// error message is one line of printable text (R12 in docs/reliability.md: a value with a
// newline or an escape sequence once went to the terminal as it was).

#include "core/error.hpp"
#include "io/store_format.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

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

// The pipeline, or nullopt when the text is refused with followup::Error.
std::optional<Pipeline> parse(std::string_view text, bool in_place) {
    try {
        if (in_place) {
            std::string copy;
            copy.reserve(text.size() + 64);
            copy.assign(text);
            return followup::io::parse_pipeline_in_place(copy, "fuzz.json");
        }
        return followup::io::parse_pipeline(text, "fuzz.json");
    } catch (const followup::Error& error) {
        check_message(error.what());
        return std::nullopt;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<Pipeline> first = parse(text, false);
    const std::optional<Pipeline> in_place = parse(text, true);
    if (first.has_value() != in_place.has_value() || (first && !(*first == *in_place))) {
        finding("parse_pipeline and parse_pipeline_in_place disagree");
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
    const std::optional<Pipeline> second = parse(written, false);
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
