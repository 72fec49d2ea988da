#pragma once
// The four faces of `followup due`: a table for the terminal, csv/tsv/json for scripts,
// and the plain digest that cron mails.

#include "core/agenda.hpp"
#include "render/table.hpp"

#include <string>

namespace followup::render {

std::string due_table(const Agenda& agenda, int within_days, bool color);
std::string due_csv(const Agenda& agenda);
std::string due_tsv(const Agenda& agenda);
std::string due_json(const Agenda& agenda);
// Empty when nothing is due and nothing is abandoned: cron then sends no mail.
std::string due_digest(const Agenda& agenda, int within_days);

// `due --reengage`: deals lost in the last year, as table, csv, tsv or json.
std::string reengage_view(const std::vector<LostDeal>& deals, Date today, Format format,
                          bool color);

// "12 days overdue", "due today", "due in 2 days"
std::string overdue_label(int days_overdue);
// "2026-11-20 call, no-answer", or "none"
std::string last_touch_label(const Prospect& prospect);

} // namespace followup::render
