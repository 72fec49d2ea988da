#pragma once
// The morning's to-do list: who is due, most overdue first, and who is being abandoned.

#include "core/schedule.hpp"

#include <vector>

namespace followup {

struct DueEntry {
    const Prospect* prospect = nullptr;
    DueDate due;
    int days_overdue = 0; // negative inside the look-ahead window
    Channel suggested_channel = Channel::call;
    bool abandoned = false;
};

struct AbandonedEntry {
    const Prospect* prospect = nullptr;
    std::string reason;
};

struct Agenda {
    Date today;
    std::vector<DueEntry> due;             // most overdue first, then by id
    std::vector<AbandonedEntry> abandoned; // by id
};

// Everyone due on or before today + within_days, and everyone abandoned on `today`.
// The entries point into `pipeline`, which must outlive the agenda.
Agenda build_agenda(const Pipeline& pipeline, const Rules& rules, Date today, int within_days);

} // namespace followup
