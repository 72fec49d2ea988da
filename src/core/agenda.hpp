#pragma once
// The morning's to-do list: who is due, most overdue first, and who is being abandoned.

#include "core/coach.hpp"
#include "core/schedule.hpp"

#include <vector>

namespace followup {

struct DueEntry {
    const Prospect* prospect = nullptr;
    DueDate due;
    int days_overdue = 0; // negative inside the look-ahead window
    Channel suggested_channel = Channel::call;
    bool abandoned = false;
    std::vector<std::string> advice; // how to make this touch count, with reasons
    std::optional<std::string> open_objection;
    std::optional<std::string> last_value;
};

struct AbandonedEntry {
    const Prospect* prospect = nullptr;
    std::string reason;
};

struct Agenda {
    Date today;
    std::vector<DueEntry> due;             // most overdue first, then by id
    std::vector<AbandonedEntry> abandoned; // by id
    std::vector<TouchPoint> touch_points;  // birthdays and anniversaries, by date
};

// Everyone due on or before today + within_days (deals lost more than a year ago are
// left alone), everyone abandoned on `today`, and the touch points in the window.
// The entries point into `pipeline`, which must outlive the agenda.
Agenda build_agenda(const Pipeline& pipeline, const Rules& rules, Date today, int within_days);

} // namespace followup
