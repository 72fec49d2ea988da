#pragma once
// `followup list`: every prospect a query selects, one row each, as an aligned table for
// people or as CSV, TSV or JSON for spreadsheets and scripts.

#include "core/schedule.hpp"
#include "render/table.hpp"

#include <functional>
#include <span>
#include <string_view>

namespace followup::render {

// Which prospects the list shows, and what it says about each.
struct ListQuery {
    bool by_status = false;
    Status status = Status::active;
    std::string_view tag; // empty: any
    Format format = Format::table;
    const Rules& rules;
    Date today;
};

// Writes the list of `prospects` (a pipeline's, in id order) and hands its text to `out`
// in parts, in order. CSV and TSV go out a batch of rows at a time, so that a list of
// 10,000 prospects never holds all its rows and all its text at once; the table and JSON
// go out whole. From 2,000 prospects on, the second half is written on a second thread.
void write_list(std::span<const Prospect> prospects, const ListQuery& query, bool color,
                const std::function<void(std::string_view)>& out);

} // namespace followup::render
