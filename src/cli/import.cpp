// followup import FILE: prospects (or, with --attempts, touches) from a spreadsheet or a
// CRM export. The good rows are added; duplicates are skipped and bad rows refused, each
// with its row number and reason.

#include "core/import.hpp"

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/csv_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <memory>
#include <sstream>

namespace followup::cli {
namespace {

struct ImportOptions {
    std::string file;
    std::vector<std::string> maps;
    bool dry_run = false;
    bool attempts = false;
    std::string delimiter;
};

std::optional<char> parse_delimiter(const std::string& text) {
    if (text.empty()) {
        return std::nullopt;
    }
    if (text == "tab" || text == "\\t" || text == "\t") {
        return '\t';
    }
    if (text.size() != 1 || text == "\"" || text == "\r" || text == "\n" ||
        static_cast<unsigned char>(text[0]) >= 0x80) {
        throw usage_error(fmt::format(
            "--delimiter: '{}' is not one character; use , or ; or tab (or another one)", text));
    }
    return text[0];
}

std::string read_input(const std::string& file) {
    if (file == "-") {
        std::string bytes;
        char buffer[65536];
        std::size_t count = 0;
        while ((count = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
            bytes.append(buffer, count);
        }
        if (std::ferror(stdin)) {
            throw Error("cannot read the standard input");
        }
        return bytes;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw Error(fmt::format("cannot read {}: {}", file, std::strerror(errno)));
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) {
        throw Error(fmt::format("cannot read {}", file));
    }
    return std::move(bytes).str();
}

std::string delimiter_name(char delimiter) {
    switch (delimiter) {
    case ',':
        return "comma";
    case ';':
        return "semicolon";
    case '\t':
        return "tab";
    default:
        return fmt::format("'{}'", delimiter);
    }
}

std::string report(const std::string& source, const io::CsvTable& table,
                   const ImportColumns& columns, const ImportPlan& plan,
                   const std::vector<std::int64_t>& ids, bool dry_run) {
    std::string out =
        fmt::format("{}: {} after the header on row {} ({}-separated)\n", source,
                    plural(static_cast<long long>(plan.rows_read), "row", "rows"),
                    table.rows[columns.header_index].number, delimiter_name(table.delimiter));
    std::string used;
    std::string ignored;
    for (std::size_t i = 0; i < columns.names.size(); ++i) {
        const std::string name = columns.names[i].empty() ? fmt::format("(column {})", i + 1)
                                                          : excerpt(columns.names[i]);
        std::string& list = columns.fields[i].empty() ? ignored : used;
        list += (list.empty() ? "" : ", ") +
                (columns.fields[i].empty() ? name : name + " -> " + columns.fields[i]);
    }
    out += fmt::format("  columns used: {}\n", used);
    if (!ignored.empty()) {
        out += fmt::format("  columns ignored: {}\n", ignored);
    }
    // The rows not added, in file order (the refused ones go to stderr).
    std::vector<std::pair<std::size_t, std::string>> notes;
    for (const RowReason& passed : plan.passed_over) {
        notes.emplace_back(passed.row,
                           fmt::format("  row {} passed over: {}\n", passed.row, passed.reason));
    }
    for (const RowReason& duplicate : plan.duplicates) {
        notes.emplace_back(duplicate.row,
                           fmt::format("  row {} skipped: {}\n", duplicate.row, duplicate.reason));
    }
    std::stable_sort(notes.begin(), notes.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& note : notes) {
        out += note.second;
    }
    std::string added;
    if (plan.kind == ImportKind::prospects) {
        added = plural(static_cast<long long>(ids.size()), "prospect", "prospects");
        if (ids.size() == 1) {
            added += fmt::format(" (#{})", ids.front());
        } else if (ids.size() > 1) {
            added += fmt::format(" (#{} to #{})", ids.front(), ids.back());
        }
    } else {
        std::vector<std::int64_t> touched;
        for (const PlannedTouch& touch : plan.touches) {
            if (std::find(touched.begin(), touched.end(), touch.prospect_id) == touched.end()) {
                touched.push_back(touch.prospect_id);
            }
        }
        added = plural(static_cast<long long>(plan.touches.size()), "touch", "touches") +
                (touched.empty() ? ""
                                 : " on " + plural(static_cast<long long>(touched.size()),
                                                   "prospect", "prospects"));
    }
    const auto skipped = static_cast<long long>(plan.duplicates.size());
    const auto rejected = static_cast<long long>(plan.rejected.size());
    if (dry_run) {
        out += fmt::format("Dry run: would add {}, skip {}, reject {}; nothing was written.\n",
                           added, plural(skipped, "duplicate", "duplicates"), rejected);
    } else {
        out += fmt::format("Added {}, skipped {}, rejected {}.\n", added,
                           plural(skipped, "duplicate", "duplicates"), rejected);
    }
    return out;
}

int run_import(const ImportOptions& options, Context& context) {
    std::vector<ColumnMap> maps;
    for (const std::string& text : options.maps) {
        const auto map = parse_column_map(text);
        if (!map) {
            throw usage_error(fmt::format(
                "--map: '{}' is not COLUMN=FIELD (such as \"Work Email=email\")", text));
        }
        maps.push_back(*map);
    }
    const std::optional<char> delimiter = parse_delimiter(options.delimiter);
    const ImportKind kind = options.attempts ? ImportKind::attempts : ImportKind::prospects;
    const std::string source = options.file == "-" ? "stdin" : options.file;
    const Date today = resolve_today(context);

    const io::CsvTable table = io::read_csv(read_input(options.file), source, delimiter);
    const ImportColumns columns = match_columns(table.rows, kind, maps, source);

    std::string text;
    ImportPlan plan;
    if (options.dry_run) {
        Pipeline pipeline = io::load_pipeline(resolve_data_file(context)).pipeline;
        plan = plan_import(table.rows, columns, pipeline, today);
        const auto ids = apply_import(pipeline, plan);
        text = report(source, table, columns, plan, ids, true);
    } else {
        io::PipelineUpdate update(resolve_data_file(context));
        plan = plan_import(table.rows, columns, update.pipeline(), today);
        const auto ids = apply_import(update.pipeline(), plan);
        if (!plan.prospects.empty() || !plan.touches.empty()) {
            update.save();
        }
        text = report(source, table, columns, plan, ids, false);
    }
    for (const RowReason& rejected : plan.rejected) {
        fmt::print(stderr, "followup: error: {} row {}: {}\n", source, rejected.row,
                   rejected.reason);
    }
    print(text);
    return plan.rejected.empty() ? 0 : 1;
}

} // namespace

Runner setup_import(CLI::App& command) {
    auto options = std::make_shared<ImportOptions>();
    command
        .add_option("FILE", options->file,
                    "A CSV file (comma, semicolon or tab separated, UTF-8), or - for stdin")
        ->required();
    command
        .add_option("--map", options->maps,
                    "Read COLUMN into FIELD, such as \"Work Email=email\"; \"COLUMN=\" ignores "
                    "the column (repeat for several)")
        ->type_name("COLUMN=FIELD");
    command.add_flag("-n,--dry-run", options->dry_run, "Only report what would be imported");
    command.add_flag("--attempts", options->attempts,
                     "The rows are touches on prospects already in the pipeline (by "
                     "prospect_id, email or name), with date, channel, outcome, note and value");
    command
        .add_option("--delimiter", options->delimiter,
                    "The separator, when the header does not show it: , or ; or tab")
        ->type_name("C");
    return [options](Context& context) {
        return run_import(*options, context);
    };
}

} // namespace followup::cli
