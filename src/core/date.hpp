#pragma once
// Calendar dates and timestamps as the data file and the command line spell them.
// Pure: nothing here reads the clock or the time zone; "today" is always a parameter.

#include <chrono>
#include <optional>
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

// Strict YYYY-MM-DD with a real calendar day (2026-02-30 is refused).
std::optional<Date> parse_iso_date(std::string_view text);
// YYYY-MM-DD, optionally followed by THH:MM[:SS] and Z or +HH:MM / -HH:MM.
std::optional<Timestamp> parse_timestamp(std::string_view text);
// MM-DD (a yearly date such as a birthday); 02-29 is allowed.
std::optional<std::pair<unsigned, unsigned>> parse_month_day(std::string_view text);

std::string format_date(Date date);
std::string format_timestamp(const Timestamp& timestamp);

// A WHEN from the command line: YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS], today, yesterday,
// tomorrow, +3d, -2d, +2w, or a weekday name (mon..sun or monday..sunday), meaning the
// next such day after today. The time of day, when given, has no UTC offset yet: the
// caller knows the local zone and fills it in.
std::optional<Timestamp> parse_when(std::string_view text, Date today);

int days_between(Date from, Date to); // to - from, in days
bool is_weekend(Date date);
Date next_weekday_on_or_after(Date date); // Saturday and Sunday move to Monday
unsigned iso_weekday(Date date);          // Monday 1 .. Sunday 7
std::string_view weekday_name(Date date); // "Monday"
std::string iso_week_label(Date date);    // "2026-W48"
std::string month_label(Date date);       // "2026-11"

} // namespace followup
