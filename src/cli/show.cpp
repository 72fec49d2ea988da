// followup show PROSPECT: the details and the whole timeline, one touch a line.

#include "cli/commands.hpp"
#include "core/coach.hpp"
#include "core/text.hpp"
#include "render/due_view.hpp"
#include "render/table.hpp"

#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

using render::number_cell;
using render::optional_text_cell;
using render::paint;
using render::text_cell;

struct ShowOptions {
    std::string prospect;
};

std::string time_label(const Timestamp& at) {
    if (!at.time) {
        return "";
    }
    return fmt::format("{:02}:{:02}", at.time->hour, at.time->minute);
}

std::string month_day_label(const std::optional<MonthDay>& value) {
    return value ? fmt::format("{:02}-{:02}", value->month, value->day) : std::string();
}

std::string objection_label(const Attempt& attempt) {
    std::string label(attempt.objection.value_or(""));
    if (attempt.answers) {
        label += label.empty() ? "(answers the last)" : " (answers the last)";
    }
    return label;
}

std::string timeline(const Prospect& p, bool color) {
    if (p.attempts.empty()) {
        return "No touches yet.\n";
    }
    render::Table table{{"#", "DATE", "TIME", "CHANNEL", "OUTCOME", "NOTE", "VALUE", "OBJECTION"},
                        {}};
    for (std::size_t i = 0; i < p.attempts.size(); ++i) {
        const Attempt& a = p.attempts[i];
        table.rows.push_back(
            {number_cell(static_cast<long long>(i + 1)), text_cell(format_date(a.at.date)),
             text_cell(time_label(a.at)), text_cell(std::string(to_string(a.channel))),
             text_cell(std::string(to_string(a.outcome))), optional_text_cell(a.note),
             optional_text_cell(a.value), text_cell(objection_label(a))});
    }
    return render::render_aligned(table, color);
}

int run_show(const ShowOptions& options, Context& context) {
    const Date today = resolve_today(context);
    const io::Loaded loaded = load_for_reading(context);
    const Prospect& p = find_one_prospect(loaded.pipeline, options.prospect);
    const Rules rules = resolve_rules(context, loaded.pipeline);
    const bool color = use_color(context);

    std::string out = paint(describe(p), render::style::bold, color) + "\n";
    auto line = [&out](std::string_view label, std::string_view value) {
        if (!value.empty()) {
            out += fmt::format("  {:<11} {}\n", label, value);
        }
    };
    line("email", p.email.value_or(""));
    line("phone", p.phone.value_or(""));
    line("status", fmt::format("{}{}", to_string(p.status), p.dream ? ", dream client" : ""));
    std::string tags;
    for (const auto& tag : p.tags) {
        tags += (tags.empty() ? "" : ", ") + tag;
    }
    line("tags", tags);
    line("added", format_date(p.created));
    const auto touches = static_cast<int>(p.attempts.size());
    if (const auto due = due_date(p, rules)) {
        const bool plain =
            due->reason == DueReason::cadence || due->reason == DueReason::first_touch;
        line("next", fmt::format("{}, due {} ({}{}), try {}", touch_label(touches + 1),
                                 format_date(due->date), relative_day(due->date, today),
                                 plain ? "" : fmt::format(", {}", to_string(due->reason)),
                                 to_string(suggested_channel(p, rules))));
    }
    if (const auto reason = abandonment_reason(p, rules, today)) {
        line("ABANDONED",
             paint(fmt::format("before the fifth touch: {}", *reason), render::style::red, color));
    }
    if (p.dream) {
        const Streak streak = dream_streak(p, today);
        line("streak",
             fmt::format("{}, {} in a row with a touch", plural(streak.touches, "touch", "touches"),
                         plural(streak.weeks_without_gap, "week", "weeks")));
    }
    for (const std::string& objection : open_objections(p)) {
        line("objection", paint(fmt::format("{} (open: answer it, then log --answers)", objection),
                                render::style::yellow, color));
    }
    if (p.cadence) {
        std::string waits;
        for (const int wait : *p.cadence) {
            waits += (waits.empty() ? "" : ",") + std::to_string(wait);
        }
        line("cadence", waits + " days");
    }
    if (p.channel_plan) {
        std::string plan;
        for (const Channel channel : *p.channel_plan) {
            plan += (plan.empty() ? "" : ", ") + std::string(to_string(channel));
        }
        line("channels", plan);
    }
    line("birthday", month_day_label(p.birthday));
    line("anniversary", month_day_label(p.anniversary));
    line("notes", p.notes.value_or(""));
    out += "\n" + timeline(p, color);
    print(out);
    return 0;
}

} // namespace

Runner setup_show(CLI::App& command) {
    auto options = std::make_shared<ShowOptions>();
    command
        .add_option("PROSPECT", options->prospect,
                    "Id (12 or #12), email, or part of the name or company")
        ->required();
    return [options](Context& context) {
        return run_show(*options, context);
    };
}

} // namespace followup::cli
