#include "core/coach.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cctype>

namespace followup {
namespace {

using std::chrono::days;

// "call" as a person says it in a sentence, singular and plural.
std::string_view display_name(Channel channel) {
    switch (channel) {
    case Channel::linkedin:
        return "LinkedIn";
    case Channel::sms:
        return "SMS";
    default:
        return to_string(channel);
    }
}

std::string in_a_row(long long count, Channel channel) {
    switch (channel) {
    case Channel::call:
        return plural(count, "call", "calls");
    case Channel::email:
        return plural(count, "email", "emails");
    case Channel::linkedin:
        return plural(count, "LinkedIn message", "LinkedIn messages");
    case Channel::video:
        return plural(count, "video", "videos");
    case Channel::sms:
        return plural(count, "text", "texts");
    case Channel::letter:
        return plural(count, "letter", "letters");
    case Channel::meeting:
        return plural(count, "meeting", "meetings");
    case Channel::social:
    case Channel::other:
        break;
    }
    return plural(count, "touch", "touches") + " by " + std::string(to_string(channel));
}

enum class DayPart { morning, afternoon, evening };
constexpr std::array<std::string_view, 3> k_day_part_names = {"the morning", "the afternoon",
                                                              "the evening"};
constexpr std::array<std::pair<int, int>, 3> k_day_part_hours = {{{0, 12}, {12, 17}, {17, 24}}};

DayPart day_part(int hour) {
    return hour < 12 ? DayPart::morning : hour < 17 ? DayPart::afternoon : DayPart::evening;
}

std::string percent(long long part, long long whole) {
    return std::to_string(whole == 0 ? 0 : (part * 100 + whole / 2) / whole) + "%";
}

// Three touches or more on one channel in a row: vary it.
std::optional<std::string> same_channel_advice(const Prospect& prospect, const Rules& rules) {
    const auto& attempts = prospect.attempts;
    if (attempts.size() < 3) {
        return std::nullopt;
    }
    const Channel channel = attempts.back().channel;
    long long run = 0;
    for (auto it = attempts.rbegin(); it != attempts.rend() && it->channel == channel; ++it) {
        ++run;
    }
    if (run < 3) {
        return std::nullopt;
    }
    std::vector<Channel> others;
    const auto& plan = prospect.channel_plan ? *prospect.channel_plan : rules.channel_plan;
    for (const Channel candidate : plan) {
        if (candidate != channel &&
            std::find(others.begin(), others.end(), candidate) == others.end()) {
            others.push_back(candidate);
        }
    }
    for (const Channel fallback : {Channel::email, Channel::linkedin, Channel::call}) {
        if (fallback != channel && others.size() < 2 &&
            std::find(others.begin(), others.end(), fallback) == others.end()) {
            others.push_back(fallback);
        }
    }
    return in_a_row(run, channel) + " in a row: try " + std::string(display_name(others[0])) +
           " or " + std::string(display_name(others[1]));
}

// The last calls went unanswered, all in one part of the day: try another part.
std::optional<std::string> hour_advice(const Prospect& prospect, const HourlyConnects& hours) {
    long long unanswered = 0;
    std::optional<DayPart> part;
    for (auto it = prospect.attempts.rbegin(); it != prospect.attempts.rend(); ++it) {
        if (it->channel != Channel::call || reached_person(it->outcome) || !it->at.time) {
            break;
        }
        const DayPart this_part = day_part(it->at.time->hour);
        if (part && *part != this_part) {
            return std::nullopt; // already varied
        }
        part = this_part;
        ++unanswered;
    }
    if (unanswered < 2) {
        return std::nullopt;
    }
    const std::string what = "your last " + plural(unanswered, "call", "calls") +
                             " went unanswered, all in " +
                             std::string(k_day_part_names[static_cast<std::size_t>(*part)]);
    auto part_rate = [&hours](std::size_t index, long long& touches, long long& connected) {
        touches = 0;
        connected = 0;
        for (int hour = k_day_part_hours[index].first; hour < k_day_part_hours[index].second;
             ++hour) {
            touches += hours.touches[static_cast<std::size_t>(hour)];
            connected += hours.connected[static_cast<std::size_t>(hour)];
        }
    };
    if (hours.timed_touches >= k_min_timed_touches) {
        long long own_touches = 0;
        long long own_connected = 0;
        part_rate(static_cast<std::size_t>(*part), own_touches, own_connected);
        std::optional<std::size_t> best;
        double best_rate = -1;
        long long best_touches = 0;
        long long best_connected = 0;
        for (std::size_t index = 0; index < k_day_part_names.size(); ++index) {
            long long touches = 0;
            long long connected = 0;
            part_rate(index, touches, connected);
            const double rate =
                touches == 0 ? 0 : static_cast<double>(connected) / static_cast<double>(touches);
            if (index != static_cast<std::size_t>(*part) && touches >= 5 && rate > best_rate) {
                best = index;
                best_rate = rate;
                best_touches = touches;
                best_connected = connected;
            }
        }
        if (best) {
            return what + ": try " + std::string(k_day_part_names[*best]) + " (you reach people " +
                   percent(best_connected, best_touches) + " of the time then, " +
                   percent(own_connected, own_touches) + " in " +
                   std::string(k_day_part_names[static_cast<std::size_t>(*part)]) + ")";
        }
    }
    return what + ": try another time of day";
}

std::string normalized(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::optional<Date> next_occurrence(const MonthDay& month_day, Date today) {
    const std::chrono::year_month_day now{today};
    for (int offset = 0; offset <= 1; ++offset) {
        const std::chrono::year year = now.year() + std::chrono::years{offset};
        std::chrono::year_month_day day{year, std::chrono::month{month_day.month},
                                        std::chrono::day{month_day.day}};
        if (!day.ok()) { // 29 February outside a leap year: the 28th
            day = std::chrono::year_month_day{year, std::chrono::month{2}, std::chrono::day{28}};
        }
        if (Date{day} >= today) {
            return Date{day};
        }
    }
    return std::nullopt;
}

} // namespace

void count_connects(const Prospect& prospect, HourlyConnects& hours) {
    for (const Attempt& attempt : prospect.attempts) {
        if (attempt.at.time) {
            const auto hour = static_cast<std::size_t>(attempt.at.time->hour);
            ++hours.touches[hour];
            hours.connected[hour] += reached_person(attempt.outcome) ? 1 : 0;
            ++hours.timed_touches;
        }
    }
}

std::vector<std::string> advice_for(const Prospect& prospect, const Rules& rules,
                                    const DueDate& due, Channel suggestion,
                                    const HourlyConnects& hours,
                                    const std::optional<std::string>& open_objection,
                                    const std::optional<std::string>& value) {
    std::vector<std::string> advice;
    const Attempt* last = prospect.last_attempt();
    if (due.reason == DueReason::check_back && last) {
        advice.push_back("said \"not now\" on " + format_date(last->at.date) +
                         ": check back with something new");
    } else if (due.reason == DueReason::reengage) {
        // Without a touch, the day it was lost is not known: say nothing rather than guess.
        advice.push_back("closed lost" +
                         (last ? " on " + format_date(lost_on(prospect)) : std::string()) +
                         ": re-engage, the deal may be ready now");
    }
    if (open_objection) {
        advice.push_back("answer the open objection: " + *open_objection);
    }
    if (last && !reached_person(last->outcome) && last->channel != suggestion) {
        advice.push_back("the last " + std::string(display_name(last->channel)) +
                         " did not reach them: try " + std::string(display_name(suggestion)));
    }
    if (auto repeated = same_channel_advice(prospect, rules)) {
        advice.push_back(std::move(*repeated));
    }
    if (auto hour = hour_advice(prospect, hours)) {
        advice.push_back(std::move(*hour));
    }
    if (value) {
        advice.push_back("bring something new: last time it was \"" + *value + "\"");
    }
    return advice;
}

std::vector<std::string> open_objections(const Prospect& prospect) {
    std::vector<std::string> open;
    for (const Attempt& attempt : prospect.attempts) {
        if (attempt.answers && !open.empty()) {
            open.pop_back();
        }
        if (attempt.objection && !attempt.objection->empty()) {
            open.emplace_back(*attempt.objection);
        }
    }
    return open;
}

std::optional<std::string> latest_open_objection(const Prospect& prospect) {
    auto objections = open_objections(prospect);
    if (objections.empty()) {
        return std::nullopt;
    }
    return std::move(objections.back());
}

std::optional<std::string> last_value(const Prospect& prospect) {
    for (auto it = prospect.attempts.rbegin(); it != prospect.attempts.rend(); ++it) {
        if (it->value && !it->value->empty()) {
            return std::string(*it->value);
        }
    }
    return std::nullopt;
}

std::vector<std::string> touch_warnings(const Prospect& prospect, const Attempt& attempt) {
    std::vector<std::string> warnings;
    const bool carries_value = attempt.value && !normalized(*attempt.value).empty();
    // An unanswered call delivered nothing, and a touch that closes or parks the deal is
    // news, not a follow-up: neither is blamed for carrying nothing.
    const bool is_follow_up = attempt.outcome != Outcome::no_answer &&
                              attempt.outcome != Outcome::won && attempt.outcome != Outcome::lost &&
                              attempt.outcome != Outcome::not_interested;
    if (!carries_value && is_follow_up) {
        warnings.push_back("this touch carries no value for " + prospect.name +
                           ": a touch without one is \"just checking in\", which the seeds "
                           "call a nuisance; next time bring a case study, an article or an "
                           "idea (--value)");
    }
    const auto previous = last_value(prospect);
    if (carries_value && previous && normalized(*previous) == normalized(*attempt.value)) {
        warnings.push_back("the same value as the last touch (\"" + *previous +
                           "\"): bring something new next time");
    }
    if (attempt.answers && open_objections(prospect).empty()) {
        warnings.push_back(prospect.name + " has no open objection for --answers to answer");
    }
    return warnings;
}

Streak dream_streak(const Prospect& prospect, Date today) {
    Streak streak{static_cast<long long>(prospect.attempts.size()), 0};
    const auto week_start = [](Date date) {
        return date - days{static_cast<int>(iso_weekday(date)) - 1};
    };
    std::vector<Date> weeks;
    for (const Attempt& attempt : prospect.attempts) {
        weeks.push_back(week_start(attempt.at.date));
    }
    Date week = week_start(today);
    if (std::find(weeks.begin(), weeks.end(), week) == weeks.end()) {
        week -= days{7}; // this week is not over yet
    }
    while (std::find(weeks.begin(), weeks.end(), week) != weeks.end()) {
        ++streak.weeks_without_gap;
        week -= days{7};
    }
    return streak;
}

std::vector<TouchPoint> touch_points(const Pipeline& pipeline, Date today, int within_days) {
    std::vector<TouchPoint> points;
    const Date horizon = today + days{within_days};
    for (const Prospect& prospect : pipeline.prospects) {
        if (prospect.status == Status::dnc) {
            continue;
        }
        const std::pair<std::string_view, const std::optional<MonthDay>*> occasions[] = {
            {"birthday", &prospect.birthday}, {"anniversary", &prospect.anniversary}};
        for (const auto& [occasion, month_day] : occasions) {
            if (!*month_day) {
                continue;
            }
            const auto date = next_occurrence(**month_day, today);
            if (date && *date <= horizon) {
                points.push_back({&prospect, occasion, *date});
            }
        }
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const TouchPoint& a, const TouchPoint& b) { return a.date < b.date; });
    return points;
}

std::vector<LostDeal> lost_deals_to_reengage(const Pipeline& pipeline, Date today) {
    std::vector<LostDeal> deals;
    for (const Prospect& prospect : pipeline.prospects) {
        if (prospect.status != Status::lost) {
            continue;
        }
        // Touched since the loss: a later touch than the one that lost the deal.
        const Attempt* last = prospect.last_attempt();
        const Date lost = lost_on(prospect);
        if (last && last->at.date > lost) {
            continue;
        }
        const int age = days_between(lost, today);
        if (age >= 0 && age <= k_reengage_window_days) {
            deals.push_back({&prospect, lost});
        }
    }
    return deals;
}

} // namespace followup
