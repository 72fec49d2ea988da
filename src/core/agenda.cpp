#include "core/agenda.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace followup {
namespace {

// `due` sorted most overdue first, ties kept in their order (by id). The order is found
// on small keys and each entry then moved once: an entry carries its advice and texts,
// and a merge sort of the entries themselves moves each about a dozen times.
std::vector<DueEntry> most_overdue_first(std::vector<DueEntry> due) {
    std::vector<std::pair<int, std::size_t>> order; // (-days overdue, position)
    order.reserve(due.size());
    for (std::size_t i = 0; i < due.size(); ++i) {
        order.emplace_back(-due[i].days_overdue, i);
    }
    std::sort(order.begin(), order.end());
    std::vector<DueEntry> sorted;
    sorted.reserve(due.size());
    for (const auto& [key, position] : order) {
        sorted.push_back(std::move(due[position]));
    }
    return sorted;
}

} // namespace

Agenda build_agenda(const Pipeline& pipeline, const Rules& rules, Date today, int within_days) {
    Agenda agenda;
    agenda.today = today;
    const Date horizon = today + std::chrono::days{within_days};
    // One walk over the prospects gathers all that each one gives (its touches' hours,
    // abandonment, due date) while it is in the cache: at 10,000 prospects every walk
    // costs milliseconds, most of them cache misses. The advice needs the connect rates
    // of the whole pipeline, so it comes after, for the due entries only.
    HourlyConnects hours;
    for (const Prospect& prospect : pipeline.prospects) {
        count_connects(prospect, hours);
        const auto due = due_date(prospect, rules);
        auto reason = abandonment_reason(prospect, rules, today, due);
        const bool abandoned = reason.has_value();
        if (reason) {
            agenda.abandoned.push_back({&prospect, std::move(*reason)});
        }
        if (!due || due->date > horizon) {
            continue;
        }
        if (due->reason == DueReason::reengage &&
            days_between(lost_on(prospect), today) > k_reengage_window_days) {
            continue;
        }
        agenda.due.push_back({&prospect,
                              *due,
                              days_between(due->date, today),
                              suggested_channel(prospect, rules),
                              abandoned,
                              {},
                              latest_open_objection(prospect),
                              last_value(prospect)});
    }
    for (DueEntry& entry : agenda.due) {
        entry.advice = advice_for(*entry.prospect, rules, entry.due, entry.suggested_channel, hours,
                                  entry.open_objection, entry.last_value);
    }
    agenda.touch_points = touch_points(pipeline, today, within_days);
    agenda.due = most_overdue_first(std::move(agenda.due));
    return agenda;
}

} // namespace followup
