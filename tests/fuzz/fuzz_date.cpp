// libFuzzer target: the date and time parsers on arbitrary text.
//
// parse_iso_date, parse_timestamp, parse_month_day and parse_when (with three todays:
// an ordinary day and the first and last days followup can write) must never crash.
// What parse_timestamp and parse_iso_date accept must format back to text that parses to
// the same value, and parse_when's answer for a date or date-time must be what
// parse_timestamp says. Every date parse_when returns is one the data file can hold, and
// what parse_when refuses for its range parse_when_out_of_range explains (R5 in
// docs/reliability.md: "+5d" on 9999-12-30 was written as 0000-01-04). format_date never
// spells an unstorable date as a storable one.

#include "core/date.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using followup::Timestamp;

[[noreturn]] void finding(const char* what, std::string_view text) {
    std::fprintf(stderr, "fuzz_date: %s: '%.*s'\n", what, static_cast<int>(text.size()),
                 text.data());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    if (const auto date = followup::parse_iso_date(text)) {
        const std::string formatted = followup::format_date(*date);
        if (formatted != text || followup::parse_iso_date(formatted) != date) {
            finding("parse_iso_date does not round-trip", text);
        }
    }

    const auto timestamp = followup::parse_timestamp(text);
    if (timestamp) {
        const std::string formatted = followup::format_timestamp(*timestamp);
        const auto again = followup::parse_timestamp(formatted);
        if (!again || !(*again == *timestamp)) {
            finding("format_timestamp then parse_timestamp changes the value", text);
        }
        if (followup::format_timestamp(*again) != formatted) {
            finding("format_timestamp is not stable", text);
        }
    }

    if (const auto month_day = followup::parse_month_day(text)) {
        if (month_day->first < 1 || month_day->first > 12 || month_day->second < 1 ||
            month_day->second > 31) {
            finding("parse_month_day returned an impossible day", text);
        }
    }

    for (const followup::Date today :
         {followup::make_date(2026, 11, 20), followup::make_date(1, 1, 1),
          followup::make_date(9999, 12, 31)}) {
        const auto when = followup::parse_when(text, today);
        if (const auto outside = followup::parse_when_out_of_range(text, today)) {
            if (when) {
                finding("parse_when accepted what parse_when_out_of_range refuses", text);
            }
            if (followup::is_storable_date(*outside) ||
                followup::parse_iso_date(followup::format_date(*outside))) {
                finding("an unstorable date formats as a storable one", text);
            }
        }
        if (!when) {
            continue;
        }
        // A plain date or local date-time means the same to parse_when as to the file.
        if (timestamp && !(timestamp->time && timestamp->time->utc_offset_minutes) &&
            !(*when == *timestamp)) {
            finding("parse_when and parse_timestamp disagree", text);
        }
        if (!followup::is_storable_date(when->date) ||
            !followup::parse_timestamp(followup::format_timestamp(*when))) {
            finding("parse_when returned a date the data file cannot hold", text);
        }
    }
    return 0;
}
