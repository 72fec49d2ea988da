#pragma once
// Calendar dates and timestamps as the data file and the command line spell them.
// Pure: nothing here reads the clock or the time zone; "today" is always a parameter.

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace followup {

using Date = std::chrono::sys_days;

// A time of day as it was on the wall of the machine that logged it, with that
// machine's UTC offset, so "the hour of the call" means the caller's hour.
struct TimeOfDay {
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::optional<int> utc_offset_minutes; // absent: local time of an unknown zone

    friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

// When a touch happened: always a day, and the time of day when it is known.
struct Timestamp {
    Date date;
    std::optional<TimeOfDay> time;

    friend bool operator==(const Timestamp&, const Timestamp&) = default;
};

// Orders by the local wall-clock reading (date, then time; a date alone sorts first).
bool is_before(const Timestamp& a, const Timestamp& b);

Date make_date(int year, unsigned month, unsigned day);

// The dates the data file can hold: four-digit years, 0001-01-01 to 9999-12-31. Dates
// followup computes (a WHEN, a due date) can fall outside; none of those is ever written.
inline constexpr Date k_first_date{std::chrono::year{1} / std::chrono::January / 1};
inline constexpr Date k_last_date{std::chrono::year{9999} / std::chrono::December / 31};
bool is_storable_date(Date date);

// Strict YYYY-MM-DD with a real calendar day (2026-02-30 is refused).
std::optional<Date> parse_iso_date(std::string_view text);
// YYYY-MM-DD, optionally followed by THH:MM[:SS] and Z or +HH:MM / -HH:MM.
std::optional<Timestamp> parse_timestamp(std::string_view text);
// The same, written into `out` (left unspecified when false): the data file's reader
// fills each touch's time in place. Returning the 32-byte optional cost it a stall on
// every copy of the fields just written, half the time of a parse.
bool read_timestamp(std::string_view text, Timestamp& out);
// MM-DD (a yearly date such as a birthday); 02-29 is allowed.
std::optional<std::pair<unsigned, unsigned>> parse_month_day(std::string_view text);

// YYYY-MM-DD. A date outside k_first_date..k_last_date (only ever computed, never read)
// is spelled as ISO 8601's expanded years do, "+10000-01-03" or "-0001-12-31", so that
// it never passes for a date in range.
std::string format_date(Date date);
std::string format_timestamp(const Timestamp& timestamp);
// The longest text format_timestamp makes ("+10000-01-01T00:00:00+00:00" is 27 bytes).
inline constexpr std::size_t k_timestamp_text_max = 32;
// format_timestamp into a buffer, for writers of large files: no allocation. Returns the
// length written.
std::size_t format_timestamp_into(const Timestamp& timestamp,
                                  std::span<char, k_timestamp_text_max> out);

// A WHEN from the command line: YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS], today, yesterday,
// tomorrow, +3d, -2d, +2w, or a weekday name (mon..sun or monday..sunday), meaning the
// next such day after today. The time of day, when given, has no UTC offset yet: the
// caller knows the local zone and fills it in. Returns nullopt when `text` is not a WHEN,
// and when the date it names is not storable ("+5d" on 9999-12-30): see
// parse_when_out_of_range.
std::optional<Timestamp> parse_when(std::string_view text, Date today);
// The date a well-formed WHEN names when parse_when refuses it for falling outside
// k_first_date..k_last_date, so that the caller can say why; nullopt otherwise.
std::optional<Date> parse_when_out_of_range(std::string_view text, Date today);

int days_between(Date from, Date to); // to - from, in days
bool is_weekend(Date date);
Date next_weekday_on_or_after(Date date); // Saturday and Sunday move to Monday
unsigned iso_weekday(Date date);          // Monday 1 .. Sunday 7
std::string_view weekday_name(Date date); // "Monday"
std::string iso_week_label(Date date);    // "2026-W48"
std::string month_label(Date date);       // "2026-11"

} // namespace followup
