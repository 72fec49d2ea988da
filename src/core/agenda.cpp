#include "core/agenda.hpp"

#include <algorithm>

namespace followup {

Agenda build_agenda(const Pipeline& pipeline, const Rules& rules, Date today, int within_days) {
    Agenda agenda;
    agenda.today = today;
    const Date horizon = today + std::chrono::days{within_days};
    const HourlyConnects hours = hourly_connects(pipeline);
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
        if (due->reason == DueReason::reengage &&
            days_between(lost_on(prospect), today) > k_reengage_window_days) {
            continue;
        }
        const Channel suggestion = suggested_channel(prospect, rules);
        const auto objections = open_objections(prospect);
        agenda.due.push_back({&prospect, *due, days_between(due->date, today), suggestion,
                              abandoned, advice_for(prospect, rules, *due, suggestion, hours),
                              objections.empty() ? std::nullopt : std::optional(objections.back()),
                              last_value(prospect)});
    }
    agenda.touch_points = touch_points(pipeline, today, within_days);
    std::stable_sort(
        agenda.due.begin(), agenda.due.end(),
        [](const DueEntry& a, const DueEntry& b) { return a.days_overdue > b.days_overdue; });
    return agenda;
}

} // namespace followup
