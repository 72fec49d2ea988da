#pragma once
// The pipeline as followup understands it: prospects and every touch made on them.
// Plain values; the file format lives in io/, the rules in schedule.hpp.

#include "core/date.hpp"
#include "core/optional_text.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace followup {

// One byte each: a pipeline holds tens of thousands of touches (docs/performance.md).
enum class Status : std::uint8_t { active, nurture, won, lost, dnc };
enum class Channel : std::uint8_t {
    call,
    email,
    linkedin,
    video,
    sms,
    social,
    letter,
    meeting,
    other
};
enum class Outcome : std::uint8_t {
    no_answer,
    voicemail,
    connected,
    replied,
    meeting,
    objection,
    not_interested,
    won,
    lost
};

std::string_view to_string(Status status);
std::string_view to_string(Channel channel);
std::string_view to_string(Outcome outcome);
std::optional<Status> parse_status(std::string_view text);
std::optional<Channel> parse_channel(std::string_view text);
std::optional<Outcome> parse_outcome(std::string_view text);
// "active, nurture, won, lost, dnc": for error messages and help.
std::string status_names();
std::string channel_names();
std::string outcome_names();

// True when the touch reached the person (anything but no-answer and voicemail).
bool reached_person(Outcome outcome);

// Fields this version does not know, kept exactly as they were read (the value is raw
// JSON text) so that a newer tool's or a person's additions survive every rewrite.
struct ExtraField {
    std::string key;
    std::string raw_json;
    friend bool operator==(const ExtraField&, const ExtraField&) = default;
};
using ExtraFields = std::vector<ExtraField>;

// A yearly date, such as a birthday.
struct MonthDay {
    unsigned month = 1;
    unsigned day = 1;
    friend bool operator==(const MonthDay&, const MonthDay&) = default;
};

// Days away from work (vacation, a conference), both ends included.
struct AwayPeriod {
    Date from;
    Date to;
    friend bool operator==(const AwayPeriod&, const AwayPeriod&) = default;
};

struct Attempt {
    Timestamp at;
    Channel channel = Channel::other;
    Outcome outcome = Outcome::no_answer;
    bool answers = false; // this touch answered the latest open objection
    OptionalText note;
    OptionalText value;     // what the touch brought the prospect
    OptionalText objection; // what the prospect objected ("timeline")
    ExtraFields extra;
    friend bool operator==(const Attempt&, const Attempt&) = default;
};

struct Prospect {
    std::int64_t id = 0;
    std::string name;
    OptionalText company;
    OptionalText email;
    OptionalText phone;
    std::vector<std::string> tags;
    Status status = Status::active;
    bool dream = false;
    Date created{};
    std::optional<Date> next; // set by hand; wins over the cadence until the next touch
    std::optional<std::vector<int>> cadence;          // this prospect's own waits, in days
    std::optional<std::vector<Channel>> channel_plan; // this prospect's own channel plan
    std::optional<MonthDay> birthday;
    std::optional<MonthDay> anniversary;
    OptionalText notes;
    std::vector<Attempt> attempts; // oldest first
    ExtraFields extra;
    friend bool operator==(const Prospect&, const Prospect&) = default;

    std::string_view company_or_empty() const { return company ? *company : std::string_view{}; }
    bool has_tag(std::string_view tag) const;
    const Attempt* last_attempt() const { return attempts.empty() ? nullptr : &attempts.back(); }
};

// "#12 Ann Lee (Acme)": how every message and list names a prospect.
std::string describe(const Prospect& prospect);

// The file's `settings`: each is optional so that only what the user set is written back.
// The longest wait any setting or option may name: ten years. Longer is a typo.
constexpr int k_max_wait_days = 3650;

struct Settings {
    std::optional<std::vector<int>> cadence_days;
    std::optional<int> after_fifth_days;
    std::optional<int> dream_days;
    std::optional<int> nurture_days;
    std::optional<int> abandon_after_days;
    std::optional<bool> skip_weekends;
    std::optional<std::vector<Channel>> channel_plan;
    std::optional<std::vector<AwayPeriod>> away;
    ExtraFields extra;
    friend bool operator==(const Settings&, const Settings&) = default;
};

struct Pipeline {
    static constexpr int k_format_version = 1;

    int version = k_format_version;
    std::optional<std::int64_t> next_id; // ids are never reused, even after deletion
    std::optional<Settings> settings;
    std::vector<Prospect> prospects; // by id
    ExtraFields extra;
    // Set when the file was read for a command that shows no touch's note (due, list,
    // stats), which saves copying the largest texts of the file. Such a pipeline lacks
    // data, so io refuses to write it back.
    bool touch_notes_left_out = false;
    friend bool operator==(const Pipeline&, const Pipeline&) = default;

    std::int64_t peek_next_id() const;
    // Hands out the next id and remembers it so it is never given again.
    std::int64_t take_next_id();
    Prospect* find_by_id(std::int64_t id);
    const Prospect* find_by_id(std::int64_t id) const;
};

} // namespace followup
