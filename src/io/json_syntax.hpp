#pragma once
// Where a JSON text first breaks the grammar (RFC 8259), and why: the exact byte, which
// simdjson's fast parser does not say. One linear pass with an explicit stack, so a
// 50 MB string or 100,000 nested brackets cost milliseconds and no recursion.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace followup::io {

struct JsonSyntaxError {
    std::size_t offset = 0; // of the offending byte, or text.size() when the text ends early
    std::string message;    // "unexpected string; expected ',' or '}'"
};

// The first syntax error in `text`, which must hold exactly one JSON value (white space
// around it allowed); nothing when it is valid. Checks UTF-8 inside strings, escapes
// (a lone surrogate is an error), numbers and literals. Messages quote no text from the
// file beyond one byte.
std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view text);

// "FILE:LINE:COLUMN" of the byte at `offset` in `text`, as errors name a spot: lines and
// columns count from 1, columns in bytes.
std::string text_location(std::string_view text, std::string_view source, std::size_t offset);

} // namespace followup::io
