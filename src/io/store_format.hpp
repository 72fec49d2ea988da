#pragma once
// The data file's format, version 1: the one module that reads and writes its bytes
// (reading in store_format.cpp, writing in store_writer.cpp). docs/file-format.md
// documents it field by field.
//
// Reading streams the text straight into the model with simdjson's On Demand parser (no
// JSON tree in between: see docs/performance.md); writing emits the model directly in a
// fixed key order. Fields this version does not know are kept as their raw JSON text and
// written back unchanged, so a file written by followup round-trips byte for byte.

#include "core/error.hpp"
#include "core/model.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace followup::io {

// The file was written by a newer followup. Unlike every other reading error, the file
// is not broken: the program is old, so the fix is to upgrade it, not to edit the file.
class NewerFormatError : public Error {
  public:
    using Error::Error;
};

// Parses a whole data file. `source` names it in error messages, which carry the line
// and column ("pipeline.json:12:7: ...") of the offending spot. Throws followup::Error.
// What the reader had to put in order (prospects not sorted by id, attempts not sorted by
// time) is said in `notices`, when given; the next write saves it in order.
Pipeline parse_pipeline(std::string_view text, std::string_view source,
                        std::vector<std::string>* notices = nullptr);

// The same, without a copy, for text read with at least k_parse_padding bytes of spare
// capacity (or parsed from a copy when it has less).
Pipeline parse_pipeline_in_place(const std::string& text, std::string_view source,
                                 std::vector<std::string>* notices = nullptr);

// How many readable bytes parse_pipeline_padded needs after the text: the parser reads
// ahead in blocks (io/store.cpp sets them to zero).
inline constexpr std::size_t k_parse_padding = 64;

// Told now and then, between prospects, that the reader is done with the text before
// `offset`: it reads those bytes again only to locate an error, so io/store.cpp gives
// their pages back to the system as the reader moves on (see docs/performance.md).
using ReadProgress = std::function<void(std::size_t offset)>;

// The same, without a copy: `text` must be followed in memory by at least
// k_parse_padding readable bytes (io/store.cpp maps or reads files so).
Pipeline parse_pipeline_padded(std::string_view text, std::string_view source,
                               std::vector<std::string>* notices = nullptr,
                               const ReadProgress& progress = {});

// The canonical text of the pipeline: 2-space indentation, keys in the documented order,
// prospects by id, attempts by time, a final newline. Throws followup::Error if a string
// is not valid UTF-8, rather than writing a file that could not be read back.
std::string serialize_pipeline(const Pipeline& pipeline);

// Receives a text piece by piece.
using TextSink = std::function<void(std::string_view piece)>;

// The same text, handed to `sink` in pieces of about a megabyte as it is made, so that
// saving a large pipeline never holds a second copy of it in memory. Each piece is checked
// before it is handed over; on invalid UTF-8 it throws, and the pieces already handed
// over must be thrown away (io/store.cpp writes them to a temporary file).
void write_pipeline(const Pipeline& pipeline, const TextSink& sink);

// Appends `text` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view text);

} // namespace followup::io
