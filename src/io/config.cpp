#include "io/config.hpp"

#include "core/error.hpp"
#include "io/json_syntax.hpp"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <vector>

namespace followup::io {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// The settings keys share the data file's names and limits (docs/file-format.md).
constexpr std::string_view k_known_keys =
    "file, format, color, cadence_days, after_fifth_days, dream_days, nurture_days, "
    "abandon_after_days, skip_weekends, channel_plan";

class ConfigReader {
  public:
    ConfigReader(fs::path path, const EnvLookup& env) : path_(std::move(path)), env_(env) {}

    Config read(std::string_view text) {
        const json document = parse(text);
        if (!document.is_object()) {
            fail("the configuration must be a JSON object, such as {\"format\": \"csv\"}");
        }
        Config config;
        config.source = path_;
        for (const auto& [key, value] : document.items()) {
            if (key == "file") {
                config.file = data_file(string(key, value));
            } else if (key == "format") {
                config.format = one_of(key, value, {"table", "csv", "tsv", "json"});
            } else if (key == "color") {
                config.color = one_of(key, value, {"auto", "always", "never"});
            } else if (key == "cadence_days") {
                config.settings.cadence_days = days_list(key, value);
            } else if (key == "after_fifth_days") {
                config.settings.after_fifth_days = days(key, value, 1);
            } else if (key == "dream_days") {
                config.settings.dream_days = days(key, value, 1);
            } else if (key == "nurture_days") {
                config.settings.nurture_days = days(key, value, 1);
            } else if (key == "abandon_after_days") {
                config.settings.abandon_after_days = days(key, value, 0);
            } else if (key == "skip_weekends") {
                if (!value.is_boolean()) {
                    fail_key(key, "must be true or false");
                }
                config.settings.skip_weekends = value.get<bool>();
            } else if (key == "channel_plan") {
                config.settings.channel_plan = channel_plan(key, value);
            } else {
                // A misspelt key would otherwise be ignored without a word.
                fail_key(key, fmt::format("is not a setting (known: {})", k_known_keys));
            }
        }
        return config;
    }

  private:
    [[noreturn]] void fail(const std::string& message) const {
        throw usage_error(fmt::format("{}: {}", path_.string(), message));
    }

    [[noreturn]] void fail_key(std::string_view key, std::string_view message) const {
        fail(fmt::format("\"{}\" {}", key, message));
    }

    json parse(std::string_view text) const {
        if (text.starts_with("\xEF\xBB\xBF")) {
            fail("the file starts with a byte-order mark; save it as UTF-8 without one");
        }
        // nlohmann keeps the last of two equal keys; a person who wrote one twice meant
        // one of them, so say so instead of guessing.
        std::vector<std::set<std::string>> keys_seen;
        std::string duplicate;
        const json::parser_callback_t on_event = [&](int, json::parse_event_t event, json& parsed) {
            if (event == json::parse_event_t::object_start) {
                keys_seen.emplace_back();
            } else if (event == json::parse_event_t::object_end && !keys_seen.empty()) {
                keys_seen.pop_back();
            } else if (event == json::parse_event_t::key && !keys_seen.empty() &&
                       !keys_seen.back().insert(parsed.get<std::string>()).second &&
                       duplicate.empty()) {
                duplicate = parsed.get<std::string>();
            }
            return true;
        };
        // The data file's syntax checker names the spot and the reason the same way for
        // both files; nlohmann then only reads what is known to be valid.
        if (const auto error = find_json_syntax_error(text)) {
            throw usage_error(fmt::format("{}: not valid JSON: {}",
                                          text_location(text, path_.string(), error->offset),
                                          error->message));
        }
        json document = json::parse(text.begin(), text.end(), on_event);
        if (!duplicate.empty()) {
            fail_key(duplicate, "is given twice; keep one");
        }
        return document;
    }

    std::string string(std::string_view key, const json& value) const {
        if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
            fail_key(key, "must be a non-empty string");
        }
        return value.get<std::string>();
    }

    std::string one_of(std::string_view key, const json& value,
                       std::initializer_list<std::string_view> allowed) const {
        const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
        for (const std::string_view name : allowed) {
            if (text == name) {
                return text;
            }
        }
        std::string names;
        for (const std::string_view name : allowed) {
            names += (names.empty() ? "" : ", ") + std::string(name);
        }
        fail_key(key, fmt::format("cannot be {} (valid: {})", text, names));
    }

    int days(std::string_view key, const json& value, int minimum) const {
        if (!value.is_number_integer() || value.get<std::int64_t>() < minimum ||
            value.get<std::int64_t>() > k_max_wait_days) {
            fail_key(key, fmt::format("must be a whole number of days from {} to {}", minimum,
                                      k_max_wait_days));
        }
        return value.get<int>();
    }

    std::vector<int> days_list(std::string_view key, const json& value) const {
        std::vector<int> waits;
        if (value.is_array() && !value.empty()) {
            for (const json& item : value) {
                if (!item.is_number_integer() || item.get<std::int64_t>() < 1 ||
                    item.get<std::int64_t>() > k_max_wait_days) {
                    waits.clear();
                    break;
                }
                waits.push_back(item.get<int>());
            }
        }
        if (waits.empty()) {
            fail_key(key, fmt::format("must be a list of waits in days from 1 to {}, such as "
                                      "[3, 4, 7, 14]",
                                      k_max_wait_days));
        }
        return waits;
    }

    std::vector<Channel> channel_plan(std::string_view key, const json& value) const {
        std::vector<Channel> plan;
        if (!value.is_array() || value.empty()) {
            fail_key(key, "must be a list of channels, such as [\"call\", \"email\"]");
        }
        for (const json& item : value) {
            const auto channel =
                item.is_string() ? parse_channel(item.get<std::string>()) : std::nullopt;
            if (!channel) {
                fail_key(key,
                         fmt::format("cannot hold {} (valid: {})", item.dump(), channel_names()));
            }
            plan.push_back(*channel);
        }
        return plan;
    }

    // "~/pipeline.json" is the home folder's; a relative path is the configuration
    // folder's, so the file means the same whatever folder followup runs in (cron's is /).
    fs::path data_file(const std::string& text) const {
        if (text == "~" || text.starts_with("~/")) {
            const auto home = env_("HOME");
            if (!home) {
                fail("\"file\" starts with ~ but HOME is not set; write the full path");
            }
            return fs::path(*home) / text.substr(std::min<std::size_t>(2, text.size()));
        }
        const fs::path path(text);
        return path.is_absolute() ? path : path_.parent_path() / path;
    }

    fs::path path_;
    const EnvLookup& env_;
};

} // namespace

std::optional<fs::path> default_config_file(const EnvLookup& env) {
    if (auto file = env("FOLLOWUP_CONFIG")) {
        return fs::path(*file);
    }
    // The XDG spec says relative paths in these variables are to be ignored.
    if (auto config_home = env("XDG_CONFIG_HOME"); config_home && config_home->front() == '/') {
        return fs::path(*config_home) / "followup" / "config.json";
    }
    if (auto home = env("HOME")) {
        return fs::path(*home) / ".config" / "followup" / "config.json";
    }
    return std::nullopt;
}

Config load_config(const fs::path& path, bool required, const EnvLookup& env) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
        if (required) {
            throw usage_error(fmt::format("no configuration file at {}", path.string()));
        }
        return {};
    }
    if (fs::is_directory(status)) {
        throw usage_error(
            fmt::format("cannot read {}: it is a folder, not a configuration file", path.string()));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(fmt::format("cannot read {}: {}", path.string(), std::strerror(errno)));
    }
    std::ostringstream text;
    text << in.rdbuf();
    return ConfigReader(path, env).read(text.view());
}

} // namespace followup::io
