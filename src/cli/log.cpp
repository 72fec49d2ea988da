// followup log PROSPECT: record a touch and say when the next one is due.

#include "cli/commands.hpp"
#include "core/coach.hpp"
#include "core/error.hpp"
#include "core/touch.hpp"

#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct LogOptions {
    std::string prospect;
    std::string channel = "call";
    std::string outcome = "no-answer";
    bool outcome_given = false;
    std::string date;
    std::string note;
    std::string value;
    std::string next;
    std::string objection;
    bool answers = false;
};

// A touch logged for today happened now; a touch logged for another day without a time
// keeps just the day, so the hour-of-day statistics are never fed a made-up hour. With a
// fixed --today (tests, replays) "now" is unknown, so the day is kept alone too.
Timestamp when_touched(const LogOptions& options, Date today, bool today_is_fixed) {
    const Timestamp when = options.date.empty() ? Timestamp{today, std::nullopt}
                                                : parse_when_option(options.date, today, "--date");
    if (when.date > today) {
        throw usage_error(fmt::format("--date: {} is in the future; a touch is logged once it "
                                      "has happened (use --next to plan one)",
                                      format_date(when.date)));
    }
    if (!when.time && when.date == today && !today_is_fixed) {
        return io::local_now();
    }
    return when;
}

int run_log(const LogOptions& options, Context& context) {
    const Date today = resolve_today(context);
    Attempt attempt;
    attempt.channel = parse_channel_option(options.channel);
    attempt.outcome = parse_outcome_option(options.outcome);
    attempt.at = when_touched(options, today, is_today_fixed(context));
    if (!options.note.empty()) {
        attempt.note = checked_text(options.note, "--note");
    }
    // A value of blanks is no value: stored, it would count as one in stats and advice.
    if (options.value.find_first_not_of(" \t\r\n") != std::string::npos) {
        attempt.value = checked_text(options.value, "--value");
    }
    if (!options.objection.empty()) {
        attempt.objection = checked_text(options.objection, "--objection");
        if (!options.outcome_given) {
            attempt.outcome = Outcome::objection;
        }
    }
    attempt.answers = options.answers;
    std::optional<Date> next;
    if (!options.next.empty()) {
        next = parse_when_option(options.next, today, "--next").date;
    }

    io::PipelineUpdate update(resolve_data_file(context));
    Prospect& prospect = find_one_prospect(update.pipeline(), options.prospect);
    const auto warnings = touch_warnings(prospect, attempt);
    const std::string summary =
        fmt::format("{}, {}", to_string(attempt.channel), to_string(attempt.outcome));
    const int number = record_attempt(prospect, std::move(attempt), next);
    const Rules rules = resolve_rules(context, update.pipeline());
    const auto due = due_date(prospect, rules);
    const int touches = static_cast<int>(prospect.attempts.size());
    std::string message =
        fmt::format("Logged {} on {}: {}.\n", touch_label(number), describe(prospect), summary);
    if (due) {
        message += fmt::format("Next: {}, due {} ({}), by {}.\n", touch_label(touches + 1),
                               relative_day(due->date, today), format_date(due->date),
                               to_string(suggested_channel(prospect, rules)));
    } else {
        message +=
            fmt::format("Status {}: no further touches are due.\n", to_string(prospect.status));
    }
    update.save();
    print(message);
    for (const std::string& warning : warnings) {
        warn(warning);
    }
    return 0;
}

} // namespace

Runner setup_log(CLI::App& command) {
    auto options = std::make_shared<LogOptions>();
    command
        .add_option("PROSPECT", options->prospect,
                    "Id (12 or #12), email, or part of the name or company")
        ->required();
    command
        .add_option("-c,--channel", options->channel,
                    "How: call, email, linkedin, video, sms, social, letter, meeting, other")
        ->type_name("CH")
        ->default_str("call");
    CLI::Option* outcome =
        command
            .add_option("-o,--outcome", options->outcome,
                        "What happened: no-answer, voicemail, connected, replied, meeting, "
                        "objection, not-interested, won, lost")
            ->type_name("OUT")
            ->default_str("no-answer");
    command.add_option("--date", options->date, "When it happened (default: now)")
        ->type_name("WHEN");
    command.add_option("--note", options->note, "What was said or done")->type_name("TEXT");
    command
        .add_option("--value", options->value,
                    "What the touch brought them: a case study, an article, an idea")
        ->type_name("TEXT");
    command
        .add_option("--objection", options->objection,
                    "An objection they raised (budget, timeline, busy...); the outcome becomes "
                    "'objection' unless --outcome says otherwise")
        ->type_name("TEXT");
    command.add_flag("--answers", options->answers,
                     "This touch answers their latest open objection");
    command
        .add_option("--next", options->next, "Set the next touch by hand instead of by the cadence")
        ->type_name("WHEN");
    return [options, outcome](Context& context) {
        options->outcome_given = outcome->count() > 0;
        return run_log(*options, context);
    };
}

} // namespace followup::cli
