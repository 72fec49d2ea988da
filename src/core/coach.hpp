#pragma once
// The persistence coach: how to make the next touch count. Each rule is written down for
// salespeople in docs/coaching.md; each piece of advice carries its reason.

#include "core/schedule.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace followup {

// How often touches at each local hour reached the person, over the whole pipeline.
struct HourlyConnects {
    std::array<long long, 24> touches{};
    std::array<long long, 24> connected{};
    long long timed_touches = 0;
};
// Adds one prospect's timed touches to `hours`; the agenda counts every prospect so, in
// the one walk it makes over the pipeline.
void count_connects(const Prospect& prospect, HourlyConnects& hours);

// Below this many touches with a time of day, connect rates by hour are too thin to quote.
constexpr long long k_min_timed_touches = 20;

// What to do differently on the next touch, most important first, each with its reason.
// `open_objection` and `value` are the prospect's latest_open_objection and last_value,
// which the agenda keeps for each due entry and so finds once.
std::vector<std::string> advice_for(const Prospect& prospect, const Rules& rules,
                                    const DueDate& due, Channel suggestion,
                                    const HourlyConnects& hours,
                                    const std::optional<std::string>& open_objection,
                                    const std::optional<std::string>& value);

// Objections raised and not yet answered, oldest first. A touch with `answers` answers
// the latest open one.
std::vector<std::string> open_objections(const Prospect& prospect);
// The last of them, the one the next touch should answer.
std::optional<std::string> latest_open_objection(const Prospect& prospect);
// The value the last touch that carried one brought, if any.
std::optional<std::string> last_value(const Prospect& prospect);

// Warnings before logging `attempt` on `prospect` (as it was before the touch): a touch
// that carries nothing, or repeats the previous value word for word.
std::vector<std::string> touch_warnings(const Prospect& prospect, const Attempt& attempt);

// A dream client's persistence: touches so far, and how many weeks in a row (up to this
// week, or last week if none yet this week) had at least one.
struct Streak {
    long long touches = 0;
    int weeks_without_gap = 0;
};
Streak dream_streak(const Prospect& prospect, Date today);

// Birthdays and anniversaries: touch points that are not sales.
struct TouchPoint {
    const Prospect* prospect = nullptr;
    std::string_view occasion; // "birthday", "anniversary"
    Date date;
};
std::vector<TouchPoint> touch_points(const Pipeline& pipeline, Date today, int within_days);

// Deals lost in the last twelve months and not touched since: the seeds' "First Move".
struct LostDeal {
    const Prospect* prospect = nullptr;
    Date lost_on;
};
std::vector<LostDeal> lost_deals_to_reengage(const Pipeline& pipeline, Date today);

} // namespace followup
