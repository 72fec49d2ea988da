// The fish completion script: one `complete` line per command, option and argument.

#include "cli/completion.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace followup::cli::completion {

namespace {

constexpr const char* k_fish_body = R"FISH(
# The command on the line (the first word that is not an option or an option's value).
function __followup_command
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    for token in $tokens
        if test $skip = 1
            set skip 0
        else if string match -q -- '-*=*' $token
        else if string match -q -- '-*' $token
            contains -- $token (__followup_valued '') && set skip 1
        else
            echo $token
            return 0
        end
    end
    return 1
end

function __followup_using --description 'Is the command on the line one of these?'
    set -l command (__followup_command)
    and contains -- $command $argv
end

# True when the command is $argv[1] and it has $argv[2] arguments so far.
function __followup_argument
    set -l command (__followup_command)
    or return 1
    test $command = $argv[1]
    or return 1
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    set -l count -1
    for token in $tokens
        if test $skip = 1
            set skip 0
        else if string match -q -- '-*=*' $token
        else if string match -q -- '-*' $token
            contains -- $token (__followup_valued $command) && set skip 1
        else
            set count (math $count + 1)
        end
    end
    test $count = $argv[2]
end

# The prospects (ids and names) or the tags of the data file this command line would use.
function __followup_from_file
    set -l tokens (commandline -opc)
    set -l program (string replace -r '^~/' "$HOME/" -- $tokens[1])
    set -l source
    for i in (seq 2 (count $tokens))
        switch $tokens[$i]
            case --file --config
                set -l next (math $i + 1)
                test $next -le (count $tokens)
                and set -a source $tokens[$i] (string replace -r '^~/' "$HOME/" -- $tokens[$next])
            case '--file=*' '--config=*'
                set -a source (string replace -r '=~/' "=$HOME/" -- $tokens[$i])
        end
    end
    for line in ($program completion --$argv[1] $source 2>/dev/null </dev/null)
        if test $argv[1] = tags
            echo $line
            continue
        end
        set -l fields (string split \t -- $line)
        printf '%s\t%s\n' $fields[1] (string join ' ' -- $fields[2] "($fields[3])" | string replace ' ()' '')
        test -n "$fields[2]"
        and printf '%s\t%s\n' $fields[2] (string trim -- "#$fields[1] $fields[3]")
    end
end

# A comma-separated list of the words given: the part typed so far, then each word.
function __followup_list
    set -l head (commandline -ct | string replace -r '^--[^=]*=' '' | string replace -r '[^,]*$' '')
    printf "$head%s\n" $argv
end

complete -c followup -f
)FISH";

std::string fish_values(const ValueSpec& spec) {
    switch (spec.kind) {
    case Values::none:
        return "";
    case Values::words:
        return " -a " + quoted(join(spec.words, " "), true);
    case Values::list:
        return " -a " + quoted("(__followup_list " + join(spec.words, " ") + ")", true);
    case Values::files:
        return " -F";
    case Values::dates:
        return " -a " + quoted(k_date_words, true);
    case Values::prospects:
        return " -a '(__followup_from_file prospects)'";
    case Values::tags:
        return " -a '(__followup_from_file tags)'";
    case Values::commands:
        return " -a '(__followup_commands)'";
    }
    return "";
}

std::string fish_option(const OptionModel& option, const std::string& condition) {
    std::string line = "complete -c followup";
    if (!condition.empty()) {
        line += " -n " + quoted(condition, true);
    }
    for (const std::string& name : option.names) {
        line +=
            (name.starts_with("--") ? " -l " : " -s ") + name.substr(name.find_first_not_of('-'));
    }
    if (option.takes_value) {
        line += option.value.kind == Values::files ? " -r" : " -x";
        line += fish_values(option.value);
    }
    return line + " -d " + quoted(option.help, true) + "\n";
}

} // namespace

std::string fish_script(const CliModel& model) {
    std::string valued = "        case ''\n            printf '%s\\n'";
    std::string commands;
    std::string lines;
    for (const OptionModel& option : model.global) {
        if (option.takes_value) {
            valued += " " + join(option.names, " ");
        }
    }
    valued += "\n";
    for (const OptionModel& option : model.global) {
        // A global option that some commands redefine is theirs there.
        std::vector<std::string> redefining;
        for (const CommandModel& command : model.commands) {
            for (const OptionModel& own : command.options) {
                if (own.names == option.names && own.help != option.help) {
                    redefining.push_back(command.name);
                }
            }
        }
        lines += fish_option(
            option, redefining.empty() ? "" : "not __followup_using " + join(redefining, " "));
    }
    for (const CommandModel& command : model.commands) {
        commands += fmt::format("    printf '%s\\t%s\\n' {} {}\n", quoted(command.name, true),
                                quoted(command.help, true));
        lines += fmt::format("complete -c followup -n 'not __followup_command' -a {} -d {}\n",
                             quoted(command.name, true), quoted(command.help, true));
        std::vector<std::string> names;
        for (const OptionModel& option : command.options) {
            if (option.takes_value) {
                names.insert(names.end(), option.names.begin(), option.names.end());
            }
            if (!is_global(model, option)) {
                lines += fish_option(option, "__followup_using " + command.name);
            }
        }
        valued += fmt::format("        case {}\n            printf '%s\\n' {}\n",
                              quoted(command.name, true), join(names, " "));
        for (std::size_t i = 0; i < command.arguments.size(); ++i) {
            const ValueSpec& value = command.arguments[i].value;
            lines +=
                fmt::format("complete -c followup -n {}{} -d {}\n",
                            quoted(fmt::format("__followup_argument {} {}", command.name, i), true),
                            value.kind == Values::none ? " -x" : fish_values(value),
                            quoted(command.arguments[i].name, true));
        }
    }
    return fmt::format(
        R"TEXT(# fish completion for followup, written by `followup completion fish`. Install it as
# followup.fish in ~/.config/fish/completions (the package uses
# /usr/share/fish/vendor_completions.d), or load it with `followup completion fish | source`.

# The options that take a value, for the command $argv[1] (with '', the global ones).
function __followup_valued
    switch $argv[1]
{}    end
end

function __followup_commands
{}end
{}
{})TEXT",
        valued, commands, k_fish_body, lines);
}

} // namespace followup::cli::completion
