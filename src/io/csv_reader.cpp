#include "io/csv_reader.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <csv.h>
#include <fmt/format.h>
#include <memory>

namespace followup::io {
namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_save_as_utf8 =
    "save it from the spreadsheet as \"CSV UTF-8\" and import that";

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// Files that are not CSV text at all, recognised by their first bytes.
void refuse_non_text(std::string_view bytes, std::string_view source) {
    if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
        throw Error(fmt::format("{}: the file is UTF-16 text (\"Unicode Text\"); {}", source,
                                k_save_as_utf8));
    }
    if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "\xD0\xCF\x11\xE0")) {
        throw Error(fmt::format("{}: this is a spreadsheet workbook (.xlsx or .xls), not CSV; {}",
                                source, k_save_as_utf8));
    }
    if (bytes.find('\0') != std::string_view::npos) {
        throw Error(fmt::format("{}: the file holds NUL bytes, so it is not CSV text; {}", source,
                                k_save_as_utf8));
    }
}

// Excel writes "sep=;" as the first line of a CSV it means to be read with ';'.
std::optional<char> excel_separator_line(std::string_view& bytes) {
    const std::size_t end = bytes.find_first_of("\r\n");
    const std::string_view line = bytes.substr(0, end);
    if (line.size() != 5 || !starts_with(line, "sep=") || line[4] == '"') {
        return std::nullopt;
    }
    std::size_t next = end == std::string_view::npos ? bytes.size() : end + 1;
    if (next < bytes.size() && bytes[end] == '\r' && bytes[next] == '\n') {
        ++next;
    }
    bytes.remove_prefix(next);
    return line[4];
}

std::size_t line_of(std::string_view bytes, std::size_t offset) {
    const std::string_view before = bytes.substr(0, std::min(offset, bytes.size()));
    return static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
}

// Gathers libcsv's callbacks into rows. With CSV_REPALL_NL libcsv reports every line
// end, so blank lines can be counted; the LF of a CRLF then arrives as a row of its own,
// which is dropped.
struct Collector {
    std::vector<ImportRow> rows;
    std::vector<std::string> fields;
    std::size_t number = 1; // the row being read
    int last_end = 0;

    static void on_field(void* text, std::size_t size, void* data) {
        auto* self = static_cast<Collector*>(data);
        self->fields.emplace_back(text ? static_cast<const char*>(text) : "", text ? size : 0);
    }

    static void on_row(int end, void* data) {
        auto* self = static_cast<Collector*>(data);
        const bool crlf_tail = self->fields.empty() && end == '\n' && self->last_end == '\r';
        self->last_end = end;
        if (crlf_tail) {
            return;
        }
        const bool blank = std::all_of(self->fields.begin(), self->fields.end(),
                                       [](const std::string& field) { return field.empty(); });
        if (!blank) {
            self->rows.push_back({self->number, std::move(self->fields)});
        }
        self->fields.clear();
        ++self->number;
    }
};

int is_space(unsigned char c) {
    return c == ' ' ? 1 : 0; // never a tab: it may be the separator
}

struct ParserDeleter {
    void operator()(csv_parser* parser) const {
        csv_free(parser);
        delete parser;
    }
};

std::string parse_error_reason(std::string_view bytes, std::size_t offset) {
    // libcsv stops at the character it could not take.
    const char c = offset < bytes.size() ? bytes[offset] : '\0';
    if (c == '"') {
        return "a quote inside a field that does not start with one; put the whole field in "
               "quotes and double the quotes inside it (\"\")";
    }
    return "text after the closing quote of a field; a quoted field ends at its closing quote "
           "and a separator";
}

void check_utf8(const ImportRow& row, std::string_view source) {
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
        if (!is_valid_utf8(row.fields[i])) {
            throw Error(fmt::format("{} row {}: column {} is not UTF-8 text (a file saved as "
                                    "Windows-1252 or Latin-1?); {}",
                                    source, row.number, i + 1, k_save_as_utf8));
        }
    }
}

} // namespace

char detect_delimiter(std::string_view bytes) {
    constexpr std::array<char, 3> k_candidates = {',', ';', '\t'};
    std::array<std::size_t, 3> counts{};
    bool quoted = false;
    std::size_t lines = 0;
    for (std::size_t i = 0; i < bytes.size() && lines < 10; ++i) {
        const char c = bytes[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\n') {
            ++lines;
        } else if (!quoted) {
            for (std::size_t k = 0; k < k_candidates.size(); ++k) {
                counts[k] += c == k_candidates[k] ? 1U : 0U;
            }
        }
    }
    const auto best = std::max_element(counts.begin(), counts.end());
    return *best == 0 ? ',' : k_candidates[static_cast<std::size_t>(best - counts.begin())];
}

CsvTable read_csv(std::string_view bytes, std::string_view source, std::optional<char> delimiter) {
    if (starts_with(bytes, k_utf8_bom)) {
        bytes.remove_prefix(k_utf8_bom.size());
    }
    refuse_non_text(bytes, source);
    const std::optional<char> excel = excel_separator_line(bytes);
    const std::size_t lines_above = excel ? 1 : 0;
    CsvTable table;
    table.delimiter = delimiter ? *delimiter : excel ? *excel : detect_delimiter(bytes);

    std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser{});
    if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
        throw Error(fmt::format("{}: cannot start the CSV reader", source));
    }
    csv_set_delim(parser.get(), static_cast<unsigned char>(table.delimiter));
    csv_set_space_func(parser.get(), is_space);

    Collector collector;
    const std::size_t parsed = csv_parse(parser.get(), bytes.data(), bytes.size(),
                                         Collector::on_field, Collector::on_row, &collector);
    if (parsed != bytes.size()) {
        if (csv_error(parser.get()) != CSV_EPARSE) {
            throw Error(fmt::format("{}: {}", source, csv_strerror(csv_error(parser.get()))));
        }
        throw Error(fmt::format("{} row {} (line {}): {}", source, collector.number,
                                line_of(bytes, parsed) + lines_above,
                                parse_error_reason(bytes, parsed)));
    }
    if (csv_fini(parser.get(), Collector::on_field, Collector::on_row, &collector) != 0) {
        throw Error(fmt::format("{} row {}: a quoted field is never closed (a \" is missing)",
                                source, collector.number));
    }
    for (const ImportRow& row : collector.rows) {
        check_utf8(row, source);
    }
    table.rows = std::move(collector.rows);
    return table;
}

} // namespace followup::io
