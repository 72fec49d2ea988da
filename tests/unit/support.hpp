#pragma once
// Shared helpers for the unit tests: literal dates, small prospects, and doctest printers
// so that a failed CHECK shows "2026-11-30" rather than "{?}".

#include "core/date.hpp"
#include "core/model.hpp"

#include <doctest/doctest.h>
#include <optional>
#include <string>
#include <utility>

namespace followup::test {

inline Date date(int year, unsigned month, unsigned day) {
    return make_date(year, month, day);
}

// A timestamp from its text, which must be valid (the tests spell it literally).
inline Timestamp stamp(std::string_view text) {
    const auto parsed = parse_timestamp(text);
    REQUIRE_MESSAGE(parsed.has_value(), "bad literal timestamp in a test: ", std::string(text));
    return *parsed;
}

inline Attempt attempt(std::string_view at, Channel channel = Channel::call,
                       Outcome outcome = Outcome::no_answer) {
    Attempt result;
    result.at = stamp(at);
    result.channel = channel;
    result.outcome = outcome;
    return result;
}

inline Prospect prospect(std::int64_t id, std::string name, Date created) {
    Prospect result;
    result.id = id;
    result.name = std::move(name);
    result.created = created;
    return result;
}

} // namespace followup::test

namespace doctest {

template <>
struct StringMaker<followup::Date> {
    static String convert(const followup::Date& value) {
        return followup::format_date(value).c_str();
    }
};

template <>
struct StringMaker<std::optional<followup::Date>> {
    static String convert(const std::optional<followup::Date>& value) {
        return value ? followup::format_date(*value).c_str() : "nullopt";
    }
};

template <>
struct StringMaker<followup::Timestamp> {
    static String convert(const followup::Timestamp& value) {
        return followup::format_timestamp(value).c_str();
    }
};

template <>
struct StringMaker<std::optional<followup::Timestamp>> {
    static String convert(const std::optional<followup::Timestamp>& value) {
        return value ? followup::format_timestamp(*value).c_str() : "nullopt";
    }
};

template <>
struct StringMaker<std::optional<std::string>> {
    static String convert(const std::optional<std::string>& value) {
        return value ? ("\"" + *value + "\"").c_str() : "nullopt";
    }
};

} // namespace doctest
