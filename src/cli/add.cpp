// followup add NAME: a new prospect, due for its first touch on the day it is added.

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/lookup.hpp"

#include <fmt/format.h>
#include <memory>

namespace followup::cli {
namespace {

struct AddOptions {
    std::string name;
    std::string company;
    std::string email;
    std::string phone;
    std::vector<std::string> tags;
    bool dream = false;
    std::string note;
    std::string date;
    bool force = false;
    bool quiet = false;
};

bool same_text(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

int run_add(const AddOptions& options, Context& context) {
    const Date today = resolve_today(context);
    Prospect prospect;
    prospect.name = checked_text(options.name, "NAME");
    if (prospect.name.empty()) {
        throw usage_error("NAME: a prospect needs a name");
    }
    auto optional_text = [](const std::string& text, std::string_view option) {
        return text.empty() ? std::nullopt : std::optional(checked_text(text, option));
    };
    prospect.company = optional_text(options.company, "--company");
    prospect.email = optional_text(options.email, "--email");
    prospect.phone = optional_text(options.phone, "--phone");
    prospect.notes = optional_text(options.note, "--note");
    for (const std::string& tag : options.tags) {
        if (!prospect.has_tag(tag)) {
            prospect.tags.push_back(checked_tag(tag, "--tag"));
        }
    }
    prospect.dream = options.dream;
    prospect.created =
        options.date.empty() ? today : parse_when_option(options.date, today, "--date").date;

    io::PipelineUpdate update(resolve_data_file(context));
    Pipeline& pipeline = update.pipeline();
    if (!options.force) {
        for (const Prospect& existing : pipeline.prospects) {
            if (same_text(existing.name, prospect.name) &&
                same_text(existing.company_or_empty(), prospect.company_or_empty())) {
                throw Error(fmt::format("{} is already in the pipeline; add --force to add "
                                        "another prospect of the same name and company",
                                        describe(existing)));
            }
        }
    }
    prospect.id = pipeline.take_next_id();
    const std::string description = describe(prospect);
    pipeline.prospects.push_back(std::move(prospect));
    update.save();

    if (options.quiet) {
        print(fmt::format("{}\n", pipeline.prospects.back().id));
    } else {
        const Rules rules = resolve_rules(context, pipeline);
        const auto due = due_date(pipeline.prospects.back(), rules);
        print(fmt::format("Added {}. First touch due {} ({}).\n", description,
                          relative_day(due->date, today), format_date(due->date)));
    }
    return 0;
}

} // namespace

Runner setup_add(CLI::App& command) {
    auto options = std::make_shared<AddOptions>();
    command.add_option("NAME", options->name, "The person's full name")->required();
    command.add_option("--company", options->company, "Their company")->type_name("TEXT");
    command.add_option("--email", options->email, "Their email address")->type_name("TEXT");
    command.add_option("--phone", options->phone, "Their phone number")->type_name("TEXT");
    command.add_option("--tag", options->tags, "A tag (repeat for several)")->type_name("TAG");
    command.add_flag("--dream", options->dream,
                     "A dream client: touched every week after the fifth touch, for as long as "
                     "it takes");
    command.add_option("--note", options->note, "Free-form notes about the prospect")
        ->type_name("TEXT");
    command.add_option("--date", options->date, "When they were added (default: today)")
        ->type_name("WHEN");
    command.add_flag("--force", options->force,
                     "Add even if someone of that name at that company exists");
    command.add_flag("-q,--quiet", options->quiet, "Print only the new id (for scripts)");
    return [options](Context& context) {
        return run_add(*options, context);
    };
}

} // namespace followup::cli
