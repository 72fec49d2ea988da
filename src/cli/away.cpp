// followup away [FROM TO] [--clear DATE]: days away from work. Nothing falls due while
// you are away; what would have moves to the first working day after, and the days away
// do not count toward the abandonment rule.

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct AwayOptions {
    std::string from;
    std::string to;
    std::string clear;
};

std::string describe_period(const AwayPeriod& period) {
    return fmt::format("{} to {} ({})", format_date(period.from), format_date(period.to),
                       plural(days_between(period.from, period.to) + 1, "day", "days"));
}

int list_periods(Context& context) {
    const io::Loaded loaded = load_for_reading(context);
    const Rules rules = resolve_rules(context, loaded.pipeline);
    if (rules.away.empty()) {
        print("No time away planned. Add some with 'followup away FROM TO'.\n");
        return 0;
    }
    std::string out;
    for (const AwayPeriod& period : rules.away) {
        out += describe_period(period) + "\n";
    }
    print(out);
    return 0;
}

int run_away(const AwayOptions& options, Context& context) {
    if (options.from.empty() && options.clear.empty()) {
        return list_periods(context);
    }
    if (!options.from.empty() && !options.clear.empty()) {
        throw usage_error("give either FROM TO or --clear DATE, not both");
    }
    const Date today = resolve_today(context);
    io::PipelineUpdate update(resolve_data_file(context));
    Settings& settings = update.pipeline().settings ? *update.pipeline().settings
                                                    : update.pipeline().settings.emplace();
    std::vector<AwayPeriod> periods = settings.away.value_or(std::vector<AwayPeriod>{});
    std::string message;
    if (!options.clear.empty()) {
        const Date day = parse_when_option(options.clear, today, "--clear").date;
        const auto found = std::find_if(periods.begin(), periods.end(), [day](const AwayPeriod& p) {
            return day >= p.from && day <= p.to;
        });
        if (found == periods.end()) {
            throw usage_error(fmt::format("--clear: no time away includes {}; 'followup away' "
                                          "lists the periods",
                                          format_date(day)));
        }
        message = fmt::format("Removed time away {}.\n", describe_period(*found));
        periods.erase(found);
    } else {
        if (options.to.empty()) {
            throw usage_error("away needs FROM and TO (the last day away), such as "
                              "'followup away 2026-12-21 2027-01-01'");
        }
        const AwayPeriod period{parse_when_option(options.from, today, "FROM").date,
                                parse_when_option(options.to, today, "TO").date};
        if (period.to < period.from) {
            throw usage_error(fmt::format("TO ({}) is before FROM ({})", format_date(period.to),
                                          format_date(period.from)));
        }
        periods.push_back(period);
        std::sort(periods.begin(), periods.end(),
                  [](const AwayPeriod& a, const AwayPeriod& b) { return a.from < b.from; });
        message = fmt::format("Away {}: nothing falls due then.\n", describe_period(period));
    }
    settings.away = periods.empty() ? std::nullopt : std::optional(periods);
    update.save();
    print(message);
    return 0;
}

} // namespace

Runner setup_away(CLI::App& command) {
    auto options = std::make_shared<AwayOptions>();
    command.add_option("FROM", options->from, "The first day away")->type_name("WHEN");
    command.add_option("TO", options->to, "The last day away")->type_name("WHEN");
    command.add_option("--clear", options->clear, "Remove the time away that includes DATE")
        ->type_name("DATE");
    return [options](Context& context) {
        return run_away(*options, context);
    };
}

} // namespace followup::cli
