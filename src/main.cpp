// followup: parse the command line, run one command, map errors to exit codes.
// Exit codes: 0 success, 1 data or system error, 2 usage error.

#include "cli/commands.hpp"
#include "core/error.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fmt/format.h>
#include <unistd.h>

namespace {

using followup::cli::CommandSpec;

constexpr int k_exit_failure = 1;
constexpr int k_exit_usage = 2;

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1] ? 1 : 0)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// "unknown command 'dew' (did you mean 'due'?)": the first word left over when no
// command was recognised.
std::string unknown_command_message(const CLI::App& app) {
    const auto extras = app.remaining();
    if (extras.empty()) {
        return {};
    }
    const std::string& word = extras.front();
    std::string message = fmt::format("unknown command '{}'", word);
    for (const CommandSpec& command : followup::cli::command_table()) {
        if (edit_distance(word, command.name) <= 2) {
            return message + fmt::format(" (did you mean '{}'?)", command.name);
        }
    }
    return message + "; 'followup --help' lists the commands";
}

// The command the arguments name: the first word that is neither an option nor the value
// of one of `app`'s own options; empty when there is none. Building the options of all
// sixteen commands is most of the 0.5 ms CLI11 takes before any command runs, so a plain
// `followup due` builds those of `due` only. help and completion read every command.
std::string_view named_command(const CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") {
            return {};
        }
        if (!arg.starts_with('-')) {
            return arg;
        }
        // An option that takes a value ("--today DATE") takes the next word, whatever it
        // looks like; "--today=DATE" carries its own.
        const CLI::Option* option = app.get_option_no_throw(std::string(arg));
        if (option != nullptr && option->get_items_expected_min() > 0) {
            ++i;
        }
    }
    return {};
}

void add_global_options(CLI::App& app, followup::cli::GlobalOptions& global) {
    app.add_option("--file", global.file,
                   "The data file (default: $FOLLOWUP_FILE, else the configuration's \"file\", "
                   "else $XDG_DATA_HOME/followup/followup.json, else "
                   "~/.local/share/followup/followup.json)")
        ->type_name("PATH");
    app.add_option("--config", global.config,
                   "The configuration file (default: $FOLLOWUP_CONFIG, else "
                   "$XDG_CONFIG_HOME/followup/config.json, else ~/.config/followup/config.json)")
        ->type_name("PATH");
    app.add_option("--today", global.today,
                   "Take this date as today (default: $FOLLOWUP_TODAY, else the local date)")
        ->type_name("DATE");
    app.add_option("--color", global.color,
                   "Colour: auto (on a terminal), always or never (default: $FOLLOWUP_COLOR, "
                   "else never when $NO_COLOR is set, else the configuration's \"color\", "
                   "else auto)")
        ->type_name("WHEN")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_option("--format", global.format,
                   "Output format for due, list and stats: table, csv, tsv or json (default: "
                   "$FOLLOWUP_FORMAT, else the configuration's \"format\", else table)")
        ->type_name("FORMAT");
}

} // namespace

int main(int argc, char** argv) {
    using namespace followup;
    CLI::App app{"followup: who to follow up with today, and who is being abandoned before the "
                 "fifth touch.",
                 "followup"};
    app.set_version_flag("--version", fmt::format("followup {}", FOLLOWUP_VERSION));
    app.require_subcommand(0, 1);
    app.fallthrough(); // global options work after the command too
    app.footer("Run 'followup help COMMAND' for a command's options.\n"
               "Exit status: 0 success, 1 data or system error, 2 usage error.");

    cli::Context context;
    add_global_options(app, context.global);

    // Only the command run has its options built, when the arguments name it plainly; the
    // others are there by name, for the list in --help and for "did you mean".
    const std::string_view named = named_command(app, argc, argv);
    const auto& table = cli::command_table();
    const bool build_all =
        named.empty() || named == "help" || named == "completion" ||
        std::none_of(table.begin(), table.end(),
                     [named](const CommandSpec& spec) { return spec.name == named; });
    std::vector<std::pair<CLI::App*, cli::Runner>> runners;
    for (const CommandSpec& spec : table) {
        CLI::App* command = app.add_subcommand(std::string(spec.name), std::string(spec.summary));
        if (!build_all && spec.name != named) {
            runners.emplace_back(command, nullptr);
            continue;
        }
        command->footer(fmt::format("Example:\n  {}\n\nGlobal options (before or after the "
                                    "command): --file PATH, --config PATH, --today DATE, "
                                    "--color WHEN",
                                    spec.example));
        runners.emplace_back(command, spec.setup(*command));
    }
    std::string help_topic;
    CLI::App* help = app.add_subcommand("help", "Show the help of a command");
    help->add_option("COMMAND", help_topic, "The command to explain");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) {
            return app.exit(error); // --help, --version
        }
        std::string message = error.what();
        // "The following argument..." reads as our own messages do; "NAME is required" stays.
        if (message.size() > 1 && std::islower(static_cast<unsigned char>(message[1]))) {
            message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
        }
        const auto commands = app.get_subcommands();
        if (commands.empty()) {
            if (const std::string unknown = unknown_command_message(app); !unknown.empty()) {
                message = unknown;
            }
        } else {
            message += fmt::format("; see 'followup help {}'", commands.front()->get_name());
        }
        fmt::print(stderr, "followup: error: {}\n", message);
        return k_exit_usage;
    }

    context.stdout_is_tty = ::isatty(STDOUT_FILENO) == 1;
    context.stdin_is_tty = ::isatty(STDIN_FILENO) == 1;
    try {
        for (auto& [command, run] : runners) {
            if (command->parsed()) {
                if (!run) { // named_command and CLI11 disagreed: a bug, never a guess
                    throw Error(fmt::format("internal error: '{}' was not set up; please report "
                                            "the command line",
                                            command->get_name()));
                }
                if (!context.global.format.empty() &&
                    command->get_option_no_throw("--format") == nullptr) {
                    throw usage_error(fmt::format("--format does not apply to '{}'; it is for "
                                                  "due, list and stats",
                                                  command->get_name()));
                }
                const int status = run(context);
                if (std::fflush(stdout) != 0) {
                    throw Error("cannot write the output");
                }
                return status;
            }
        }
        if (help->parsed() && !help_topic.empty()) {
            for (auto& [command, run] : runners) {
                if (command->get_name() == help_topic) {
                    fmt::print("{}", command->help("followup"));
                    return 0;
                }
            }
            throw usage_error(
                fmt::format("no command '{}'; 'followup --help' lists them", help_topic));
        }
        // app.help() would show the help of the command just parsed ("help" itself).
        fmt::print("{}",
                   app.get_formatter()->make_help(&app, "followup", CLI::AppFormatMode::Normal));
        return 0;
    } catch (const Error& error) {
        std::fflush(stdout);
        fmt::print(stderr, "followup: error: {}\n", error.what());
        return error.kind() == ErrorKind::usage ? k_exit_usage : k_exit_failure;
    } catch (const std::exception& error) {
        std::fflush(stdout);
        fmt::print(stderr, "followup: error: {}\n", error.what());
        return k_exit_failure;
    }
}
