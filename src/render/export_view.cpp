#include "render/export_view.hpp"

#include <fmt/format.h>

namespace followup::render {

Table touches_table(const Pipeline& pipeline) {
    Table table{{"prospect_id", "name", "company", "email", "status", "touch", "date", "time",
                 "channel", "outcome", "value", "note"},
                {}};
    for (const Prospect& p : pipeline.prospects) {
        auto row = [&p](std::vector<Cell> touch) {
            std::vector<Cell> cells = {
                number_cell(p.id), text_cell(p.name), text_cell(std::string(p.company_or_empty())),
                optional_text_cell(p.email), text_cell(std::string(to_string(p.status)))};
            cells.insert(cells.end(), touch.begin(), touch.end());
            return cells;
        };
        if (p.attempts.empty()) {
            table.rows.push_back(row(std::vector<Cell>(7, text_cell(""))));
        }
        for (std::size_t i = 0; i < p.attempts.size(); ++i) {
            const Attempt& a = p.attempts[i];
            const std::string time =
                a.at.time ? fmt::format("{:02}:{:02}", a.at.time->hour, a.at.time->minute) : "";
            table.rows.push_back(
                row({number_cell(static_cast<long long>(i + 1)), text_cell(format_date(a.at.date)),
                     text_cell(time), text_cell(std::string(to_string(a.channel))),
                     text_cell(std::string(to_string(a.outcome))), optional_text_cell(a.value),
                     optional_text_cell(a.note)}));
        }
    }
    return table;
}

} // namespace followup::render
