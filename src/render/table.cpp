#include "render/table.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace followup::render {
namespace {

std::string quote_csv(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    return out;
}

std::string escape_tsv(std::string_view text) {
    std::string out;
    out.reserve(text.size());
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
    return out;
}

template <typename Escape>
std::string render_delimited(const Table& table, char separator, std::string_view line_end,
                             Escape escape) {
    std::string out;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        if (i > 0) {
            out += separator;
        }
        out += escape(table.header[i]);
    }
    out += line_end;
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) {
                out += separator;
            }
            const Cell& cell = row[i];
            out += escape(cell.is_number ? cell.text : neutralize_formula(cell.text));
        }
        out += line_end;
    }
    return out;
}

} // namespace

Cell text_cell(std::string text, std::string_view cell_style) {
    return Cell{std::move(text), false, cell_style};
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

std::string neutralize_formula(std::string_view text) {
    if (!text.empty() &&
        std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
        return "'" + std::string(text);
    }
    return std::string(text);
}

std::string paint(std::string_view text, std::string_view cell_style, bool color) {
    if (!color || cell_style.empty()) {
        return std::string(text);
    }
    return fmt::format("\x1b[{}m{}\x1b[0m", cell_style, text);
}

std::string render_aligned(const Table& table, bool color) {
    std::vector<std::size_t> widths(table.header.size(), 0);
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        widths[i] = display_width(table.header[i]);
    }
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i].text));
        }
    }
    // Which columns hold numbers: those whose every cell is a number.
    std::vector<bool> numeric(widths.size(), !table.rows.empty());
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            numeric[i] = numeric[i] && (row[i].is_number || row[i].text.empty());
        }
    }
    std::string out;
    auto line = [&](auto cell_at, std::size_t count) {
        std::string text;
        for (std::size_t i = 0; i < count; ++i) {
            Cell cell = cell_at(i);
            cell.text = printable(cell.text);
            const std::size_t pad = widths[i] - display_width(cell.text);
            const bool last = i + 1 == count;
            if (i > 0) {
                text += "  ";
            }
            if (numeric[i]) {
                text.append(pad, ' ');
            }
            text += paint(cell.text, cell.style, color);
            if (!numeric[i] && !last) {
                text.append(pad, ' ');
            }
        }
        while (!text.empty() && text.back() == ' ') {
            text.pop_back();
        }
        out += text;
        out += '\n';
    };
    line(
        [&](std::size_t i) {
            return Cell{table.header[i], false, style::bold};
        },
        table.header.size());
    for (const auto& row : table.rows) {
        line([&](std::size_t i) { return row[i]; }, std::min(row.size(), widths.size()));
    }
    return out;
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
    return render_delimited(table, ',', "\r\n", quote_csv);
}

std::string render_tsv(const Table& table) {
    return render_delimited(table, '\t', "\n", escape_tsv);
}

} // namespace followup::render
