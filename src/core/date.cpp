#include "core/date.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace followup {
namespace {

using namespace std::chrono;

// Reads exactly `width` ASCII digits at `pos`.
std::optional<int> read_digits(std::string_view text, std::size_t pos, std::size_t width) {
    if (pos + width > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

constexpr std::array<std::string_view, 7> k_weekday_names = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

// Parses "HH:MM[:SS][Z|+HH:MM|-HH:MM]".
std::optional<TimeOfDay> parse_time(std::string_view text) {
    const auto hour = read_digits(text, 0, 2);
    const auto minute = read_digits(text, 3, 2);
    if (!hour || !minute || text.size() < 5 || text[2] != ':' || *hour > 23 || *minute > 59) {
        return std::nullopt;
    }
    TimeOfDay time{*hour, *minute, 0, std::nullopt};
    std::size_t pos = 5;
    if (pos < text.size() && text[pos] == ':') {
        const auto second = read_digits(text, pos + 1, 2);
        if (!second || *second > 59) {
            return std::nullopt;
        }
        time.second = *second;
        pos += 3;
    }
    const std::string_view zone = text.substr(pos);
    if (zone.empty()) {
        return time;
    }
    if (zone == "Z") {
        time.utc_offset_minutes = 0;
        return time;
    }
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') {
        return std::nullopt;
    }
    const auto zone_hours = read_digits(zone, 1, 2);
    const auto zone_minutes = read_digits(zone, 4, 2);
    if (!zone_hours || !zone_minutes || *zone_hours > 23 || *zone_minutes > 59) {
        return std::nullopt;
    }
    const int offset = *zone_hours * 60 + *zone_minutes;
    time.utc_offset_minutes = zone[0] == '-' ? -offset : offset;
    return time;
}

} // namespace

Date make_date(int year, unsigned month, unsigned day) {
    return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
}

bool is_before(const Timestamp& a, const Timestamp& b) {
    if (a.date != b.date) {
        return a.date < b.date;
    }
    if (!a.time || !b.time) {
        return !a.time && b.time;
    }
    const auto seconds = [](const TimeOfDay& t) {
        return (t.hour * 60 + t.minute) * 60 + t.second;
    };
    return seconds(*a.time) < seconds(*b.time);
}

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto y = read_digits(text, 0, 4);
    const auto m = read_digits(text, 5, 2);
    const auto d = read_digits(text, 8, 2);
    if (!y || !m || !d) {
        return std::nullopt;
    }
    const year_month_day ymd{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                             std::chrono::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok() || *y < 1) {
        return std::nullopt;
    }
    return sys_days{ymd};
}

namespace {

// Two ASCII digits at `at`, or -1.
int two_digits(const char* at) {
    const unsigned tens = static_cast<unsigned char>(at[0]) - unsigned{'0'};
    const unsigned ones = static_cast<unsigned char>(at[1]) - unsigned{'0'};
    return tens <= 9 && ones <= 9 ? static_cast<int>(tens * 10 + ones) : -1;
}

// The two full forms followup writes, "YYYY-MM-DDTHH:MM:SS" and the same with
// "+HH:MM", read in one go: a data file holds tens of thousands of them. Returns false
// for any other text, which the general way then reads (or refuses).
bool read_full_timestamp(std::string_view text, Timestamp& out) {
    const bool with_offset = text.size() == 25;
    if (!with_offset && text.size() != 19) {
        return false;
    }
    const char* at = text.data();
    const int century = two_digits(at);
    const int year_in_century = two_digits(at + 2);
    const int month = two_digits(at + 5);
    const int day = two_digits(at + 8);
    const int hour = two_digits(at + 11);
    const int minute = two_digits(at + 14);
    const int second = two_digits(at + 17);
    if (at[4] != '-' || at[7] != '-' || at[10] != 'T' || at[13] != ':' || at[16] != ':' ||
        century < 0 || year_in_century < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 59) {
        return false;
    }
    const int year = century * 100 + year_in_century;
    const year_month_day ymd{std::chrono::year{year},
                             std::chrono::month{static_cast<unsigned>(month)},
                             std::chrono::day{static_cast<unsigned>(day)}};
    if (year < 1 || !ymd.ok()) {
        return false;
    }
    std::optional<int> utc_offset_minutes;
    if (with_offset) {
        const int zone_hours = two_digits(at + 20);
        const int zone_minutes = two_digits(at + 23);
        if ((at[19] != '+' && at[19] != '-') || at[22] != ':' || zone_hours < 0 ||
            zone_hours > 23 || zone_minutes < 0 || zone_minutes > 59) {
            return false;
        }
        const int offset = zone_hours * 60 + zone_minutes;
        utc_offset_minutes = at[19] == '-' ? -offset : offset;
    }
    out.date = sys_days{ymd};
    out.time.emplace(TimeOfDay{hour, minute, second, utc_offset_minutes});
    return true;
}

} // namespace

bool read_timestamp(std::string_view text, Timestamp& out) {
    if (read_full_timestamp(text, out)) {
        return true;
    }
    const auto date = parse_iso_date(text.substr(0, 10));
    if (!date) {
        return false;
    }
    if (text.size() == 10) {
        out = Timestamp{*date, std::nullopt};
        return true;
    }
    if (text[10] != 'T') {
        return false;
    }
    const auto time = parse_time(text.substr(11));
    if (!time) {
        return false;
    }
    out = Timestamp{*date, time};
    return true;
}

std::optional<Timestamp> parse_timestamp(std::string_view text) {
    Timestamp timestamp;
    if (!read_timestamp(text, timestamp)) {
        return std::nullopt;
    }
    return timestamp;
}

std::optional<std::pair<unsigned, unsigned>> parse_month_day(std::string_view text) {
    const auto m = read_digits(text, 0, 2);
    const auto d = read_digits(text, 3, 2);
    if (text.size() != 5 || text[2] != '-' || !m || !d) {
        return std::nullopt;
    }
    // 2000 is a leap year, so 02-29 is a valid yearly date.
    const year_month_day ymd{std::chrono::year{2000}, std::chrono::month{static_cast<unsigned>(*m)},
                             std::chrono::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return std::pair{static_cast<unsigned>(*m), static_cast<unsigned>(*d)};
}

bool is_storable_date(Date date) {
    return date >= k_first_date && date <= k_last_date;
}

std::string format_date(Date date) {
    const year_month_day ymd{date};
    const int year = static_cast<int>(ymd.year());
    const int magnitude = year < 0 ? -year : year;
    std::string out(10, '0');
    auto put = [&out](std::size_t pos, std::size_t width, int value) {
        for (std::size_t i = 0; i < width; ++i) {
            out[pos + width - 1 - i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, 4, magnitude % 10000);
    out[4] = '-';
    put(5, 2, static_cast<int>(static_cast<unsigned>(ymd.month())));
    out[7] = '-';
    put(8, 2, static_cast<int>(static_cast<unsigned>(ymd.day())));
    if (year < 0 || year > 9999) {
        // Never stored: an expanded year ("+10000", "-0001") cannot pass for a stored one.
        std::string digits = std::to_string(magnitude);
        digits.insert(0, digits.size() < 4 ? 4 - digits.size() : 0, '0');
        out.replace(0, 4, (year < 0 ? "-" : "+") + digits);
    }
    return out;
}

std::size_t format_timestamp_into(const Timestamp& timestamp,
                                  std::span<char, k_timestamp_text_max> out) {
    char* cursor = out.data();
    auto two = [&cursor](int value) {
        *cursor++ = static_cast<char>('0' + value / 10 % 10);
        *cursor++ = static_cast<char>('0' + value % 10);
    };
    const year_month_day ymd{timestamp.date};
    const int year = static_cast<int>(ymd.year());
    if (year >= 0 && year <= 9999) {
        two(year / 100);
        two(year % 100);
        *cursor++ = '-';
        two(static_cast<int>(static_cast<unsigned>(ymd.month())));
        *cursor++ = '-';
        two(static_cast<int>(static_cast<unsigned>(ymd.day())));
    } else { // an expanded year, never stored: the rare, slower way
        const std::string date = format_date(timestamp.date);
        cursor = std::copy(date.begin(), date.end(), cursor);
    }
    if (!timestamp.time) {
        return static_cast<std::size_t>(cursor - out.data());
    }
    const TimeOfDay& t = *timestamp.time;
    *cursor++ = 'T';
    two(t.hour);
    *cursor++ = ':';
    two(t.minute);
    *cursor++ = ':';
    two(t.second);
    if (t.utc_offset_minutes) {
        const int offset = *t.utc_offset_minutes;
        const int magnitude = offset < 0 ? -offset : offset;
        *cursor++ = offset < 0 ? '-' : '+';
        two(magnitude / 60);
        *cursor++ = ':';
        two(magnitude % 60);
    }
    return static_cast<std::size_t>(cursor - out.data());
}

std::string format_timestamp(const Timestamp& timestamp) {
    std::array<char, k_timestamp_text_max> buffer{};
    return std::string(buffer.data(), format_timestamp_into(timestamp, buffer));
}

namespace {

// parse_when without the range check: the date may lie outside k_first_date..k_last_date.
std::optional<Timestamp> parse_when_unchecked(std::string_view text, Date today) {
    const std::string word = lower_ascii(text);
    if (word == "today") {
        return Timestamp{today, std::nullopt};
    }
    if (word == "yesterday") {
        return Timestamp{today - days{1}, std::nullopt};
    }
    if (word == "tomorrow") {
        return Timestamp{today + days{1}, std::nullopt};
    }
    if (word.size() >= 3 && (word[0] == '+' || word[0] == '-') &&
        (word.back() == 'd' || word.back() == 'w')) {
        const std::string_view digits = std::string_view(word).substr(1, word.size() - 2);
        if (digits.find_first_not_of("0123456789") != std::string_view::npos) {
            return std::nullopt; // "+-3d" is not a date
        }
        int count = 0;
        const auto [end, error] =
            std::from_chars(digits.data(), digits.data() + digits.size(), count);
        if (error != std::errc{} || end != digits.data() + digits.size() || count > 36500) {
            return std::nullopt;
        }
        const int span = (word.back() == 'w' ? 7 : 1) * count;
        return Timestamp{today + days{word[0] == '-' ? -span : span}, std::nullopt};
    }
    for (unsigned i = 0; i < k_weekday_names.size(); ++i) {
        const std::string full = lower_ascii(k_weekday_names[i]);
        if (word == full || word == full.substr(0, 3)) {
            const unsigned current = weekday{today}.c_encoding();
            const unsigned ahead = (i + 7 - current) % 7;
            return Timestamp{today + days{ahead == 0 ? 7 : ahead}, std::nullopt};
        }
    }
    auto timestamp = parse_timestamp(text);
    if (timestamp && timestamp->time && timestamp->time->utc_offset_minutes) {
        return std::nullopt; // the command line speaks local time only
    }
    return timestamp;
}

} // namespace

std::optional<Timestamp> parse_when(std::string_view text, Date today) {
    auto when = parse_when_unchecked(text, today);
    if (when && !is_storable_date(when->date)) {
        return std::nullopt;
    }
    return when;
}

std::optional<Date> parse_when_out_of_range(std::string_view text, Date today) {
    const auto when = parse_when_unchecked(text, today);
    if (when && !is_storable_date(when->date)) {
        return when->date;
    }
    return std::nullopt;
}

int days_between(Date from, Date to) {
    return static_cast<int>((to - from).count());
}

bool is_weekend(Date date) {
    const weekday day{date};
    return day == Saturday || day == Sunday;
}

Date next_weekday_on_or_after(Date date) {
    const weekday day{date};
    if (day == Saturday) {
        return date + days{2};
    }
    if (day == Sunday) {
        return date + days{1};
    }
    return date;
}

unsigned iso_weekday(Date date) {
    return weekday{date}.iso_encoding();
}

std::string_view weekday_name(Date date) {
    return k_weekday_names[weekday{date}.c_encoding()];
}

std::string iso_week_label(Date date) {
    // The ISO week belongs to the year of its Thursday.
    const Date thursday = date + days{4 - static_cast<int>(iso_weekday(date))};
    const year_month_day thursday_ymd{thursday};
    const Date first_of_year = sys_days{thursday_ymd.year() / January / 1};
    const int week = days_between(first_of_year, thursday) / 7 + 1;
    std::string out = std::to_string(static_cast<int>(thursday_ymd.year()));
    out += "-W";
    if (week < 10) {
        out += '0';
    }
    out += std::to_string(week);
    return out;
}

std::string month_label(Date date) {
    const std::string text = format_date(date);
    return text.substr(0, text.size() - 3); // expanded years ("+10000-01") are longer
}

} // namespace followup
