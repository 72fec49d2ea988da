#include "core/agenda.hpp"

#include <algorithm>

namespace followup {

Agenda build_agenda(const Pipeline& pipeline, const Rules& rules, Date today, int within_days) {
    Agenda agenda{today, {}, {}};
    const Date horizon = today + std::chrono::days{within_days};
    for (const Prospect& prospect : pipeline.prospects) {
        auto reason = abandonment_reason(prospect, rules, today);
        const bool abandoned = reason.has_value();
        if (reason) {
            agenda.abandoned.push_back({&prospect, std::move(*reason)});
        }
        const auto due = due_date(prospect, rules);
        if (!due || due->date > horizon) {
            continue;
        }
        agenda.due.push_back({&prospect, *due, days_between(due->date, today),
                              suggested_channel(prospect, rules), abandoned});
    }
    std::stable_sort(
        agenda.due.begin(), agenda.due.end(),
        [](const DueEntry& a, const DueEntry& b) { return a.days_overdue > b.days_overdue; });
    return agenda;
}

} // namespace followup
