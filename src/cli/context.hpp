#pragma once
// What every command is handed, and the small helpers they share: resolving the data
// file, today, colour and output format; finding the prospect a person means.

#include "core/model.hpp"
#include "core/schedule.hpp"
#include "io/config.hpp"
#include "io/environment.hpp"
#include "io/store.hpp"
#include "render/table.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace followup::cli {

// Options accepted before the command as well as after it.
struct GlobalOptions {
    std::string file;
    std::string config; // the configuration file, instead of the default one
    std::string today;
    std::string color;  // auto, always, never; empty: not given
    std::string format; // before the command; each command that prints data also has its own
};

struct Context {
    GlobalOptions global;
    io::EnvLookup env = io::process_env;
    bool stdout_is_tty = false;
    bool stdin_is_tty = false;
    // Read on first use, so `help` and `--version` work whatever the configuration holds.
    mutable std::optional<io::Config> config;
};

using render::Format;

using Runner = std::function<int(Context&)>;

// One row of the command table: it drives the parser, `followup help` and the manual.
struct CommandSpec {
    std::string_view name;
    std::string_view summary;
    std::string_view example;
    Runner (*setup)(CLI::App& command);
};

const std::vector<CommandSpec>& command_table();

// --today, else FOLLOWUP_TODAY, else the local date (TZ decides).
Date resolve_today(const Context& context);
bool is_today_fixed(const Context& context);
// The configuration file's contents (empty when there is none).
const io::Config& user_config(const Context& context);
// --file, else FOLLOWUP_FILE, else the configuration's "file", else the XDG data folder.
std::filesystem::path resolve_data_file(const Context& context);
// --color, else FOLLOWUP_COLOR, else NO_COLOR (never), else the configuration's "color",
// else auto: colour on a terminal whose TERM is not dumb.
bool use_color(const Context& context);
// The command's own --format, else the global one, else FOLLOWUP_FORMAT, else the
// configuration's "format", else `fallback`.
Format resolve_format(const Context& context, const std::string& command_format,
                      Format fallback = Format::table);
// The cadence in force: the data file's settings, else the configuration's, else built-in.
Rules resolve_rules(const Context& context, const Pipeline& pipeline);
void add_format_option(CLI::App& command, std::string& format);
// -o FILE names its format by its extension ("report.csv": csv), as in hledger: the
// extension without its dot when it is one of `formats`, a usage error naming them
// otherwise, "" when there is no -o.
std::string format_from_output(const std::string& output,
                               std::initializer_list<std::string_view> formats);
// A command's result: on standard output, or into the -o FILE, replaced whole.
void deliver(const std::string& output, std::string_view text);

// Loads for a command that only reads. A missing file is an empty pipeline, with a
// warning on stderr, since a mistyped path would otherwise look like an empty day.
io::Loaded load_for_reading(const Context& context,
                            io::TouchNotes touch_notes = io::TouchNotes::keep);

// The one prospect `query` names; a usage error listing the candidates otherwise.
Prospect& find_one_prospect(Pipeline& pipeline, std::string_view query);
const Prospect& find_one_prospect(const Pipeline& pipeline, std::string_view query);

// A WHEN from the command line, with the local UTC offset filled in when it has a time.
Timestamp parse_when_option(std::string_view text, Date today, std::string_view option);
Channel parse_channel_option(std::string_view text, std::string_view option = "--channel");
Outcome parse_outcome_option(std::string_view text);
Status parse_status_option(std::string_view text);
std::vector<int> parse_cadence_option(std::string_view text);
// Text the user typed that will be stored: it must be UTF-8 the file can hold.
std::string checked_text(std::string text, std::string_view option);
std::string checked_tag(std::string tag, std::string_view option);

// "today", "tomorrow", "in 3 days", "2 days ago"
std::string relative_day(Date date, Date today);
void print(std::string_view text);
void warn(std::string_view message);

} // namespace followup::cli
