#pragma once
// What the shell completion scripts know about the command line, read from the parser at
// run time (completion.cpp), and the three scripts written from it (completion_scripts.cpp).

#include "core/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace followup::cli::completion {

// How an option's value or an argument is completed.
enum class Values { none, words, list, files, dates, prospects, tags, commands };

struct ValueSpec {
    Values kind = Values::none;
    std::vector<std::string> words; // for words, and for list (a comma-separated list of them)
};

struct OptionModel {
    std::vector<std::string> names; // "-c", "--channel"
    std::string help;
    bool takes_value = false;
    bool repeats = false;
    std::string value_name; // "CH"
    ValueSpec value;
};

struct ArgumentModel {
    std::string name; // "PROSPECT"
    std::string help;
    ValueSpec value;
};

struct CommandModel {
    std::string name;
    std::string help;
    std::vector<OptionModel> options; // its own, then the global ones it does not redefine
    std::vector<ArgumentModel> arguments;
};

struct CliModel {
    std::vector<OptionModel> global;
    std::vector<CommandModel> commands;
};

// The words a WHEN accepts besides dates, offered for every WHEN.
inline constexpr const char* k_date_words =
    "today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday";

// Shared by the three scripts (completion.cpp).
// 'text', quoted for sh, bash and zsh; for fish, with \' and \\ inside.
std::string quoted(std::string_view text, bool fish = false);
// A value spec as the bash and fish scripts read it: "words call email", "files"...
std::string spec_text(const ValueSpec& spec);
std::vector<std::string> command_names(const CliModel& model);
std::vector<std::string> option_names(const std::vector<OptionModel>& options);
// A global option as the command has it, not an option of its own of the same name.
bool is_global(const CliModel& model, const OptionModel& option);

std::string bash_script(const CliModel& model);
std::string zsh_script(const CliModel& model);
std::string fish_script(const CliModel& model);

} // namespace followup::cli::completion
