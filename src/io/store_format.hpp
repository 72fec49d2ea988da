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
#include <optional>
#include <span>
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

// The same, without a copy: `text` must be followed in memory by at least
// k_parse_padding readable bytes.
Pipeline parse_pipeline_padded(std::string_view text, std::string_view source,
                               std::vector<std::string>* notices = nullptr);

// Told now and then, between prospects, that the reader is done with the text in
// [from, to): it reads those bytes again only to locate an error, so io/store.cpp gives
// their pages back to the system as the reader moves on (see docs/performance.md). When a
// file is read in two halves, each half tells of its own part, from its own thread.
using ReadProgress = std::function<void(std::size_t from, std::size_t to)>;

// A text at least this long is read in two halves on two threads, when it can be cut.
// Below it, starting the thread and its heap costs more than it saves (a 1.4 MB file of
// 1,000 prospects took 16 ms in halves, 14 ms in one piece); from 4 MiB on, mimalloc
// gives both threads huge pages (io/memory.cpp).
inline constexpr std::size_t k_halves_from = std::size_t{4} << 20;

struct ReadOptions {
    ReadProgress progress;
    std::size_t halves_from = k_halves_from; // tests set 0 to read small texts in halves
    bool* read_in_halves = nullptr;          // when given, set to whether the halves were used
};

// The same as parse_pipeline_padded, and the fastest: a large text is read in two halves
// on two threads, which needs a writable text. While it is read, three bytes of white
// space and punctuation between the halves are overwritten, to make each half a JSON
// document of its own; they are put back before it returns or throws. Whatever the text,
// the result (or the error) is the same as parse_pipeline's.
Pipeline parse_pipeline_writable(std::span<char> text, std::string_view source,
                                 std::vector<std::string>* notices = nullptr,
                                 const ReadOptions& options = {});

// Where a text may be cut into two halves read apart: the comma after the prospect that
// ends the first half (its ']' and '}' are put there and after it), the byte of white
// space just before the next prospect (its '[' is put there), and the end of the list of
// prospects (just after its ']'). Found by followup's own layout, one prospect a line at
// a fixed indentation, from the middle of the text on. Whether the cut truly falls between
// two prospects of the list is only known once the first half has been read (which
// checks it). Nullopt when the text has no such place.
struct Halves {
    std::size_t cut;
    std::size_t second_begin;
    std::size_t second_end;
};
std::optional<Halves> find_halves(std::string_view text);

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
