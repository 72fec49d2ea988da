#include "render/due_view.hpp"

#include "core/text.hpp"
#include "render/second_thread.hpp"
#include "render/table.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace followup::render {
namespace {

using Json = nlohmann::ordered_json;

Json optional_json(const Attempt* last, auto field) {
    return last ? Json(std::string(to_string(last->*field))) : Json(nullptr);
}

std::string join_advice(const std::vector<std::string>& advice) {
    std::string out;
    for (const auto& line : advice) {
        out += (out.empty() ? "" : "; ") + line;
    }
    return out;
}

Json optional_text(const std::optional<std::string>& text) {
    return text ? Json(*text) : Json(nullptr);
}

Json optional_text(const OptionalText& text) {
    return text ? Json(*text) : Json(nullptr);
}

std::string touch_point_label(const TouchPoint& point, Date today) {
    const int days = days_between(today, point.date);
    const std::string when = days == 0   ? "today"
                             : days == 1 ? "tomorrow"
                                         : fmt::format("in {} days", days);
    return fmt::format("{} {} ({})", point.occasion, when, format_date(point.date));
}

// "  #3 Zoë Park (Acme): birthday in 2 days (2026-11-27)", one line per touch point.
std::string touch_point_lines(const Agenda& agenda) {
    std::string out;
    for (const TouchPoint& point : agenda.touch_points) {
        out += fmt::format("  {}: {}\n", describe(*point.prospect),
                           touch_point_label(point, agenda.today));
    }
    return out;
}

// The columns shared by csv, tsv and json, in the documented order.
Table due_rows(const Agenda& agenda) {
    Table table{{"id", "name", "company", "status", "touches", "next_touch", "due", "days_overdue",
                 "last_channel", "last_outcome", "suggested_channel", "dream", "abandoned",
                 "due_reason", "open_objection", "last_value", "advice"},
                {}};
    for (const DueEntry& entry : agenda.due) {
        const Prospect& p = *entry.prospect;
        const Attempt* last = p.last_attempt();
        const auto touches = static_cast<long long>(p.attempts.size());
        table.rows.push_back(row_of(
            number_cell(p.id), text_cell(p.name), text_cell(std::string(p.company_or_empty())),
            text_cell(std::string(to_string(p.status))), number_cell(touches),
            number_cell(touches + 1), text_cell(format_date(entry.due.date)),
            number_cell(entry.days_overdue),
            text_cell(last ? std::string(to_string(last->channel)) : ""),
            text_cell(last ? std::string(to_string(last->outcome)) : ""),
            text_cell(std::string(to_string(entry.suggested_channel))),
            text_cell(p.dream ? "true" : "false"), text_cell(entry.abandoned ? "true" : "false"),
            text_cell(std::string(to_string(entry.due.reason))),
            text_cell(entry.open_objection.value_or("")), text_cell(entry.last_value.value_or("")),
            text_cell(join_advice(entry.advice))));
    }
    return table;
}

std::string due_heading(const Agenda& agenda, int within_days) {
    if (within_days > 0) {
        return fmt::format("Due by {} ({})",
                           format_date(agenda.today + std::chrono::days{within_days}),
                           agenda.due.size());
    }
    int due_today = 0;
    for (const DueEntry& entry : agenda.due) {
        due_today += entry.days_overdue == 0 ? 1 : 0;
    }
    return fmt::format("Due ({}): {} today, {} overdue", agenda.due.size(), due_today,
                       static_cast<int>(agenda.due.size()) - due_today);
}

} // namespace

std::string overdue_label(int days_overdue) {
    if (days_overdue == 0) {
        return "due today";
    }
    if (days_overdue > 0) {
        return plural(days_overdue, "day", "days") + " overdue";
    }
    return "due in " + plural(-days_overdue, "day", "days");
}

std::string last_touch_label(const Prospect& prospect) {
    const Attempt* last = prospect.last_attempt();
    if (!last) {
        return "none";
    }
    return fmt::format("{} {}, {}", format_date(last->at.date), to_string(last->channel),
                       to_string(last->outcome));
}

namespace {

// Under the list, how to make each touch count: one line of advice each, with its reason.
// Written straight into `out`: at 10,000 prospects there are thousands of lines, so each
// label ("#12 Zoë Park") is measured once and written in place, never built as a string.
void append_coaching_section(std::string& out, const Agenda& agenda, bool color) {
    std::vector<std::size_t> label_widths(agenda.due.size(), 0);
    std::size_t widest = 0;
    for (std::size_t e = 0; e < agenda.due.size(); ++e) {
        const DueEntry& entry = agenda.due[e];
        if (!entry.advice.empty()) {
            const Prospect& p = *entry.prospect;
            label_widths[e] = 1 + fmt::formatted_size("{}", p.id) + 1 + display_width(p.name);
            widest = std::max(widest, label_widths[e]);
        }
    }
    if (widest == 0) {
        return;
    }
    out += '\n';
    out += paint("How to make them count", style::bold, color);
    out += '\n';
    for (std::size_t e = 0; e < agenda.due.size(); ++e) {
        const DueEntry& entry = agenda.due[e];
        for (std::size_t i = 0; i < entry.advice.size(); ++i) {
            out += "  ";
            if (i == 0) {
                fmt::format_to(std::back_inserter(out), "#{} ", entry.prospect->id);
                out += entry.prospect->name;
            }
            out.append(widest - (i == 0 ? label_widths[e] : 0) + 2, ' ');
            out += entry.advice[i];
            out += '\n';
        }
    }
}

// Everything under the due table: how to make each touch count, the touch points, and
// who is being abandoned.
std::string sections_after_due(const Agenda& agenda, bool color) {
    std::string out;
    if (!agenda.due.empty()) {
        append_coaching_section(out, agenda, color);
    }
    if (!agenda.touch_points.empty()) {
        // Appended piece by piece, as the rest of `out` is: no temporary for each `+`.
        out += '\n';
        out += paint("Touch points that are not sales", style::bold, color);
        out += '\n';
        out += touch_point_lines(agenda);
    }
    if (!agenda.abandoned.empty()) {
        Table table{{"ID", "NAME", "COMPANY", "STATUS", "LAST TOUCH", "WHY"}, {}};
        for (const AbandonedEntry& entry : agenda.abandoned) {
            const Prospect& p = *entry.prospect;
            table.rows.push_back(row_of(
                number_cell(p.id), text_cell(p.name), text_cell(std::string(p.company_or_empty())),
                text_cell(std::string(to_string(p.status))), text_cell(last_touch_label(p)),
                text_cell(entry.reason, style::red)));
        }
        out += "\n";
        out += paint(fmt::format("Abandoned before the fifth touch ({})", agenda.abandoned.size()),
                     style::bold, color) +
               "\n";
        append_aligned(out, table, color);
    }
    return out;
}

// From this many due and abandoned prospects on, the sections under the due table are
// written on a second thread while this one writes the table: at 10,000 prospects
// (2,264 due, 603 abandoned) the table takes about 4.5 ms and the rest about 2.7. Below
// it, starting a thread costs more than it saves.
constexpr std::size_t k_rows_for_two_threads = 1000;

} // namespace

std::string due_table(const Agenda& agenda, int within_days, bool color) {
    std::string rest;
    std::optional<SecondThread> helper;
    if (agenda.due.size() + agenda.abandoned.size() >= k_rows_for_two_threads) {
        helper.emplace([&rest, &agenda, color] { rest = sections_after_due(agenda, color); });
    }
    Table table{{"ID", "NAME", "COMPANY", "TOUCH", "DUE", "LAST TOUCH", "TRY", "FLAG"}, {}};
    table.rows.reserve(agenda.due.size());
    for (const DueEntry& entry : agenda.due) {
        const Prospect& p = *entry.prospect;
        const auto touches = static_cast<int>(p.attempts.size());
        table.rows.push_back(row_of(
            number_cell(p.id), text_cell(p.name, p.dream ? style::bold : style::none),
            text_cell(std::string(p.company_or_empty())), text_cell(touch_label(touches + 1)),
            text_cell(overdue_label(entry.days_overdue),
                      entry.days_overdue > 0 ? style::yellow : style::none),
            text_cell(last_touch_label(p)),
            text_cell(std::string(to_string(entry.suggested_channel))),
            text_cell(entry.abandoned ? "abandoned" : (p.dream ? "dream" : ""),
                      entry.abandoned ? style::red : style::none)));
    }
    // The sections are awaited before the table is written, so that `out` is made once
    // for both: the helper is usually done by now (at 10,000 prospects its 2.7 ms against
    // 3.2 for these rows).
    if (helper) {
        helper->wait();
    } else {
        rest = sections_after_due(agenda, color);
    }
    std::string out;
    if (agenda.due.empty()) {
        out = within_days > 0
                  ? fmt::format("Nothing due by {}.\n",
                                format_date(agenda.today + std::chrono::days{within_days}))
                  : "Nothing due today.\n";
    } else {
        out += paint(due_heading(agenda, within_days), style::bold, color) + "\n";
        append_aligned(out, table, color, rest.size());
    }
    out += rest;
    return out;
}

std::string due_csv(const Agenda& agenda) {
    return render_csv(due_rows(agenda));
}
std::string due_tsv(const Agenda& agenda) {
    return render_tsv(due_rows(agenda));
}

std::string due_json(const Agenda& agenda) {
    Json due = Json::array();
    for (const DueEntry& entry : agenda.due) {
        const Prospect& p = *entry.prospect;
        const Attempt* last = p.last_attempt();
        const auto touches = static_cast<long long>(p.attempts.size());
        due.push_back(Json{
            {"id", p.id},
            {"name", p.name},
            {"company", p.company ? Json(*p.company) : Json(nullptr)},
            {"status", to_string(p.status)},
            {"touches", touches},
            {"next_touch", touches + 1},
            {"due", format_date(entry.due.date)},
            {"days_overdue", entry.days_overdue},
            {"last_channel", optional_json(last, &Attempt::channel)},
            {"last_outcome", optional_json(last, &Attempt::outcome)},
            {"suggested_channel", to_string(entry.suggested_channel)},
            {"dream", p.dream},
            {"abandoned", entry.abandoned},
            {"due_reason", to_string(entry.due.reason)},
            {"open_objection", optional_text(entry.open_objection)},
            {"last_value", optional_text(entry.last_value)},
            {"advice", entry.advice},
        });
    }
    Json abandoned = Json::array();
    for (const AbandonedEntry& entry : agenda.abandoned) {
        const Prospect& p = *entry.prospect;
        const Attempt* last = p.last_attempt();
        abandoned.push_back(Json{
            {"id", p.id},
            {"name", p.name},
            {"company", p.company ? Json(*p.company) : Json(nullptr)},
            {"status", to_string(p.status)},
            {"touches", p.attempts.size()},
            {"last_touch", last ? Json(format_date(last->at.date)) : Json(nullptr)},
            {"reason", entry.reason},
        });
    }
    Json points = Json::array();
    for (const TouchPoint& point : agenda.touch_points) {
        const Prospect& p = *point.prospect;
        points.push_back(Json{{"id", p.id},
                              {"name", p.name},
                              {"company", optional_text(p.company)},
                              {"occasion", point.occasion},
                              {"date", format_date(point.date)}});
    }
    const Json document{{"today", format_date(agenda.today)},
                        {"due", due},
                        {"abandoned", abandoned},
                        {"touch_points", points}};
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string due_digest(const Agenda& agenda, int within_days) {
    if (agenda.due.empty() && agenda.abandoned.empty() && agenda.touch_points.empty()) {
        return {};
    }
    int due_today = 0;
    int overdue = 0;
    int upcoming = 0;
    for (const DueEntry& entry : agenda.due) {
        (entry.days_overdue > 0 ? overdue : entry.days_overdue == 0 ? due_today : upcoming) += 1;
    }
    std::string out = fmt::format("{} due today, {} overdue", due_today, overdue);
    if (within_days > 0) {
        out += fmt::format(", {} coming up in the next {}", upcoming,
                           plural(within_days, "day", "days"));
    }
    out += fmt::format(", {} abandoned before the fifth touch", agenda.abandoned.size());
    if (!agenda.touch_points.empty()) {
        out += fmt::format(", {}", plural(static_cast<long long>(agenda.touch_points.size()),
                                          "touch point", "touch points"));
    }
    out += "\n";
    if (!agenda.due.empty()) {
        out += "\nDue:\n";
        for (const DueEntry& entry : agenda.due) {
            const Prospect& p = *entry.prospect;
            out += fmt::format("  {} - {}, {}, last: {}; try {}{}\n", describe(p),
                               touch_label(static_cast<int>(p.attempts.size()) + 1),
                               overdue_label(entry.days_overdue), last_touch_label(p),
                               to_string(entry.suggested_channel),
                               entry.abandoned ? " [abandoned]" : "");
            for (const std::string& advice : entry.advice) {
                out += fmt::format("      {}\n", advice);
            }
        }
    }
    if (!agenda.touch_points.empty()) {
        out += "\nTouch points that are not sales:\n" + touch_point_lines(agenda);
    }
    if (!agenda.abandoned.empty()) {
        out += "\nAbandoned before the fifth touch:\n";
        for (const AbandonedEntry& entry : agenda.abandoned) {
            const Prospect& p = *entry.prospect;
            out += fmt::format("  {} - {}\n", describe(p), entry.reason);
        }
    }
    return out;
}

std::string reengage_view(const std::vector<LostDeal>& deals, Date today, Format format,
                          bool color) {
    if (format == Format::json) {
        Json rows = Json::array();
        for (const LostDeal& deal : deals) {
            const Prospect& p = *deal.prospect;
            rows.push_back(Json{{"id", p.id},
                                {"name", p.name},
                                {"company", optional_text(p.company)},
                                {"lost_on", format_date(deal.lost_on)},
                                {"touches", p.attempts.size()},
                                {"days_since", days_between(deal.lost_on, today)}});
        }
        const Json document{{"today", format_date(today)}, {"reengage", rows}};
        return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
    if (format == Format::table && deals.empty()) {
        return "No deal lost in the last 12 months is waiting for a new first move.\n";
    }
    const bool for_people = format == Format::table;
    Table table{
        for_people
            ? std::vector<std::string>{"ID", "NAME", "COMPANY", "LOST ON", "TOUCHES", "DAYS SINCE"}
            : std::vector<std::string>{"id", "name", "company", "lost_on", "touches", "days_since"},
        {}};
    for (const LostDeal& deal : deals) {
        const Prospect& p = *deal.prospect;
        table.rows.push_back({number_cell(p.id), text_cell(p.name),
                              text_cell(std::string(p.company_or_empty())),
                              text_cell(format_date(deal.lost_on)),
                              number_cell(static_cast<long long>(p.attempts.size())),
                              number_cell(days_between(deal.lost_on, today))});
    }
    std::string out = render_as(table, format, color);
    if (for_people) {
        out = paint("Lost in the last 12 months: make a new first move", style::bold, color) +
              "\n" + out;
    }
    return out;
}

} // namespace followup::render
