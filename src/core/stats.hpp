#pragma once
// How persistent the salesperson is, in numbers. Computed here, once, as plain values;
// render/stats_view turns them into tables, CSV, TSV and JSON. docs/stats.md defines
// every metric.

#include "core/schedule.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace followup {

struct StatsScope {
    std::optional<Date> since; // touches on or after, prospects added on or after
    std::optional<Date> until; // touches on or before, prospects added on or before
    std::optional<std::string> tag;
};

// A rate is a fraction from 0 to 1; machine formats print it so, tables as a percentage.
struct Rate {
    double value = 0;
};
// A ratio that is not a share, such as touches per prospect: printed with decimals.
struct Ratio {
    double value = 0;
};
using StatValue = std::variant<long long, Rate, Ratio, std::string>;

struct StatsTable {
    std::vector<std::string> columns;
    std::vector<std::vector<StatValue>> rows;
};

// One metric of the summary, with the seeds' benchmark it is compared to, if any.
struct Metric {
    std::string name;
    StatValue value;
    std::optional<double> benchmark; // a fraction
    std::string benchmark_note;      // "only 8% of reps make a fifth attempt"
};

struct Summary {
    std::vector<Metric> metrics;
    // Prospects by how many touches they have had so far: 1, 2, 3, 4, 5 or more.
    std::vector<long long> stopped_at;
};

Summary summarize(const Pipeline& pipeline, const Rules& rules, Date today,
                  const StatsScope& scope);

enum class StatsKey { touch, channel, week, month, outcome, tag, weekday, hour };
std::optional<StatsKey> parse_stats_key(std::string_view text);
std::string_view stats_key_names(); // "touch, channel, ..."

StatsTable stats_by(StatsKey key, const Pipeline& pipeline, const Rules& rules, Date today,
                    const StatsScope& scope);

} // namespace followup
