// followup list: every prospect, one line each, for people and spreadsheets.

#include "cli/commands.hpp"
#include "core/schedule.hpp"
#include "render/due_view.hpp"
#include "render/table.hpp"

#include <fmt/format.h>
#include <memory>
#include <nlohmann/json.hpp>

namespace followup::cli {
namespace {

using Json = nlohmann::ordered_json;
using render::number_cell;
using render::text_cell;

struct ListOptions {
    std::string status;
    std::string tag;
    std::string format;
};

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : std::string(separator)) + item;
    }
    return out;
}

int run_list(const ListOptions& options, Context& context) {
    const Format format = resolve_format(context, options.format);
    const bool by_status = !options.status.empty();
    const Status status = by_status ? parse_status_option(options.status) : Status::active;
    const Date today = resolve_today(context);
    const io::Loaded loaded = load_for_reading(context);
    const Rules rules = resolve_rules(context, loaded.pipeline);

    const bool for_people = format == Format::table;
    render::Table table;
    table.header = for_people
                       ? std::vector<std::string>{"ID",      "NAME",       "COMPANY",  "STATUS",
                                                  "TOUCHES", "LAST TOUCH", "NEXT DUE", "FLAG"}
                       : std::vector<std::string>{
                             "id",         "name",     "company",   "email",           "phone",
                             "tags",       "status",   "dream",     "created",         "touches",
                             "last_touch", "next_due", "abandoned", "abandoned_reason"};
    Json json = Json::array();
    // CSV and TSV are written a field at a time and go out a batch of rows at a time, so
    // that a list of 10,000 prospects never holds all its rows and all its text at once
    // (7 MB at 10k), nor makes a cell for each of its 140,000 fields.
    const bool delimited = format == Format::csv || format == Format::tsv;
    constexpr std::size_t k_rows_a_batch = 256;
    render::DelimitedWriter writer(format);
    std::size_t rows_written = 0;
    if (delimited) {
        writer.header(table.header);
    }
    for (const Prospect& p : loaded.pipeline.prospects) {
        if ((by_status && p.status != status) ||
            (!options.tag.empty() && !p.has_tag(options.tag))) {
            continue;
        }
        const auto due = due_date(p, rules);
        const auto abandoned = abandonment_reason(p, rules, today, due);
        const Attempt* last = p.last_attempt();
        const std::string next_due = due ? format_date(due->date) : "";
        const std::string last_touch = last ? format_date(last->at.date) : "";
        const auto touches = static_cast<long long>(p.attempts.size());
        if (format == Format::json) {
            json.push_back(
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
        } else if (for_people) {
            table.rows.push_back(render::row_of(
                number_cell(p.id), text_cell(p.name), text_cell(std::string(p.company_or_empty())),
                text_cell(std::string(to_string(p.status))), number_cell(touches),
                text_cell(render::last_touch_label(p)), text_cell(next_due),
                text_cell(abandoned ? "abandoned" : (p.dream ? "dream" : ""),
                          abandoned ? render::style::red : render::style::none)));
        } else {
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
            if (++rows_written % k_rows_a_batch == 0) {
                print(writer.take());
            }
        }
    }
    if (format == Format::json) {
        print(json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    } else if (format == Format::table && table.rows.empty()) {
        print(loaded.pipeline.prospects.empty()
                  ? "No prospects yet; 'followup add NAME' adds the first.\n"
                  : "No prospects match.\n");
    } else if (delimited) {
        print(writer.take());
    } else {
        print(render::render_as(table, format, use_color(context)));
    }
    return 0;
}

} // namespace

Runner setup_list(CLI::App& command) {
    auto options = std::make_shared<ListOptions>();
    command.add_option("--status", options->status, "Only prospects with this status")
        ->type_name("S");
    command.add_option("--tag", options->tag, "Only prospects with this tag")->type_name("T");
    add_format_option(command, options->format);
    return [options](Context& context) {
        return run_list(*options, context);
    };
}

} // namespace followup::cli
