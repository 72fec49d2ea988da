#include "core/stats.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace followup {
namespace {

using std::chrono::days;

double fraction(long long part, long long whole) {
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

bool in_window(Date date, const StatsScope& scope) {
    return (!scope.since || date >= *scope.since) && (!scope.until || date <= *scope.until);
}

bool has_scope_tag(const Prospect& prospect, const StatsScope& scope) {
    return !scope.tag || prospect.has_tag(*scope.tag);
}

// Prospect-level numbers count the prospects added in the window; touch-level numbers
// count the touches made in the window, whoever they were made on.
bool prospect_in_scope(const Prospect& prospect, const StatsScope& scope) {
    return has_scope_tag(prospect, scope) && in_window(prospect.created, scope);
}

template <typename Visit>
void for_each_touch_in_scope(const Pipeline& pipeline, const StatsScope& scope, Visit visit) {
    for (const Prospect& prospect : pipeline.prospects) {
        if (!has_scope_tag(prospect, scope)) {
            continue;
        }
        for (const Attempt& attempt : prospect.attempts) {
            if (in_window(attempt.at.date, scope)) {
                visit(prospect, attempt);
            }
        }
    }
}

// The touch that won the deal: the first with outcome `won`, else (status set by hand)
// the last one made.
long long winning_touch(const Prospect& prospect) {
    for (std::size_t i = 0; i < prospect.attempts.size(); ++i) {
        if (prospect.attempts[i].outcome == Outcome::won) {
            return static_cast<long long>(i + 1);
        }
    }
    return static_cast<long long>(prospect.attempts.size());
}

struct TouchCounts {
    long long touches = 0;
    long long connected = 0;
    long long replied = 0;
    long long meetings = 0;
    long long won = 0;
    long long with_value = 0;

    void add(const Attempt& attempt) {
        ++touches;
        connected += reached_person(attempt.outcome) ? 1 : 0;
        replied += attempt.outcome == Outcome::replied ? 1 : 0;
        meetings += attempt.outcome == Outcome::meeting ? 1 : 0;
        won += attempt.outcome == Outcome::won ? 1 : 0;
        with_value += attempt.value && !attempt.value->empty() ? 1 : 0;
    }
};

StatsTable by_touch(const Pipeline& pipeline, const StatsScope& scope) {
    std::vector<TouchCounts> at_position;
    std::vector<long long> reached;
    std::vector<long long> stopped;
    for (const Prospect& prospect : pipeline.prospects) {
        if (!prospect_in_scope(prospect, scope)) {
            continue;
        }
        const std::size_t count = prospect.attempts.size();
        if (count > at_position.size()) {
            at_position.resize(count);
            reached.resize(count);
            stopped.resize(count);
        }
        for (std::size_t i = 0; i < count; ++i) {
            at_position[i].add(prospect.attempts[i]);
            ++reached[i];
        }
        if (count > 0) {
            ++stopped[count - 1];
        }
    }
    StatsTable table{
        {"touch", "reached", "connected", "replied", "meetings", "won", "stopped_here"}, {}};
    // Always rows 1 to 5, so the fifth touch shows even when nobody got there.
    const std::size_t rows = std::max<std::size_t>(at_position.size(), k_fifth_touch);
    at_position.resize(rows);
    reached.resize(rows);
    stopped.resize(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        const TouchCounts& c = at_position[i];
        table.rows.push_back({static_cast<long long>(i + 1), reached[i], c.connected, c.replied,
                              c.meetings, c.won, stopped[i]});
    }
    return table;
}

StatsTable by_channel(const Pipeline& pipeline, const StatsScope& scope) {
    std::array<TouchCounts, 9> counts{};
    for_each_touch_in_scope(pipeline, scope, [&](const Prospect&, const Attempt& attempt) {
        counts[static_cast<std::size_t>(attempt.channel)].add(attempt);
    });
    StatsTable table{{"channel", "touches", "connected", "connect_rate", "replied", "reply_rate",
                      "meetings", "won"},
                     {}};
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const TouchCounts& c = counts[i];
        if (c.touches == 0) {
            continue;
        }
        table.rows.push_back({std::string(to_string(static_cast<Channel>(i))), c.touches,
                              c.connected, Rate{fraction(c.connected, c.touches)}, c.replied,
                              Rate{fraction(c.replied, c.touches)}, c.meetings, c.won});
    }
    return table;
}

StatsTable by_period(const Pipeline& pipeline, const StatsScope& scope, bool weekly) {
    struct PeriodCounts {
        TouchCounts touches;
        long long new_prospects = 0;
    };
    // Keyed by the period's first day, so periods sort in time order.
    std::map<Date, PeriodCounts> periods;
    const auto start_of = [weekly](Date date) {
        if (weekly) {
            return date - days{static_cast<int>(iso_weekday(date)) - 1};
        }
        const std::chrono::year_month_day ymd{date};
        return Date{ymd.year() / ymd.month() / 1};
    };
    for_each_touch_in_scope(pipeline, scope, [&](const Prospect&, const Attempt& attempt) {
        periods[start_of(attempt.at.date)].touches.add(attempt);
    });
    for (const Prospect& prospect : pipeline.prospects) {
        if (prospect_in_scope(prospect, scope)) {
            ++periods[start_of(prospect.created)].new_prospects;
        }
    }
    StatsTable table{{"period", "touches", "new_prospects", "connected", "meetings", "won"}, {}};
    if (periods.empty()) {
        return table;
    }
    // Every period from the first to the last, empty ones too, so a chart has no gaps.
    const Date last = periods.rbegin()->first;
    for (Date period = periods.begin()->first; period <= last;) {
        const PeriodCounts& c = periods[period];
        table.rows.push_back({weekly ? iso_week_label(period) : month_label(period),
                              c.touches.touches, c.new_prospects, c.touches.connected,
                              c.touches.meetings, c.touches.won});
        if (weekly) {
            period += days{7};
        } else {
            const std::chrono::year_month_day ymd{period};
            period = Date{(ymd.year() / ymd.month() / 1) + std::chrono::months{1}};
        }
    }
    return table;
}

StatsTable by_outcome(const Pipeline& pipeline, const StatsScope& scope) {
    std::array<long long, 9> counts{};
    long long total = 0;
    for_each_touch_in_scope(pipeline, scope, [&](const Prospect&, const Attempt& attempt) {
        ++counts[static_cast<std::size_t>(attempt.outcome)];
        ++total;
    });
    StatsTable table{{"outcome", "touches", "share"}, {}};
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0) {
            table.rows.push_back({std::string(to_string(static_cast<Outcome>(i))), counts[i],
                                  Rate{fraction(counts[i], total)}});
        }
    }
    return table;
}

StatsTable by_tag(const Pipeline& pipeline, const Rules& rules, Date today,
                  const StatsScope& scope) {
    struct TagCounts {
        long long prospects = 0;
        long long touches = 0;
        long long reached_fifth = 0;
        long long won = 0;
        long long abandoned = 0;
    };
    std::map<std::string, TagCounts> tags;
    for (const Prospect& prospect : pipeline.prospects) {
        if (!prospect_in_scope(prospect, scope)) {
            continue;
        }
        const bool abandoned = abandonment_reason(prospect, rules, today).has_value();
        for (const std::string& tag : prospect.tags) {
            TagCounts& c = tags[tag];
            ++c.prospects;
            c.touches += static_cast<long long>(prospect.attempts.size());
            c.reached_fifth += prospect.attempts.size() >= k_fifth_touch ? 1 : 0;
            c.won += prospect.status == Status::won ? 1 : 0;
            c.abandoned += abandoned ? 1 : 0;
        }
    }
    StatsTable table{{"tag", "prospects", "touches", "touches_per_prospect", "reached_fifth_touch",
                      "won", "abandoned_before_fifth"},
                     {}};
    for (const auto& [tag, c] : tags) {
        table.rows.push_back({tag, c.prospects, c.touches, Ratio{fraction(c.touches, c.prospects)},
                              c.reached_fifth, c.won, c.abandoned});
    }
    return table;
}

StatsTable by_weekday(const Pipeline& pipeline, const StatsScope& scope) {
    std::array<TouchCounts, 7> counts{};
    for_each_touch_in_scope(pipeline, scope, [&](const Prospect&, const Attempt& attempt) {
        counts[iso_weekday(attempt.at.date) - 1].add(attempt);
    });
    StatsTable table{{"weekday", "touches", "connected", "connect_rate"}, {}};
    for (std::size_t i = 0; i < counts.size(); ++i) {
        // 2024-01-01 was a Monday.
        const Date day = make_date(2024, 1, 1) + days{static_cast<int>(i)};
        const TouchCounts& c = counts[i];
        table.rows.push_back({std::string(weekday_name(day)), c.touches, c.connected,
                              Rate{fraction(c.connected, c.touches)}});
    }
    return table;
}

StatsTable by_hour(const Pipeline& pipeline, const StatsScope& scope) {
    std::array<TouchCounts, 24> counts{};
    for_each_touch_in_scope(pipeline, scope, [&](const Prospect&, const Attempt& attempt) {
        if (attempt.at.time) { // touches logged without a time of day have no hour
            counts[static_cast<std::size_t>(attempt.at.time->hour)].add(attempt);
        }
    });
    StatsTable table{{"hour", "touches", "connected", "connect_rate"}, {}};
    for (std::size_t hour = 0; hour < counts.size(); ++hour) {
        const TouchCounts& c = counts[hour];
        if (c.touches > 0) {
            table.rows.push_back({static_cast<long long>(hour), c.touches, c.connected,
                                  Rate{fraction(c.connected, c.touches)}});
        }
    }
    return table;
}

} // namespace

Summary summarize(const Pipeline& pipeline, const Rules& rules, Date today,
                  const StatsScope& scope) {
    long long prospects = 0;
    std::array<long long, 5> by_status{};
    long long lifetime_touches = 0;
    long long reached_fifth = 0;
    long long abandoned = 0;
    long long gave_up_early = 0;
    long long won_late = 0;
    long long won_first = 0;
    Summary summary;
    summary.stopped_at.assign(k_fifth_touch, 0);
    for (const Prospect& prospect : pipeline.prospects) {
        if (!prospect_in_scope(prospect, scope)) {
            continue;
        }
        ++prospects;
        ++by_status[static_cast<std::size_t>(prospect.status)];
        const auto count = static_cast<long long>(prospect.attempts.size());
        lifetime_touches += count;
        reached_fifth += count >= k_fifth_touch ? 1 : 0;
        const bool is_abandoned = abandonment_reason(prospect, rules, today).has_value();
        abandoned += is_abandoned ? 1 : 0;
        gave_up_early += is_abandoned && (count == 1 || count == 2) ? 1 : 0;
        if (prospect.status == Status::won) {
            const long long touch = winning_touch(prospect);
            won_late += touch >= k_fifth_touch ? 1 : 0;
            won_first += touch == 1 ? 1 : 0;
        }
        if (count > 0) {
            ++summary.stopped_at[static_cast<std::size_t>(
                std::min<long long>(count, k_fifth_touch) - 1)];
        }
    }
    TouchCounts touches;
    for_each_touch_in_scope(pipeline, scope,
                            [&](const Prospect&, const Attempt& attempt) { touches.add(attempt); });
    const long long won = by_status[static_cast<std::size_t>(Status::won)];
    auto count_metric = [&](std::string name, long long value) {
        summary.metrics.push_back({std::move(name), value, std::nullopt, {}});
    };
    auto rate_metric = [&](std::string name, double value, std::optional<double> benchmark = {},
                           std::string note = {}) {
        summary.metrics.push_back({std::move(name), Rate{value}, benchmark, std::move(note)});
    };
    count_metric("prospects", prospects);
    count_metric("active", by_status[static_cast<std::size_t>(Status::active)]);
    count_metric("nurture", by_status[static_cast<std::size_t>(Status::nurture)]);
    count_metric("won", won);
    count_metric("lost", by_status[static_cast<std::size_t>(Status::lost)]);
    count_metric("dnc", by_status[static_cast<std::size_t>(Status::dnc)]);
    count_metric("touches", touches.touches);
    summary.metrics.push_back(
        {"touches_per_prospect", Ratio{fraction(lifetime_touches, prospects)}, std::nullopt, {}});
    count_metric("reached_fifth_touch", reached_fifth);
    rate_metric("reached_fifth_touch_rate", fraction(reached_fifth, prospects), 0.08,
                "only 8% of reps make a fifth attempt");
    count_metric("abandoned_before_fifth", abandoned);
    rate_metric("abandoned_before_fifth_rate", fraction(abandoned, prospects));
    count_metric("gave_up_after_one", gave_up_early);
    rate_metric("gave_up_after_one_rate", fraction(gave_up_early, prospects), 0.44,
                "44% of salespeople give up after one follow-up");
    rate_metric("connect_rate", fraction(touches.connected, touches.touches));
    rate_metric("reply_rate", fraction(touches.replied, touches.touches));
    rate_metric("meeting_rate", fraction(touches.meetings, touches.touches));
    rate_metric("value_rate", fraction(touches.with_value, touches.touches));
    rate_metric("won_at_first_touch_rate", fraction(won_first, won), 0.02,
                "2% of sales close on the first contact");
    rate_metric("won_at_fifth_or_later_rate", fraction(won_late, won), 0.80,
                "80% of sales need five or more touches");
    return summary;
}

std::optional<StatsKey> parse_stats_key(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, StatsKey>, 8> k_keys = {{
        {"touch", StatsKey::touch},
        {"channel", StatsKey::channel},
        {"week", StatsKey::week},
        {"month", StatsKey::month},
        {"outcome", StatsKey::outcome},
        {"tag", StatsKey::tag},
        {"weekday", StatsKey::weekday},
        {"hour", StatsKey::hour},
    }};
    for (const auto& [name, key] : k_keys) {
        if (name == text) {
            return key;
        }
    }
    return std::nullopt;
}

std::string_view stats_key_names() {
    return "touch, channel, week, month, outcome, tag, weekday, hour";
}

StatsTable stats_by(StatsKey key, const Pipeline& pipeline, const Rules& rules, Date today,
                    const StatsScope& scope) {
    switch (key) {
    case StatsKey::touch:
        return by_touch(pipeline, scope);
    case StatsKey::channel:
        return by_channel(pipeline, scope);
    case StatsKey::week:
        return by_period(pipeline, scope, true);
    case StatsKey::month:
        return by_period(pipeline, scope, false);
    case StatsKey::outcome:
        return by_outcome(pipeline, scope);
    case StatsKey::tag:
        return by_tag(pipeline, rules, today, scope);
    case StatsKey::weekday:
        return by_weekday(pipeline, scope);
    case StatsKey::hour:
        return by_hour(pipeline, scope);
    }
    return {};
}

} // namespace followup
