// followup set PROSPECT: change details, status, dream flag or cadence.

#include "cli/commands.hpp"
#include "core/error.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct SetOptions {
    std::string prospect;
    std::optional<std::string> name;
    std::optional<std::string> company;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> notes;
    std::optional<std::string> status;
    std::optional<std::string> cadence;
    std::optional<std::string> channel_plan;
    std::optional<std::string> birthday;
    std::optional<std::string> anniversary;
    std::vector<std::string> add_tags;
    std::vector<std::string> remove_tags;
    bool dream = false;
    bool no_dream = false;
};

// An empty value clears an optional field: --email "".
void assign(OptionalText& field, const std::optional<std::string>& value, std::string_view option) {
    if (value) {
        field = value->empty() ? OptionalText() : OptionalText(checked_text(*value, option));
    }
}

// MM-DD sets a yearly date; an empty value clears it.
void assign_month_day(std::optional<MonthDay>& field, const std::optional<std::string>& value,
                      std::string_view option) {
    if (!value) {
        return;
    }
    if (value->empty()) {
        field.reset();
        return;
    }
    const auto month_day = parse_month_day(*value);
    if (!month_day) {
        throw usage_error(fmt::format("{}: '{}' is not a month and day; use MM-DD, such as 03-14",
                                      option, *value));
    }
    field = MonthDay{month_day->first, month_day->second};
}

std::vector<Channel> parse_channel_plan_option(std::string_view text) {
    std::vector<Channel> plan;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        plan.push_back(parse_channel_option(text.substr(start, comma - start), "--channels"));
        start = comma + 1;
    }
    return plan;
}

int run_set(const SetOptions& options, Context& context) {
    if (options.dream && options.no_dream) {
        throw usage_error("--dream and --no-dream contradict each other");
    }
    io::PipelineUpdate update(resolve_data_file(context));
    Prospect& prospect = find_one_prospect(update.pipeline(), options.prospect);
    const Prospect before = prospect;
    if (options.name) {
        if (options.name->empty()) {
            throw usage_error("--name: a prospect needs a name");
        }
        prospect.name = checked_text(*options.name, "--name");
    }
    assign(prospect.company, options.company, "--company");
    assign(prospect.email, options.email, "--email");
    assign(prospect.phone, options.phone, "--phone");
    assign(prospect.notes, options.notes, "--notes");
    if (options.status) {
        prospect.status = parse_status_option(*options.status);
    }
    if (options.cadence) {
        prospect.cadence = *options.cadence == "default"
                               ? std::nullopt
                               : std::optional(parse_cadence_option(*options.cadence));
    }
    if (options.channel_plan) {
        prospect.channel_plan =
            *options.channel_plan == "default"
                ? std::nullopt
                : std::optional(parse_channel_plan_option(*options.channel_plan));
    }
    assign_month_day(prospect.birthday, options.birthday, "--birthday");
    assign_month_day(prospect.anniversary, options.anniversary, "--anniversary");
    for (const std::string& tag : options.add_tags) {
        if (!prospect.has_tag(tag)) {
            prospect.tags.push_back(checked_tag(tag, "--add-tag"));
        }
    }
    for (const std::string& tag : options.remove_tags) {
        std::erase(prospect.tags, tag);
    }
    if (options.dream || options.no_dream) {
        prospect.dream = options.dream;
    }
    if (prospect == before) {
        print(fmt::format("{} is unchanged.\n", describe(prospect)));
        return 0;
    }
    update.save();
    print(fmt::format("Updated {}.\n", describe(prospect)));
    return 0;
}

} // namespace

Runner setup_set(CLI::App& command) {
    auto options = std::make_shared<SetOptions>();
    command
        .add_option("PROSPECT", options->prospect,
                    "Id (12 or #12), email, or part of the name or company")
        ->required();
    command.add_option("--name", options->name, "New full name")->type_name("TEXT");
    command.add_option("--company", options->company, "New company (\"\" clears it)")
        ->type_name("TEXT");
    command.add_option("--email", options->email, "New email (\"\" clears it)")->type_name("TEXT");
    command.add_option("--phone", options->phone, "New phone (\"\" clears it)")->type_name("TEXT");
    command.add_option("--notes", options->notes, "New notes (\"\" clears them)")
        ->type_name("TEXT");
    command.add_option("--status", options->status, "active, nurture, won, lost or dnc")
        ->type_name("S");
    command
        .add_option("--cadence", options->cadence,
                    "This prospect's waits in days after touch 1, 2, 3, 4 (e.g. 2,2,5,10); "
                    "'default' goes back to the file's cadence")
        ->type_name("LIST");
    command
        .add_option("--channels", options->channel_plan,
                    "This prospect's channel plan, one channel per touch (e.g. "
                    "call,email,call,linkedin,video); 'default' goes back to the file's")
        ->type_name("LIST");
    command.add_option("--birthday", options->birthday, "Birthday as MM-DD (\"\" clears it)")
        ->type_name("MM-DD");
    command
        .add_option("--anniversary", options->anniversary,
                    "A yearly date worth a touch, as MM-DD (\"\" clears it)")
        ->type_name("MM-DD");
    command.add_option("--add-tag", options->add_tags, "Add a tag (repeatable)")->type_name("TAG");
    command.add_option("--remove-tag", options->remove_tags, "Remove a tag (repeatable)")
        ->type_name("TAG");
    command.add_flag("--dream", options->dream, "Mark as a dream client");
    command.add_flag("--no-dream", options->no_dream, "No longer a dream client");
    return [options](Context& context) {
        return run_set(*options, context);
    };
}

} // namespace followup::cli
