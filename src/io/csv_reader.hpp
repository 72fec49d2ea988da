#pragma once
// CSV as spreadsheets and CRMs write it, read with libcsv: bytes in, rows out.
//
// What real exports contain is handled here, once: a UTF-8 byte order mark, CRLF or LF
// line ends, quoted fields holding commas, quotes and line breaks, Excel's "sep=;" first
// line, comma, semicolon (European Excel) or tab separators, and blank rows. Everything
// returned is valid UTF-8; anything else is refused with the row and what to do.

#include "core/import.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace followup::io {

struct CsvTable {
    char delimiter = ',';
    // Every row with some text in it, in file order. A row's number is the one a
    // spreadsheet shows: the first record is row 1, a field spanning lines is one row,
    // and blank rows are counted but not returned.
    std::vector<ImportRow> rows;
};

// The separator a file's first lines use most, outside quotes: ',', ';' or '\t'
// (',' when there is none, or a tie).
char detect_delimiter(std::string_view bytes);

// Parses `bytes` (a whole file). `delimiter` overrides detection. `source` names the
// file in error messages ("contacts.csv row 7: ..."). Throws followup::Error on a file
// that is not CSV text (UTF-16, a zip such as .xlsx, NUL bytes), on text that is not
// UTF-8, and on malformed quoting (a quote inside an unquoted field, text after a closing
// quote, a quoted field never closed).
CsvTable read_csv(std::string_view bytes, std::string_view source,
                  std::optional<char> delimiter = std::nullopt);

} // namespace followup::io
