// followup export: the pipeline for other tools: the whole data file (json), one row per
// touch for spreadsheets (csv), or the due touches for a calendar (ics).

#include "cli/commands.hpp"
#include "core/agenda.hpp"
#include "core/error.hpp"
#include "io/store_format.hpp"
#include "render/export_view.hpp"
#include "render/ics.hpp"

#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct ExportOptions {
    std::string format;
    std::string output;
    int within = 30;
    bool within_given = false;
};

bool is_export_format(std::string_view name) {
    return name == "json" || name == "csv" || name == "ics";
}

// --format, else the extension of -o, else the global --format when it is one of ours,
// else json.
std::string export_format(const ExportOptions& options, const Context& context) {
    if (!options.format.empty()) {
        if (!is_export_format(options.format)) {
            throw usage_error(
                fmt::format("--format: export writes json, csv or ics, not '{}'", options.format));
        }
        return options.format;
    }
    if (!options.output.empty()) {
        return format_from_output(options.output, {"json", "csv", "ics"});
    }
    return is_export_format(context.global.format) ? context.global.format : "json";
}

int run_export(const ExportOptions& options, Context& context) {
    const std::string format = export_format(options, context);
    if (options.within_given && format != "ics") {
        throw usage_error("--within says how far ahead the calendar goes; it is for --format ics");
    }
    const Date today = resolve_today(context);
    const io::Loaded loaded = load_for_reading(context);
    std::string text;
    if (format == "json") {
        text = io::serialize_pipeline(loaded.pipeline);
    } else if (format == "csv") {
        text = render::render_csv(render::touches_table(loaded.pipeline));
    } else {
        const Rules rules = resolve_rules(context, loaded.pipeline);
        const Agenda agenda = build_agenda(loaded.pipeline, rules, today, options.within);
        text = render::render_ics(render::due_events(agenda), today);
    }
    deliver(options.output, text);
    return 0;
}

} // namespace

Runner setup_export(CLI::App& command) {
    auto options = std::make_shared<ExportOptions>();
    command
        .add_option("--format", options->format,
                    "json (the whole data file), csv (one row per touch) or ics (a calendar of "
                    "the touches due); default: from -o's extension, else json")
        ->type_name("FORMAT");
    command.add_option("-o,--output", options->output, "Write to FILE (replaced whole) instead")
        ->type_name("FILE");
    CLI::Option* within =
        command
            .add_option("--within", options->within,
                        "For ics: the touches due in the next DAYS, and the overdue ones today")
            ->type_name("DAYS")
            ->default_str("30")
            ->check(CLI::Range(0, k_max_wait_days));
    return [options, within](Context& context) {
        options->within_given = within->count() > 0;
        return run_export(*options, context);
    };
}

} // namespace followup::cli
