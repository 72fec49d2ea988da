#include "core/date.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

using namespace followup;
using followup::test::date;
using followup::test::stamp;

TEST_CASE("parse_iso_date") {
    SUBCASE("a valid date") {
        CHECK(parse_iso_date("2026-11-02") == date(2026, 11, 2));
        CHECK(parse_iso_date("0999-01-01") == date(999, 1, 1));
    }
    SUBCASE("a day the month does not have is refused") {
        CHECK_FALSE(parse_iso_date("2026-02-30"));
        CHECK_FALSE(parse_iso_date("2026-04-31"));
        CHECK_FALSE(parse_iso_date("2026-11-00"));
    }
    SUBCASE("February 29th only in a leap year") {
        CHECK(parse_iso_date("2024-02-29") == date(2024, 2, 29));
        CHECK(parse_iso_date("2000-02-29") == date(2000, 2, 29));
        CHECK_FALSE(parse_iso_date("2026-02-29"));
        CHECK_FALSE(parse_iso_date("1900-02-29"));
    }
    SUBCASE("month 13 and month 0") {
        CHECK_FALSE(parse_iso_date("2026-13-01"));
        CHECK_FALSE(parse_iso_date("2026-00-10"));
    }
    SUBCASE("garbage") {
        CHECK_FALSE(parse_iso_date("garbage!!!"));
        CHECK_FALSE(parse_iso_date("2026/11/02"));
        CHECK_FALSE(parse_iso_date("2026-11-0a"));
        CHECK_FALSE(parse_iso_date("+026-11-02"));
        CHECK_FALSE(parse_iso_date("0000-01-01"));
    }
    SUBCASE("wrong length") {
        CHECK_FALSE(parse_iso_date(""));
        CHECK_FALSE(parse_iso_date("2026-1-02"));
        CHECK_FALSE(parse_iso_date("2026-11-020"));
        CHECK_FALSE(parse_iso_date("2026-11-02T09:30"));
    }
}

TEST_CASE("parse_timestamp") {
    SUBCASE("a date alone has no time") {
        const auto parsed = parse_timestamp("2026-11-20");
        REQUIRE(parsed);
        CHECK(parsed->date == date(2026, 11, 20));
        CHECK_FALSE(parsed->time);
    }
    SUBCASE("with seconds and an offset") {
        const auto parsed = parse_timestamp("2026-11-20T09:30:15+01:00");
        REQUIRE(parsed);
        CHECK(parsed->date == date(2026, 11, 20));
        CHECK(parsed->time == TimeOfDay{9, 30, 15, 60});
    }
    SUBCASE("without seconds") {
        const auto parsed = parse_timestamp("2026-11-20T23:59");
        REQUIRE(parsed);
        CHECK(parsed->time == TimeOfDay{23, 59, 0, std::nullopt});
    }
    SUBCASE("Z is offset zero") {
        const auto parsed = parse_timestamp("2026-11-20T09:30:00Z");
        REQUIRE(parsed);
        CHECK(parsed->time == TimeOfDay{9, 30, 0, 0});
    }
    SUBCASE("+05:30") {
        const auto parsed = parse_timestamp("2026-11-20T09:30+05:30");
        REQUIRE(parsed);
        CHECK(parsed->time == TimeOfDay{9, 30, 0, 330});
    }
    SUBCASE("-08:00") {
        const auto parsed = parse_timestamp("2026-11-20T00:00:00-08:00");
        REQUIRE(parsed);
        CHECK(parsed->time == TimeOfDay{0, 0, 0, -480});
    }
    SUBCASE("25:61 is refused") {
        CHECK_FALSE(parse_timestamp("2026-11-20T25:61"));
        CHECK_FALSE(parse_timestamp("9999-12-31T25:61"));
        CHECK_FALSE(parse_timestamp("2026-11-20T24:00"));
        CHECK_FALSE(parse_timestamp("2026-11-20T09:60"));
        CHECK_FALSE(parse_timestamp("2026-11-20T09:30:60"));
    }
    SUBCASE("malformed times and offsets are refused") {
        CHECK_FALSE(parse_timestamp("2026-11-20 09:30"));
        CHECK_FALSE(parse_timestamp("2026-11-20T"));
        CHECK_FALSE(parse_timestamp("2026-11-20T9:30"));
        CHECK_FALSE(parse_timestamp("2026-11-20T09:30+0100"));
        CHECK_FALSE(parse_timestamp("2026-11-20T09:30+01:00x"));
        CHECK_FALSE(parse_timestamp("2026-11-20T09:30z"));
        CHECK_FALSE(parse_timestamp("2026-11-20T09:30+24:00"));
        CHECK_FALSE(parse_timestamp("2026-02-30T09:30"));
        // The full forms followup writes are read by a faster way: the same checks.
        for (const char* text :
             {"2026-13-20T09:30:00+01:00", "2026-00-20T09:30:00", "2026-02-29T09:30:00+01:00",
              "2026-04-31T09:30:00", "0000-11-20T09:30:00", "2026-11-20T24:00:00+01:00",
              "2026-11-20T09:60:00", "2026-11-20T09:30:60+01:00", "2026-11-20T09:30:00+24:00",
              "2026-11-20T09:30:00+01:60", "2026-11-20T09:30:00*01:00", "2026-11-20T09:30:00+01-00",
              "2026-11-20X09:30:00+01:00", "2026-11-20T09-30:00", "2026/11/20T09:30:00",
              "2026-1a-20T09:30:00", "2026-11-20T09:30:0 ", "-026-11-20T09:30:00"}) {
            CAPTURE(text);
            CHECK_FALSE(parse_timestamp(text));
        }
        CHECK(parse_timestamp("2024-02-29T09:30:00+01:00"));
        CHECK(parse_timestamp("0001-01-01T00:00:00-23:59"));
        CHECK(parse_timestamp("9999-12-31T23:59:59"));
    }
}

TEST_CASE("read_timestamp: what parse_timestamp reads, written over all of `out`") {
    // `out` starts with a time and an offset, so a field the reader forgot to write
    // would show.
    const Timestamp before{date(2001, 2, 3), TimeOfDay{4, 5, 6, 420}};
    for (const char* text :
         {"2026-11-20", "2026-11-20T09:30:15+01:00", "2026-11-20T09:30:15", "2026-11-20T23:59",
          "2026-11-20T09:30:00Z", "2026-11-20T00:00:00-08:00", "2024-02-29T09:30:00",
          "2026-02-29T09:30:00", "2026-11-20T24:00:00", "2026-11-20 09:30", "", "2026-11-20T"}) {
        CAPTURE(text);
        Timestamp out = before;
        const auto parsed = parse_timestamp(text);
        REQUIRE(read_timestamp(text, out) == parsed.has_value());
        if (parsed) {
            CHECK(out == *parsed);
        }
    }
    Timestamp out = before;
    REQUIRE(read_timestamp("2026-11-20T09:30:15", out));
    CHECK(out == Timestamp{date(2026, 11, 20), TimeOfDay{9, 30, 15, std::nullopt}});
    REQUIRE(read_timestamp("2026-11-21", out));
    CHECK(out == Timestamp{date(2026, 11, 21), std::nullopt});
}

TEST_CASE("format_timestamp") {
    SUBCASE("canonical texts round trip") {
        for (const char* text :
             {"2026-11-20", "2026-11-20T09:30:15+01:00", "2026-11-20T00:00:00-08:00",
              "2026-11-20T09:30:00+05:30", "2026-11-20T23:59:59", "2026-11-20T09:30:00-00:30"}) {
            CAPTURE(text);
            CHECK(format_timestamp(stamp(text)) == text);
        }
    }
    SUBCASE("short forms are written in full") {
        CHECK(format_timestamp(stamp("2026-11-20T09:30")) == "2026-11-20T09:30:00");
        CHECK(format_timestamp(stamp("2026-11-20T09:30Z")) == "2026-11-20T09:30:00+00:00");
    }
    SUBCASE("format_date pads with zeros") {
        CHECK(format_date(date(2026, 1, 5)) == "2026-01-05");
        CHECK(format_date(date(999, 12, 31)) == "0999-12-31");
        CHECK(format_date(date(1, 1, 1)) == "0001-01-01");
        CHECK(format_date(date(9999, 12, 31)) == "9999-12-31");
    }
    SUBCASE("format_date spells a year past 9999 or before 1 so it cannot pass for one") {
        // It used to write 10000-01-03 as "0000-01-03".
        CHECK(format_date(date(10000, 1, 3)) == "+10000-01-03");
        CHECK(format_date(date(12345, 6, 7)) == "+12345-06-07");
        CHECK(format_date(date(0, 12, 31)) == "0000-12-31");
        CHECK(format_date(date(-1, 12, 29)) == "-0001-12-29");
        CHECK_FALSE(parse_iso_date(format_date(date(10000, 1, 3))));
        CHECK_FALSE(parse_iso_date(format_date(date(0, 12, 31))));
    }
    SUBCASE("the longest timestamp fits the buffer format_timestamp_into is given") {
        const Timestamp longest{date(10000, 1, 3), TimeOfDay{9, 30, 0, -(23 * 60 + 59)}};
        CHECK(format_timestamp(longest) == "+10000-01-03T09:30:00-23:59");
        CHECK(format_timestamp(longest).size() <= k_timestamp_text_max);
    }
}

TEST_CASE("is_storable_date") {
    CHECK(is_storable_date(date(1, 1, 1)));
    CHECK(is_storable_date(date(2026, 11, 20)));
    CHECK(is_storable_date(date(9999, 12, 31)));
    CHECK_FALSE(is_storable_date(date(10000, 1, 1)));
    CHECK_FALSE(is_storable_date(date(0, 12, 31)));
    CHECK(k_first_date == date(1, 1, 1));
    CHECK(k_last_date == date(9999, 12, 31));
}

TEST_CASE("is_before") {
    SUBCASE("earlier day first") {
        CHECK(is_before(stamp("2026-11-19T23:00"), stamp("2026-11-20T01:00")));
        CHECK_FALSE(is_before(stamp("2026-11-20T01:00"), stamp("2026-11-19T23:00")));
    }
    SUBCASE("a date alone sorts before a time on that day") {
        CHECK(is_before(stamp("2026-11-20"), stamp("2026-11-20T00:00")));
        CHECK_FALSE(is_before(stamp("2026-11-20T00:00"), stamp("2026-11-20")));
        CHECK_FALSE(is_before(stamp("2026-11-20"), stamp("2026-11-20")));
    }
    SUBCASE("same day by wall-clock time, offsets ignored") {
        CHECK(is_before(stamp("2026-11-20T09:30:00+01:00"), stamp("2026-11-20T09:30:01")));
        CHECK_FALSE(is_before(stamp("2026-11-20T10:00-08:00"), stamp("2026-11-20T09:00Z")));
    }
}

TEST_CASE("parse_when") {
    const Date monday = date(2026, 11, 2);
    const auto day_of = [&](std::string_view text) -> std::optional<Date> {
        const auto when = parse_when(text, monday);
        if (!when) {
            return std::nullopt;
        }
        CHECK_FALSE(when->time);
        return when->date;
    };
    SUBCASE("today, yesterday, tomorrow") {
        CHECK(day_of("today") == monday);
        CHECK(day_of("yesterday") == date(2026, 11, 1));
        CHECK(day_of("tomorrow") == date(2026, 11, 3));
        CHECK(day_of("Today") == monday);
    }
    SUBCASE("relative days and weeks") {
        CHECK(day_of("+3d") == date(2026, 11, 5));
        CHECK(day_of("-2d") == date(2026, 10, 31));
        CHECK(day_of("+2w") == date(2026, 11, 16));
        CHECK(day_of("-1w") == date(2026, 10, 26));
        CHECK(day_of("+0d") == monday);
        CHECK(day_of("+60d") == date(2027, 1, 1));
    }
    SUBCASE("malformed relative forms are refused") {
        CHECK_FALSE(parse_when("3d", monday));
        CHECK_FALSE(parse_when("+d", monday));
        CHECK_FALSE(parse_when("+3x", monday));
        CHECK_FALSE(parse_when("+3dd", monday));
        CHECK_FALSE(parse_when("+40000d", monday));
    }
    SUBCASE("a weekday name means the next such day after today") {
        CHECK(day_of("monday") == date(2026, 11, 9));
        CHECK(day_of("mon") == date(2026, 11, 9));
        CHECK(day_of("tuesday") == date(2026, 11, 3));
        CHECK(day_of("fri") == date(2026, 11, 6));
        CHECK(day_of("sun") == date(2026, 11, 8));
        CHECK(day_of("saturday") == date(2026, 11, 7));
    }
    SUBCASE("weekday names ignore case") {
        CHECK(day_of("FRI") == date(2026, 11, 6));
        CHECK(day_of("Friday") == date(2026, 11, 6));
        CHECK_FALSE(parse_when("fr", monday));
        CHECK_FALSE(parse_when("fridays", monday));
    }
    SUBCASE("a date") {
        CHECK(day_of("2026-11-20") == date(2026, 11, 20));
        CHECK_FALSE(parse_when("2026-02-30", monday));
    }
    SUBCASE("a date and time has no offset") {
        const auto when = parse_when("2026-11-20T09:30", monday);
        REQUIRE(when);
        CHECK(when->date == date(2026, 11, 20));
        CHECK(when->time == TimeOfDay{9, 30, 0, std::nullopt});
        const auto with_seconds = parse_when("2026-11-20T09:30:45", monday);
        REQUIRE(with_seconds);
        CHECK(with_seconds->time == TimeOfDay{9, 30, 45, std::nullopt});
    }
    SUBCASE("an explicit offset is refused") {
        CHECK_FALSE(parse_when("2026-11-20T09:30+01:00", monday));
        CHECK_FALSE(parse_when("2026-11-20T09:30Z", monday));
        CHECK_FALSE(parse_when("2026-11-20T09:30:00-08:00", monday));
    }
    SUBCASE("garbage") {
        CHECK_FALSE(parse_when("", monday));
        CHECK_FALSE(parse_when("someday", monday));
        CHECK_FALSE(parse_when("next week", monday));
    }
}

// Known bug R5 (docs/reliability.md): a WHEN past 9999-12-31 or before 0001-01-01 was
// returned, and written to the file as a date the reader then refused.
TEST_CASE("parse_when refuses dates the data file cannot hold") {
    const Date last = date(9999, 12, 31);
    const Date first = date(1, 1, 1);
    SUBCASE("the last and first days themselves are fine") {
        CHECK(parse_when("today", last));
        CHECK(parse_when("+0d", last));
        CHECK(parse_when("today", first));
        CHECK(parse_when("-1d", date(1, 1, 2)));
        CHECK(parse_when("9999-12-31T23:59", date(2026, 11, 2)));
    }
    SUBCASE("past the last day") {
        for (const char* text : {"tomorrow", "+1d", "+2w", "mon", "friday", "+36500d"}) {
            CAPTURE(text);
            CHECK_FALSE(parse_when(text, last));
        }
        CHECK_FALSE(parse_when("+5d", date(9999, 12, 30)));
        CHECK(parse_when_out_of_range("+5d", date(9999, 12, 30)) == date(10000, 1, 4));
        CHECK(parse_when_out_of_range("mon", last) == date(10000, 1, 3));
    }
    SUBCASE("before the first day") {
        for (const char* text : {"yesterday", "-1d", "-3d", "-1w"}) {
            CAPTURE(text);
            CHECK_FALSE(parse_when(text, first));
        }
        CHECK(parse_when_out_of_range("-3d", first) == date(0, 12, 29));
    }
    SUBCASE("parse_when_out_of_range says nothing of other texts") {
        CHECK_FALSE(parse_when_out_of_range("+1d", date(2026, 11, 2)));
        CHECK_FALSE(parse_when_out_of_range("someday", last));
        CHECK_FALSE(parse_when_out_of_range("+40000d", last)); // malformed, not out of range
        CHECK_FALSE(parse_when_out_of_range("10000-01-01", last));
    }
}

// The count after the sign is read with from_chars, which accepts a sign of its own.
TEST_CASE("parse_when refuses a second sign") {
    const Date monday = date(2026, 11, 2);
    CHECK_FALSE(parse_when("+-3d", monday));
    CHECK_FALSE(parse_when("--3d", monday));
}

TEST_CASE("is_weekend") {
    SUBCASE("Saturday and Sunday") {
        CHECK(is_weekend(date(2026, 11, 7)));
        CHECK(is_weekend(date(2026, 11, 8)));
    }
    SUBCASE("weekdays") {
        CHECK_FALSE(is_weekend(date(2026, 11, 2)));
        CHECK_FALSE(is_weekend(date(2026, 11, 6)));
    }
}

TEST_CASE("next_weekday_on_or_after") {
    SUBCASE("Saturday and Sunday move to Monday") {
        CHECK(next_weekday_on_or_after(date(2026, 11, 7)) == date(2026, 11, 9));
        CHECK(next_weekday_on_or_after(date(2026, 11, 8)) == date(2026, 11, 9));
    }
    SUBCASE("a weekday stays") {
        CHECK(next_weekday_on_or_after(date(2026, 11, 6)) == date(2026, 11, 6));
        CHECK(next_weekday_on_or_after(date(2026, 11, 2)) == date(2026, 11, 2));
    }
    SUBCASE("across a month end") {
        CHECK(next_weekday_on_or_after(date(2026, 1, 31)) == date(2026, 2, 2));
    }
}

TEST_CASE("days_between") {
    SUBCASE("same day") {
        CHECK(days_between(date(2026, 11, 2), date(2026, 11, 2)) == 0);
    }
    SUBCASE("across month ends") {
        CHECK(days_between(date(2026, 1, 31), date(2026, 3, 1)) == 29);
        CHECK(days_between(date(2026, 12, 31), date(2027, 1, 1)) == 1);
    }
    SUBCASE("across a leap day") {
        CHECK(days_between(date(2024, 2, 28), date(2024, 3, 1)) == 2);
        CHECK(days_between(date(2024, 1, 1), date(2025, 1, 1)) == 366);
    }
    SUBCASE("backwards is negative") {
        CHECK(days_between(date(2026, 3, 1), date(2026, 1, 31)) == -29);
    }
}

TEST_CASE("iso_weekday") {
    CHECK(iso_weekday(date(2026, 11, 2)) == 1);
    CHECK(iso_weekday(date(2026, 11, 8)) == 7);
    CHECK(weekday_name(date(2026, 11, 2)) == "Monday");
    CHECK(weekday_name(date(2026, 11, 8)) == "Sunday");
}

TEST_CASE("iso_week_label") {
    SUBCASE("an ordinary week") {
        CHECK(iso_week_label(date(2026, 11, 2)) == "2026-W45");
        CHECK(iso_week_label(date(2026, 11, 8)) == "2026-W45");
    }
    SUBCASE("week 53") {
        CHECK(iso_week_label(date(2026, 12, 31)) == "2026-W53");
        CHECK(iso_week_label(date(2027, 1, 1)) == "2026-W53");
        CHECK(iso_week_label(date(2021, 1, 3)) == "2020-W53");
    }
    SUBCASE("late December in the next year's week 1") {
        CHECK(iso_week_label(date(2024, 12, 30)) == "2025-W01");
        CHECK(iso_week_label(date(2025, 12, 29)) == "2026-W01");
    }
}

TEST_CASE("month_label") {
    CHECK(month_label(date(2026, 11, 2)) == "2026-11");
    CHECK(month_label(date(2027, 1, 1)) == "2027-01");
    CHECK(month_label(date(10000, 2, 1)) == "+10000-02");
}

TEST_CASE("parse_month_day") {
    using MonthDay = std::pair<unsigned, unsigned>;
    SUBCASE("valid") {
        CHECK(parse_month_day("12-31") == MonthDay{12, 31});
        CHECK(parse_month_day("01-01") == MonthDay{1, 1});
    }
    SUBCASE("02-29 is a yearly date") {
        CHECK(parse_month_day("02-29") == MonthDay{2, 29});
    }
    SUBCASE("02-30 and month 13 are not") {
        CHECK_FALSE(parse_month_day("02-30"));
        CHECK_FALSE(parse_month_day("13-01"));
        CHECK_FALSE(parse_month_day("00-10"));
    }
    SUBCASE("wrong shape") {
        CHECK_FALSE(parse_month_day("2-29"));
        CHECK_FALSE(parse_month_day("02-290"));
        CHECK_FALSE(parse_month_day("02/28"));
        CHECK_FALSE(parse_month_day(""));
    }
}
