// The bash completion script: the commands, options and values as case statements, and
// a fixed part, on top of bash-completion, that reads the command line.

#include "cli/completion.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace followup::cli::completion {

namespace {

constexpr const char* k_bash_body = R"BASH(
# The word $1 as the command will receive it: quotes and backslashes taken out, a leading
# ~/ made $HOME/. Nothing in it is evaluated.
_followup_dequote()
{
    local rest=$1 out='' c quote=''
    while [[ -n $rest ]]; do
        c=${rest:0:1}
        rest=${rest:1}
        if [[ $quote == "'" ]]; then
            if [[ $c == "'" ]]; then quote=''; else out+=$c; fi
        elif [[ $c == '\' ]]; then
            if [[ $quote == '"' && ${rest:0:1} != [\$\`\"\\] ]]; then out+=$c; fi
            out+=${rest:0:1}
            rest=${rest:1}
        elif [[ $quote == '"' ]]; then
            if [[ $c == '"' ]]; then quote=''; else out+=$c; fi
        elif [[ $c == "'" || $c == '"' ]]; then
            quote=$c
        else
            out+=$c
        fi
    done
    if [[ $out == '~' || $out == '~/'* ]]; then
        out=$HOME${out:1}
    fi
    printf '%s' "$out"
}

# Offers the prospects (names; ids once a digit is typed) or the tags of the data file
# this command line would use (--file and --config on the line, else the environment).
_followup_from_file()
{
    local typed program line id rest name
    local -a found=()
    typed=$(_followup_dequote "$cur")
    program=$(_followup_dequote "${words[0]}")
    while IFS= read -r line; do
        if [[ $1 == tags ]]; then
            [[ ${line,,} == "${typed,,}"* ]] && found+=("$line")
            continue
        fi
        id=${line%%$'\t'*}
        rest=${line#*$'\t'}
        name=${rest%%$'\t'*}
        if [[ $typed == [0-9]* ]]; then
            [[ $id == "$typed"* ]] && found+=("$id")
        elif [[ -n $name && ${name,,} == "${typed,,}"* ]]; then
            found+=("$name")
        fi
    done < <("$program" completion "--$1" "${source[@]}" 2>/dev/null </dev/null)
    COMPREPLY=()
    if [[ $cur == [\"\']* ]]; then
        # Inside an open quote: readline closes it; nothing to escape.
        COMPREPLY=("${found[@]}")
    else
        local item
        for item in "${found[@]}"; do
            COMPREPLY+=("$(printf '%q' "$item")")
        done
    fi
}

_followup_values()
{
    local spec=$1 head=''
    case $spec in
        words\ *) COMPREPLY=($(compgen -W "${spec#words }" -- "$cur")) ;;
        list\ *)
            [[ $cur == *,* ]] && head=${cur%,*},
            COMPREPLY=($(compgen -P "$head" -W "${spec#list }" -- "${cur##*,}"))
            compopt -o nospace 2>/dev/null
            ;;
        files) _filedir ;;
        commands) COMPREPLY=($(compgen -W "$_followup_commands" -- "$cur")) ;;
        prospects | tags) _followup_from_file "$spec" ;;
        *) COMPREPLY=() ;;
    esac
}

_followup()
{
    local cur prev words cword split
    _init_completion -s || return

    local i word command='' argument=0 value_of='' spec
    local -a source=()
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        case $word in
            --file=* | --config=*) source+=("$(_followup_dequote "$word")") ;;
            -*=* | -) ;;
            -*)
                spec=$(_followup_option_value "$command" "$word")
                [[ -z $spec ]] && continue
                if ((i + 1 == cword)); then
                    value_of=$word
                elif [[ $word == --file || $word == --config ]]; then
                    source+=("$word" "$(_followup_dequote "${words[i + 1]}")")
                fi
                i=$((i + 1))
                ;;
            *)
                if [[ -z $command ]]; then
                    command=$word
                else
                    argument=$((argument + 1))
                fi
                ;;
        esac
    done
    [[ $split == true ]] && value_of=$prev

    if [[ -n $value_of ]]; then
        _followup_values "$(_followup_option_value "$command" "$value_of")"
    elif [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_followup_options "$command")" -- "$cur"))
    elif [[ -z $command ]]; then
        _followup_values commands
    else
        _followup_values "$(_followup_argument "$command" "$argument")"
    fi
} &&
    complete -F _followup followup
)BASH";

} // namespace

std::string bash_script(const CliModel& model) {
    std::string options =
        fmt::format("        '') echo {} ;;\n", quoted(join(option_names(model.global), " ")));
    std::string values;
    std::string arguments;
    for (const CommandModel& command : model.commands) {
        options += fmt::format("        {}) echo {} ;;\n", quoted(command.name),
                               quoted(join(option_names(command.options), " ")));
        for (const OptionModel& option : command.options) {
            if (!option.takes_value || is_global(model, option)) {
                continue;
            }
            std::vector<std::string> patterns;
            for (const std::string& name : option.names) {
                patterns.push_back(quoted(command.name + " " + name));
            }
            values += fmt::format("        {}) echo {} ;;\n", join(patterns, " | "),
                                  quoted(spec_text(option.value)));
        }
        for (std::size_t i = 0; i < command.arguments.size(); ++i) {
            arguments += fmt::format("        {}) echo {} ;;\n",
                                     quoted(fmt::format("{} {}", command.name, i)),
                                     quoted(spec_text(command.arguments[i].value)));
        }
    }
    for (const OptionModel& option : model.global) {
        if (option.takes_value) {
            std::vector<std::string> patterns;
            for (const std::string& name : option.names) {
                patterns.push_back("*" + quoted(" " + name));
            }
            values += fmt::format("        {}) echo {} ;;\n", join(patterns, " | "),
                                  quoted(spec_text(option.value)));
        }
    }
    return fmt::format(
        R"TEXT(# bash completion for followup                             -*- shell-script -*-
# Written by `followup completion bash`; install it as
# /usr/share/bash-completion/completions/followup (the package does), or in
# ~/.local/share/bash-completion/completions/followup. Needs bash-completion.

_followup_commands={}

# The options of command $1 (with none, the global ones).
_followup_options()
{{
    case $1 in
{}    esac
}}

# How to complete the value of option $2 of command $1; nothing when it takes none.
_followup_option_value()
{{
    case "$1 $2" in
{}    esac
}}

# How to complete argument $2 (0 is the first) of command $1.
_followup_argument()
{{
    case "$1 $2" in
{}    esac
}}
{})TEXT",
        quoted(join(command_names(model), " ")), options, values, arguments, k_bash_body);
}

} // namespace followup::cli::completion
