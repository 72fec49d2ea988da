#include "io/store_format.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <fmt/format.h>
#include <limits>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <unordered_set>

namespace followup::io {
namespace {

namespace od = simdjson::ondemand;

// Where in the text an error happened, as the "file:line:column" editors understand.
std::string location(std::string_view text, std::string_view source, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    return fmt::format("{}:{}:{}", source, line, offset - line_start + 1);
}

// A value from the file, as an error message may show it: short (the file holds people's
// notes, which an error has no business printing whole) and with control characters
// escaped, so a message stays one line and cannot drive the terminal.
std::string shown(std::string_view value) {
    constexpr std::size_t k_most = 40;
    std::string out;
    std::size_t shown_bytes = 0;
    for (; shown_bytes < value.size() && shown_bytes < k_most; ++shown_bytes) {
        const auto c = static_cast<unsigned char>(value[shown_bytes]);
        out += c < 0x20 || c == 0x7f ? fmt::format("\\u{:04x}", c)
                                     : std::string(1, value[shown_bytes]);
    }
    if (shown_bytes < value.size()) {
        // Never cut a UTF-8 sequence in two.
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) {
            out.pop_back();
        }
        if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) {
            out.pop_back();
        }
        out += "...";
    }
    return out;
}

// nlohmann's parser reports the exact byte of a syntax error, which simdjson's lazy
// parser cannot; it runs only once a file is already known to be broken.
struct SyntaxLocator : nlohmann::json_sax<nlohmann::json> {
    std::size_t position = 0;
    std::string message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t byte, const std::string&,
                     const nlohmann::detail::exception& error) override {
        position = byte;
        message = error.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error
        // while parsing value - invalid literal; last read: 'x'" -> keep what follows
        // the position, which we print in our own form.
        const auto colon = message.find(": ");
        if (colon != std::string::npos) {
            message.erase(0, colon + 2);
        }
        // "; last read: '...'" quotes the file up to the error: maybe a whole private note.
        const auto last_read = message.find("; last read:");
        if (last_read != std::string::npos) {
            message.erase(last_read);
        }
        return false;
    }
};

class Reader {
  public:
    Reader(std::string_view text, std::string_view source, std::vector<std::string>* notices)
        : text_(text), source_(source), notices_(notices) {}

    Pipeline read(simdjson::padded_string_view padded) {
        if (text_.starts_with("\xEF\xBB\xBF")) {
            fail(text_.data(), "the file starts with a byte-order mark; save it as UTF-8 without "
                               "one (JSON files have none)");
        }
        od::parser parser;
        od::document document;
        check_syntax(parser.iterate(padded).get(document), text_.data());
        od::object root;
        if (document.get_object().get(root) != simdjson::SUCCESS) {
            fail_syntax_or(text_.data(), "the top level must be a JSON object");
        }
        Pipeline pipeline;
        bool has_version = false;
        bool has_prospects = false;
        FieldSet seen;
        for (auto result : root) {
            od::field field;
            check_syntax(std::move(result).get(field), nullptr);
            const char* where = key_start(field);
            const std::string_view key = take_key(field, where, seen);
            od::value value = field.value();
            if (key == "version") {
                has_version = true;
                pipeline.version = static_cast<int>(
                    read_int(value, where, "version", 1, std::numeric_limits<int>::max()));
                if (pipeline.version > Pipeline::k_format_version) {
                    fail(where, fmt::format("file format version {} is newer than this followup "
                                            "understands ({}); upgrade followup to use this file",
                                            pipeline.version, Pipeline::k_format_version));
                }
            } else if (key == "next_id") {
                pipeline.next_id = read_int(value, where, "next_id", 1, k_max_id);
            } else if (key == "settings") {
                pipeline.settings = read_settings(value, where);
            } else if (key == "prospects") {
                has_prospects = true;
                read_prospects(value, where, pipeline.prospects);
            } else {
                pipeline.extra.push_back({std::string(key), read_raw(value, where)});
            }
        }
        // Anything left after the top-level object (a second document, stray text).
        const char* rest = nullptr;
        if (document.current_location().get(rest) == simdjson::SUCCESS) {
            fail_syntax_or(rest, "unexpected text after the top-level object");
        }
        if (!has_version) {
            fail(text_.data(), "missing \"version\" (this file format is version 1)");
        }
        if (!has_prospects) {
            fail(text_.data(), "missing \"prospects\" (an empty pipeline is \"prospects\": [])");
        }
        finish(pipeline);
        return pipeline;
    }

  private:
    static constexpr std::int64_t k_max_id = 999'999'999'999;

    // Keys already seen in one object, so a duplicated key is an error, not a silent loss.
    // The views point into the parser's buffer; objects have a dozen keys at most, so a
    // small array is searched instead of allocating a set for each of 100 000 objects.
    struct FieldSet {
        std::array<std::string_view, 16> first{};
        std::size_t count = 0;
        std::vector<std::string_view> more;

        bool insert(std::string_view key) {
            const auto end =
                first.begin() + static_cast<std::ptrdiff_t>(std::min(count, first.size()));
            if (std::find(first.begin(), end, key) != end ||
                std::find(more.begin(), more.end(), key) != more.end()) {
                return false;
            }
            if (count < first.size()) {
                first[count] = key;
            } else {
                more.push_back(key);
            }
            ++count;
            return true;
        }
    };

    // What the reader is inside, for error messages; formatted only when one is thrown.
    std::string context() const {
        if (in_settings_) {
            return "settings: ";
        }
        if (prospect_position_ == 0) {
            return {};
        }
        std::string out = prospect_id_ ? fmt::format("prospect #{}: ", *prospect_id_)
                                       : fmt::format("prospect number {}: ", prospect_position_);
        if (attempt_number_ > 0) {
            out += fmt::format("attempt {}: ", attempt_number_);
        }
        return out;
    }

    [[noreturn]] void fail(const char* where, const std::string& message) const {
        const std::size_t offset = where ? static_cast<std::size_t>(where - text_.data()) : 0;
        throw Error(fmt::format("{}: {}{}", location(text_, source_, offset), context(), message));
    }

    // A syntax error: let nlohmann find its exact spot; if it finds none (a limit of
    // simdjson's, such as nesting depth), report `message` at `where`.
    [[noreturn]] void fail_syntax_or(const char* where, const std::string& message) const {
        SyntaxLocator locator;
        nlohmann::json::sax_parse(text_, &locator, nlohmann::json::input_format_t::json, true);
        if (!locator.message.empty()) {
            const std::size_t offset = locator.position > 0 ? locator.position - 1 : 0;
            throw Error(fmt::format("{}: invalid JSON: {}", location(text_, source_, offset),
                                    locator.message));
        }
        const std::size_t offset = where ? static_cast<std::size_t>(where - text_.data()) : 0;
        throw Error(fmt::format("{}: {}", location(text_, source_, offset), message));
    }

    void check_syntax(simdjson::error_code error, const char* where) const {
        if (error != simdjson::SUCCESS) {
            fail_syntax_or(where, fmt::format("invalid JSON: {}", simdjson::error_message(error)));
        }
    }

    std::string_view take_key(od::field& field, const char* where, FieldSet& seen) const {
        // Keys without escapes (all of followup's) are used where they lie in the text;
        // only a key with a backslash is unescaped into the parser's buffer.
        const char* raw = field.key().raw();
        const char* text_end = text_.data() + text_.size();
        const auto* quote = static_cast<const char*>(
            std::memchr(raw, '"', static_cast<std::size_t>(text_end - raw)));
        std::string_view key;
        if (quote && std::memchr(raw, '\\', static_cast<std::size_t>(quote - raw)) == nullptr) {
            key = std::string_view(raw, static_cast<std::size_t>(quote - raw));
        } else {
            check_syntax(field.unescaped_key().get(key), where);
        }
        if (!seen.insert(key)) {
            fail(where, fmt::format("duplicate key \"{}\"", shown(key)));
        }
        return key;
    }

    [[noreturn]] void fail_type(const char* where, std::string_view field,
                                std::string_view want) const {
        fail(where, fmt::format("\"{}\" must be {}", field, want));
    }

    std::int64_t read_int(od::value& value, const char* where, std::string_view field,
                          std::int64_t minimum, std::int64_t maximum) const {
        std::int64_t number = 0;
        const auto error = value.get_int64().get(number);
        if (error != simdjson::SUCCESS || number < minimum || number > maximum) {
            if (error == simdjson::TAPE_ERROR) {
                check_syntax(error, where);
            }
            fail_type(where, field, fmt::format("a whole number from {} to {}", minimum, maximum));
        }
        return number;
    }

    // The unescaped text, valid while the parser lives: no copy for what is parsed further.
    std::string_view read_text(od::value& value, const char* where, std::string_view field) const {
        std::string_view text;
        if (value.get_string().get(text) != simdjson::SUCCESS) {
            fail_type(where, field, "a string");
        }
        return text;
    }

    std::string read_string(od::value& value, const char* where, std::string_view field) const {
        return std::string(read_text(value, where, field));
    }

    bool read_bool(od::value& value, const char* where, std::string_view field) const {
        bool flag = false;
        if (value.get_bool().get(flag) != simdjson::SUCCESS) {
            fail_type(where, field, "true or false");
        }
        return flag;
    }

    Date read_date(od::value& value, const char* where, std::string_view field) const {
        const std::string_view text = read_text(value, where, field);
        const auto date = parse_iso_date(text);
        if (!date) {
            fail(where,
                 fmt::format("\"{}\": \"{}\" is not a date (YYYY-MM-DD)", field, shown(text)));
        }
        return *date;
    }

    std::vector<int> read_days_list(od::value& value, const char* where,
                                    std::string_view field) const {
        std::vector<int> days;
        for_each_element(
            value, where, field, "a list of days, such as [3, 4, 7, 14]", [&](od::value& item) {
                days.push_back(static_cast<int>(read_int(item, where, field, 1, 3650)));
            });
        return days;
    }

    std::vector<Channel> read_channel_plan(od::value& value, const char* where) const {
        std::vector<Channel> plan;
        for_each_element(
            value, where, "channel_plan", "a list of channels, such as [\"call\", \"email\"]",
            [&](od::value& item) {
                const std::string text = read_string(item, where, "channel_plan");
                const auto channel = parse_channel(text);
                if (!channel) {
                    fail(where, fmt::format("\"channel_plan\": unknown channel \"{}\" (valid: {})",
                                            shown(text), channel_names()));
                }
                plan.push_back(*channel);
            });
        return plan;
    }

    std::vector<AwayPeriod> read_away(od::value& value, const char* where) const {
        std::vector<AwayPeriod> periods;
        for_each_element(
            value, where, "away", "a list of {\"from\": DATE, \"to\": DATE}", [&](od::value& item) {
                const char* at = start_of(item, where);
                od::object object;
                if (item.get_object().get(object) != simdjson::SUCCESS) {
                    fail_type(at, "away", "a list of {\"from\": DATE, \"to\": DATE}");
                }
                std::optional<Date> from;
                std::optional<Date> to;
                for (auto result : object) {
                    od::field field;
                    check_syntax(std::move(result).get(field), at);
                    const char* key_at = key_start(field);
                    std::string_view key;
                    check_syntax(field.unescaped_key().get(key), key_at);
                    od::value date = field.value();
                    if (key == "from") {
                        from = read_date(date, key_at, "from");
                    } else if (key == "to") {
                        to = read_date(date, key_at, "to");
                    } else {
                        fail(key_at, fmt::format("\"away\": unknown key \"{}\" (a period has "
                                                 "\"from\" and \"to\")",
                                                 key));
                    }
                }
                if (!from || !to || *to < *from) {
                    fail(at, "\"away\": a period needs \"from\" and \"to\", with \"to\" on or "
                             "after \"from\"");
                }
                periods.push_back({*from, *to});
            });
        return periods;
    }

    MonthDay read_month_day(od::value& value, const char* where, std::string_view field) const {
        const std::string text = read_string(value, where, field);
        const auto month_day = parse_month_day(text);
        if (!month_day) {
            fail(where,
                 fmt::format("\"{}\": \"{}\" is not a month and day (MM-DD)", field, shown(text)));
        }
        return MonthDay{month_day->first, month_day->second};
    }

    // Calls `visit` on each element of a list, after checking that `value` is one.
    template <typename Visit>
    void for_each_element(od::value& value, const char* where, std::string_view field,
                          std::string_view want, Visit visit) const {
        od::array array;
        if (value.get_array().get(array) != simdjson::SUCCESS) {
            fail_type(where, field, want);
        }
        for (auto element : array) {
            od::value item;
            check_syntax(std::move(element).get(item), where);
            visit(item);
        }
    }

    // Where a key begins in the text: its opening quote.
    static const char* key_start(od::field& field) { return field.key().raw() - 1; }

    // Where a value begins in the text, so errors about a whole object point at it.
    static const char* start_of(od::value& value, const char* fallback) {
        const std::string_view token = value.raw_json_token();
        return token.empty() ? fallback : token.data();
    }

    // An unknown field's value, kept verbatim. On Demand skips over values it is not asked
    // to read without checking them, so the kept text is checked here: a broken value
    // must not be copied into the next version of the file.
    std::string read_raw(od::value& value, const char* where) const {
        od::json_type type{};
        check_syntax(value.type().get(type), where);
        std::string_view raw;
        if (type == od::json_type::object) {
            od::object object;
            check_syntax(value.get_object().get(object), where);
            check_syntax(object.raw_json().get(raw), where);
        } else if (type == od::json_type::array) {
            od::array array;
            check_syntax(value.get_array().get(array), where);
            check_syntax(array.raw_json().get(raw), where);
        } else {
            raw = value.raw_json_token();
        }
        // The raw text runs up to the next token, so it may end in the white space before
        // it; kept, that would grow by a blank line at every save.
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' ||
                                raw.back() == '\t')) {
            raw.remove_suffix(1);
        }
        if (!nlohmann::json::accept(raw)) {
            fail_syntax_or(where, "invalid JSON in a field followup keeps as it is");
        }
        return std::string(raw);
    }

    Settings read_settings(od::value& value, const char* where) {
        od::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS) {
            fail_type(where, "settings", "an object");
        }
        Settings settings;
        FieldSet seen;
        in_settings_ = true;
        for (auto result : object) {
            od::field field;
            check_syntax(std::move(result).get(field), where);
            const char* at = key_start(field);
            const std::string_view key = take_key(field, at, seen);
            od::value item = field.value();
            if (key == "cadence_days") {
                settings.cadence_days = read_days_list(item, at, key);
            } else if (key == "after_fifth_days") {
                settings.after_fifth_days = static_cast<int>(read_int(item, at, key, 1, 3650));
            } else if (key == "dream_days") {
                settings.dream_days = static_cast<int>(read_int(item, at, key, 1, 3650));
            } else if (key == "nurture_days") {
                settings.nurture_days = static_cast<int>(read_int(item, at, key, 1, 3650));
            } else if (key == "abandon_after_days") {
                settings.abandon_after_days = static_cast<int>(read_int(item, at, key, 0, 3650));
            } else if (key == "skip_weekends") {
                settings.skip_weekends = read_bool(item, at, key);
            } else if (key == "channel_plan") {
                settings.channel_plan = read_channel_plan(item, at);
            } else if (key == "away") {
                settings.away = read_away(item, at);
            } else {
                settings.extra.push_back({std::string(key), read_raw(item, at)});
            }
        }
        in_settings_ = false;
        return settings;
    }

    void read_prospects(od::value& value, const char* where, std::vector<Prospect>& prospects) {
        for_each_element(value, where, "prospects", "a list", [&](od::value& item) {
            prospects.push_back(read_prospect(item, start_of(item, where), prospects.size() + 1));
        });
    }

    Prospect read_prospect(od::value& value, const char* where, std::size_t position) {
        od::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS) {
            fail(where, fmt::format("prospect number {} in the list is not an object", position));
        }
        prospect_position_ = position;
        prospect_id_.reset();
        attempt_number_ = 0;
        Prospect prospect;
        FieldSet seen;
        bool has_id = false;
        bool has_name = false;
        bool has_created = false;
        for (auto result : object) {
            od::field field;
            check_syntax(std::move(result).get(field), where);
            const char* at = key_start(field);
            const std::string_view key = take_key(field, at, seen);
            od::value item = field.value();
            if (key == "id") {
                prospect.id = read_int(item, at, key, 1, k_max_id);
                if (!is_new_id(prospect.id)) {
                    fail(at, fmt::format("a second prospect has the id {}; give one of them an "
                                         "unused id",
                                         prospect.id));
                }
                has_id = true;
                prospect_id_ = prospect.id;
            } else if (key == "name") {
                prospect.name = read_string(item, at, key);
                has_name = true;
            } else if (key == "company") {
                prospect.company = read_string(item, at, key);
            } else if (key == "email") {
                prospect.email = read_string(item, at, key);
            } else if (key == "phone") {
                prospect.phone = read_string(item, at, key);
            } else if (key == "tags") {
                prospect.tags = read_tags(item, at);
            } else if (key == "status") {
                const std::string_view text = read_text(item, at, key);
                const auto status = parse_status(text);
                if (!status) {
                    fail(at, fmt::format("\"status\": unknown value \"{}\" (valid: {})",
                                         shown(text), status_names()));
                }
                prospect.status = *status;
            } else if (key == "dream") {
                prospect.dream = read_bool(item, at, key);
            } else if (key == "created") {
                prospect.created = read_date(item, at, key);
                has_created = true;
            } else if (key == "next") {
                prospect.next = read_date(item, at, key);
            } else if (key == "cadence") {
                prospect.cadence = read_days_list(item, at, key);
            } else if (key == "channel_plan") {
                prospect.channel_plan = read_channel_plan(item, at);
            } else if (key == "birthday") {
                prospect.birthday = read_month_day(item, at, key);
            } else if (key == "anniversary") {
                prospect.anniversary = read_month_day(item, at, key);
            } else if (key == "notes") {
                prospect.notes = read_string(item, at, key);
            } else if (key == "attempts") {
                read_attempts(item, at, prospect.attempts);
            } else {
                prospect.extra.push_back({std::string(key), read_raw(item, at)});
            }
        }
        const char* missing = !has_id        ? "id"
                              : !has_name    ? "name"
                              : !has_created ? "created"
                                             : nullptr;
        if (missing) {
            fail(where, fmt::format("missing \"{}\"", missing));
        }
        prospect_position_ = 0;
        return prospect;
    }

    std::vector<std::string> read_tags(od::value& value, const char* where) const {
        std::vector<std::string> tags;
        for_each_element(value, where, "tags", "a list of strings", [&](od::value& item) {
            tags.push_back(read_string(item, where, "tags"));
        });
        return tags;
    }

    void read_attempts(od::value& value, const char* where, std::vector<Attempt>& attempts) {
        for_each_element(value, where, "attempts", "a list", [&](od::value& item) {
            attempt_number_ = attempts.size() + 1;
            attempts.push_back(read_attempt(item, start_of(item, where)));
        });
        attempt_number_ = 0;
    }

    Attempt read_attempt(od::value& value, const char* where) {
        od::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS) {
            fail(where, "not an object");
        }
        Attempt attempt;
        FieldSet seen;
        bool has_at = false;
        bool has_channel = false;
        bool has_outcome = false;
        for (auto result : object) {
            od::field field;
            check_syntax(std::move(result).get(field), where);
            const char* at = key_start(field);
            const std::string_view key = take_key(field, at, seen);
            od::value item = field.value();
            if (key == "at") {
                const std::string_view text = read_text(item, at, key);
                const auto timestamp = parse_timestamp(text);
                if (!timestamp) {
                    fail(at, fmt::format("\"at\": \"{}\" is not a date or date-time "
                                         "(YYYY-MM-DDTHH:MM:SS+HH:MM)",
                                         shown(text)));
                }
                attempt.at = *timestamp;
                has_at = true;
            } else if (key == "channel") {
                const std::string_view text = read_text(item, at, key);
                const auto channel = parse_channel(text);
                if (!channel) {
                    fail(at, fmt::format("\"channel\": unknown value \"{}\" (valid: {})",
                                         shown(text), channel_names()));
                }
                attempt.channel = *channel;
                has_channel = true;
            } else if (key == "outcome") {
                const std::string_view text = read_text(item, at, key);
                const auto outcome = parse_outcome(text);
                if (!outcome) {
                    fail(at, fmt::format("\"outcome\": unknown value \"{}\" (valid: {})",
                                         shown(text), outcome_names()));
                }
                attempt.outcome = *outcome;
                has_outcome = true;
            } else if (key == "note") {
                attempt.note = read_string(item, at, key);
            } else if (key == "value") {
                attempt.value = read_string(item, at, key);
            } else if (key == "objection") {
                attempt.objection = read_string(item, at, key);
            } else if (key == "answers") {
                attempt.answers = read_bool(item, at, key);
            } else {
                attempt.extra.push_back({std::string(key), read_raw(item, at)});
            }
        }
        const char* missing = !has_at        ? "at"
                              : !has_channel ? "channel"
                              : !has_outcome ? "outcome"
                                             : nullptr;
        if (missing) {
            fail(where, fmt::format("missing \"{}\"", missing));
        }
        return attempt;
    }

    // Prospects are kept by id and attempts by time; a hand-edited file may have them in
    // another order, which the next write puts right. Two prospects with one id cannot be
    // put right without guessing, so they are refused.
    void finish(Pipeline& pipeline) const {
        auto by_id = [](const Prospect& a, const Prospect& b) {
            return a.id < b.id;
        };
        if (!std::is_sorted(pipeline.prospects.begin(), pipeline.prospects.end(), by_id)) {
            notice("the prospects are not in id order");
            std::stable_sort(pipeline.prospects.begin(), pipeline.prospects.end(), by_id);
        }
        auto by_time = [](const Attempt& a, const Attempt& b) {
            return is_before(a.at, b.at);
        };
        for (Prospect& prospect : pipeline.prospects) {
            if (!std::is_sorted(prospect.attempts.begin(), prospect.attempts.end(), by_time)) {
                notice(
                    fmt::format("prospect #{}: the attempts are not in time order", prospect.id));
                std::stable_sort(prospect.attempts.begin(), prospect.attempts.end(), by_time);
            }
        }
    }

    void notice(std::string message) const {
        if (notices_) {
            notices_->push_back(std::move(message));
        }
    }

    std::string_view text_;
    std::string_view source_;
    std::vector<std::string>* notices_;
    // Ids come in increasing order in a file followup wrote; only a file that breaks the
    // order pays for a set.
    bool is_new_id(std::int64_t id) {
        if (ids_seen_.empty() && id > last_id_) {
            last_id_ = id;
            ids_so_far_.push_back(id);
            return true;
        }
        if (ids_seen_.empty()) {
            // Every id so far was smaller than last_id_ and distinct: remember them all.
            for (const std::int64_t seen : ids_so_far_) {
                ids_seen_.insert(seen);
            }
        }
        return ids_seen_.insert(id).second;
    }

    std::int64_t last_id_ = 0;
    std::vector<std::int64_t> ids_so_far_;
    std::unordered_set<std::int64_t> ids_seen_;
    bool in_settings_ = false;
    std::size_t prospect_position_ = 0; // 1-based; 0 outside a prospect
    std::optional<std::int64_t> prospect_id_;
    std::size_t attempt_number_ = 0; // 1-based; 0 outside an attempt
};

// ---- writing ------------------------------------------------------------------------

class Writer {
  public:
    explicit Writer(std::string& out) : out_(out) {}

    void pipeline(const Pipeline& pipeline) {
        out_ += "{\n  \"version\": ";
        append_int(pipeline.version);
        if (pipeline.next_id) {
            out_ += ",\n  \"next_id\": ";
            append_int(*pipeline.next_id);
        }
        if (pipeline.settings) {
            out_ += ",\n  \"settings\": ";
            settings(*pipeline.settings);
        }
        out_ += ",\n  \"prospects\": [";
        for (std::size_t i = 0; i < pipeline.prospects.size(); ++i) {
            out_ += i == 0 ? "\n    " : ",\n    ";
            prospect(pipeline.prospects[i]);
        }
        out_ += pipeline.prospects.empty() ? "]" : "\n  ]";
        extra(pipeline.extra, "  ");
        out_ += "\n}\n";
    }

  private:
    void key(std::string_view indent, std::string_view name) {
        out_ += ",\n";
        out_ += indent;
        append_json_string(out_, name);
        out_ += ": ";
    }

    // The first key of an object, which needs no comma before it.
    void first_key(std::string_view indent, std::string_view name) {
        out_ += "{\n";
        out_ += indent;
        append_json_string(out_, name);
        out_ += ": ";
    }

    void append_int(std::int64_t value) {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out_.append(buffer, result.ptr);
    }

    void string_field(std::string_view indent, std::string_view name,
                      const std::optional<std::string>& value) {
        if (value) {
            key(indent, name);
            append_json_string(out_, *value);
        }
    }

    void int_list(const std::vector<int>& values) {
        out_ += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0) {
                out_ += ", ";
            }
            append_int(values[i]);
        }
        out_ += ']';
    }

    void channel_list(const std::vector<Channel>& channels) {
        out_ += '[';
        for (std::size_t i = 0; i < channels.size(); ++i) {
            if (i > 0) {
                out_ += ", ";
            }
            append_json_string(out_, to_string(channels[i]));
        }
        out_ += ']';
    }

    void month_day(std::string_view indent, std::string_view name,
                   const std::optional<MonthDay>& value) {
        if (value) {
            key(indent, name);
            out_ += fmt::format("\"{:02}-{:02}\"", value->month, value->day);
        }
    }

    void extra(const ExtraFields& fields, std::string_view indent) {
        for (const ExtraField& field : fields) {
            key(indent, field.key);
            out_ += field.raw_json;
        }
    }

    void settings(const Settings& settings) {
        constexpr std::string_view indent = "    ";
        out_ += '{';
        const std::size_t start = out_.size();
        if (settings.cadence_days) {
            key(indent, "cadence_days");
            int_list(*settings.cadence_days);
        }
        auto number = [&](std::string_view name, const std::optional<int>& value) {
            if (value) {
                key(indent, name);
                append_int(*value);
            }
        };
        number("after_fifth_days", settings.after_fifth_days);
        number("dream_days", settings.dream_days);
        number("nurture_days", settings.nurture_days);
        number("abandon_after_days", settings.abandon_after_days);
        if (settings.skip_weekends) {
            key(indent, "skip_weekends");
            out_ += *settings.skip_weekends ? "true" : "false";
        }
        if (settings.channel_plan) {
            key(indent, "channel_plan");
            channel_list(*settings.channel_plan);
        }
        if (settings.away) {
            key(indent, "away");
            out_ += '[';
            for (std::size_t i = 0; i < settings.away->size(); ++i) {
                const AwayPeriod& period = (*settings.away)[i];
                out_ += i == 0 ? "\n      {\"from\": " : ",\n      {\"from\": ";
                append_json_string(out_, format_date(period.from));
                out_ += ", \"to\": ";
                append_json_string(out_, format_date(period.to));
                out_ += '}';
            }
            out_ += settings.away->empty() ? "]" : "\n    ]";
        }
        extra(settings.extra, indent);
        if (out_.size() == start) {
            out_ += '}';
            return;
        }
        out_.erase(start, 1); // the first field's comma
        out_ += "\n  }";
    }

    void prospect(const Prospect& prospect) {
        constexpr std::string_view indent = "      ";
        first_key(indent, "id");
        append_int(prospect.id);
        key(indent, "name");
        append_json_string(out_, prospect.name);
        string_field(indent, "company", prospect.company);
        string_field(indent, "email", prospect.email);
        string_field(indent, "phone", prospect.phone);
        key(indent, "tags");
        out_ += '[';
        for (std::size_t i = 0; i < prospect.tags.size(); ++i) {
            if (i > 0) {
                out_ += ", ";
            }
            append_json_string(out_, prospect.tags[i]);
        }
        out_ += ']';
        key(indent, "status");
        append_json_string(out_, to_string(prospect.status));
        key(indent, "dream");
        out_ += prospect.dream ? "true" : "false";
        key(indent, "created");
        append_json_string(out_, format_date(prospect.created));
        if (prospect.next) {
            key(indent, "next");
            append_json_string(out_, format_date(*prospect.next));
        }
        if (prospect.cadence) {
            key(indent, "cadence");
            int_list(*prospect.cadence);
        }
        if (prospect.channel_plan) {
            key(indent, "channel_plan");
            channel_list(*prospect.channel_plan);
        }
        month_day(indent, "birthday", prospect.birthday);
        month_day(indent, "anniversary", prospect.anniversary);
        string_field(indent, "notes", prospect.notes);
        key(indent, "attempts");
        out_ += '[';
        for (std::size_t i = 0; i < prospect.attempts.size(); ++i) {
            out_ += i == 0 ? "\n        " : ",\n        ";
            attempt(prospect.attempts[i]);
        }
        out_ += prospect.attempts.empty() ? "]" : "\n      ]";
        extra(prospect.extra, indent);
        out_ += "\n    }";
    }

    void attempt(const Attempt& attempt) {
        constexpr std::string_view indent = "          ";
        first_key(indent, "at");
        append_json_string(out_, format_timestamp(attempt.at));
        key(indent, "channel");
        append_json_string(out_, to_string(attempt.channel));
        key(indent, "outcome");
        append_json_string(out_, to_string(attempt.outcome));
        string_field(indent, "note", attempt.note);
        string_field(indent, "value", attempt.value);
        string_field(indent, "objection", attempt.objection);
        if (attempt.answers) {
            key(indent, "answers");
            out_ += "true";
        }
        extra(attempt.extra, indent);
        out_ += "\n        }";
    }

    std::string& out_;
};

} // namespace

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char k_hex[] = "0123456789abcdef";
    out += '"';
    std::size_t run_start = 0;
    static constexpr auto k_needs_escape = [] {
        std::array<bool, 256> table{};
        for (std::size_t c = 0; c < 0x20; ++c) {
            table[c] = true;
        }
        table['"'] = true;
        table['\\'] = true;
        return table;
    }();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!k_needs_escape[c]) {
            continue;
        }
        out.append(text.data() + run_start, i - run_start);
        run_start = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += k_hex[c >> 4];
            out += k_hex[c & 0xF];
        }
    }
    out.append(text.data() + run_start, text.size() - run_start);
    out += '"';
}

Pipeline parse_pipeline(std::string_view text, std::string_view source,
                        std::vector<std::string>* notices) {
    // On Demand reads a little past the end of its input, so it needs a padded copy.
    // Errors locate themselves by pointers into the text parsed, so the reader is given
    // the copy, not the original.
    const simdjson::padded_string padded(text);
    return Reader(std::string_view(padded.data(), padded.size()), source, notices).read(padded);
}

Pipeline parse_pipeline_in_place(const std::string& text, std::string_view source,
                                 std::vector<std::string>* notices) {
    if (text.capacity() - text.size() < simdjson::SIMDJSON_PADDING) {
        return parse_pipeline(std::string_view(text), source, notices);
    }
    return Reader(text, source, notices)
        .read(simdjson::padded_string_view(text.data(), text.size(), text.capacity()));
}

std::string serialize_pipeline(const Pipeline& pipeline) {
    std::string out;
    // About 260 bytes a prospect and 170 an attempt: one allocation for most files.
    std::size_t estimate = 64;
    for (const Prospect& prospect : pipeline.prospects) {
        estimate += 320 + prospect.attempts.size() * 200;
    }
    out.reserve(estimate);
    Writer(out).pipeline(pipeline);
    if (!simdjson::validate_utf8(out.data(), out.size())) {
        throw Error("refusing to write text that is not valid UTF-8 into the data file");
    }
    return out;
}

} // namespace followup::io
