#pragma once
// `followup export --format csv`: the pipeline as a tidy table, one row per touch, ready
// for a pivot table. Pure.

#include "core/model.hpp"
#include "render/table.hpp"

namespace followup::render {

// Columns: prospect_id, name, company, email, status, touch, date, time, channel, outcome,
// value, note. A prospect not touched yet has one row with the touch columns empty, so
// that every prospect is counted. `time` is the wall-clock time the touch was logged at
// (HH:MM), empty when only the day is known.
Table touches_table(const Pipeline& pipeline);

} // namespace followup::render
