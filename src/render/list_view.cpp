#include "render/list_view.hpp"

#include "core/text.hpp"
#include "render/due_view.hpp"
#include "render/second_thread.hpp"

#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace followup::render {
namespace {

using Json = nlohmann::ordered_json;

// The rows one thread writes for its part of the pipeline, in the form asked for.
struct ListPart {
    explicit ListPart(Format format) : writer(format) {}
    DelimitedWriter writer;              // csv, tsv
    std::vector<std::vector<Cell>> rows; // table
    Json json = Json::array();
    std::size_t count = 0;
};

// Writes the rows of `prospects` that `query` selects into `part`. With `stream`, CSV and
// TSV go to `out` a batch of rows at a time, so that a list of 10,000 prospects never
// holds all its rows and all its text at once (7 MB at 10k), nor makes a cell for each of
// its 140,000 fields; without, `part` keeps them.
void write_rows(std::span<const Prospect> prospects, const ListQuery& query, ListPart& part,
                const std::function<void(std::string_view)>* stream) {
    constexpr std::size_t k_rows_a_batch = 256;
    for (const Prospect& p : prospects) {
        if ((query.by_status && p.status != query.status) ||
            (!query.tag.empty() && !p.has_tag(query.tag))) {
            continue;
        }
        ++part.count;
        const auto due = due_date(p, query.rules);
        const auto abandoned = abandonment_reason(p, query.rules, query.today, due);
        const Attempt* last = p.last_attempt();
        const std::string next_due = due ? format_date(due->date) : "";
        const std::string last_touch = last ? format_date(last->at.date) : "";
        const auto touches = static_cast<long long>(p.attempts.size());
        switch (query.format) {
        case Format::json:
            part.json.push_back(
                Json{{"id", p.id},
                     {"name", p.name},
                     {"company", p.company ? Json(*p.company) : Json(nullptr)},
                     {"email", p.email ? Json(*p.email) : Json(nullptr)},
                     {"phone", p.phone ? Json(*p.phone) : Json(nullptr)},
                     {"tags", p.tags},
                     {"status", to_string(p.status)},
                     {"dream", p.dream},
                     {"created", format_date(p.created)},
                     {"touches", touches},
                     {"last_touch", last ? Json(last_touch) : Json(nullptr)},
                     {"next_due", due ? Json(next_due) : Json(nullptr)},
                     {"abandoned", abandoned.has_value()},
                     {"abandoned_reason", abandoned ? Json(*abandoned) : Json(nullptr)}});
            break;
        case Format::table:
            part.rows.push_back(row_of(
                number_cell(p.id), text_cell(p.name), text_cell(std::string(p.company_or_empty())),
                text_cell(std::string(to_string(p.status))), number_cell(touches),
                text_cell(last_touch_label(p)), text_cell(next_due),
                text_cell(abandoned ? "abandoned" : (p.dream ? "dream" : ""),
                          abandoned ? style::red : style::none)));
            break;
        case Format::csv:
        case Format::tsv: {
            DelimitedWriter& writer = part.writer;
            writer.number(p.id);
            writer.text(p.name);
            writer.text(p.company_or_empty());
            writer.text(p.email.value_or(""));
            writer.text(p.phone.value_or(""));
            writer.text(join(p.tags, ";"));
            writer.text(to_string(p.status));
            writer.text(p.dream ? "true" : "false");
            writer.text(format_date(p.created));
            writer.number(touches);
            writer.text(last_touch);
            writer.text(next_due);
            writer.text(abandoned ? "true" : "false");
            writer.text(abandoned.value_or(""));
            writer.end_row();
            if (stream != nullptr && part.count % k_rows_a_batch == 0) {
                (*stream)(writer.take());
            }
            break;
        }
        }
    }
}

// From this many prospects on, a second thread writes the rows of the second half while
// this one writes the first. Each row reads its prospect's texts from all over the
// heap, and those cache misses are most of a list's time (12 ms at 10,000 prospects,
// docs/performance.md); below it, starting a thread costs more than it saves.
constexpr std::size_t k_prospects_for_two_threads = 2000;

} // namespace

void write_list(std::span<const Prospect> prospects, const ListQuery& query, bool color,
                const std::function<void(std::string_view)>& out) {
    const bool delimited = query.format == Format::csv || query.format == Format::tsv;
    Table table;
    table.header = query.format == Format::table
                       ? std::vector<std::string>{"ID",      "NAME",       "COMPANY",  "STATUS",
                                                  "TOUCHES", "LAST TOUCH", "NEXT DUE", "FLAG"}
                       : std::vector<std::string>{
                             "id",         "name",     "company",   "email",           "phone",
                             "tags",       "status",   "dream",     "created",         "touches",
                             "last_touch", "next_due", "abandoned", "abandoned_reason"};
    ListPart first(query.format);
    ListPart second(query.format);
    if (delimited) {
        first.writer.header(table.header);
    }
    std::size_t split = prospects.size();
    std::optional<SecondThread> helper;
    if (prospects.size() >= k_prospects_for_two_threads) {
        split = prospects.size() / 2;
        helper.emplace([&] { write_rows(prospects.subspan(split), query, second, nullptr); });
    }
    write_rows(prospects.first(split), query, first, delimited ? &out : nullptr);
    if (helper) {
        helper->wait();
    }

    if (query.format == Format::json) {
        for (Json& item : second.json) {
            first.json.push_back(std::move(item));
        }
        out(first.json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    } else if (delimited) {
        out(first.writer.take());
        out(second.writer.take());
    } else if (first.count + second.count == 0) {
        out(prospects.empty() ? "No prospects yet; 'followup add NAME' adds the first.\n"
                              : "No prospects match.\n");
    } else {
        table.rows = std::move(first.rows);
        std::move(second.rows.begin(), second.rows.end(), std::back_inserter(table.rows));
        out(render_as(table, query.format, color));
    }
}

} // namespace followup::render
