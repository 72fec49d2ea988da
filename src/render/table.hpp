#pragma once
// Tables as values, and the three ways of printing them: aligned for people, CSV and
// TSV for spreadsheets and scripts. Pure: the caller decides about colour and output.

#include "core/optional_text.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace followup::render {

// ANSI SGR parameters; used only when colour is on.
namespace style {
inline constexpr std::string_view none{};
inline constexpr std::string_view bold = "1";
inline constexpr std::string_view dim = "2";
inline constexpr std::string_view red = "31";
inline constexpr std::string_view yellow = "33";
inline constexpr std::string_view green = "32";
} // namespace style

enum class Format { table, csv, tsv, json };

struct Cell {
    std::string text;
    bool is_number = false; // right-aligned, and never treated as a formula
    std::string_view style = style::none;
};

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows;
};

// A row made of `cells`, moved in. A braced list, `rows.push_back({a, b})`, would copy
// every cell's text once more: 140,000 cells for `list --format csv` at 10,000 prospects.
template <typename... Cells>
std::vector<Cell> row_of(Cells&&... cells) {
    std::vector<Cell> row;
    row.reserve(sizeof...(cells));
    (row.push_back(std::forward<Cells>(cells)), ...);
    return row;
}

Cell text_cell(std::string text, std::string_view cell_style = style::none);
// An absent text is an empty cell.
Cell optional_text_cell(const OptionalText& text);
Cell number_cell(long long value, std::string_view cell_style = style::none);
// A fraction printed with up to 4 decimals and a '.' point: 0.4167.
Cell fraction_cell(double value);

// Columns separated by two spaces, numbers aligned right, no trailing blanks.
std::string render_aligned(const Table& table, bool color);
// The same, appended to `out`: a long report is built in one string, without a copy of
// each of its tables. `out` is first given room for the whole table and `room_after`
// bytes more, so that it grows once, not by doubling (each doubling touches new memory,
// which the peak memory of a long report pays for).
void append_aligned(std::string& out, const Table& table, bool color, std::size_t room_after = 0);
// RFC 4180: a header row, CRLF line ends, fields quoted when needed.
// In both forms, a text cell that a spreadsheet would run as a formula (it begins with
// =, +, -, @, tab or carriage return) gets a leading apostrophe, as OWASP advises.
std::string render_csv(const Table& table);
// One line per row, tab-separated; tabs, newlines and backslashes in text are escaped
// as \t, \n, \r and \\ so that a row never breaks.
std::string render_tsv(const Table& table);

// CSV or TSV written a field at a time, with the quoting, escaping and formula guard of
// render_csv and render_tsv (which use it): a long list writes its rows this way, with
// no cell or row made for them first.
class DelimitedWriter {
  public:
    explicit DelimitedWriter(Format format); // Format::tsv, else CSV
    // A text field; one that starts like a formula gets the apostrophe.
    void text(std::string_view field);
    // A field written as it is, quoted or escaped as needed: a header, a number's text.
    void plain(std::string_view field);
    void number(long long value);
    void end_row();
    // A whole header row: each name as it is (never guarded), then the row's end.
    void header(const std::vector<std::string>& names);
    // The rows written since the last take, which start a new batch.
    std::string take();

  private:
    // The separator unless the row is new, then `prefix` and `field`, quoted or escaped.
    void append(std::string_view prefix, std::string_view field);

    std::string out_;
    bool csv_ = true;
    bool row_started_ = false;
};

// The table in one of its three text forms (Format::json is not a table's: callers
// build their JSON with types).
std::string render_as(const Table& table, Format format, bool color);

// Wraps text in an ANSI colour when `color` is on.
std::string paint(std::string_view text, std::string_view cell_style, bool color);

} // namespace followup::render
