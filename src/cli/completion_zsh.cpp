// The zsh completion script: one _arguments spec per command, values and prospects.

#include "cli/completion.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace followup::cli::completion {

namespace {

// An _arguments spec's [help] and action, for zsh.
std::string zsh_help(std::string text) {
    std::string out;
    for (const char c : text) {
        if (c == '[' || c == ']' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string zsh_action(const ValueSpec& spec) {
    switch (spec.kind) {
    case Values::none:
        return " ";
    case Values::words:
        return "(" + join(spec.words, " ") + ")";
    case Values::list:
        return "_sequence compadd - " + join(spec.words, " ");
    case Values::files:
        return "_files";
    case Values::dates:
        return std::string("(") + k_date_words + ")";
    case Values::prospects:
        return "_followup_prospects";
    case Values::tags:
        return "_followup_tags";
    case Values::commands:
        return "_followup_commands";
    }
    return " ";
}

std::string zsh_specs(const std::vector<OptionModel>& options,
                      const std::vector<ArgumentModel>& arguments) {
    std::string specs;
    for (const OptionModel& option : options) {
        const std::string exclude =
            option.repeats ? "*" : fmt::format("({})", join(option.names, " "));
        for (const std::string& name : option.names) {
            std::string spec = exclude + name;
            if (option.takes_value) {
                spec += name.starts_with("--") ? "=" : "+";
            }
            spec += "[" + zsh_help(option.help) + "]";
            if (option.takes_value) {
                spec += ":" + (option.value_name.empty() ? "VALUE" : option.value_name) + ":" +
                        zsh_action(option.value);
            }
            specs += " \\\n    " + quoted(spec);
        }
    }
    for (const ArgumentModel& argument : arguments) {
        specs +=
            " \\\n    " + quoted(fmt::format(":{}:{}", argument.name, zsh_action(argument.value)));
    }
    return specs;
}

constexpr const char* k_zsh_body = R"ZSH(
# The word $1 as the command will receive it, ~/ made $HOME/.
_followup_unquote() {
  local word=${(Q)1}
  [[ $word == \~ || $word == \~/* ]] && word=$HOME${word#\~}
  print -r -- $word
}

# The prospects (names; ids once a digit is typed) or the tags of the data file this
# command line would use.
_followup_from_file() {
  local line id rest name company
  local -a values
  for line in "${(@f)$($_followup_program completion --$1 $_followup_source 2>/dev/null </dev/null)}"; do
    [[ -z $line ]] && continue
    if [[ $1 == tags ]]; then
      values+=("${line//:/\\:}")
      continue
    fi
    id=${line%%$'\t'*}
    rest=${line#*$'\t'}
    name=${rest%%$'\t'*}
    company=${rest#*$'\t'}
    if [[ $PREFIX == [0-9]* ]]; then
      values+=("$id:$name${company:+ ($company)}")
    elif [[ -n $name ]]; then
      values+=("${name//:/\\:}:#$id${company:+ $company}")
    fi
  done
  # Letter case aside, as followup itself matches names.
  _describe -t $1 ${1%s} values -M 'm:{[:lower:][:upper:]}={[:upper:][:lower:]}'
}
_followup_prospects() { _followup_from_file prospects }
_followup_tags() { _followup_from_file tags }
)ZSH";

} // namespace

std::string zsh_script(const CliModel& model) {
    std::string commands;
    std::string cases;
    for (const CommandModel& command : model.commands) {
        commands += "\n    " + quoted(command.name + ":" + command.help);
        cases += fmt::format("      ({})\n        _arguments -s -S :{} && ret=0 ;;\n", command.name,
                             zsh_specs(command.options, command.arguments));
    }
    return fmt::format(R"TEXT(#compdef followup
# zsh completion for followup, written by `followup completion zsh`. Install it as _followup
# in a folder of $fpath (the package uses /usr/share/zsh/vendor-completions), or load it
# with `source <(followup completion zsh)` after compinit.

_followup_commands() {{
  local -a commands=({}
  )
  _describe -t commands 'followup command' commands
}}
{}
_followup() {{
  local curcontext=$curcontext state state_descr line ret=1 i
  local _followup_program
  local -a _followup_source
  _followup_program=$(_followup_unquote $words[1])
  for (( i = 2; i < CURRENT; i++ )); do
    case $words[i] in
      (--file|--config) _followup_source+=($words[i] "$(_followup_unquote $words[i+1])") ;;
      (--file=*|--config=*) _followup_source+=("$(_followup_unquote $words[i])") ;;
    esac
  done
  _arguments -C -s -S :{} \
    ':command:_followup_commands' \
    '*:: :->command' && ret=0
  if [[ $state == command ]]; then
    curcontext=${{curcontext%:*:*}}:followup-$words[1]:
    case $words[1] in
{}    esac
  fi
  return ret
}}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _followup "$@"
else
  compdef _followup followup
fi
)TEXT",
                       commands, k_zsh_body, zsh_specs(model.global, {}), cases);
}

} // namespace followup::cli::completion
