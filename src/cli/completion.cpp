// followup completion bash|zsh|fish: the shell completion scripts. They are generated at
// run time from the parser itself (every command, option and argument it knows), so a
// command or option added later is completed without an edit here. Values come from the
// same place: the core's channel, outcome and status names, CLI11's IsMember sets, the
// formats a --format's help names, and the data file's prospects and tags, which the
// scripts ask for with the hidden `followup completion --prospects` (or --tags).

#include "cli/completion.hpp"

#include "cli/commands.hpp"
#include "core/error.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <memory>
#include <ranges>
#include <regex>
#include <set>

namespace followup::cli {

namespace completion {

// 'text' for sh, bash and zsh; for fish, \' and \\ inside.
std::string quoted(std::string_view text, bool fish) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'') {
            out += fish ? "\\'" : "'\\''";
        } else if (fish && c == '\\') {
            out += "\\\\";
        } else {
            out += c;
        }
    }
    return out + "'";
}

// The value spec as the bash and fish scripts read it: "words call email", "files"...
std::string spec_text(const ValueSpec& spec) {
    switch (spec.kind) {
    case Values::none:
        return "none";
    case Values::words:
        return "words " + join(spec.words, " ");
    case Values::list:
        return "list " + join(spec.words, " ");
    case Values::files:
        return "files";
    case Values::dates:
        return std::string("words ") + k_date_words;
    case Values::prospects:
        return "prospects";
    case Values::tags:
        return "tags";
    case Values::commands:
        return "commands";
    }
    return "none";
}

std::vector<std::string> command_names(const CliModel& model) {
    std::vector<std::string> names;
    for (const CommandModel& command : model.commands) {
        names.push_back(command.name);
    }
    return names;
}

// A global option as the command has it (not one of its own of the same name).
bool is_global(const CliModel& model, const OptionModel& option) {
    return std::any_of(model.global.begin(), model.global.end(), [&](const OptionModel& global) {
        return global.names == option.names && global.help == option.help;
    });
}

std::vector<std::string> option_names(const std::vector<OptionModel>& options) {
    std::vector<std::string> names;
    for (const OptionModel& option : options) {
        names.insert(names.end(), option.names.begin(), option.names.end());
    }
    return names;
}

} // namespace completion

namespace {

using namespace completion;

// "call, email, linkedin" -> {"call", "email", "linkedin"}
std::vector<std::string> split_names(std::string_view text) {
    std::vector<std::string> names;
    for (const auto part : text | std::views::split(',')) {
        std::string name(part.begin(), part.end());
        name.erase(0, name.find_first_not_of(' '));
        names.push_back(name);
    }
    return names;
}

// CLI11 appends each validator's description to the type name; an IsMember set reads
// "WHEN:{auto,always,never}".
std::vector<std::string> member_values(const CLI::Option& option) {
    const std::string type = option.get_type_name();
    const auto open = type.find(":{");
    const auto close = type.find('}', open);
    if (open == std::string::npos || close == std::string::npos) {
        return {};
    }
    return split_names(std::string_view(type).substr(open + 2, close - open - 2));
}

// "Break down by touch, channel, week or hour": the words a help text ends by listing.
std::vector<std::string> listed_values(const std::string& help) {
    static const std::regex list(
        R"((?:^|: | by )((?:[a-z][a-z0-9-]*, )+[a-z][a-z0-9-]*,? or [a-z][a-z0-9-]*)$)");
    std::smatch match;
    if (!std::regex_search(help, match, list)) {
        return {};
    }
    std::string words = match[1].str();
    words.replace(words.rfind(" or "), 4, ", ");
    std::vector<std::string> names = split_names(words);
    std::erase(names, "");
    return names;
}

// The formats a --format's help names, in a fixed order: "table, csv, tsv or json".
std::vector<std::string> format_values(const std::string& help) {
    std::vector<std::string> formats;
    for (const char* format : {"table", "csv", "tsv", "json", "ics"}) {
        if (std::regex_search(help, std::regex(fmt::format(R"(\b{}\b)", format)))) {
            formats.emplace_back(format);
        }
    }
    return formats;
}

ValueSpec value_spec(const CLI::Option& option) {
    const std::string name = option.get_lnames().empty() ? "" : option.get_lnames().front();
    const std::string argument = option.nonpositional() ? "" : option.get_name(true);
    const std::string type = option.get_type_name().substr(0, option.get_type_name().find(':'));
    const std::string& help = option.get_description();
    if (auto members = member_values(option); !members.empty()) {
        return {Values::words, members};
    }
    if (name == "channel") {
        return {Values::words, split_names(channel_names())};
    }
    if (name == "channels") {
        return {Values::list, split_names(channel_names())};
    }
    if (name == "outcome") {
        return {Values::words, split_names(outcome_names())};
    }
    if (name == "status") {
        return {Values::words, split_names(status_names())};
    }
    if (name == "format") {
        return {Values::words, format_values(help)};
    }
    if (name == "tag" || name.ends_with("-tag")) {
        return {Values::tags, {}};
    }
    if (argument == "PROSPECT") {
        return {Values::prospects, {}};
    }
    if (argument == "COMMAND") {
        return {Values::commands, {}};
    }
    if (type == "PATH" || type == "FILE" || argument == "FILE") {
        return {Values::files, {}};
    }
    if (type == "WHEN" || argument == "WHEN") {
        return {Values::dates, {}};
    }
    if (auto listed = listed_values(help); !listed.empty()) {
        return {Values::words, listed};
    }
    return {};
}

OptionModel option_model(const CLI::Option& option) {
    OptionModel model;
    for (const std::string& name : option.get_snames()) {
        model.names.push_back("-" + name);
    }
    for (const std::string& name : option.get_lnames()) {
        model.names.push_back("--" + name);
    }
    model.help = option.get_description();
    model.takes_value = option.get_items_expected_max() > 0; // flags expect 0
    model.repeats = option.get_expected_max() > 1;
    model.value_name = option.get_type_name().substr(0, option.get_type_name().find(':'));
    if (model.takes_value) {
        model.value = value_spec(option);
    }
    return model;
}

bool is_shown(const CLI::Option* option) {
    return !option->get_group().empty(); // CLI11 hides the options of the group ""
}

CliModel cli_model(const CLI::App& root) {
    CliModel model;
    for (const CLI::Option* option : root.get_options(is_shown)) {
        if (option->nonpositional()) {
            model.global.push_back(option_model(*option));
        }
    }
    const auto commands =
        root.get_subcommands([](const CLI::App* app) { return !app->get_group().empty(); });
    for (const CLI::App* app : commands) {
        CommandModel command{app->get_name(), app->get_description(), {}, {}};
        std::set<std::string> own;
        for (const CLI::Option* option : app->get_options(is_shown)) {
            if (!option->nonpositional()) {
                command.arguments.push_back(
                    {option->get_name(true), option->get_description(), value_spec(*option)});
                continue;
            }
            command.options.push_back(option_model(*option));
            own.insert(command.options.back().names.begin(), command.options.back().names.end());
        }
        for (const OptionModel& global : model.global) {
            if (std::none_of(global.names.begin(), global.names.end(),
                             [&](const std::string& name) { return own.contains(name); })) {
                command.options.push_back(global);
            }
        }
        model.commands.push_back(std::move(command));
    }
    return model;
}

// The data file's prospects, "ID<tab>NAME<tab>COMPANY" a line, or its tags, one a line,
// for the scripts. Reads only, and says nothing when anything goes wrong: a completion
// must never print an error into the middle of a command line.
void print_from_data_file(const Context& context, bool tags) {
    try {
        const io::Loaded loaded = io::load_pipeline(resolve_data_file(context));
        const auto clean = [](std::string text) {
            std::replace_if(
                text.begin(), text.end(),
                [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }, ' ');
            return text;
        };
        std::string out;
        std::set<std::string> seen;
        for (const Prospect& prospect : loaded.pipeline.prospects) {
            if (!tags) {
                out += fmt::format("{}\t{}\t{}\n", prospect.id, clean(prospect.name),
                                   clean(std::string(prospect.company_or_empty())));
                continue;
            }
            for (const std::string& tag : prospect.tags) {
                if (seen.insert(clean(tag)).second) {
                    out += clean(tag) + "\n";
                }
            }
        }
        std::fputs(out.c_str(), stdout);
    } catch (...) {
        // silent by design
    }
}

struct CompletionOptions {
    std::string shell;
    bool prospects = false;
    bool tags = false;
};

} // namespace

Runner setup_completion(CLI::App& command) {
    auto options = std::make_shared<CompletionOptions>();
    command.add_option("SHELL", options->shell, "The shell: bash, zsh or fish")
        ->check(CLI::IsMember({"bash", "zsh", "fish"}));
    // For the scripts themselves, hidden from the help (the group "").
    command.add_flag("--prospects", options->prospects, "List the prospects")->group("");
    command.add_flag("--tags", options->tags, "List the tags")->group("");
    const CLI::App* self = &command;
    return [options, self](Context& context) {
        if (options->prospects || options->tags) {
            print_from_data_file(context, options->tags);
            return 0;
        }
        if (options->shell.empty()) {
            throw usage_error("completion needs a shell: bash, zsh or fish; see 'followup help "
                              "completion'");
        }
        const CliModel model = cli_model(*self->get_parent());
        if (options->shell == "bash") {
            print(bash_script(model));
        } else if (options->shell == "zsh") {
            print(zsh_script(model));
        } else {
            print(fish_script(model));
        }
        return 0;
    };
}

} // namespace followup::cli
