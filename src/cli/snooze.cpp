// followup snooze PROSPECT WHEN: set the next touch by hand (until the next touch).

#include "cli/commands.hpp"
#include "core/error.hpp"

#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct SnoozeOptions {
    std::string prospect;
    std::string when;
};

int run_snooze(const SnoozeOptions& options, Context& context) {
    const Date today = resolve_today(context);
    const Date next = parse_when_option(options.when, today, "WHEN").date;
    if (next < today) {
        throw usage_error(fmt::format("WHEN: {} is in the past; snooze moves the next touch to "
                                      "today or later",
                                      format_date(next)));
    }
    io::PipelineUpdate update(resolve_data_file(context));
    Prospect& prospect = find_one_prospect(update.pipeline(), options.prospect);
    if (prospect.status == Status::won || prospect.status == Status::dnc) {
        throw usage_error(fmt::format("{} is {}: no touch is ever due; 'followup set {} --status "
                                      "active' first if that has changed",
                                      describe(prospect), to_string(prospect.status), prospect.id));
    }
    prospect.next = next;
    // Time away moves even a date set by hand: say the date that will really show.
    const Date due = due_date(prospect, resolve_rules(context, update.pipeline()))->date;
    update.save();
    print(fmt::format("Next touch on {} moved to {} ({}){}.\n", describe(prospect),
                      format_date(due), relative_day(due, today),
                      due != next ? ", the first day back after time away" : ""));
    return 0;
}

} // namespace

Runner setup_snooze(CLI::App& command) {
    auto options = std::make_shared<SnoozeOptions>();
    command
        .add_option("PROSPECT", options->prospect,
                    "Id (12 or #12), email, or part of the name or company")
        ->required();
    command.add_option("WHEN", options->when, "The new date: YYYY-MM-DD, +3d, +2w, friday, ...")
        ->required();
    return [options](Context& context) {
        return run_snooze(*options, context);
    };
}

} // namespace followup::cli
