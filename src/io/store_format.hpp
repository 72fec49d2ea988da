#pragma once
// The data file's format, version 1: the one module that reads and writes its bytes
// (reading in store_format.cpp, writing in store_writer.cpp). docs/file-format.md
// documents it field by field.
//
// Reading streams the text straight into the model with simdjson's On Demand parser (no
// JSON tree in between), a large file in pieces on two threads (see docs/performance.md);
// writing emits the model directly in a fixed key order. Fields this version does not
// know are kept as their raw JSON text and written back unchanged, so a file written by
// followup round-trips byte for byte.

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

// Told that the reader is done with the text in [from, to): it reads those bytes again
// only to locate an error, so io/store.cpp gives their pages back to the system (see
// docs/performance.md). A text read as one document is told of every megabyte as the
// reader moves on; one whose pieces are copied (ReadOptions::copy), of all of it once
// it is cut. Always from the thread that called the reader.
using ReadProgress = std::function<void(std::size_t from, std::size_t to)>;

// A large text is read in pieces of about this size, cut between two prospects: each
// piece is parsed alone, so simdjson's index of the text (4 bytes a token) is the size of
// a piece instead of the file's. 256 KiB pieces read as fast as 1 MiB ones and their
// parser touches less memory.
inline constexpr std::size_t k_piece_size = std::size_t{256} << 10;

// A text under k_map_from (below) is read in smaller pieces. Their parser, about 6 bytes
// a byte of a piece, then fits in the huge pages the heap already has instead of taking
// fresh small pages (io/memory.hpp), and its index stays in the cache: 1,000 prospects'
// `due` 11.64 to 10.89 ms, and 0.3 MB lower peaks from 300 to 1,700 prospects. A
// larger text read so is slower (10,000 prospects' `due` 41.7 to 51.8 ms, two threads
// taking 230 pieces in turn).
inline constexpr std::size_t k_small_text_piece_size = std::size_t{64} << 10;

// From this size on, the pieces are shared by two threads. Below it, starting the thread
// and its heap costs more than it saves (a 1.4 MB file of 1,000 prospects took 16 ms on
// two threads, 14 ms on one), and the second thread's heap would add its own huge pages
// (io/huge_pages.cpp) to a small file's memory.
inline constexpr std::size_t k_two_threads_from = std::size_t{4} << 20;

// From this size on, io/store.cpp maps a data file instead of reading it into memory.
// Memory comes in 2 MiB pages (io/huge_pages.cpp), but a mapping's pages are the file's
// own, 4 KiB each, and on the virtual machines followup is measured on each costs again
// when the process first touches it: reading 1,000 prospects (1.4 MB) instead of mapping
// them made `due` 1.1-1.3 ms faster, with peaks within 1.4 MB of the mapping's either
// way (huge pages come 2 MiB at a time). Up to 2 MiB the copy fits in one huge page; a
// larger file is mapped, so that it never sits whole in memory beside its model (read
// whole, 10,000 prospects peaked at 3x the file instead of under 2x), and its pieces are
// copied out one by one (ReadOptions::copy).
inline constexpr std::size_t k_map_from = std::size_t{2} << 20;

// Whether a read keeps each touch's note. A command that shows none (due, list, stats)
// saves copying the largest texts of the file; with leave_out, each note is still
// checked, and the pipeline is marked (Pipeline::touch_notes_left_out) so that it is
// never written back.
enum class TouchNotes { keep, leave_out };

// Copies `into.size()` bytes of the text, from `offset` on, into `into`; false when it
// cannot (the file was cut short meanwhile). See ReadOptions::copy.
using CopyText = std::function<bool(std::size_t offset, std::span<char> into)>;

struct ReadOptions {
    ReadProgress progress;
    // When given, a text read in pieces is only searched for its cuts (and read whole again
    // to report an error): each piece is parsed from a copy `copy` makes into a buffer its
    // thread reuses, and the text is never written. io/store.cpp gives a mapped file's
    // pread, so that the mapping's 4 KiB pages, which cost again on this machine when the
    // process first touches them, stay out of the process but around the cuts, and the
    // pieces pass through the heap's huge pages instead (docs/performance.md).
    CopyText copy;
    std::size_t piece_size = 0; // 0: by the text's size (above); tests set small pieces
    std::size_t two_threads_from = k_two_threads_from; // and 0 for two threads
    bool* read_in_pieces = nullptr; // when given, set to whether the text was read in pieces
    TouchNotes touch_notes = TouchNotes::keep;
};

// The same as parse_pipeline_padded, and the fastest: a large text is read in pieces, on
// two threads when it is larger still, which needs a writable text. While it is read, a
// few bytes of white space and punctuation between the pieces are overwritten, to make
// each piece a JSON document of its own; they are put back before it returns or throws.
// Whatever the text, the result (or the error) is the same as parse_pipeline_padded's.
Pipeline parse_pipeline_writable(std::span<char> text, std::string_view source,
                                 std::vector<std::string>* notices = nullptr,
                                 const ReadOptions& options = {});

// Where a text may be cut into pieces read apart. Each cut is the comma after the prospect
// that ends a piece (the piece's ']' is put there; the first piece's '}' after it); each
// begin is the byte of white space just before the next piece's first prospect (its '['
// is put there); the last piece ends with the list's own ']', just before list_end. Found
// by followup's own layout, one prospect a line at a fixed indentation, every
// `piece_size` bytes or so. Whether the cuts truly fall between two prospects of the
// list is only known once the pieces are read: the first must find its list ending at
// the first cut, and every other must read as a list of whole values ending at its own.
// Nullopt when there is no cut.
struct Pieces {
    std::vector<std::size_t> cuts;
    std::vector<std::size_t> begins;
    std::size_t list_end = 0;
};
std::optional<Pieces> find_pieces(std::string_view text, std::size_t piece_size);

// The canonical text of the pipeline: 2-space indentation, keys in the documented order,
// prospects by id, attempts by time, a final newline. Throws followup::Error if a string
// is not valid UTF-8, rather than writing a file that could not be read back.
std::string serialize_pipeline(const Pipeline& pipeline);

// Receives a text piece by piece.
using TextSink = std::function<void(std::string_view piece)>;

// The same text, handed to `sink` in pieces of about 256 KiB as it is made, so that
// saving a large pipeline never holds a second copy of it in memory. Each piece is checked
// before it is handed over; on invalid UTF-8 it throws, and the pieces already handed
// over must be thrown away (io/store.cpp writes them to a temporary file).
void write_pipeline(const Pipeline& pipeline, const TextSink& sink);

// Appends `text` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view text);

} // namespace followup::io
