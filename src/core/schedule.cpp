#include "core/schedule.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace followup {
namespace {

using std::chrono::days;

// The first day on or after `date` outside every period away and, when asked, not on a
// weekend.
Date first_working_day(Date date, const std::vector<AwayPeriod>& away, bool skip_weekends) {
    // Each pass moves forward only; periods may touch or overlap, so repeat until settled.
    for (bool moved = true; moved;) {
        moved = false;
        for (const AwayPeriod& period : away) {
            if (date >= period.from && date <= period.to) {
                date = period.to + days{1};
                moved = true;
            }
        }
        if (skip_weekends && is_weekend(date)) {
            date = next_weekday_on_or_after(date);
            moved = true;
        }
    }
    return date;
}

int wait_after_touch(const Prospect& prospect, const Rules& rules, int touches) {
    if (touches >= k_fifth_touch) {
        return prospect.dream ? rules.dream_days : rules.after_fifth_days;
    }
    const std::vector<int>& waits = prospect.cadence ? *prospect.cadence : rules.cadence_days;
    if (waits.empty()) {
        return rules.after_fifth_days;
    }
    // A cadence shorter than four waits repeats its last wait until the fifth touch.
    const auto index = std::min(static_cast<std::size_t>(touches - 1), waits.size() - 1);
    return waits[index];
}

} // namespace

Rules rules_from(const std::optional<Settings>& settings, const Settings& user_defaults) {
    const Settings none;
    const Settings& file = settings ? *settings : none;
    // The first of the file's value, the user's value and the built-in one.
    const auto pick = [](const auto& from_file, const auto& from_user, const auto& built_in) {
        return from_file.value_or(from_user.value_or(built_in));
    };
    Rules rules;
    rules.cadence_days = pick(file.cadence_days, user_defaults.cadence_days, rules.cadence_days);
    rules.after_fifth_days =
        pick(file.after_fifth_days, user_defaults.after_fifth_days, rules.after_fifth_days);
    rules.dream_days = pick(file.dream_days, user_defaults.dream_days, rules.dream_days);
    rules.nurture_days = pick(file.nurture_days, user_defaults.nurture_days, rules.nurture_days);
    rules.abandon_after_days =
        pick(file.abandon_after_days, user_defaults.abandon_after_days, rules.abandon_after_days);
    rules.skip_weekends =
        pick(file.skip_weekends, user_defaults.skip_weekends, rules.skip_weekends);
    rules.channel_plan = pick(file.channel_plan, user_defaults.channel_plan, rules.channel_plan);
    rules.away = pick(file.away, user_defaults.away, rules.away);
    return rules;
}

std::string_view to_string(DueReason reason) {
    switch (reason) {
    case DueReason::first_touch:
        return "first touch";
    case DueReason::cadence:
        return "cadence";
    case DueReason::by_hand:
        return "set by hand";
    case DueReason::check_back:
        return "check back";
    case DueReason::reengage:
        return "re-engage";
    }
    return "cadence";
}

Date lost_on(const Prospect& prospect) {
    const auto lost = std::find_if(prospect.attempts.rbegin(), prospect.attempts.rend(),
                                   [](const Attempt& a) { return a.outcome == Outcome::lost; });
    if (lost != prospect.attempts.rend()) {
        return lost->at.date;
    }
    const Attempt* last = prospect.last_attempt();
    return last ? last->at.date : prospect.created;
}

Date first_working_day(Date date, const Rules& rules) {
    return first_working_day(date, rules.away, rules.skip_weekends);
}

int days_away_between(Date from, Date to, const Rules& rules) {
    if (rules.away.empty()) {
        return 0; // the usual case, and asked for every prospect on every run
    }
    int away = 0;
    for (Date day = from; day < to; day += days{1}) {
        for (const AwayPeriod& period : rules.away) {
            if (day >= period.from && day <= period.to) {
                ++away;
                break;
            }
        }
    }
    return away;
}

std::optional<DueDate> due_date(const Prospect& prospect, const Rules& rules) {
    if (prospect.status == Status::won || prospect.status == Status::dnc) {
        return std::nullopt;
    }
    if (prospect.next) {
        // A date set by hand may be a weekend, not a day away.
        return DueDate{first_working_day(*prospect.next, rules.away, /*skip_weekends=*/false),
                       DueReason::by_hand};
    }
    const Attempt* last = prospect.last_attempt();
    const Date since = last ? last->at.date : prospect.created;
    const int touches = static_cast<int>(prospect.attempts.size());
    DueDate due{prospect.created, DueReason::first_touch};
    if (prospect.status == Status::nurture) {
        due = {since + days{rules.nurture_days}, DueReason::check_back};
    } else if (prospect.status == Status::lost) {
        due = {since + days{rules.nurture_days}, DueReason::reengage};
    } else if (touches > 0) {
        due = {since + days{wait_after_touch(prospect, rules, touches)}, DueReason::cadence};
    }
    due.date = first_working_day(due.date, rules);
    return due;
}

namespace {

// The reason, with the due date computed by `due_of` only when it is needed: most
// prospects are settled before it (five touches, won, dnc, lost).
template <typename DueOf>
std::optional<std::string> abandonment_reason_given(const Prospect& prospect, const Rules& rules,
                                                    Date today, const DueOf& due_of) {
    const int touches = static_cast<int>(prospect.attempts.size());
    if (touches >= k_fifth_touch || prospect.status == Status::won ||
        prospect.status == Status::dnc) {
        return std::nullopt;
    }
    if (prospect.status == Status::lost) {
        return "closed lost after " + plural(touches, "touch", "touches");
    }
    const std::optional<DueDate>& due = due_of();
    if (!due || days_between(due->date, today) - days_away_between(due->date, today, rules) <=
                    rules.abandon_after_days) {
        return std::nullopt;
    }
    const Attempt* last = prospect.last_attempt();
    if (!last) {
        return "never touched, added " +
               plural(days_between(prospect.created, today), "day", "days") + " ago";
    }
    return "no touch for " + plural(days_between(last->at.date, today), "day", "days") + ", " +
           plural(touches, "touch", "touches");
}

} // namespace

std::optional<std::string> abandonment_reason(const Prospect& prospect, const Rules& rules,
                                              Date today) {
    std::optional<DueDate> due;
    return abandonment_reason_given(prospect, rules, today, [&]() -> const std::optional<DueDate>& {
        due = due_date(prospect, rules);
        return due;
    });
}

std::optional<std::string> abandonment_reason(const Prospect& prospect, const Rules& rules,
                                              Date today, const std::optional<DueDate>& due) {
    return abandonment_reason_given(prospect, rules, today,
                                    [&]() -> const std::optional<DueDate>& { return due; });
}

Channel suggested_channel(const Prospect& prospect, const Rules& rules) {
    const std::vector<Channel>& plan =
        prospect.channel_plan ? *prospect.channel_plan : rules.channel_plan;
    if (plan.empty()) {
        return Channel::call;
    }
    const std::size_t touches = prospect.attempts.size();
    const Channel planned = plan[touches % plan.size()];
    const Attempt* last = prospect.last_attempt();
    if (!last || reached_person(last->outcome) || planned != last->channel) {
        return planned;
    }
    // The last touch did not reach the person on this channel: take the next channel in
    // the plan that differs, so the approach varies as the seeds ask.
    for (std::size_t step = 1; step < plan.size(); ++step) {
        const Channel candidate = plan[(touches + step) % plan.size()];
        if (candidate != last->channel) {
            return candidate;
        }
    }
    return last->channel == Channel::call ? Channel::email : Channel::call;
}

std::string touch_label(int touch_number) {
    std::string label = "touch " + std::to_string(touch_number);
    if (touch_number <= k_fifth_touch) {
        label += " of " + std::to_string(k_fifth_touch);
    }
    return label;
}

} // namespace followup
