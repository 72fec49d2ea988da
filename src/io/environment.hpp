#pragma once
// What followup takes from its surroundings: environment variables, the clock and the
// local time zone. Kept here so that everything else can be handed plain values.

#include "core/date.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace followup::io {

using EnvLookup = std::function<std::optional<std::string>(const char* name)>;

// The process environment; an empty variable counts as unset.
std::optional<std::string> process_env(const char* name);

// Where the data file lives when neither --file, FOLLOWUP_FILE nor the configuration
// says: $XDG_DATA_HOME/followup/followup.json, else ~/.local/share/followup/followup.json.
// nullopt when none of them can be known (cron with no HOME, say).
std::optional<std::filesystem::path> default_data_file(const EnvLookup& env);

// Today's date in the local time zone (TZ decides).
Date local_today();
// Now, with the local UTC offset: what `log` records when no --date is given.
Timestamp local_now();
// The local UTC offset in effect at a wall-clock time (daylight saving included).
int local_utc_offset_minutes(Date date, int hour, int minute);

} // namespace followup::io
