// libFuzzer target: the CSV reader and the import of its rows on arbitrary bytes.
//
// Whatever the bytes, read_csv either returns rows or throws followup::Error with a
// short one-line printable message (any other exception, a crash or a sanitizer report is a
// finding). When it returns: the separator is ',', ';' or a tab, row numbers go up, every
// field is valid UTF-8, and the rows written back as CSV (every field quoted) read back
// to the same fields. Then, as prospects and as touches, on a small pipeline: the
// columns are matched or refused with followup::Error; every data row is added, skipped
// as a duplicate, rejected or passed over (a note under the table), exactly once, and
// each reason given is a message as above; the pipeline with the import applied can be
// written and reads back equal (import never adds what the data file cannot hold); and
// importing the same rows again adds nothing.

#include "core/error.hpp"
#include "core/import.hpp"
#include "io/csv_reader.hpp"
#include "io/store_format.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using followup::Pipeline;

[[noreturn]] void finding(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz_csv: %s\n%.*s\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

// An error message (or a rejected row's reason, which goes to stderr) is one line of
// printable text, and short: it names the spot, it does not repeat a whole field.
void check_message(std::string_view message) {
    if (message.size() > 1000) {
        finding("an error message is over 1000 bytes long", message.substr(0, 200));
    }
    for (const char c : message) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            finding("an error message holds a control character", message);
        }
    }
}

// Written here rather than taken from core/text.hpp, so that it checks that code too.
bool is_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        std::uint32_t point = 0;
        if (byte < 0x80) {
            ++i;
            continue;
        }
        if (byte >= 0xC2 && byte <= 0xDF) {
            length = 2;
            point = byte & 0x1Fu;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            length = 3;
            point = byte & 0x0Fu;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            length = 4;
            point = byte & 0x07u;
        } else {
            return false;
        }
        if (i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0u) != 0x80u) {
                return false;
            }
            point = (point << 6) | (next & 0x3Fu);
        }
        const std::uint32_t smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (point < smallest || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) {
            return false;
        }
        i += length;
    }
    return true;
}

std::optional<followup::io::CsvTable> read(std::string_view bytes,
                                           std::optional<char> delimiter = std::nullopt) {
    try {
        return followup::io::read_csv(bytes, "fuzz.csv", delimiter);
    } catch (const followup::Error& error) {
        check_message(error.what());
        return std::nullopt;
    }
}

// The rows as CSV again, every field quoted.
std::string write_back(const std::vector<followup::ImportRow>& rows, char delimiter) {
    std::string out;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.fields.size(); ++i) {
            if (i > 0) {
                out += delimiter;
            }
            out += '"';
            for (const char c : row.fields[i]) {
                out += c;
                if (c == '"') {
                    out += '"';
                }
            }
            out += '"';
        }
        out += '\n';
    }
    return out;
}

const Pipeline& base_pipeline() {
    static const Pipeline pipeline = followup::io::parse_pipeline(R"({
  "version": 1,
  "next_id": 4,
  "prospects": [
    {"id": 1, "name": "Ann Lee", "company": "Acme", "email": "ann@acme.example",
     "created": "2026-11-02",
     "attempts": [{"at": "2026-11-20T09:30:00+01:00", "channel": "call", "outcome": "no-answer"}]},
    {"id": 3, "name": "Bo Chen", "created": "2026-11-03", "status": "nurture"}
  ]
})",
                                                                  "base.json");
    return pipeline;
}

void check_import(const std::vector<followup::ImportRow>& rows, followup::ImportKind kind) {
    const followup::Date today = followup::make_date(2026, 11, 20);
    std::optional<followup::ImportColumns> columns;
    try {
        columns = followup::match_columns(rows, kind, {}, "fuzz.csv");
    } catch (const followup::Error& error) {
        check_message(error.what());
        return;
    }
    const followup::ImportPlan plan = followup::plan_import(rows, *columns, base_pipeline(), today);
    const std::size_t planned =
        kind == followup::ImportKind::prospects ? plan.prospects.size() : plan.touches.size();
    if (plan.prospects.size() != plan.prospect_rows.size()) {
        finding("the plan has a row number for some prospects only");
    }
    if (planned + plan.duplicates.size() + plan.rejected.size() + plan.passed_over.size() !=
        plan.rows_read) {
        finding("a row is neither added, a duplicate, rejected nor passed over, or counts twice");
    }
    for (const auto* reasons : {&plan.rejected, &plan.duplicates, &plan.passed_over}) {
        for (const auto& reason : *reasons) {
            check_message(reason.reason);
        }
    }
    Pipeline imported = base_pipeline();
    const auto ids = followup::apply_import(imported, plan);
    if (ids.size() != plan.prospects.size()) {
        finding("apply_import added a different number of prospects than planned");
    }
    std::string written;
    try {
        written = followup::io::serialize_pipeline(imported);
    } catch (const followup::Error& error) {
        finding("the imported pipeline cannot be written", error.what());
    }
    try {
        if (!(followup::io::parse_pipeline(written, "imported.json") == imported)) {
            finding("the imported pipeline reads back different", written);
        }
    } catch (const followup::Error& error) {
        finding("followup cannot read the pipeline it imported", error.what());
    }
    const followup::ImportPlan again = followup::plan_import(rows, *columns, imported, today);
    if (!again.prospects.empty() || !again.touches.empty()) {
        finding("importing the same rows a second time adds something");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const char detected = followup::io::detect_delimiter(bytes);
    if (detected != ',' && detected != ';' && detected != '\t') {
        finding("detect_delimiter returned an unknown separator");
    }
    const auto table = read(bytes);
    if (!table) {
        return 0;
    }
    if (table->delimiter != ',' && table->delimiter != ';' && table->delimiter != '\t') {
        finding("read_csv chose an unknown separator");
    }
    std::size_t last = 0;
    for (const auto& row : table->rows) {
        if (row.number <= last) {
            finding("row numbers do not go up");
        }
        last = row.number;
        bool blank = true;
        for (const std::string& field : row.fields) {
            if (!is_utf8(field)) {
                finding("a field is not valid UTF-8", field);
            }
            blank = blank && field.empty();
        }
        if (blank) {
            finding("a blank row was returned");
        }
    }
    const std::string written = write_back(table->rows, table->delimiter);
    const auto again = read(written, table->delimiter);
    if (!again) {
        finding("the rows written back as CSV cannot be read", written);
    }
    if (again->rows.size() != table->rows.size()) {
        finding("the rows written back read as a different number of rows", written);
    }
    for (std::size_t i = 0; i < again->rows.size(); ++i) {
        if (again->rows[i].fields != table->rows[i].fields) {
            finding("the rows written back read as different fields", written);
        }
    }
    check_import(table->rows, followup::ImportKind::prospects);
    check_import(table->rows, followup::ImportKind::attempts);
    return 0;
}
