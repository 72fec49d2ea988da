#pragma once
// The user's configuration file: defaults for the options they would otherwise type every
// time (which data file, which output format, colour) and their own cadence.
//
// Precedence, highest first: the command-line flag, the environment, this file, the
// built-in default. For the cadence settings the data file's own "settings" come first,
// since they belong to that pipeline (a team's shared file, say), then this file.

#include "core/model.hpp"
#include "io/environment.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace followup::io {

struct Config {
    std::optional<std::filesystem::path> source; // the file it came from, if any
    std::optional<std::filesystem::path> file;   // already made absolute
    std::optional<std::string> format;           // table, csv, tsv or json
    std::optional<std::string> color;            // auto, always or never
    Settings settings;                           // only the keys the user wrote
};

// Where the configuration is looked for: $FOLLOWUP_CONFIG, else
// $XDG_CONFIG_HOME/followup/config.json, else ~/.config/followup/config.json; nullopt
// when none can be known (cron without HOME).
std::optional<std::filesystem::path> default_config_file(const EnvLookup& env);

// Reads the configuration at `path`. A missing file is an empty configuration unless
// `required` (it was named by --config or FOLLOWUP_CONFIG, so a typo must not pass
// silently). Anything wrong in it is a usage error naming path:line:col or the key.
Config load_config(const std::filesystem::path& path, bool required, const EnvLookup& env);

} // namespace followup::io
