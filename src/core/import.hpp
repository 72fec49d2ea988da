#pragma once
// Importing a pipeline from a spreadsheet or a CRM export, without any I/O: which column
// holds what, which rows become prospects or touches, which are duplicates and which are
// refused, with the reason. docs/import-export.md says the same for people.
//
// The steps, each a pure function:
//   rows (from io::read_csv) -> match_columns -> plan_import(rows, columns, pipeline)
//   -> apply_import(pipeline, plan). A dry run applies the plan to a copy.

#include "core/model.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace followup {

// One record of the file: its row number as a spreadsheet shows it, and its fields.
struct ImportRow {
    std::size_t number = 0;
    std::vector<std::string> fields;
};

enum class ImportKind {
    prospects, // each row is a person
    attempts,  // each row is a touch on a prospect already in the pipeline
};

// A --map "COLUMN=FIELD": the column fills that field; an empty field ignores the column.
struct ColumnMap {
    std::string column;
    std::string field;
};
// Splits at the last '='; nullopt when there is none or the column is empty.
std::optional<ColumnMap> parse_column_map(std::string_view text);

// The fields a column can fill: name, first_name, last_name, company, email, phone, tags,
// status, dream, notes, created, next for prospects; prospect_id, name, first_name,
// last_name, company, email, date, time, channel, outcome, note, value for touches.
const std::vector<std::string_view>& import_fields(ImportKind kind);

// Which field each column of the header fills ("" when it is ignored). Several columns
// may fill one field: the first with text in a row wins.
struct ImportColumns {
    ImportKind kind = ImportKind::prospects;
    std::size_t header_index = 0;   // index in the rows of the header row
    std::vector<std::string> names; // the header, trimmed
    std::vector<std::string> fields;
};

// Finds the header (the first row, or the first of the first ten rows that names a
// column import knows, so that the notes LinkedIn puts above its header are passed
// over) and matches its columns: --map first, then the aliases (case, spaces, '_' and
// '-' ignored: "First Name", "first_name" and "FIRSTNAME" are one). Throws a usage
// Error for a --map that names an unknown field, a column not in the header, or a field
// twice; a failure Error when no row is left or no column says who (the name, or for
// touches the prospect), when, how and what happened.
ImportColumns match_columns(const std::vector<ImportRow>& rows, ImportKind kind,
                            const std::vector<ColumnMap>& maps, std::string_view source);

struct RowReason {
    std::size_t row = 0;
    std::string reason;
};

struct PlannedTouch {
    std::size_t row = 0;
    std::int64_t prospect_id = 0;
    Attempt attempt;
};

struct ImportPlan {
    ImportKind kind = ImportKind::prospects;
    std::size_t rows_read = 0;              // data rows after the header
    std::vector<Prospect> prospects;        // to add, in row order; their ids are given on apply
    std::vector<std::size_t> prospect_rows; // the row of each prospect to add
    std::vector<PlannedTouch> touches;      // to add
    std::vector<RowReason> duplicates;      // skipped: already there, or earlier in the file
    std::vector<RowReason> passed_over;     // nothing to import: a note under the table, or
                                            // (touches) a prospect's row without a touch
    std::vector<RowReason> rejected;        // refused, with the reason
};

// What importing `rows` into `pipeline` would do, on `today` (the `created` date of
// prospects that have none; touches after today are refused). Duplicates: for
// prospects, the same email (ignoring case) or the same name and company (ignoring case
// and spacing) as a prospect in the pipeline or an earlier row; for touches, one the
// prospect already has (same day, same time to the minute when both have one, channel,
// outcome, note and value). So importing the same file again adds nothing.
// Passed over: the lines of one cell that some CRMs put under the table, after a blank row
// (Salesforce's "Confidential Information - Do Not Distribute"), and in a touches file the
// rows with no date, channel and outcome (`export --format csv` lists untouched prospects
// that way), so that an export imports back.
ImportPlan plan_import(const std::vector<ImportRow>& rows, const ImportColumns& columns,
                       const Pipeline& pipeline, Date today);

// Adds the plan's prospects (giving each the next id) and touches (oldest first, as
// `followup log` would, so the latest touch sets the status). Returns the new prospects'
// ids.
std::vector<std::int64_t> apply_import(Pipeline& pipeline, const ImportPlan& plan);

} // namespace followup
