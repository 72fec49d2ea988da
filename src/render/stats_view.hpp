#pragma once
// `followup stats` as text: for people (with the seeds' benchmarks and a bar chart that
// survives a pipe and an email), and as CSV, TSV and JSON that spreadsheets take as is.

#include "core/stats.hpp"
#include "render/table.hpp"

#include <string>

namespace followup::render {

std::string summary_text(const Summary& summary, bool color);
// The `metric,value` table of the summary (rates as fractions).
Table summary_table(const Summary& summary);
std::string summary_json(const Summary& summary);

// A --by table: rates as fractions (machine) or percentages (people).
Table stats_table(const StatsTable& stats, bool for_people);
std::string stats_json(const StatsTable& stats);

} // namespace followup::render
