// followup due: the morning's list, and the daily digest cron mails.

#include "cli/commands.hpp"
#include "core/agenda.hpp"
#include "core/error.hpp"
#include "render/due_view.hpp"

#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct DueOptions {
    int within = 0;
    std::string format;
    bool digest = false;
    bool reengage = false;
};

int run_due(const DueOptions& options, Context& context) {
    const Format format = resolve_format(context, options.format);
    // FOLLOWUP_FORMAT and the configuration's "format" are defaults for tables; only a
    // --format typed beside --digest contradicts it.
    const bool format_typed = !options.format.empty() || !context.global.format.empty();
    if (options.digest && format_typed && format != Format::table) {
        throw usage_error("--digest is plain text; it does not combine with --format");
    }
    if (options.reengage && (options.digest || options.within > 0)) {
        throw usage_error("--reengage lists lost deals; it does not combine with --digest or "
                          "--within");
    }
    const Date today = resolve_today(context);
    const io::Loaded loaded = load_for_reading(context, io::TouchNotes::leave_out);
    const Rules rules = resolve_rules(context, loaded.pipeline);
    if (options.reengage) {
        const auto deals = lost_deals_to_reengage(loaded.pipeline, today);
        print(render::reengage_view(deals, today, format, use_color(context)));
        return 0;
    }
    const Agenda agenda = build_agenda(loaded.pipeline, rules, today, options.within);
    if (options.digest) {
        print(render::due_digest(agenda, options.within));
        return 0;
    }
    switch (format) {
    case Format::table:
        print(render::due_table(agenda, options.within, use_color(context)));
        break;
    case Format::csv:
        print(render::due_csv(agenda));
        break;
    case Format::tsv:
        print(render::due_tsv(agenda));
        break;
    case Format::json:
        print(render::due_json(agenda));
        break;
    }
    return 0;
}

} // namespace

Runner setup_due(CLI::App& command) {
    auto options = std::make_shared<DueOptions>();
    command.add_option("--within", options->within, "Also list what falls due in the next DAYS")
        ->type_name("DAYS")
        ->check(CLI::Range(0, k_max_wait_days));
    add_format_option(command, options->format);
    command.add_flag("--digest", options->digest,
                     "Plain-text summary for cron: prints nothing when there is nothing to do");
    command.add_flag("--reengage", options->reengage,
                     "List the deals lost in the last 12 months and not touched since");
    return [options](Context& context) {
        return run_due(*options, context);
    };
}

} // namespace followup::cli
