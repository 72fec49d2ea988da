#include "render/stats_view.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace followup::render {
namespace {

using Json = nlohmann::ordered_json;

std::string percent(double fraction) {
    return fmt::format("{:.0f}%", fraction * 100.0);
}

Cell ratio_cell(double value) {
    return Cell{fmt::format("{:.2f}", value), true, style::none};
}

Cell to_cell(const StatValue& value, bool for_people) {
    if (const auto* count = std::get_if<long long>(&value)) {
        return number_cell(*count);
    }
    if (const auto* rate = std::get_if<Rate>(&value)) {
        return for_people ? Cell{percent(rate->value), true, style::none}
                          : fraction_cell(rate->value);
    }
    if (const auto* ratio = std::get_if<Ratio>(&value)) {
        return ratio_cell(ratio->value);
    }
    return text_cell(std::get<std::string>(value));
}

Json to_json(const StatValue& value) {
    if (const auto* count = std::get_if<long long>(&value)) {
        return *count;
    }
    if (const auto* rate = std::get_if<Rate>(&value)) {
        return std::round(rate->value * 10000.0) / 10000.0;
    }
    if (const auto* ratio = std::get_if<Ratio>(&value)) {
        return std::round(ratio->value * 100.0) / 100.0;
    }
    return std::get<std::string>(value);
}

std::string dump(const Json& json) {
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace

std::string summary_text(const Summary& summary, bool color) {
    Table table{{"METRIC", "YOU", "SEEDS' BENCHMARK"}, {}};
    for (const Metric& metric : summary.metrics) {
        Cell benchmark = text_cell("");
        if (metric.benchmark) {
            benchmark = text_cell(metric.benchmark_note);
        }
        table.rows.push_back({text_cell(metric.name), to_cell(metric.value, true), benchmark});
    }
    std::string out = render_aligned(table, color);
    out += "\n" + paint("Prospects by touches so far", style::bold, color) + "\n";
    const long long widest = std::max<long long>(
        1, *std::max_element(summary.stopped_at.begin(), summary.stopped_at.end()));
    constexpr long long k_bar_width = 40;
    for (std::size_t i = 0; i < summary.stopped_at.size(); ++i) {
        const long long count = summary.stopped_at[i];
        // Any non-zero count gets at least one mark, so small groups stay visible.
        const long long marks =
            count == 0 ? 0 : std::max<long long>(1, count * k_bar_width / widest);
        const std::string label = i + 1 == summary.stopped_at.size() ? fmt::format("{}+", i + 1)
                                                                     : fmt::format("{}", i + 1);
        out += fmt::format("  {:<3} {} {}\n", label,
                           paint(std::string(static_cast<std::size_t>(marks), '#'),
                                 i + 1 == summary.stopped_at.size() ? style::green : style::none,
                                 color),
                           count);
    }
    return out;
}

Table summary_table(const Summary& summary) {
    Table table{{"metric", "value"}, {}};
    for (const Metric& metric : summary.metrics) {
        table.rows.push_back({text_cell(metric.name), to_cell(metric.value, false)});
    }
    return table;
}

std::string summary_json(const Summary& summary) {
    Json json = Json::object();
    for (const Metric& metric : summary.metrics) {
        json[metric.name] = to_json(metric.value);
    }
    return dump(json);
}

Table stats_table(const StatsTable& stats, bool for_people) {
    Table table{stats.columns, {}};
    for (const auto& row : stats.rows) {
        std::vector<Cell> cells;
        for (const StatValue& value : row) {
            cells.push_back(to_cell(value, for_people));
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

std::string stats_json(const StatsTable& stats) {
    Json rows = Json::array();
    for (const auto& row : stats.rows) {
        Json object = Json::object();
        for (std::size_t i = 0; i < row.size() && i < stats.columns.size(); ++i) {
            object[stats.columns[i]] = to_json(row[i]);
        }
        rows.push_back(std::move(object));
    }
    return dump(rows);
}

} // namespace followup::render
