#include "cli/context.hpp"

#include "core/error.hpp"
#include "core/lookup.hpp"
#include "core/text.hpp"
#include "io/output.hpp"

#include <charconv>
#include <cstdio>
#include <fmt/format.h>

namespace followup::cli {

Date resolve_today(const Context& context) {
    std::string text = context.global.today;
    std::string_view source = "--today";
    if (text.empty()) {
        if (auto value = context.env("FOLLOWUP_TODAY")) {
            text = *value;
            source = "FOLLOWUP_TODAY";
        }
    }
    if (text.empty()) {
        return io::local_today();
    }
    const auto date = parse_iso_date(text);
    if (!date) {
        throw usage_error(fmt::format("{}: '{}' is not a date; use YYYY-MM-DD", source, text));
    }
    return *date;
}

bool is_today_fixed(const Context& context) {
    return !context.global.today.empty() || context.env("FOLLOWUP_TODAY").has_value();
}

const io::Config& user_config(const Context& context) {
    if (!context.config) {
        if (!context.global.config.empty()) {
            context.config = io::load_config(context.global.config, true, context.env);
        } else if (const auto path = io::default_config_file(context.env)) {
            const bool named = context.env("FOLLOWUP_CONFIG").has_value();
            context.config = io::load_config(*path, named, context.env);
        } else {
            context.config = io::Config{};
        }
    }
    return *context.config;
}

std::filesystem::path resolve_data_file(const Context& context) {
    if (!context.global.file.empty()) {
        return context.global.file;
    }
    if (auto file = context.env("FOLLOWUP_FILE")) {
        return *file;
    }
    if (const auto& file = user_config(context).file) {
        return *file;
    }
    if (auto path = io::default_data_file(context.env)) {
        return *path;
    }
    throw usage_error("no data file: pass --file PATH, set FOLLOWUP_FILE or \"file\" in the "
                      "configuration (HOME is not set, so the default "
                      "~/.local/share/followup/followup.json is unknown)");
}

bool use_color(const Context& context) {
    std::string mode = context.global.color;
    if (mode.empty()) {
        if (auto value = context.env("FOLLOWUP_COLOR")) {
            mode = *value;
            if (mode != "auto" && mode != "always" && mode != "never") {
                throw usage_error(fmt::format(
                    "FOLLOWUP_COLOR: unknown value '{}' (valid: auto, always, never)", mode));
            }
        } else if (context.env("NO_COLOR")) {
            mode = "never";
        } else {
            mode = user_config(context).color.value_or("auto");
        }
    }
    if (mode == "always") {
        return true;
    }
    if (mode == "never") {
        return false;
    }
    const auto term = context.env("TERM");
    return context.stdout_is_tty && !(term && *term == "dumb");
}

Format resolve_format(const Context& context, const std::string& command_format, Format fallback) {
    std::string name = command_format.empty() ? context.global.format : command_format;
    std::string_view source = "--format";
    if (name.empty()) {
        if (auto value = context.env("FOLLOWUP_FORMAT")) {
            name = *value;
            source = "FOLLOWUP_FORMAT";
        } else if (const auto& configured = user_config(context).format) {
            name = *configured;
        }
    }
    if (name.empty()) {
        return fallback;
    }
    if (name == "table") {
        return Format::table;
    }
    if (name == "csv") {
        return Format::csv;
    }
    if (name == "tsv") {
        return Format::tsv;
    }
    if (name == "json") {
        return Format::json;
    }
    throw usage_error(
        fmt::format("{}: unknown format '{}' (valid: table, csv, tsv, json)", source, name));
}

Rules resolve_rules(const Context& context, const Pipeline& pipeline) {
    return rules_from(pipeline.settings, user_config(context).settings);
}

std::string format_from_output(const std::string& output,
                               std::initializer_list<std::string_view> formats) {
    if (output.empty()) {
        return {};
    }
    const std::string extension = std::filesystem::path(output).extension().string();
    std::string names; // ".csv, .tsv or .json"
    std::size_t index = 0;
    for (const std::string_view format : formats) {
        if (extension.size() > 1 && extension.substr(1) == format) {
            return std::string(format);
        }
        const bool last = ++index == formats.size();
        names += fmt::format("{}.{}", index == 1 ? "" : last ? " or " : ", ", format);
    }
    throw usage_error(fmt::format("-o {}: cannot tell the format from the extension; name the "
                                  "file {}, or pass --format",
                                  output, names));
}

void deliver(const std::string& output, std::string_view text) {
    if (output.empty()) {
        print(text);
    } else {
        io::write_output_file(output, text);
    }
}

void add_format_option(CLI::App& command, std::string& format) {
    command.add_option("--format", format, "Output format: table, csv, tsv or json")
        ->type_name("FORMAT");
}

io::Loaded load_for_reading(const Context& context, io::TouchNotes touch_notes) {
    const auto path = resolve_data_file(context);
    io::Loaded loaded = io::load_pipeline(path, {}, touch_notes);
    loaded.keep_until_exit = true; // see io::Loaded
    if (!loaded.file_existed) {
        warn(fmt::format("no data file at {} yet; 'followup add NAME' creates it", path.string()));
    }
    return loaded;
}

const Prospect& find_one_prospect(const Pipeline& pipeline, std::string_view query) {
    const auto matches = find_prospects(pipeline, query);
    if (matches.size() == 1) {
        return *matches.front();
    }
    if (matches.empty()) {
        throw usage_error(fmt::format(
            "no prospect matches '{}'; 'followup list' shows them all, with their ids", query));
    }
    std::string candidates;
    const std::size_t shown = std::min<std::size_t>(matches.size(), 8);
    for (std::size_t i = 0; i < shown; ++i) {
        candidates += (i > 0 ? ", " : "") + describe(*matches[i]);
    }
    if (matches.size() > shown) {
        candidates += fmt::format(" and {} more", matches.size() - shown);
    }
    throw usage_error(fmt::format("ambiguous prospect '{}': {}; use the id", query, candidates));
}

Prospect& find_one_prospect(Pipeline& pipeline, std::string_view query) {
    const Prospect& found = find_one_prospect(std::as_const(pipeline), query);
    return *pipeline.find_by_id(found.id);
}

Timestamp parse_when_option(std::string_view text, Date today, std::string_view option) {
    auto when = parse_when(text, today);
    if (!when) {
        if (const auto outside = parse_when_out_of_range(text, today)) {
            throw usage_error(fmt::format("{}: '{}' is {}; followup keeps dates from {} to {}",
                                          option, text, format_date(*outside),
                                          format_date(k_first_date), format_date(k_last_date)));
        }
        throw usage_error(fmt::format(
            "{}: '{}' is not a date; use YYYY-MM-DD, YYYY-MM-DDTHH:MM, today, yesterday, "
            "tomorrow, +3d, -2d, +2w or a weekday name",
            option, text));
    }
    if (when->time) {
        when->time->utc_offset_minutes =
            io::local_utc_offset_minutes(when->date, when->time->hour, when->time->minute);
    }
    return *when;
}

Channel parse_channel_option(std::string_view text, std::string_view option) {
    if (const auto channel = parse_channel(text)) {
        return *channel;
    }
    throw usage_error(
        fmt::format("{}: unknown channel '{}' (valid: {})", option, text, channel_names()));
}

Outcome parse_outcome_option(std::string_view text) {
    if (const auto outcome = parse_outcome(text)) {
        return *outcome;
    }
    throw usage_error(
        fmt::format("--outcome: unknown outcome '{}' (valid: {})", text, outcome_names()));
}

Status parse_status_option(std::string_view text) {
    if (const auto status = parse_status(text)) {
        return *status;
    }
    throw usage_error(
        fmt::format("--status: unknown status '{}' (valid: {})", text, status_names()));
}

std::vector<int> parse_cadence_option(std::string_view text) {
    std::vector<int> waits;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string_view part = text.substr(start, comma - start);
        int days = 0;
        const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), days);
        if (part.empty() || error != std::errc{} || end != part.data() + part.size() || days < 1 ||
            days > k_max_wait_days) {
            throw usage_error(fmt::format(
                "--cadence: '{}' is not a list of waits in days, such as 3,4,7,14", text));
        }
        waits.push_back(days);
        start = comma + 1;
    }
    return waits;
}

std::string checked_text(std::string text, std::string_view option) {
    if (!is_valid_utf8(text)) {
        throw usage_error(fmt::format("{}: the text is not valid UTF-8", option));
    }
    return text;
}

std::string checked_tag(std::string tag, std::string_view option) {
    if (tag.empty()) {
        throw usage_error(fmt::format("{}: a tag cannot be empty", option));
    }
    return checked_text(std::move(tag), option);
}

std::string relative_day(Date date, Date today) {
    const int days = days_between(today, date);
    if (days == 0) {
        return "today";
    }
    if (days == 1) {
        return "tomorrow";
    }
    if (days == -1) {
        return "yesterday";
    }
    return days > 0 ? fmt::format("in {} days", days) : fmt::format("{} days ago", -days);
}

void print(std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
}

void warn(std::string_view message) {
    fmt::print(stderr, "followup: warning: {}\n", message);
}

} // namespace followup::cli
