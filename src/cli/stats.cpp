// followup stats: the persistence numbers, for people and for spreadsheets.

#include "core/stats.hpp"

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "render/stats_view.hpp"

#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct StatsOptions {
    std::string by;
    std::string since;
    std::string until;
    std::string tag;
    std::string format;
    std::string output;
};

std::string render_stats(const StatsOptions& options, Format format, const Pipeline& pipeline,
                         const Rules& rules, Date today, bool color) {
    StatsScope scope;
    if (!options.since.empty()) {
        scope.since = parse_when_option(options.since, today, "--since").date;
    }
    if (!options.until.empty()) {
        scope.until = parse_when_option(options.until, today, "--until").date;
    }
    if (!options.tag.empty()) {
        scope.tag = options.tag;
    }
    if (options.by.empty()) {
        const Summary summary = summarize(pipeline, rules, today, scope);
        if (format == Format::table) {
            return render::summary_text(summary, color);
        }
        return format == Format::json
                   ? render::summary_json(summary)
                   : render::render_as(render::summary_table(summary), format, color);
    }
    const auto key = parse_stats_key(options.by);
    if (!key) {
        throw usage_error(
            fmt::format("--by: unknown key '{}' (valid: {})", options.by, stats_key_names()));
    }
    const StatsTable table = stats_by(*key, pipeline, rules, today, scope);
    if (format == Format::json) {
        return render::stats_json(table);
    }
    return render::render_as(render::stats_table(table, format == Format::table), format, color);
}

int run_stats(const StatsOptions& options, Context& context) {
    // --format wins over the extension of -o.
    const Format format = resolve_format(
        context, options.format.empty() ? format_from_output(options.output, {"csv", "tsv", "json"})
                                        : options.format);
    const Date today = resolve_today(context);
    const io::Loaded loaded = load_for_reading(context, io::TouchNotes::leave_out);
    const bool color = options.output.empty() && use_color(context);
    const std::string text = render_stats(options, format, loaded.pipeline,
                                          resolve_rules(context, loaded.pipeline), today, color);
    deliver(options.output, text);
    return 0;
}

} // namespace

Runner setup_stats(CLI::App& command) {
    auto options = std::make_shared<StatsOptions>();
    command
        .add_option("--by", options->by,
                    "Break down by touch, channel, week, month, outcome, tag, weekday or hour")
        ->type_name("KEY");
    command.add_option("--since", options->since, "Only touches and prospects from this day")
        ->type_name("WHEN");
    command.add_option("--until", options->until, "Only touches and prospects up to this day")
        ->type_name("WHEN");
    command.add_option("--tag", options->tag, "Only prospects with this tag")->type_name("T");
    add_format_option(command, options->format);
    command
        .add_option("-o,--output", options->output,
                    "Write to FILE; its extension (.csv, .tsv, .json) sets the format")
        ->type_name("FILE");
    return [options](Context& context) {
        return run_stats(*options, context);
    };
}

} // namespace followup::cli
