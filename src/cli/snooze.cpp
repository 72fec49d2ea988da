// followup snooze PROSPECT WHEN: set the next touch by hand (until the next touch).

#include "cli/commands.hpp"

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
    io::PipelineUpdate update(resolve_data_file(context));
    Prospect& prospect = find_one_prospect(update.pipeline(), options.prospect);
    prospect.next = next;
    update.save();
    print(fmt::format("Next touch on {} moved to {} ({}).\n", describe(prospect), format_date(next),
                      relative_day(next, today)));
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
