// followup list: every prospect, one line each, for people and spreadsheets.

#include "cli/commands.hpp"
#include "render/list_view.hpp"

#include <memory>

namespace followup::cli {
namespace {

struct ListOptions {
    std::string status;
    std::string tag;
    std::string format;
};

int run_list(const ListOptions& options, Context& context) {
    const Format format = resolve_format(context, options.format);
    const bool by_status = !options.status.empty();
    const Status status = by_status ? parse_status_option(options.status) : Status::active;
    const Date today = resolve_today(context);
    const io::Loaded loaded = load_for_reading(context, io::TouchNotes::leave_out);
    const Rules rules = resolve_rules(context, loaded.pipeline);
    const render::ListQuery query{by_status, status, options.tag, format, rules, today};
    render::write_list(loaded.pipeline.prospects, query, use_color(context),
                       [](std::string_view text) { print(text); });
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
