// The persistence coach (core/coach.hpp) and the time-away rules it relies on
// (core/schedule.hpp): each rule where it speaks, and where it must stay silent.
#include "core/coach.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace followup;
using followup::test::attempt;
using followup::test::date;

namespace {

using Advice = std::vector<std::string>;

Prospect ann() {
    return test::prospect(1, "Ann Lee", date(2026, 11, 2));
}

Attempt with_value(Attempt a, std::string value) {
    a.value = std::move(value);
    return a;
}

Attempt with_objection(Attempt a, std::string objection) {
    a.objection = std::move(objection);
    return a;
}

Attempt answering(Attempt a) {
    a.answers = true;
    return a;
}

// A cadence due date for the advice: most rules do not look at it.
constexpr DueDate k_cadence{Date{}, DueReason::cadence};

// advice_for as the agenda calls it: with the prospect's open objection and last value.
Advice advice_with_hours(const Prospect& p, const Rules& rules, DueDate due, Channel suggestion,
                         const HourlyConnects& hours) {
    return advice_for(p, rules, due, suggestion, hours, latest_open_objection(p), last_value(p));
}

// Advice with no pipeline-wide hour statistics.
Advice advice(const Prospect& p, Channel suggestion, DueDate due = k_cadence,
              const Rules& rules = {}) {
    return advice_with_hours(p, rules, due, suggestion, HourlyConnects{});
}

// Hour statistics: touches and connects per part of the day (9:00, 14:00, 19:00).
HourlyConnects hours_by_part(long long morning, long long morning_connected, long long afternoon,
                             long long afternoon_connected, long long evening,
                             long long evening_connected) {
    HourlyConnects hours;
    hours.touches[9] = morning;
    hours.connected[9] = morning_connected;
    hours.touches[14] = afternoon;
    hours.connected[14] = afternoon_connected;
    hours.touches[19] = evening;
    hours.connected[19] = evening_connected;
    hours.timed_touches = morning + afternoon + evening;
    return hours;
}

Rules away_rules(std::vector<AwayPeriod> away) {
    Rules rules;
    rules.away = std::move(away);
    return rules;
}

std::vector<std::int64_t> point_ids(const std::vector<TouchPoint>& points) {
    std::vector<std::int64_t> ids;
    for (const TouchPoint& point : points) {
        ids.push_back(point.prospect->id);
    }
    return ids;
}

} // namespace

TEST_CASE("count_connects") {
    Prospect a = ann();
    a.attempts = {attempt("2026-11-02T09:15:00+01:00", Channel::call, Outcome::no_answer),
                  attempt("2026-11-03T09:59:00Z", Channel::email, Outcome::replied),
                  attempt("2026-11-04T17:00:00-05:00", Channel::call, Outcome::connected),
                  attempt("2026-11-05", Channel::call, Outcome::connected)}; // no time of day
    Prospect b = test::prospect(2, "Bob Stone", date(2026, 11, 2));
    b.attempts = {attempt("2026-11-06T09:00", Channel::call, Outcome::voicemail)};
    HourlyConnects hours;
    count_connects(a, hours);
    CHECK(hours.timed_touches == 3); // the touch without a time has no hour
    count_connects(b, hours);        // adds to what is there
    CHECK(hours.timed_touches == 4);
    CHECK(hours.touches[9] == 3); // the hour as on the caller's wall, whatever the offset
    CHECK(hours.connected[9] == 1);
    CHECK(hours.touches[17] == 1);
    CHECK(hours.connected[17] == 1);
    CHECK(hours.touches[10] == 0);
    count_connects(test::prospect(3, "No Touches", date(2026, 11, 2)), hours);
    CHECK(hours.timed_touches == 4);
}

TEST_CASE("advice_for") {
    SUBCASE("no touches, on the cadence: silent") {
        CHECK(advice(ann(), Channel::call).empty());
    }
    SUBCASE("check back: a prospect in nurture") {
        Prospect p = ann();
        p.status = Status::nurture;
        p.attempts = {attempt("2026-08-20", Channel::email, Outcome::not_interested)};
        CHECK(advice(p, Channel::email, {date(2026, 11, 18), DueReason::check_back}) ==
              Advice{"said \"not now\" on 2026-08-20: check back with something new"});
    }
    SUBCASE("check back without any touch: silent") {
        Prospect p = ann();
        p.status = Status::nurture;
        CHECK(advice(p, Channel::call, {date(2027, 1, 31), DueReason::check_back}).empty());
    }
    SUBCASE("re-engage a lost deal, with and without a touch") {
        Prospect p = ann();
        p.status = Status::lost;
        CHECK(advice(p, Channel::call, {date(2027, 1, 31), DueReason::reengage}) ==
              Advice{"closed lost: re-engage, the deal may be ready now"});
        p.attempts = {attempt("2026-11-10", Channel::meeting, Outcome::lost)};
        CHECK(advice(p, Channel::call, {date(2027, 2, 8), DueReason::reengage}) ==
              Advice{"closed lost on 2026-11-10: re-engage, the deal may be ready now"});
    }
    SUBCASE("the other due reasons say nothing of their own") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-10", Channel::call, Outcome::connected)};
        CHECK(advice(p, Channel::email, {date(2026, 11, 13), DueReason::cadence}).empty());
        CHECK(advice(p, Channel::email, {date(2026, 11, 20), DueReason::by_hand}).empty());
    }
    SUBCASE("an open objection: the latest one") {
        Prospect p = ann();
        p.attempts = {
            with_objection(attempt("2026-11-02", Channel::call, Outcome::objection), "budget"),
            with_objection(attempt("2026-11-05", Channel::call, Outcome::objection), "timeline")};
        CHECK(advice(p, Channel::email) == Advice{"answer the open objection: timeline"});
    }
    SUBCASE("an answered objection: silent") {
        Prospect p = ann();
        p.attempts = {
            with_objection(attempt("2026-11-02", Channel::call, Outcome::objection), "budget"),
            answering(attempt("2026-11-05", Channel::email, Outcome::replied))};
        CHECK(advice(p, Channel::call).empty());
    }
    SUBCASE("the last touch did not reach them, and another channel is suggested") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02", Channel::call, Outcome::voicemail)};
        CHECK(advice(p, Channel::email) == Advice{"the last call did not reach them: try email"});
        p.attempts = {attempt("2026-11-02", Channel::linkedin, Outcome::no_answer)};
        CHECK(advice(p, Channel::email) ==
              Advice{"the last LinkedIn did not reach them: try email"});
        p.attempts = {attempt("2026-11-02", Channel::email, Outcome::no_answer)};
        CHECK(advice(p, Channel::sms) == Advice{"the last email did not reach them: try SMS"});
    }
    SUBCASE("the last touch did not reach them, but the suggestion is the same channel: silent") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02", Channel::call, Outcome::no_answer)};
        CHECK(advice(p, Channel::call).empty());
    }
    SUBCASE("the last touch reached them: silent") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02", Channel::call, Outcome::connected)};
        CHECK(advice(p, Channel::email).empty());
    }
    SUBCASE("3 touches on one channel in a row") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02", Channel::call, Outcome::connected),
                      attempt("2026-11-05", Channel::call, Outcome::connected),
                      attempt("2026-11-09", Channel::call, Outcome::connected)};
        CHECK(advice(p, Channel::linkedin) == Advice{"3 calls in a row: try email or LinkedIn"});
        p.attempts.push_back(attempt("2026-11-16", Channel::call, Outcome::connected));
        CHECK(advice(p, Channel::video) == Advice{"4 calls in a row: try email or LinkedIn"});
    }
    SUBCASE("3 in a row on other channels name the channel as a person says it") {
        Prospect p = ann();
        for (const char* at : {"2026-11-02", "2026-11-05", "2026-11-09"}) {
            p.attempts.push_back(attempt(at, Channel::email, Outcome::replied));
        }
        CHECK(advice(p, Channel::call) == Advice{"3 emails in a row: try call or LinkedIn"});
        for (Attempt& a : p.attempts) {
            a.channel = Channel::sms;
        }
        CHECK(advice(p, Channel::call) == Advice{"3 texts in a row: try call or email"});
        for (Attempt& a : p.attempts) {
            a.channel = Channel::social;
        }
        CHECK(advice(p, Channel::call) ==
              Advice{"3 touches by social in a row: try call or email"});
    }
    SUBCASE("3 in a row: the prospect's own channel plan names the alternatives") {
        Prospect p = ann();
        p.channel_plan = std::vector<Channel>{Channel::call, Channel::video, Channel::letter};
        for (const char* at : {"2026-11-02", "2026-11-05", "2026-11-09"}) {
            p.attempts.push_back(attempt(at, Channel::call, Outcome::connected));
        }
        CHECK(advice(p, Channel::video) == Advice{"3 calls in a row: try video or letter"});
    }
    SUBCASE("3 in a row: a plan of one channel falls back to email and LinkedIn") {
        Rules calls;
        calls.channel_plan = {Channel::call};
        Prospect p = ann();
        for (const char* at : {"2026-11-02", "2026-11-05", "2026-11-09"}) {
            p.attempts.push_back(attempt(at, Channel::call, Outcome::connected));
        }
        CHECK(advice(p, Channel::call, k_cadence, calls) ==
              Advice{"3 calls in a row: try email or LinkedIn"});
    }
    SUBCASE("2 on one channel in a row: silent") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02", Channel::email, Outcome::connected),
                      attempt("2026-11-05", Channel::call, Outcome::connected),
                      attempt("2026-11-09", Channel::call, Outcome::connected)};
        CHECK(advice(p, Channel::linkedin).empty());
    }
    SUBCASE("2 unanswered calls in the morning, too few timed touches to quote") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02T09:00:00+01:00", Channel::call, Outcome::no_answer),
                      attempt("2026-11-05T11:59:00+01:00", Channel::call, Outcome::voicemail)};
        CHECK(advice_with_hours(p, Rules{}, k_cadence, Channel::call,
                                hours_by_part(9, 1, 5, 4, 5, 4)) ==
              Advice{"your last 2 calls went unanswered, all in the morning: try another time "
                     "of day"});
    }
    SUBCASE("with 20 timed touches it quotes the best other part of the day") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02T09:00:00+01:00", Channel::call, Outcome::no_answer),
                      attempt("2026-11-05T10:30:00+01:00", Channel::call, Outcome::no_answer),
                      attempt("2026-11-09T08:00:00+01:00", Channel::call, Outcome::voicemail)};
        // morning 1 of 10 (10%), afternoon 3 of 5 (60%), evening 4 of 5 (80%)
        const Advice quoted = advice_with_hours(p, Rules{}, k_cadence, Channel::call,
                                                hours_by_part(10, 1, 5, 3, 5, 4));
        CHECK(quoted == Advice{"3 calls in a row: try email or LinkedIn",
                               "your last 3 calls went unanswered, all in the morning: try the "
                               "evening (you reach people 80% of the time then, 10% in the "
                               "morning)"});
    }
    SUBCASE("a part of the day with fewer than 5 touches is not quoted") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02T14:00:00Z", Channel::call, Outcome::no_answer),
                      attempt("2026-11-05T16:59:00Z", Channel::call, Outcome::no_answer)};
        // Afternoon 2 of 14 (14%); morning 2 of 6 (33%); evening 4 of 4, too few to quote.
        CHECK(advice_with_hours(p, Rules{}, k_cadence, Channel::call,
                                hours_by_part(6, 2, 14, 2, 4, 4)) ==
              Advice{"your last 2 calls went unanswered, all in the afternoon: try the morning "
                     "(you reach people 33% of the time then, 14% in the afternoon)"});
        // Morning and evening 4 touches each: neither can be quoted.
        CHECK(advice_with_hours(p, Rules{}, k_cadence, Channel::call,
                                hours_by_part(4, 2, 18, 2, 4, 4)) ==
              Advice{"your last 2 calls went unanswered, all in the afternoon: try another "
                     "time of day"});
    }
    SUBCASE("19 timed touches are too few to quote") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02T18:00:00Z", Channel::call, Outcome::no_answer),
                      attempt("2026-11-05T23:30:00Z", Channel::call, Outcome::no_answer)};
        CHECK(advice_with_hours(p, Rules{}, k_cadence, Channel::call,
                                hours_by_part(7, 6, 6, 2, 6, 0)) ==
              Advice{"your last 2 calls went unanswered, all in the evening: try another time "
                     "of day"});
        CHECK(advice_with_hours(p, Rules{}, k_cadence, Channel::call,
                                hours_by_part(8, 6, 6, 2, 6, 0)) ==
              Advice{"your last 2 calls went unanswered, all in the evening: try the morning "
                     "(you reach people 75% of the time then, 0% in the evening)"});
    }
    SUBCASE("one unanswered call: silent") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02T09:00:00+01:00", Channel::call, Outcome::connected),
                      attempt("2026-11-05T09:00:00+01:00", Channel::call, Outcome::no_answer)};
        CHECK(advice(p, Channel::call).empty());
    }
    SUBCASE("unanswered calls in different parts of the day: silent") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02T11:00:00+01:00", Channel::call, Outcome::no_answer),
                      attempt("2026-11-05T12:00:00+01:00", Channel::call, Outcome::no_answer)};
        CHECK(advice(p, Channel::call).empty());
        p.attempts = {attempt("2026-11-02T16:59:00+01:00", Channel::call, Outcome::no_answer),
                      attempt("2026-11-05T17:00:00+01:00", Channel::call, Outcome::no_answer)};
        CHECK(advice(p, Channel::call).empty());
    }
    SUBCASE("unanswered calls without a time of day: silent") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02", Channel::call, Outcome::no_answer),
                      attempt("2026-11-05", Channel::call, Outcome::no_answer)};
        CHECK(advice(p, Channel::call).empty());
        // One timed and one untimed: the run stops at the untimed one.
        p.attempts[1] = attempt("2026-11-05T09:00", Channel::call, Outcome::no_answer);
        CHECK(advice(p, Channel::call).empty());
    }
    SUBCASE("an email between the calls breaks the run: silent") {
        Prospect p = ann();
        p.attempts = {attempt("2026-11-02T09:00", Channel::call, Outcome::no_answer),
                      attempt("2026-11-03T09:00", Channel::email, Outcome::no_answer),
                      attempt("2026-11-05T09:00", Channel::call, Outcome::no_answer)};
        CHECK(advice(p, Channel::call).empty());
    }
    SUBCASE("bring something new: the last value carried") {
        Prospect p = ann();
        p.attempts = {
            with_value(attempt("2026-11-02", Channel::call, Outcome::connected), "case study"),
            attempt("2026-11-05", Channel::email, Outcome::replied)};
        CHECK(advice(p, Channel::call) ==
              Advice{"bring something new: last time it was \"case study\""});
    }
    SUBCASE("every rule at once, most important first") {
        Prospect p = ann();
        p.status = Status::nurture;
        p.attempts = {
            with_objection(attempt("2026-11-02T09:00", Channel::call, Outcome::objection), "price"),
            with_value(attempt("2026-11-05T10:00", Channel::call, Outcome::no_answer), "ROI sheet"),
            attempt("2026-11-09T11:00", Channel::call, Outcome::voicemail)};
        CHECK(advice(p, Channel::email, {date(2027, 2, 8), DueReason::check_back}) ==
              Advice{"said \"not now\" on 2026-11-09: check back with something new",
                     "answer the open objection: price",
                     "the last call did not reach them: try email",
                     "3 calls in a row: try email or LinkedIn",
                     "your last 2 calls went unanswered, all in the morning: try another time "
                     "of day",
                     "bring something new: last time it was \"ROI sheet\""});
    }
}

TEST_CASE("open_objections and latest_open_objection") {
    Prospect p = ann();
    SUBCASE("none") {
        CHECK(open_objections(p).empty());
        p.attempts = {attempt("2026-11-02", Channel::call, Outcome::objection)}; // no text
        CHECK(open_objections(p).empty());
        p.attempts[0].objection = "";
        CHECK(open_objections(p).empty());
        CHECK(latest_open_objection(p) == std::nullopt);
    }
    SUBCASE("oldest first") {
        p.attempts = {with_objection(attempt("2026-11-02"), "budget"), attempt("2026-11-03"),
                      with_objection(attempt("2026-11-05"), "timeline")};
        CHECK(open_objections(p) == std::vector<std::string>{"budget", "timeline"});
        CHECK(latest_open_objection(p) == "timeline");
    }
    SUBCASE("answers pops the latest open one") {
        p.attempts = {with_objection(attempt("2026-11-02"), "budget"),
                      with_objection(attempt("2026-11-05"), "timeline"),
                      answering(attempt("2026-11-09"))};
        CHECK(open_objections(p) == std::vector<std::string>{"budget"});
        CHECK(latest_open_objection(p) == "budget");
        p.attempts.push_back(answering(attempt("2026-11-16")));
        CHECK(open_objections(p).empty());
        CHECK(latest_open_objection(p) == std::nullopt);
    }
    SUBCASE("answers with nothing open does not cancel a later objection") {
        p.attempts = {answering(attempt("2026-11-02")),
                      with_objection(attempt("2026-11-05"), "busy")};
        CHECK(open_objections(p) == std::vector<std::string>{"busy"});
    }
    SUBCASE("one touch answering the last objection and raising a new one") {
        p.attempts = {with_objection(attempt("2026-11-02"), "budget"),
                      answering(with_objection(attempt("2026-11-05"), "legal review"))};
        CHECK(open_objections(p) == std::vector<std::string>{"legal review"});
    }
}

TEST_CASE("last_value") {
    Prospect p = ann();
    SUBCASE("no touch, or no value: none") {
        CHECK_FALSE(last_value(p));
        p.attempts = {attempt("2026-11-02"), with_value(attempt("2026-11-05"), "")};
        CHECK_FALSE(last_value(p));
    }
    SUBCASE("the latest touch that carried one") {
        p.attempts = {with_value(attempt("2026-11-02"), "case study"),
                      with_value(attempt("2026-11-05"), "article"), attempt("2026-11-09")};
        CHECK(last_value(p) == std::optional<std::string>("article"));
    }
}

TEST_CASE("touch_warnings") {
    Prospect p = ann();
    p.name = "Hal Jordan";
    const std::string no_value =
        "this touch carries no value for Hal Jordan: a touch without one is \"just checking "
        "in\", which the seeds call a nuisance; next time bring a case study, an article or an "
        "idea (--value)";
    using Warnings = std::vector<std::string>;
    SUBCASE("no value: a warning") {
        CHECK(touch_warnings(p, attempt("2026-11-25", Channel::email, Outcome::replied)) ==
              Warnings{no_value});
        CHECK(touch_warnings(p, attempt("2026-11-25", Channel::call, Outcome::voicemail)) ==
              Warnings{no_value});
        CHECK(touch_warnings(p, with_value(attempt("2026-11-25", Channel::call, Outcome::connected),
                                           " \t ")) == Warnings{no_value});
    }
    SUBCASE("no value on a call nobody answered: silent") {
        CHECK(touch_warnings(p, attempt("2026-11-25", Channel::call, Outcome::no_answer)).empty());
    }
    SUBCASE("no value on a touch that closes or parks the deal (news, not a follow-up): silent") {
        for (const Outcome news : {Outcome::won, Outcome::lost, Outcome::not_interested}) {
            CHECK(touch_warnings(p, attempt("2026-11-25", Channel::call, news)).empty());
        }
    }
    SUBCASE("no value on the other outcomes: a warning") {
        for (const Outcome outcome : {Outcome::voicemail, Outcome::connected, Outcome::replied,
                                      Outcome::meeting, Outcome::objection}) {
            CHECK(touch_warnings(p, attempt("2026-11-25", Channel::call, outcome)) ==
                  Warnings{no_value});
        }
    }
    SUBCASE("a value, the first one: silent") {
        CHECK(touch_warnings(p, with_value(attempt("2026-11-25", Channel::email, Outcome::replied),
                                           "case study"))
                  .empty());
    }
    SUBCASE("the same value as last time, letter case and spacing aside") {
        p.attempts = {
            with_value(attempt("2026-11-02", Channel::email, Outcome::no_answer), "Case Study"),
            attempt("2026-11-05", Channel::call, Outcome::no_answer)};
        const Warnings repeated{
            "the same value as the last touch (\"Case Study\"): bring something new next time"};
        CHECK(touch_warnings(p, with_value(attempt("2026-11-25", Channel::email, Outcome::replied),
                                           "  case   STUDY ")) == repeated);
        CHECK(touch_warnings(p, with_value(attempt("2026-11-25", Channel::email, Outcome::replied),
                                           "case\tstudy")) == repeated);
        CHECK(touch_warnings(p, with_value(attempt("2026-11-25", Channel::email, Outcome::replied),
                                           "case studies"))
                  .empty());
    }
    SUBCASE("--answers with no open objection") {
        const Warnings nothing_open{"Hal Jordan has no open objection for --answers to answer"};
        const Attempt answer = answering(
            with_value(attempt("2026-11-25", Channel::email, Outcome::replied), "ROI sheet"));
        CHECK(touch_warnings(p, answer) == nothing_open);
        p.attempts = {
            with_objection(attempt("2026-11-02", Channel::call, Outcome::objection), "budget")};
        CHECK(touch_warnings(p, answer).empty());
        p.attempts.push_back(answering(attempt("2026-11-05", Channel::call, Outcome::connected)));
        CHECK(touch_warnings(p, answer) == nothing_open);
    }
}

TEST_CASE("dream_streak") {
    Prospect p = ann();
    p.dream = true;
    const Date wednesday = date(2026, 11, 25); // ISO week 2026-W48 began Monday 11-23
    SUBCASE("no touches") {
        const Streak streak = dream_streak(p, wednesday);
        CHECK(streak.touches == 0);
        CHECK(streak.weeks_without_gap == 0);
    }
    SUBCASE("consecutive weeks up to this one") {
        p.attempts = {attempt("2026-11-09"), attempt("2026-11-15"), // Monday and Sunday, W46
                      attempt("2026-11-16"), attempt("2026-11-24")};
        const Streak streak = dream_streak(p, wednesday);
        CHECK(streak.touches == 4);
        CHECK(streak.weeks_without_gap == 3);
    }
    SUBCASE("this week is not over yet: the streak counts up to last week") {
        p.attempts = {attempt("2026-11-09"), attempt("2026-11-22")}; // Sunday of W47
        CHECK(dream_streak(p, wednesday).weeks_without_gap == 2);
        CHECK(dream_streak(p, date(2026, 11, 29)).weeks_without_gap == 2); // Sunday, W48
        CHECK(dream_streak(p, date(2026, 11, 30)).weeks_without_gap == 0); // W49: W48 missed
    }
    SUBCASE("a week without a touch breaks it") {
        p.attempts = {attempt("2026-11-02"), attempt("2026-11-16"), attempt("2026-11-23")};
        const Streak streak = dream_streak(p, wednesday);
        CHECK(streak.touches == 3);
        CHECK(streak.weeks_without_gap == 2);
    }
    SUBCASE("across the year end, by ISO weeks") {
        // 2026-W53 runs Monday 12-28 to Sunday 2027-01-03.
        p.attempts = {attempt("2026-12-22"), attempt("2027-01-03"), attempt("2027-01-04")};
        CHECK(dream_streak(p, date(2027, 1, 6)).weeks_without_gap == 3);
    }
}

TEST_CASE("touch_points") {
    Pipeline pipeline;
    auto add = [&](std::int64_t id, std::optional<MonthDay> birthday,
                   std::optional<MonthDay> anniversary, Status status = Status::active) {
        Prospect p = test::prospect(id, "P" + std::to_string(id), date(2026, 1, 5));
        p.birthday = birthday;
        p.anniversary = anniversary;
        p.status = status;
        pipeline.prospects.push_back(p);
    };
    SUBCASE("within the window, by date, both ends included") {
        add(1, MonthDay{12, 1}, std::nullopt);
        add(2, MonthDay{11, 25}, MonthDay{11, 26});
        add(3, MonthDay{12, 2}, std::nullopt);  // one day past the window
        add(4, MonthDay{11, 24}, std::nullopt); // yesterday: next year, far away
        const auto points = touch_points(pipeline, date(2026, 11, 25), 6);
        CHECK(point_ids(points) == std::vector<std::int64_t>{2, 2, 1});
        REQUIRE(points.size() == 3);
        CHECK(points[0].occasion == "birthday");
        CHECK(points[0].date == date(2026, 11, 25));
        CHECK(points[1].occasion == "anniversary");
        CHECK(points[1].date == date(2026, 11, 26));
        CHECK(points[2].date == date(2026, 12, 1));
        CHECK(point_ids(touch_points(pipeline, date(2026, 11, 25), 0)) ==
              std::vector<std::int64_t>{2});
    }
    SUBCASE("next year, across the year end") {
        add(1, MonthDay{1, 3}, std::nullopt);
        const auto points = touch_points(pipeline, date(2026, 12, 28), 7);
        REQUIRE(points.size() == 1);
        CHECK(points[0].date == date(2027, 1, 3));
    }
    SUBCASE("29 February: the 28th outside a leap year") {
        add(1, MonthDay{2, 29}, std::nullopt);
        const auto in_2027 = touch_points(pipeline, date(2027, 2, 20), 10);
        REQUIRE(in_2027.size() == 1);
        CHECK(in_2027[0].date == date(2027, 2, 28));
        const auto in_2028 = touch_points(pipeline, date(2028, 2, 20), 10);
        REQUIRE(in_2028.size() == 1);
        CHECK(in_2028[0].date == date(2028, 2, 29));
        // Past 28 February 2027: the next one is 29 February 2028.
        const auto from_march = touch_points(pipeline, date(2027, 3, 1), 366);
        REQUIRE(from_march.size() == 1);
        CHECK(from_march[0].date == date(2028, 2, 29));
    }
    SUBCASE("dnc prospects are left alone; won and lost ones are not") {
        add(1, MonthDay{11, 25}, std::nullopt, Status::dnc);
        add(2, MonthDay{11, 25}, std::nullopt, Status::won);
        add(3, MonthDay{11, 25}, std::nullopt, Status::lost);
        add(4, std::nullopt, std::nullopt);
        CHECK(point_ids(touch_points(pipeline, date(2026, 11, 25), 0)) ==
              std::vector<std::int64_t>{2, 3});
    }
}

TEST_CASE("lost_deals_to_reengage") {
    Pipeline pipeline;
    auto add = [&](std::int64_t id, Status status, std::vector<Attempt> attempts,
                   Date created = date(2025, 6, 1)) {
        Prospect p = test::prospect(id, "P" + std::to_string(id), created);
        p.status = status;
        p.attempts = std::move(attempts);
        pipeline.prospects.push_back(p);
    };
    const Date today = date(2026, 11, 25);
    add(1, Status::lost, {attempt("2025-11-25", Channel::email, Outcome::lost)}); // 365 days
    add(2, Status::lost, {attempt("2025-11-24", Channel::email, Outcome::lost)}); // 366 days
    add(3, Status::lost,
        {attempt("2026-10-01", Channel::call, Outcome::lost), // touched since
         attempt("2026-10-20", Channel::email, Outcome::no_answer)});
    add(4, Status::lost, {}, date(2026, 6, 1)); // lost by hand, never touched
    add(5, Status::lost, {attempt("2026-09-01", Channel::call, Outcome::connected)}); // by hand
    add(6, Status::active, {attempt("2026-11-01", Channel::call, Outcome::lost)});
    add(7, Status::lost, {attempt("2026-11-25", Channel::meeting, Outcome::lost)}); // today
    const auto deals = lost_deals_to_reengage(pipeline, today);
    REQUIRE(deals.size() == 4);
    CHECK(deals[0].prospect->id == 1);
    CHECK(deals[0].lost_on == date(2025, 11, 25));
    CHECK(deals[1].prospect->id == 4);
    CHECK(deals[1].lost_on == date(2026, 6, 1));
    CHECK(deals[2].prospect->id == 5);
    CHECK(deals[2].lost_on == date(2026, 9, 1));
    CHECK(deals[3].prospect->id == 7);
    CHECK(deals[3].lost_on == today);
}

TEST_CASE("first_working_day") {
    const Rules christmas = away_rules({{date(2026, 12, 21), date(2026, 12, 25)}}); // Mon-Fri
    SUBCASE("no time away: weekdays stay, weekends move to Monday") {
        const Rules rules;
        CHECK(first_working_day(date(2026, 11, 25), rules) == date(2026, 11, 25));
        CHECK(first_working_day(date(2026, 11, 28), rules) == date(2026, 11, 30));
        Rules weekends = rules;
        weekends.skip_weekends = false;
        CHECK(first_working_day(date(2026, 11, 28), weekends) == date(2026, 11, 28));
    }
    SUBCASE("inside a period away: the day after, then off the weekend") {
        CHECK(first_working_day(date(2026, 12, 21), christmas) == date(2026, 12, 28));
        CHECK(first_working_day(date(2026, 12, 25), christmas) == date(2026, 12, 28));
        Rules weekends = christmas;
        weekends.skip_weekends = false;
        CHECK(first_working_day(date(2026, 12, 23), weekends) == date(2026, 12, 26));
    }
    SUBCASE("around a period away: unchanged") {
        CHECK(first_working_day(date(2026, 12, 18), christmas) == date(2026, 12, 18));
        CHECK(first_working_day(date(2026, 12, 28), christmas) == date(2026, 12, 28));
    }
    SUBCASE("a weekend that moves into a period away moves on out of it") {
        CHECK(first_working_day(date(2026, 12, 19), christmas) == date(2026, 12, 28));
    }
    SUBCASE("periods that touch or overlap, in any order") {
        const Rules chained = away_rules({{date(2026, 12, 28), date(2027, 1, 1)},
                                          {date(2026, 12, 21), date(2026, 12, 25)},
                                          {date(2027, 1, 1), date(2027, 1, 4)}});
        CHECK(first_working_day(date(2026, 12, 22), chained) == date(2027, 1, 5));
    }
}

TEST_CASE("days_away_between") {
    const Rules rules = away_rules({{date(2026, 12, 21), date(2026, 12, 25)},
                                    {date(2026, 12, 24), date(2027, 1, 1)}});    // overlapping
    CHECK(days_away_between(date(2026, 12, 1), date(2026, 12, 21), rules) == 0); // end excluded
    CHECK(days_away_between(date(2026, 12, 1), date(2026, 12, 22), rules) == 1);
    CHECK(days_away_between(date(2026, 12, 1), date(2027, 2, 1), rules) == 12); // counted once
    CHECK(days_away_between(date(2026, 12, 23), date(2026, 12, 26), rules) == 3);
    CHECK(days_away_between(date(2027, 1, 2), date(2027, 2, 1), rules) == 0);
    CHECK(days_away_between(date(2026, 12, 25), date(2026, 12, 25), rules) == 0);
    CHECK(days_away_between(date(2026, 12, 26), date(2026, 12, 22), rules) == 0);
    CHECK(days_away_between(date(2026, 12, 1), date(2027, 2, 1), Rules{}) == 0);
}

TEST_CASE("due_date with time away") {
    const Rules christmas = away_rules({{date(2026, 12, 21), date(2026, 12, 25)}});
    Prospect p = ann();
    SUBCASE("a cadence due date inside the period moves to the first working day after") {
        p.attempts = {attempt("2026-12-18")}; // +3: Monday 12-21
        const auto due = due_date(p, christmas);
        REQUIRE(due);
        CHECK(due->date == date(2026, 12, 28)); // Saturday 12-26 skipped too
        CHECK(due->reason == DueReason::cadence);
    }
    SUBCASE("a due date off the weekend into the period moves out of it") {
        p.attempts = {attempt("2026-12-16")}; // +3: Saturday 12-19, Monday 12-21 is away
        CHECK(due_date(p, christmas)->date == date(2026, 12, 28));
    }
    SUBCASE("a due date outside the period does not move") {
        p.attempts = {attempt("2026-12-14")};
        CHECK(due_date(p, christmas)->date == date(2026, 12, 17));
        p.attempts = {attempt("2026-12-25")}; // +3: Monday 12-28
        CHECK(due_date(p, christmas)->date == date(2026, 12, 28));
    }
    SUBCASE("a date set by hand inside the period moves, but may stay on a weekend") {
        p.next = date(2026, 12, 22);
        const auto due = due_date(p, christmas);
        REQUIRE(due);
        CHECK(due->date == date(2026, 12, 26));
        CHECK(due->reason == DueReason::by_hand);
    }
    SUBCASE("check back and re-engage move too") {
        p.status = Status::nurture;
        p.attempts = {attempt("2026-09-22", Channel::call, Outcome::not_interested)}; // +90
        const auto due = due_date(p, christmas);
        REQUIRE(due);
        CHECK(due->date == date(2026, 12, 28));
        CHECK(due->reason == DueReason::check_back);
        p.status = Status::lost;
        CHECK(due_date(p, christmas)->reason == DueReason::reengage);
        CHECK(due_date(p, christmas)->date == date(2026, 12, 28));
    }
    SUBCASE("a first touch due inside the period") {
        p.created = date(2026, 12, 23);
        CHECK(due_date(p, christmas)->date == date(2026, 12, 28));
    }
}

TEST_CASE("abandonment_reason with time away") {
    Prospect p = ann();
    p.attempts = {attempt("2026-11-02")}; // due Thursday 11-05; today 20 days past it
    const Date today = date(2026, 11, 25);
    SUBCASE("without time away: abandoned") {
        CHECK(abandonment_reason(p, Rules{}, today) == "no touch for 23 days, 1 touch");
    }
    SUBCASE("days away are not counted: 20 - 6 = 14 is not abandoned, 20 - 5 = 15 is") {
        CHECK_FALSE(
            abandonment_reason(p, away_rules({{date(2026, 11, 9), date(2026, 11, 14)}}), today));
        CHECK(abandonment_reason(p, away_rules({{date(2026, 11, 9), date(2026, 11, 13)}}), today) ==
              "no touch for 23 days, 1 touch");
    }
    SUBCASE("days away before the due date or from today on are not subtracted") {
        CHECK(abandonment_reason(p, away_rules({{date(2026, 11, 3), date(2026, 11, 4)}}), today));
        CHECK(abandonment_reason(p, away_rules({{date(2026, 11, 25), date(2026, 12, 4)}}), today));
    }
    SUBCASE("never touched, while away") {
        Prospect fresh = ann(); // due Monday 11-02
        CHECK(abandonment_reason(fresh, Rules{}, today) == "never touched, added 23 days ago");
        CHECK_FALSE(abandonment_reason(
            fresh, away_rules({{date(2026, 11, 16), date(2026, 11, 24)}}), today));
    }
}

TEST_CASE("suggested_channel with a prospect's own plan") {
    const Rules rules; // call, email, call, linkedin, video
    Prospect p = ann();
    p.channel_plan = std::vector<Channel>{Channel::email, Channel::linkedin, Channel::linkedin};
    SUBCASE("the prospect's plan wins over the file's") {
        CHECK(suggested_channel(p, rules) == Channel::email);
        p.attempts = {attempt("2026-11-02", Channel::email, Outcome::replied)};
        CHECK(suggested_channel(p, rules) == Channel::linkedin);
    }
    SUBCASE("it repeats from the start") {
        p.attempts = {attempt("2026-11-02", Channel::email, Outcome::replied),
                      attempt("2026-11-05", Channel::linkedin, Outcome::connected),
                      attempt("2026-11-09", Channel::linkedin, Outcome::connected)};
        CHECK(suggested_channel(p, rules) == Channel::email);
    }
    SUBCASE("never the channel that just failed: the next different one in the plan") {
        p.attempts = {attempt("2026-11-02", Channel::email, Outcome::replied),
                      attempt("2026-11-05", Channel::linkedin, Outcome::no_answer)};
        CHECK(suggested_channel(p, rules) == Channel::email); // linkedin twice, then email
    }
    SUBCASE("a plan of one channel that just failed falls back") {
        p.channel_plan = std::vector<Channel>{Channel::email};
        p.attempts = {attempt("2026-11-02", Channel::email, Outcome::no_answer)};
        CHECK(suggested_channel(p, rules) == Channel::call);
    }
    SUBCASE("'default' (no plan of its own) follows the file's") {
        p.channel_plan.reset();
        p.attempts = {attempt("2026-11-02", Channel::call, Outcome::connected)};
        CHECK(suggested_channel(p, rules) == Channel::email);
    }
}
