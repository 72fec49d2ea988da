#include "render/table.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace followup::render {
namespace {

// A spreadsheet would run a cell that begins with =, +, -, @, tab or carriage return as
// a formula; such text cells get a leading apostrophe, as OWASP advises for CSV files.
bool starts_like_formula(std::string_view text) {
    return !text.empty() &&
           std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

// Appends `prefix` then `text` as one CSV field (RFC 4180): in quotes, with quotes
// doubled, when it holds a comma, a quote or a line break. Byte by byte with no copy:
// a list of 10,000 prospects has 200,000 cells.
void append_csv(std::string& out, std::string_view prefix, std::string_view text) {
    // One table look-up a byte instead of four comparisons: 1.5 MB of cells at 10,000
    // prospects.
    static constexpr auto k_needs_quotes = [] {
        std::array<bool, 256> table{};
        for (const char c : {',', '"', '\r', '\n'}) {
            table[static_cast<unsigned char>(c)] = true;
        }
        return table;
    }();
    const bool quoted = std::any_of(text.begin(), text.end(), [](char c) {
        return k_needs_quotes[static_cast<unsigned char>(c)];
    });
    if (!quoted) {
        out += prefix;
        out += text;
        return;
    }
    out += '"';
    out += prefix;
    for (const char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

void append_tsv(std::string& out, std::string_view prefix, std::string_view text) {
    out += prefix;
    for (const char c : text) {
        switch (c) {
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            out += c;
        }
    }
}

std::string render_delimited(const Table& table, Format format) {
    DelimitedWriter writer(format);
    writer.header(table.header);
    for (const auto& row : table.rows) {
        for (const Cell& cell : row) {
            if (cell.is_number) {
                writer.plain(cell.text);
            } else {
                writer.text(cell.text);
            }
        }
        writer.end_row();
    }
    return writer.take();
}

} // namespace

DelimitedWriter::DelimitedWriter(Format format) : csv_(format != Format::tsv) {}

void DelimitedWriter::text(std::string_view field) {
    append(starts_like_formula(field) ? "'" : "", field);
}

void DelimitedWriter::plain(std::string_view field) {
    append("", field);
}

void DelimitedWriter::append(std::string_view prefix, std::string_view field) {
    if (row_started_) {
        out_ += csv_ ? ',' : '\t';
    }
    row_started_ = true;
    if (csv_) {
        append_csv(out_, prefix, field);
    } else {
        append_tsv(out_, prefix, field);
    }
}

void DelimitedWriter::number(long long value) {
    const fmt::format_int digits(value);
    append("", std::string_view(digits.data(), digits.size()));
}

void DelimitedWriter::end_row() {
    out_ += csv_ ? "\r\n" : "\n";
    row_started_ = false;
}

void DelimitedWriter::header(const std::vector<std::string>& names) {
    for (const std::string& name : names) {
        plain(name);
    }
    end_row();
}

std::string DelimitedWriter::take() {
    std::string text = std::move(out_);
    out_.clear();
    return text;
}

Cell text_cell(std::string text, std::string_view cell_style) {
    return Cell{std::move(text), false, cell_style};
}

Cell optional_text_cell(const OptionalText& text) {
    return Cell{std::string(text.value_or("")), false, style::none};
}

Cell number_cell(long long value, std::string_view cell_style) {
    return Cell{std::to_string(value), true, cell_style};
}

Cell fraction_cell(double value) {
    std::string text = fmt::format("{:.4f}", value);
    while (text.back() == '0') {
        text.pop_back();
    }
    if (text.back() == '.') {
        text.pop_back();
    }
    return Cell{text, true, style::none};
}

// Control characters in a name or note would break the table or drive the terminal;
// in a table for people they become spaces.
std::string printable(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            c = ' ';
        }
    }
    return out;
}

std::string paint(std::string_view text, std::string_view cell_style, bool color) {
    if (!color || cell_style.empty()) {
        return std::string(text);
    }
    return fmt::format("\x1b[{}m{}\x1b[0m", cell_style, text);
}

std::string render_aligned(const Table& table, bool color) {
    std::string out;
    append_aligned(out, table, color);
    return out;
}

void append_aligned(std::string& out, const Table& table, bool color, std::size_t room_after) {
    const std::size_t columns = table.header.size();
    // Each cell's width is measured once and kept for its line: a due list at 10,000
    // prospects has thousands of rows. (Control characters, shown as spaces, are one
    // column either way.)
    std::vector<std::size_t> widths(columns, 0);
    std::vector<std::size_t> cell_widths;
    cell_widths.reserve(table.rows.size() * columns);
    for (std::size_t i = 0; i < columns; ++i) {
        widths[i] = display_width(table.header[i]);
    }
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < std::min(row.size(), columns); ++i) {
            cell_widths.push_back(display_width(row[i].text));
            widths[i] = std::max(widths[i], cell_widths.back());
        }
    }
    // No line is longer than every column at its widest with its two spaces, plus, with
    // colour, a style's escape codes on each cell (no more than 16 bytes).
    std::size_t line_most = 1;
    for (const std::size_t width : widths) {
        line_most += width + 2 + (color ? 16 : 0);
    }
    out.reserve(out.size() + (table.rows.size() + 1) * line_most + room_after);
    // Which columns hold numbers: those whose every cell is a number.
    std::vector<bool> numeric(columns, !table.rows.empty());
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < std::min(row.size(), columns); ++i) {
            numeric[i] = numeric[i] && (row[i].is_number || row[i].text.empty());
        }
    }
    // Appends one cell padded to its column, with two spaces before all but the first.
    auto put_cell = [&](std::string_view text, std::size_t width, std::string_view cell_style,
                        std::size_t column, bool last) {
        const std::size_t pad = widths[column] - width;
        if (column > 0) {
            out += "  ";
        }
        if (numeric[column]) {
            out.append(pad, ' ');
        }
        const bool plain = std::none_of(text.begin(), text.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
        });
        if (color && !cell_style.empty()) {
            out += paint(plain ? std::string(text) : printable(text), cell_style, color);
        } else if (plain) {
            out += text;
        } else {
            out += printable(text);
        }
        if (!numeric[column] && !last) {
            out.append(pad, ' ');
        }
    };
    // Ends the line that began at `start`, without trailing spaces.
    auto end_line = [&](std::size_t start) {
        const std::size_t end = out.find_last_not_of(' ');
        out.resize(end == std::string::npos || end < start ? start : end + 1);
        out += '\n';
    };
    std::size_t start = out.size();
    for (std::size_t i = 0; i < columns; ++i) {
        put_cell(table.header[i], display_width(table.header[i]), style::bold, i, i + 1 == columns);
    }
    end_line(start);
    std::size_t next_width = 0;
    for (const auto& row : table.rows) {
        start = out.size();
        const std::size_t count = std::min(row.size(), columns);
        for (std::size_t i = 0; i < count; ++i) {
            put_cell(row[i].text, cell_widths[next_width++], row[i].style, i, i + 1 == count);
        }
        end_line(start);
    }
}

std::string render_as(const Table& table, Format format, bool color) {
    switch (format) {
    case Format::csv:
        return render_csv(table);
    case Format::tsv:
        return render_tsv(table);
    case Format::table:
    case Format::json:
        break;
    }
    return render_aligned(table, color);
}

std::string render_csv(const Table& table) {
    return render_delimited(table, Format::csv);
}

std::string render_tsv(const Table& table) {
    return render_delimited(table, Format::tsv);
}

} // namespace followup::render
