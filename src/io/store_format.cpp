#include "io/store_format.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "io/json_syntax.hpp"
#include "io/memory.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <fmt/format.h>
#include <iterator>
#include <limits>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <simdjson.h>
#include <system_error>
#include <thread>
#include <unordered_set>
#include <utility>

namespace followup::io {
namespace {

namespace od = simdjson::ondemand;

// The keys each kind of object knows, in the order followup writes them: a key's place
// in its table is its enumerator and its bit in ObjectKeys::seen_.
enum class TopKey { version, next_id, settings, prospects, unknown };
constexpr std::array<std::string_view, 4> k_top_keys{"version", "next_id", "settings", "prospects"};
enum class SettingsKey {
    cadence_days,
    after_fifth_days,
    dream_days,
    nurture_days,
    abandon_after_days,
    skip_weekends,
    channel_plan,
    away,
    unknown
};
constexpr std::array<std::string_view, 8> k_settings_keys{
    "cadence_days",       "after_fifth_days", "dream_days",   "nurture_days",
    "abandon_after_days", "skip_weekends",    "channel_plan", "away"};
enum class ProspectKey {
    id,
    name,
    company,
    email,
    phone,
    tags,
    status,
    dream,
    created,
    next,
    cadence,
    channel_plan,
    birthday,
    anniversary,
    notes,
    attempts,
    unknown
};
constexpr std::array<std::string_view, 16> k_prospect_keys{
    "id",      "name", "company", "email",        "phone",    "tags",        "status", "dream",
    "created", "next", "cadence", "channel_plan", "birthday", "anniversary", "notes",  "attempts"};
enum class AttemptKey { at, channel, outcome, note, value, objection, answers, unknown };
constexpr std::array<std::string_view, 7> k_attempt_keys{"at",    "channel",   "outcome", "note",
                                                         "value", "objection", "answers"};

// The keys of one object as they are read: which known key each is, and whether it came
// before. Known keys are recognised where they lie in the text, trying first the one
// that follows the last in followup's own order, so a file followup wrote costs one
// comparison a key; a bit each finds a repeated one. Unknown keys (rare) are
// remembered in a list, then in a hash set once there are many, so that an object with
// 100,000 of them still costs linear time.
template <std::size_t N>
class ObjectKeys {
  public:
    static_assert(N <= 32);
    explicit ObjectKeys(const std::array<std::string_view, N>& names) : names_(names) {}

    // The known key the text after a key's opening quote spells out, without escapes
    // (followup writes none in keys); N when it is none of them. The text lies in a
    // padded buffer, so reading a name's length plus one past `raw` is always safe.
    std::size_t match_raw(const char* raw) {
        if (next_ < N && spells(raw, names_[next_])) {
            return next_++;
        }
        for (std::size_t i = 0; i < N; ++i) {
            if (spells(raw, names_[i])) {
                next_ = i + 1;
                return i;
            }
        }
        return N;
    }

    // The known key `key` (unescaped) is; N when it is none of them.
    std::size_t match(std::string_view key) const {
        return static_cast<std::size_t>(std::find(names_.begin(), names_.end(), key) -
                                        names_.begin());
    }

    std::string_view name(std::size_t index) const { return names_[index]; }

    // False when the known key `index` came before in this object.
    bool first_time(std::size_t index) {
        const std::uint32_t bit = std::uint32_t{1} << index;
        const bool fresh = (seen_ & bit) == 0;
        seen_ |= bit;
        return fresh;
    }

    // False when the unknown key `key` came before in this object. `key` must stay valid
    // while the object is read (it points into the text or the parser's buffer).
    bool first_time(std::string_view key) {
        constexpr std::size_t k_list_most = 8;
        if (!many_) {
            if (std::find(few_.begin(), few_.end(), key) != few_.end()) {
                return false;
            }
            few_.push_back(key);
            if (few_.size() > k_list_most) {
                many_ = std::make_unique<std::unordered_set<std::string_view>>(few_.begin(),
                                                                               few_.end());
            }
            return true;
        }
        return many_->insert(key).second;
    }

  private:
    // Keys are a few bytes long: a loop the compiler keeps inline beats a memcmp call,
    // and the closing quote, checked first, turns away most keys of another length.
    static bool spells(const char* raw, std::string_view name) {
        if (raw[name.size()] != '"') {
            return false;
        }
        for (std::size_t i = 0; i < name.size(); ++i) {
            if (raw[i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    const std::array<std::string_view, N>& names_;
    std::size_t next_ = 0;
    std::uint32_t seen_ = 0;
    std::vector<std::string_view> few_;
    std::unique_ptr<std::unordered_set<std::string_view>> many_;
};

class Reader {
  public:
    Reader(std::string_view text, std::string_view source, std::vector<std::string>* notices,
           TouchNotes touch_notes = TouchNotes::keep, const ReadProgress* progress = nullptr)
        : text_(text), source_(source), notices_(notices), touch_notes_(touch_notes),
          progress_(progress) {}

    Pipeline read(od::parser& parser, simdjson::padded_string_view padded) {
        if (text_.starts_with("\xEF\xBB\xBF")) {
            fail(text_.data(), "the file starts with a byte-order mark; save it as UTF-8 without "
                               "one (JSON files have none)");
        }
        od::document document;
        check_syntax(parser.iterate(padded).get(document), text_.data());
        od::object root;
        if (document.get_object().get(root) != simdjson::SUCCESS) {
            fail_syntax_or(text_.data(), "the top level must be a JSON object");
        }
        Pipeline pipeline;
        bool has_version = false;
        bool has_prospects = false;
        ObjectKeys keys(k_top_keys);
        for (auto result : root) {
            od::field field;
            check_syntax(std::move(result).get(field), nullptr);
            const char* where = key_start(field);
            std::string_view name;
            const auto key = take_key<TopKey>(field, where, keys, name);
            od::value value = field.value();
            switch (key) {
            case TopKey::version:
                has_version = true;
                pipeline.version = static_cast<int>(
                    read_int(value, where, name, 1, std::numeric_limits<int>::max()));
                if (pipeline.version > Pipeline::k_format_version) {
                    throw NewerFormatError(fmt::format(
                        "{}: file format version {} is newer than this followup understands "
                        "({}); upgrade followup to use this file",
                        text_location(text_, source_, offset_of(where)), pipeline.version,
                        Pipeline::k_format_version));
                }
                break;
            case TopKey::next_id:
                pipeline.next_id = read_int(value, where, name, 1, k_max_id);
                break;
            case TopKey::settings:
                pipeline.settings = read_settings(value, where);
                break;
            case TopKey::prospects:
                has_prospects = true;
                read_prospects(value, where, pipeline.prospects);
                if (prospects_end_ != nullptr) {
                    check_prospects_end(document);
                }
                break;
            case TopKey::unknown:
                pipeline.extra.push_back({std::string(name), read_raw(value, where)});
                break;
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

    // For the first piece of a file read in pieces (see read_in_pieces): the text is the
    // file's start up to the '}' put at `prospects_end`, and "prospects" must be the list
    // that ends at the ']' put just before it, or the pieces were cut in the wrong place.
    void expect_prospects_end(const char* prospects_end) { prospects_end_ = prospects_end; }

    // Any other piece: a list of prospects, alone in its text.
    std::vector<Prospect> read_prospect_list(od::parser& parser,
                                             simdjson::padded_string_view padded) {
        od::document document;
        check_syntax(parser.iterate(padded).get(document), text_.data());
        od::array list;
        check_syntax(document.get_array().get(list), text_.data());
        std::vector<Prospect> prospects;
        for (auto element : list) {
            od::value item;
            check_syntax(std::move(element).get(item), nullptr);
            const char* at = start_of(item, text_.data());
            read_prospect(item, at, prospects.size() + 1, prospects.emplace_back());
        }
        const char* rest = nullptr;
        if (document.current_location().get(rest) == simdjson::SUCCESS) {
            fail(rest, "text after the list of prospects");
        }
        put_attempts_in_order(prospects);
        return prospects;
    }

    // True when the ids came in increasing order, so no set was needed to check them.
    bool ids_increased() const { return ids_seen_.empty(); }

  private:
    static constexpr std::int64_t k_max_id = 999'999'999'999;

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

    std::size_t offset_of(const char* where) const {
        return where ? static_cast<std::size_t>(where - text_.data()) : 0;
    }

    [[noreturn]] void fail(const char* where, const std::string& message) const {
        throw Error(fmt::format("{}: {}{}", text_location(text_, source_, offset_of(where)),
                                context(), message));
    }

    // A syntax error: find its exact spot with one pass over the text (simdjson says what
    // but not where); if that pass finds none (a limit of simdjson's, such as nesting
    // depth), report `message` at `where`.
    [[noreturn]] void fail_syntax_or(const char* where, const std::string& message) const {
        if (const auto error = find_json_syntax_error(text_)) {
            throw Error(fmt::format("{}: invalid JSON: {}",
                                    text_location(text_, source_, error->offset), error->message));
        }
        const std::size_t offset = where ? static_cast<std::size_t>(where - text_.data()) : 0;
        throw Error(fmt::format("{}: {}", text_location(text_, source_, offset), message));
    }

    void check_syntax(simdjson::error_code error, const char* where) const {
        if (error != simdjson::SUCCESS) {
            fail_syntax_or(where, fmt::format("invalid JSON: {}", simdjson::error_message(error)));
        }
    }

    // Which key of `keys` the field's key is (Key::unknown for one this version does not
    // know), its unescaped text in `name`; a repeated key is an error, not a silent loss.
    template <typename Key, std::size_t N>
    Key take_key(od::field& field, const char* where, ObjectKeys<N>& keys,
                 std::string_view& name) const {
        const char* raw = field.key().raw();
        std::size_t index = keys.match_raw(raw);
        if (index < N) {
            name = keys.name(index);
        } else {
            name = key_text(field, raw, where);
            index = keys.match(name);
        }
        if (!(index < N ? keys.first_time(index) : keys.first_time(name))) {
            fail(where, fmt::format("duplicate key \"{}\"", excerpt(name)));
        }
        return static_cast<Key>(index);
    }

    // A key's text: where it lies when it has no escapes, else unescaped into the
    // parser's buffer. Either stays valid while the parser lives.
    std::string_view key_text(od::field& field, const char* raw, const char* where) const {
        const char* text_end = text_.data() + text_.size();
        const auto* quote = static_cast<const char*>(
            std::memchr(raw, '"', static_cast<std::size_t>(text_end - raw)));
        if (quote && std::memchr(raw, '\\', static_cast<std::size_t>(quote - raw)) == nullptr) {
            return {raw, static_cast<std::size_t>(quote - raw)};
        }
        std::string_view key;
        check_syntax(field.unescaped_key().get(key), where);
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

    // A string's text, valid while the parser lives. A string without escapes (nearly
    // all of them) is used where it lies in the file: simdjson's first pass has already
    // checked its UTF-8 and refused raw control characters in it, so there is nothing
    // to unescape or check, and no copy. Only one with a backslash is unescaped.
    std::string_view read_text(od::value& value, const char* where, std::string_view field) const {
        // The token runs from the opening quote to the next JSON token, so it may end in
        // white space after the closing quote; a string has no unescaped quote inside.
        const std::string_view token = value.raw_json_token();
        if (!token.empty() && token.front() == '"') {
            // Usually a comma follows at once, so the token ends with the quote.
            const std::size_t close =
                token.back() == '"' ? token.size() - 1 : token.find_last_of('"');
            if (close > 0) {
                const std::string_view inside = token.substr(1, close - 1);
                if (std::memchr(inside.data(), '\\', inside.size()) == nullptr) {
                    return inside;
                }
            }
        }
        std::string_view text;
        if (value.get_string().get(text) != simdjson::SUCCESS) {
            fail_type(where, field, "a string");
        }
        return text;
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
                 fmt::format("\"{}\": \"{}\" is not a date (YYYY-MM-DD)", field, excerpt(text)));
        }
        return *date;
    }

    std::vector<int> read_days_list(od::value& value, const char* where,
                                    std::string_view field) const {
        std::vector<int> days;
        for_each_element(
            value, where, field, "a list of days, such as [3, 4, 7, 14]", [&](od::value& item) {
                days.push_back(static_cast<int>(read_int(item, where, field, 1, k_max_wait_days)));
            });
        return days;
    }

    std::vector<Channel> read_channel_plan(od::value& value, const char* where) const {
        std::vector<Channel> plan;
        for_each_element(
            value, where, "channel_plan", "a list of channels, such as [\"call\", \"email\"]",
            [&](od::value& item) {
                const std::string_view text = read_text(item, where, "channel_plan");
                const auto channel = parse_channel(text);
                if (!channel) {
                    fail(where, fmt::format("\"channel_plan\": unknown channel \"{}\" (valid: {})",
                                            excerpt(text), channel_names()));
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
        const std::string_view text = read_text(value, where, field);
        const auto month_day = parse_month_day(text);
        if (!month_day) {
            fail(where, fmt::format("\"{}\": \"{}\" is not a month and day (MM-DD)", field,
                                    excerpt(text)));
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
        if (const auto error = find_json_syntax_error(raw)) {
            throw Error(fmt::format(
                "{}: invalid JSON: {}",
                text_location(text_, source_,
                              static_cast<std::size_t>(raw.data() - text_.data()) + error->offset),
                error->message));
        }
        return std::string(raw);
    }

    Settings read_settings(od::value& value, const char* where) {
        od::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS) {
            fail_type(where, "settings", "an object");
        }
        Settings settings;
        ObjectKeys keys(k_settings_keys);
        in_settings_ = true;
        for (auto result : object) {
            od::field field;
            check_syntax(std::move(result).get(field), where);
            const char* at = key_start(field);
            std::string_view name;
            const auto key = take_key<SettingsKey>(field, at, keys, name);
            od::value item = field.value();
            switch (key) {
            case SettingsKey::cadence_days:
                settings.cadence_days = read_days_list(item, at, name);
                break;
            case SettingsKey::after_fifth_days:
                settings.after_fifth_days =
                    static_cast<int>(read_int(item, at, name, 1, k_max_wait_days));
                break;
            case SettingsKey::dream_days:
                settings.dream_days =
                    static_cast<int>(read_int(item, at, name, 1, k_max_wait_days));
                break;
            case SettingsKey::nurture_days:
                settings.nurture_days =
                    static_cast<int>(read_int(item, at, name, 1, k_max_wait_days));
                break;
            case SettingsKey::abandon_after_days:
                settings.abandon_after_days =
                    static_cast<int>(read_int(item, at, name, 0, k_max_wait_days));
                break;
            case SettingsKey::skip_weekends:
                settings.skip_weekends = read_bool(item, at, name);
                break;
            case SettingsKey::channel_plan:
                settings.channel_plan = read_channel_plan(item, at);
                break;
            case SettingsKey::away:
                settings.away = read_away(item, at);
                break;
            case SettingsKey::unknown:
                settings.extra.push_back({std::string(name), read_raw(item, at)});
                break;
            }
        }
        in_settings_ = false;
        return settings;
    }

    // Each prospect is read in place at the end of the list, with no copy afterwards.
    // (Counting them first to allocate the list once saved 1.7 MB at 10,000 prospects
    // but cost 8% more instructions: the parser walks its whole index to count.)
    void read_prospects(od::value& value, const char* where, std::vector<Prospect>& prospects) {
        for_each_element(value, where, "prospects", "a list", [&](od::value& item) {
            const char* at = start_of(item, where);
            report_progress(at);
            const std::size_t position = prospects.size() + 1;
            read_prospect(item, at, position, prospects.emplace_back());
        });
    }

    // Everything before a prospect is done with, which progress_ hears every megabyte.
    void report_progress(const char* at) {
        constexpr std::size_t k_progress_step = std::size_t{1} << 20;
        if (progress_ && offset_of(at) - progress_told_ >= k_progress_step) {
            (*progress_)(progress_told_, offset_of(at));
            progress_told_ = offset_of(at);
        }
    }

    void check_prospects_end(od::document& document) const {
        const char* next = nullptr;
        if (document.current_location().get(next) != simdjson::SUCCESS || next != prospects_end_) {
            fail(next, "the pieces were not cut between two prospects");
        }
    }

    void read_prospect(od::value& value, const char* where, std::size_t position,
                       Prospect& prospect) {
        od::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS) {
            fail(where, fmt::format("prospect number {} in the list is not an object", position));
        }
        prospect_position_ = position;
        prospect_id_.reset();
        attempt_number_ = 0;
        ObjectKeys keys(k_prospect_keys);
        bool has_id = false;
        bool has_name = false;
        bool has_created = false;
        for (auto result : object) {
            od::field field;
            check_syntax(std::move(result).get(field), where);
            const char* at = key_start(field);
            std::string_view name;
            const auto key = take_key<ProspectKey>(field, at, keys, name);
            od::value item = field.value();
            switch (key) {
            case ProspectKey::id:
                prospect.id = read_int(item, at, name, 1, k_max_id);
                if (!is_new_id(prospect.id)) {
                    fail(at, fmt::format("a second prospect has the id {}; give one of them an "
                                         "unused id",
                                         prospect.id));
                }
                has_id = true;
                prospect_id_ = prospect.id;
                break;
            case ProspectKey::name:
                prospect.name = read_text(item, at, name);
                has_name = true;
                break;
            case ProspectKey::company:
                prospect.company = read_text(item, at, name);
                break;
            case ProspectKey::email:
                prospect.email = read_text(item, at, name);
                break;
            case ProspectKey::phone:
                prospect.phone = read_text(item, at, name);
                break;
            case ProspectKey::tags:
                prospect.tags = read_tags(item, at);
                break;
            case ProspectKey::status: {
                const std::string_view text = read_text(item, at, name);
                const auto status = parse_status(text);
                if (!status) {
                    fail(at, fmt::format("\"status\": unknown value \"{}\" (valid: {})",
                                         excerpt(text), status_names()));
                }
                prospect.status = *status;
                break;
            }
            case ProspectKey::dream:
                prospect.dream = read_bool(item, at, name);
                break;
            case ProspectKey::created:
                prospect.created = read_date(item, at, name);
                has_created = true;
                break;
            case ProspectKey::next:
                prospect.next = read_date(item, at, name);
                break;
            case ProspectKey::cadence:
                prospect.cadence = read_days_list(item, at, name);
                break;
            case ProspectKey::channel_plan:
                prospect.channel_plan = read_channel_plan(item, at);
                break;
            case ProspectKey::birthday:
                prospect.birthday = read_month_day(item, at, name);
                break;
            case ProspectKey::anniversary:
                prospect.anniversary = read_month_day(item, at, name);
                break;
            case ProspectKey::notes:
                prospect.notes = read_text(item, at, name);
                break;
            case ProspectKey::attempts:
                read_attempts(item, at, prospect.attempts);
                break;
            case ProspectKey::unknown:
                prospect.extra.push_back({std::string(name), read_raw(item, at)});
                break;
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
    }

    std::vector<std::string> read_tags(od::value& value, const char* where) const {
        std::vector<std::string> tags;
        for_each_element(value, where, "tags", "a list of strings", [&](od::value& item) {
            tags.emplace_back(read_text(item, where, "tags"));
        });
        return tags;
    }

    // The attempts are read into one reused list, then moved into a vector of exactly
    // their number: no growth by doubling, so no spare capacity kept for every prospect.
    void read_attempts(od::value& value, const char* where, std::vector<Attempt>& attempts) {
        std::vector<Attempt>& read = attempts_read_;
        read.clear();
        for_each_element(value, where, "attempts", "a list", [&](od::value& item) {
            attempt_number_ = read.size() + 1;
            const char* at = start_of(item, where);
            read_attempt(item, at, read.emplace_back());
        });
        attempt_number_ = 0;
        attempts.assign(std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
    }

    void read_attempt(od::value& value, const char* where, Attempt& attempt) {
        od::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS) {
            fail(where, "not an object");
        }
        ObjectKeys keys(k_attempt_keys);
        bool has_at = false;
        bool has_channel = false;
        bool has_outcome = false;
        for (auto result : object) {
            od::field field;
            check_syntax(std::move(result).get(field), where);
            const char* at = key_start(field);
            std::string_view name;
            const auto key = take_key<AttemptKey>(field, at, keys, name);
            od::value item = field.value();
            switch (key) {
            case AttemptKey::at: {
                const std::string_view text = read_text(item, at, name);
                if (!read_timestamp(text, attempt.at)) {
                    fail(at, fmt::format("\"at\": \"{}\" is not a date or date-time "
                                         "(YYYY-MM-DDTHH:MM:SS+HH:MM)",
                                         excerpt(text)));
                }
                has_at = true;
                break;
            }
            case AttemptKey::channel: {
                const std::string_view text = read_text(item, at, name);
                const auto channel = parse_channel(text);
                if (!channel) {
                    fail(at, fmt::format("\"channel\": unknown value \"{}\" (valid: {})",
                                         excerpt(text), channel_names()));
                }
                attempt.channel = *channel;
                has_channel = true;
                break;
            }
            case AttemptKey::outcome: {
                const std::string_view text = read_text(item, at, name);
                const auto outcome = parse_outcome(text);
                if (!outcome) {
                    fail(at, fmt::format("\"outcome\": unknown value \"{}\" (valid: {})",
                                         excerpt(text), outcome_names()));
                }
                attempt.outcome = *outcome;
                has_outcome = true;
                break;
            }
            case AttemptKey::note: {
                const std::string_view note = read_text(item, at, name);
                if (touch_notes_ == TouchNotes::keep) {
                    attempt.note = note;
                }
                break;
            }
            case AttemptKey::value:
                attempt.value = read_text(item, at, name);
                break;
            case AttemptKey::objection:
                attempt.objection = read_text(item, at, name);
                break;
            case AttemptKey::answers:
                attempt.answers = read_bool(item, at, name);
                break;
            case AttemptKey::unknown:
                attempt.extra.push_back({std::string(name), read_raw(item, at)});
                break;
            }
        }
        const char* missing = !has_at        ? "at"
                              : !has_channel ? "channel"
                              : !has_outcome ? "outcome"
                                             : nullptr;
        if (missing) {
            fail(where, fmt::format("missing \"{}\"", missing));
        }
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
        put_attempts_in_order(pipeline.prospects);
    }

    void put_attempts_in_order(std::vector<Prospect>& prospects) const {
        auto by_time = [](const Attempt& a, const Attempt& b) {
            return is_before(a.at, b.at);
        };
        for (Prospect& prospect : prospects) {
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
    const TouchNotes touch_notes_;
    const ReadProgress* progress_;
    std::size_t progress_told_ = 0;       // the last offset given to progress_
    const char* prospects_end_ = nullptr; // see expect_prospects_end
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
    std::vector<Attempt> attempts_read_; // see read_attempts
    bool in_settings_ = false;
    std::size_t prospect_position_ = 0; // 1-based; 0 outside a prospect
    std::optional<std::int64_t> prospect_id_;
    std::size_t attempt_number_ = 0; // 1-based; 0 outside an attempt
};

bool is_json_space(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// The bytes that make a JSON document of each piece, by their offset in the text, in
// increasing order.
using Edits = std::vector<std::pair<std::size_t, char>>;
Edits splice_edits(const Pieces& pieces) {
    Edits edits;
    edits.reserve(pieces.cuts.size() * 2 + 1);
    for (std::size_t i = 0; i < pieces.cuts.size(); ++i) {
        // The first piece is the file's start: its list of prospects, then the top-level
        // object, close there. Every other piece is a list of its own.
        edits.emplace_back(pieces.cuts[i], ']');
        if (i == 0) {
            edits.emplace_back(pieces.cuts[i] + 1, '}');
        }
        edits.emplace_back(pieces.begins[i], '[');
    }
    return edits;
}

// The edits put into the text while read_in_pieces reads it, and put back as they were
// when it is done, whatever happens.
class Splice {
  public:
    Splice(char* text, const Edits& edits) : text_(text) {
        saved_.reserve(edits.size());
        for (const auto& [offset, byte] : edits) {
            put(offset, byte);
        }
    }
    ~Splice() {
        for (const auto& [offset, byte] : saved_) {
            text_[offset] = byte;
        }
    }
    Splice(const Splice&) = delete;
    Splice& operator=(const Splice&) = delete;

  private:
    void put(std::size_t offset, char byte) {
        saved_.emplace_back(offset, text_[offset]);
        text_[offset] = byte;
    }

    char* text_;
    std::vector<std::pair<std::size_t, char>> saved_;
};

// Reads `text` cut into `pieces`: the first as a whole pipeline whose list of prospects
// must end at the first cut, every other as a list of prospects. One thread, or two that
// take the pieces in turn (from options.two_threads_from); each thread reuses one parser,
// so the parser's index is the size of a piece, not of the file. With options.copy, each
// piece is parsed from a copy in its thread's buffer, the text is not written, and
// options.progress hears that all of it is done with once it is cut; without, the
// pieces are parsed where they lie, and the text stays whole until the end.
// Nullopt when any piece fails in any way, or the ids do not rise from one piece into the
// next: then the one-thread reader reads the whole text again, to report the error (or
// the order it puts right) exactly as it always does.
std::optional<Pipeline> read_in_pieces(char* text, std::size_t size, const Pieces& pieces,
                                       std::string_view source, std::vector<std::string>* notices,
                                       const ReadOptions& options) {
    const bool two_threads =
        size >= options.two_threads_from && std::thread::hardware_concurrency() != 1;
    const CopyText& copy = options.copy;
    const Edits edits = splice_edits(pieces);
    std::optional<Splice> splice;
    if (!copy) {
        splice.emplace(text, edits);
    } else if (options.progress) {
        // Copied, the text is done with once its cuts are found. Finding them touched a
        // page or so at each cut, but the kernel maps a mapped file's pages in large
        // runs around each touch: 94 MB of a 141 MB file at 100,000 prospects, held
        // beside the whole model unless given back now.
        options.progress(0, size);
    }
    const std::size_t padded_end = size + k_parse_padding;
    const std::size_t count = pieces.cuts.size() + 1;

    struct Piece {
        std::vector<Prospect> prospects;
        std::vector<std::string> notices;
        bool done = false; // read whole, its ids rising
    };
    std::vector<Piece> read(count);
    std::optional<Pipeline> head;
    std::atomic<std::size_t> next_piece{0};
    std::atomic<bool> failed{false};

    // The pieces read so far go into the one list of prospects in file order, as soon
    // as the pieces before them are in: each piece's memory is then free again for the
    // next, instead of every piece being held until the end next to the whole list.
    std::mutex merge_mutex;
    std::size_t merged = 0;                // pieces in head->prospects
    std::vector<std::string> notices_read; // given to the caller only when all is well
    auto merge_in_order = [&]() {
        while (merged < count && read[merged].done) {
            Piece& piece = read[merged];
            std::vector<Prospect>& all = head->prospects;
            if (merged == 0) {
                all = std::move(piece.prospects);
                // Room for the file's prospects at the first piece's density, and a tenth
                // more, so the list is rarely moved; room never written costs no memory.
                const std::size_t first_bytes = pieces.cuts[0];
                all.reserve(all.size() * (size / first_bytes + 1) * 11 / 10);
            } else if (all.back().id >= piece.prospects.front().id) {
                failed = true; // the one-thread reader says which ids are out of order
                return;
            } else {
                std::move(piece.prospects.begin(), piece.prospects.end(), std::back_inserter(all));
            }
            std::vector<Prospect>().swap(piece.prospects);
            notices_read.insert(notices_read.end(), std::make_move_iterator(piece.notices.begin()),
                                std::make_move_iterator(piece.notices.end()));
            ++merged;
        }
    };

    // Where piece `index` begins and ends in the text. The first piece ends after the '}'
    // put after its ']', the last with the list's own ']', every other with the ']' put
    // at its cut.
    auto bounds = [&](std::size_t index) {
        const std::size_t begin = index == 0 ? 0 : pieces.begins[index - 1];
        const std::size_t end = index == 0           ? pieces.cuts[0] + 2
                                : index == count - 1 ? pieces.list_end
                                                     : pieces.cuts[index] + 1;
        return std::pair{begin, end};
    };
    // False when the piece cannot be read alone. `buffer` is the thread's, for a copy.
    auto read_piece = [&](od::parser& parser, std::span<char> buffer, std::size_t index) {
        Piece& piece = read[index];
        const auto [begin, end] = bounds(index);
        const std::size_t length = end - begin;
        const char* start = text + begin;
        std::size_t capacity = padded_end - begin;
        if (copy) {
            if (!copy(begin, buffer.first(length))) {
                return false;
            }
            auto edit = std::lower_bound(edits.begin(), edits.end(), begin,
                                         [](const std::pair<std::size_t, char>& one,
                                            std::size_t at) { return one.first < at; });
            for (; edit != edits.end() && edit->first < end; ++edit) {
                buffer[edit->first - begin] = edit->second;
            }
            std::memset(buffer.data() + length, 0, k_parse_padding);
            start = buffer.data();
            capacity = length + k_parse_padding;
        }
        const std::string_view piece_text(start, length);
        const simdjson::padded_string_view padded(start, length, capacity);
        Reader reader(piece_text, source, &piece.notices, options.touch_notes);
        std::optional<Pipeline> first;
        if (index == 0) {
            reader.expect_prospects_end(start + pieces.cuts[0] + 1);
            first = reader.read(parser, padded);
            piece.prospects = std::move(first->prospects);
            first->prospects.clear();
        } else {
            piece.prospects = reader.read_prospect_list(parser, padded);
        }
        if (!reader.ids_increased() || piece.prospects.empty()) {
            return false;
        }
        const std::lock_guard lock(merge_mutex);
        if (first) {
            head = std::move(first);
        }
        piece.done = true;
        merge_in_order();
        return true;
    };
    // Sized once for the longest piece: a parser grown piece by piece would leave each
    // smaller buffer behind, in huge pages that are not given back.
    std::size_t longest = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const auto [begin, end] = bounds(i);
        longest = std::max(longest, end - begin);
    }
    auto work = [&]() noexcept {
        // The copies' buffer, in the heap's huge pages like the model.
        std::unique_ptr<char[]> copies;
        if (copy) {
            try {
                copies = std::make_unique_for_overwrite<char[]>(longest + k_parse_padding);
            } catch (const std::bad_alloc&) {
                failed = true;
                return;
            }
        }
        const std::span<char> buffer(copies.get(), copies ? longest + k_parse_padding : 0);
        od::parser parser;
        {
            // Each parser's index and string buffer, about 6 bytes a byte of the piece: in
            // small pages for 256 KiB pieces, in the heap for a small text's 64 KiB ones.
            const SmallPages small_pages(longest * 6);
            if (parser.allocate(longest) != simdjson::SUCCESS) {
                failed = true;
                return;
            }
        }
        while (!failed.load(std::memory_order_relaxed)) {
            const std::size_t index = next_piece.fetch_add(1);
            if (index >= count) {
                return;
            }
            bool ok = false;
            try {
                ok = read_piece(parser, buffer, index);
            } catch (...) { // the whole text is read again, which reports it
            }
            if (!ok) {
                failed = true;
            }
        }
    };

    std::thread helper;
    if (two_threads) {
        try {
            helper = std::thread(work);
        } catch (const std::system_error&) { // no thread to be had: this one reads them all
        }
    }
    work();
    if (helper.joinable()) {
        helper.join();
    }
    if (failed || merged != count) {
        return std::nullopt;
    }
    if (notices) {
        notices->insert(notices->end(), std::make_move_iterator(notices_read.begin()),
                        std::make_move_iterator(notices_read.end()));
    }
    return head;
}

// Reads `text` (followed by k_parse_padding readable bytes): in pieces when it is large
// enough and can be cut (see find_pieces), else as one document.
Pipeline parse_writable(char* text, std::size_t size, std::string_view source,
                        std::vector<std::string>* notices, const ReadOptions& options) {
    const ReadProgress* progress = options.progress ? &options.progress : nullptr;
    if (options.read_in_pieces) {
        *options.read_in_pieces = false;
    }
    const std::size_t piece_size = options.piece_size != 0 ? options.piece_size
                                   : size < k_map_from     ? k_small_text_piece_size
                                                           : k_piece_size;
    if (const auto pieces = find_pieces(std::string_view(text, size), piece_size)) {
        if (auto pipeline = read_in_pieces(text, size, *pieces, source, notices, options)) {
            if (options.read_in_pieces) {
                *options.read_in_pieces = true;
            }
            return std::move(*pipeline);
        }
    }
    od::parser parser;
    return Reader(std::string_view(text, size), source, notices, options.touch_notes, progress)
        .read(parser, simdjson::padded_string_view(text, size, size + k_parse_padding));
}

} // namespace

std::optional<Pieces> find_pieces(std::string_view text, std::size_t piece_size) {
    // The list of prospects must close the file: "]", then "}", with only white space
    // around them. (A pipeline with fields after its prospects is read in one piece.)
    std::size_t end = text.size();
    auto skip_space_back = [&]() {
        while (end > 0 && is_json_space(text[end - 1])) {
            --end;
        }
    };
    skip_space_back();
    if (end == 0 || text[end - 1] != '}') {
        return std::nullopt;
    }
    --end;
    skip_space_back();
    if (end == 0 || text[end - 1] != ']') {
        return std::nullopt;
    }
    const std::size_t list_end = end;
    --end;
    skip_space_back();
    if (end == 0 || text[end - 1] != '}') {
        return std::nullopt; // an empty list
    }
    // The last prospect's closing brace begins its line: its indentation is the
    // prospects', and a newline, that indentation and "}," ends a prospect before another.
    // A raw newline is never inside a JSON string, so the brace after it is JSON's own.
    const std::size_t last_brace = end - 1;
    std::size_t line_start = last_brace;
    while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) {
        --line_start;
    }
    if (line_start == 0 || text[line_start - 1] != '\n') {
        return std::nullopt; // not one prospect a line, as in a minified file
    }
    std::string pattern(1, '\n');
    pattern.append(text.substr(line_start, last_brace - line_start));
    pattern.append("},");
    Pieces pieces;
    pieces.list_end = list_end;
    std::size_t from = std::max<std::size_t>(piece_size, 1);
    while (from < last_brace) {
        const std::size_t found = text.find(pattern, from);
        if (found == std::string_view::npos || found >= last_brace) {
            break;
        }
        const std::size_t cut = found + pattern.size() - 1; // the comma
        std::size_t brace = cut + 1;
        while (brace < text.size() && is_json_space(text[brace])) {
            ++brace;
        }
        // Two bytes of white space at least, for the "}" and "[" put there.
        if (brace < text.size() && text[brace] == '{' && brace - cut >= 3) {
            pieces.cuts.push_back(cut);
            pieces.begins.push_back(brace - 1);
            from = brace + piece_size;
        } else {
            from = found + 1;
        }
    }
    if (pieces.cuts.empty()) {
        return std::nullopt;
    }
    return pieces;
}

Pipeline parse_pipeline(std::string_view text, std::string_view source,
                        std::vector<std::string>* notices) {
    // On Demand reads a little past the end of its input, so it needs a padded copy.
    // Errors locate themselves by pointers into the text parsed, so the reader is given
    // the copy, not the original.
    simdjson::padded_string padded(text);
    return parse_writable(padded.data(), padded.size(), source, notices, {});
}

Pipeline parse_pipeline_in_place(const std::string& text, std::string_view source,
                                 std::vector<std::string>* notices) {
    if (text.capacity() - text.size() < k_parse_padding) {
        return parse_pipeline(std::string_view(text), source, notices);
    }
    return parse_pipeline_padded(text, source, notices);
}

Pipeline parse_pipeline_padded(std::string_view text, std::string_view source,
                               std::vector<std::string>* notices) {
    static_assert(k_parse_padding >= simdjson::SIMDJSON_PADDING);
    od::parser parser;
    return Reader(text, source, notices)
        .read(parser, simdjson::padded_string_view(text.data(), text.size(),
                                                   text.size() + k_parse_padding));
}

Pipeline parse_pipeline_writable(std::span<char> text, std::string_view source,
                                 std::vector<std::string>* notices, const ReadOptions& options) {
    Pipeline pipeline = parse_writable(text.data(), text.size(), source, notices, options);
    pipeline.touch_notes_left_out = options.touch_notes == TouchNotes::leave_out;
    return pipeline;
}

} // namespace followup::io
