#include "core/schedule.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <initializer_list>

using namespace followup;
using followup::test::attempt;
using followup::test::date;

namespace {

// Created on Monday 2026-11-02, touched by call at each of `touches` (oldest first).
Prospect touched(std::initializer_list<const char*> touches, Status status = Status::active) {
    Prospect result = test::prospect(1, "Ann Lee", date(2026, 11, 2));
    result.status = status;
    for (const char* at : touches) {
        result.attempts.push_back(attempt(at));
    }
    return result;
}

std::optional<Date> due_day(const Prospect& prospect, const Rules& rules = {}) {
    const auto due = due_date(prospect, rules);
    return due ? std::optional<Date>(due->date) : std::nullopt;
}

Rules no_weekend_skip() {
    Rules rules;
    rules.skip_weekends = false;
    return rules;
}

} // namespace

TEST_CASE("due_date") {
    SUBCASE("no touches: due the day it was created") {
        const auto due = due_date(touched({}), Rules{});
        REQUIRE(due);
        CHECK(due->date == date(2026, 11, 2));
        CHECK_FALSE(due->set_by_hand());
    }
    SUBCASE("created on a Saturday: due on Monday") {
        Prospect saturday = touched({});
        saturday.created = date(2026, 11, 7);
        CHECK(due_day(saturday) == date(2026, 11, 9));
        CHECK(due_day(saturday, no_weekend_skip()) == date(2026, 11, 7));
    }
    SUBCASE("touches 1 to 4 wait the cadence after the last touch") {
        CHECK(due_day(touched({"2026-11-02"})) == date(2026, 11, 5));
        CHECK(due_day(touched({"2026-11-02", "2026-11-05"})) == date(2026, 11, 9));
        CHECK(due_day(touched({"2026-11-02", "2026-11-05", "2026-11-09"})) == date(2026, 11, 16));
        CHECK(due_day(touched({"2026-11-02", "2026-11-05", "2026-11-09", "2026-11-16"})) ==
              date(2026, 11, 30));
    }
    SUBCASE("the wait counts from the last touch's actual date") {
        // Touch 2 was late (Tuesday 11-10): +4 days is Saturday 11-14.
        const Prospect late = touched({"2026-11-02", "2026-11-10T18:00:00+01:00"});
        CHECK(due_day(late) == date(2026, 11, 16));
        CHECK(due_day(late, no_weekend_skip()) == date(2026, 11, 14));
    }
    SUBCASE("a computed Saturday moves to Monday") {
        const Prospect wednesday = touched({"2026-11-04"});
        CHECK(due_day(wednesday) == date(2026, 11, 9));
        CHECK(due_day(wednesday, no_weekend_skip()) == date(2026, 11, 7));
    }
    SUBCASE("after the fifth touch: after_fifth_days") {
        const Prospect five =
            touched({"2026-11-02", "2026-11-05", "2026-11-09", "2026-11-16", "2026-11-30"});
        CHECK(due_day(five) == date(2026, 12, 30));
        Prospect six = five;
        six.attempts.push_back(attempt("2026-12-30"));
        CHECK(due_day(six) == date(2027, 1, 29));
    }
    SUBCASE("a dream client after the fifth touch: dream_days") {
        Prospect dream =
            touched({"2026-11-02", "2026-11-05", "2026-11-09", "2026-11-16", "2026-11-30"});
        dream.dream = true;
        CHECK(due_day(dream) == date(2026, 12, 7));
        Prospect early = touched({"2026-11-02"});
        early.dream = true;
        CHECK(due_day(early) == date(2026, 11, 5)); // before the fifth: the cadence
    }
    SUBCASE("a prospect's own cadence") {
        Prospect custom = touched({"2026-11-02"});
        custom.cadence = std::vector<int>{2, 2, 5, 10};
        CHECK(due_day(custom) == date(2026, 11, 4));
        custom.attempts =
            touched({"2026-11-02", "2026-11-04", "2026-11-06", "2026-11-11"}).attempts;
        CHECK(due_day(custom) == date(2026, 11, 23)); // 11-21 is a Saturday
    }
    SUBCASE("a cadence shorter than four repeats its last wait") {
        Prospect custom = touched({"2026-11-02", "2026-11-03", "2026-11-04"});
        custom.cadence = std::vector<int>{1, 2};
        CHECK(due_day(custom) == date(2026, 11, 6));
        custom.attempts.push_back(attempt("2026-11-06"));
        CHECK(due_day(custom) == date(2026, 11, 9)); // 11-08 is a Sunday
        custom.attempts.push_back(attempt("2026-11-09"));
        CHECK(due_day(custom) == date(2026, 12, 9)); // the fifth: after_fifth_days
    }
    SUBCASE("the rules' cadence applies without a prospect cadence") {
        Rules rules;
        rules.cadence_days = {10};
        CHECK(due_day(touched({"2026-11-02", "2026-11-03"}), rules) == date(2026, 11, 13));
    }
    SUBCASE("nurture: nurture_days after the last touch") {
        const Prospect nurture = touched({"2026-11-02"}, Status::nurture);
        CHECK(due_day(nurture) == date(2027, 2, 1)); // 2027-01-31 is a Sunday
        CHECK(due_day(nurture, no_weekend_skip()) == date(2027, 1, 31));
        CHECK(due_day(touched({}, Status::nurture)) == date(2027, 2, 1));
    }
    SUBCASE("lost: nurture_days after the last touch") {
        CHECK(due_day(touched({"2026-10-02", "2026-11-02"}, Status::lost)) == date(2027, 2, 1));
    }
    SUBCASE("won and dnc are never due") {
        for (const Status status : {Status::won, Status::dnc}) {
            Prospect closed = touched({"2026-11-02"}, status);
            CHECK_FALSE(due_date(closed, Rules{}));
            closed.next = date(2026, 11, 20);
            CHECK_FALSE(due_date(closed, Rules{}));
        }
    }
    SUBCASE("next wins and is kept even on a weekend") {
        Prospect snoozed = touched({"2026-11-02"});
        snoozed.next = date(2026, 11, 7);
        const auto due = due_date(snoozed, Rules{});
        REQUIRE(due);
        CHECK(due->date == date(2026, 11, 7));
        CHECK(due->set_by_hand());
        snoozed.status = Status::nurture;
        CHECK(due_day(snoozed) == date(2026, 11, 7));
    }
}

TEST_CASE("abandonment_reason") {
    const Rules rules;
    SUBCASE("never touched: exactly abandon_after_days past due is not abandoned") {
        const Prospect fresh = touched({});
        CHECK_FALSE(abandonment_reason(fresh, rules, date(2026, 11, 16)));
        CHECK(abandonment_reason(fresh, rules, date(2026, 11, 17)) ==
              "never touched, added 15 days ago");
    }
    SUBCASE("three touches: one day past the limit") {
        const Prospect three = touched({"2026-11-02", "2026-11-05", "2026-11-09"}); // due 11-16
        CHECK_FALSE(abandonment_reason(three, rules, date(2026, 11, 30)));
        CHECK(abandonment_reason(three, rules, date(2026, 12, 1)) ==
              "no touch for 22 days, 3 touches");
    }
    SUBCASE("the limit counts from a due date moved off the weekend") {
        const Prospect one = touched({"2026-11-04"}); // due Monday 11-09
        CHECK_FALSE(abandonment_reason(one, rules, date(2026, 11, 23)));
        CHECK(abandonment_reason(one, rules, date(2026, 11, 24)) ==
              "no touch for 20 days, 1 touch");
    }
    SUBCASE("four touches can be abandoned, five cannot") {
        Prospect four = touched({"2026-11-02", "2026-11-05", "2026-11-09", "2026-11-16"});
        CHECK(abandonment_reason(four, rules, date(2026, 12, 15)) ==
              "no touch for 29 days, 4 touches");
        four.attempts.push_back(attempt("2026-11-17"));
        CHECK_FALSE(abandonment_reason(four, rules, date(2027, 6, 1)));
    }
    SUBCASE("lost before the fifth touch is abandoned at once") {
        const Prospect two = touched({"2026-11-02", "2026-11-05"}, Status::lost);
        CHECK(abandonment_reason(two, rules, date(2026, 11, 5)) == "closed lost after 2 touches");
        const Prospect one = touched({"2026-11-02"}, Status::lost);
        CHECK(abandonment_reason(one, rules, date(2026, 11, 2)) == "closed lost after 1 touch");
        const Prospect five = touched(
            {"2026-11-02", "2026-11-05", "2026-11-09", "2026-11-16", "2026-11-30"}, Status::lost);
        CHECK_FALSE(abandonment_reason(five, rules, date(2026, 11, 30)));
    }
    SUBCASE("won and dnc are never abandoned") {
        CHECK_FALSE(
            abandonment_reason(touched({"2026-11-02"}, Status::won), rules, date(2027, 6, 1)));
        CHECK_FALSE(abandonment_reason(touched({}, Status::dnc), rules, date(2027, 6, 1)));
    }
    SUBCASE("nurture counts from its nurture due date") {
        const Prospect nurture = touched({"2026-11-02"}, Status::nurture); // due 2027-02-01
        CHECK_FALSE(abandonment_reason(nurture, rules, date(2027, 2, 15)));
        CHECK(abandonment_reason(nurture, rules, date(2027, 2, 16)) ==
              "no touch for 106 days, 1 touch");
    }
    SUBCASE("a hand-set next date, singular day") {
        Rules strict;
        strict.abandon_after_days = 0;
        Prospect snoozed = touched({"2026-11-02"});
        snoozed.next = date(2026, 11, 2);
        CHECK_FALSE(abandonment_reason(snoozed, strict, date(2026, 11, 2)));
        CHECK(abandonment_reason(snoozed, strict, date(2026, 11, 3)) ==
              "no touch for 1 day, 1 touch");
        CHECK(abandonment_reason(touched({}), strict, date(2026, 11, 3)) ==
              "never touched, added 1 day ago");
    }
}

TEST_CASE("abandonment_reason given the due date: the same answer as computing it") {
    Rules strict;
    strict.abandon_after_days = 0;
    std::vector<Prospect> prospects = {
        touched({}),
        touched({"2026-11-02", "2026-11-05", "2026-11-09"}),
        touched({"2026-11-02", "2026-11-05", "2026-11-09", "2026-11-16", "2026-11-30"}),
        touched({"2026-11-02", "2026-11-05"}, Status::lost),
        touched({"2026-11-02"}, Status::won),
        touched({}, Status::dnc),
        touched({"2026-11-02"}, Status::nurture),
    };
    Prospect by_hand = touched({"2026-11-02"});
    by_hand.next = date(2026, 11, 14);
    prospects.push_back(by_hand);
    for (const Rules& rules : {Rules{}, strict}) {
        for (const Prospect& p : prospects) {
            for (const Date today : {date(2026, 11, 2), date(2026, 11, 20), date(2027, 6, 1)}) {
                CHECK(abandonment_reason(p, rules, today, due_date(p, rules)) ==
                      abandonment_reason(p, rules, today));
            }
        }
    }
    // The due date given is the one used: a prospect due later is not yet abandoned.
    const Prospect fresh = touched({});
    CHECK(abandonment_reason(fresh, Rules{}, date(2026, 11, 17)));
    CHECK_FALSE(abandonment_reason(fresh, Rules{}, date(2026, 11, 17),
                                   DueDate{date(2026, 11, 16), DueReason::by_hand}));
}

TEST_CASE("rules_from") {
    SUBCASE("no settings: the defaults") {
        const Rules rules = rules_from(std::nullopt);
        CHECK(rules.cadence_days == std::vector<int>{3, 4, 7, 14});
        CHECK(rules.after_fifth_days == 30);
        CHECK(rules.dream_days == 7);
        CHECK(rules.nurture_days == 90);
        CHECK(rules.abandon_after_days == 14);
        CHECK(rules.skip_weekends);
    }
    SUBCASE("each setting replaces its default, the rest stay") {
        Settings settings;
        settings.cadence_days = std::vector<int>{1, 2};
        settings.nurture_days = 60;
        settings.skip_weekends = false;
        const Rules rules = rules_from(settings);
        CHECK(rules.cadence_days == std::vector<int>{1, 2});
        CHECK(rules.nurture_days == 60);
        CHECK_FALSE(rules.skip_weekends);
        CHECK(rules.after_fifth_days == 30);
        CHECK(rules.abandon_after_days == 14);
        settings.after_fifth_days = 45;
        settings.dream_days = 3;
        settings.abandon_after_days = 0;
        const Rules all = rules_from(settings);
        CHECK(all.after_fifth_days == 45);
        CHECK(all.dream_days == 3);
        CHECK(all.abandon_after_days == 0);
    }
    SUBCASE("the user's defaults fill what the file leaves out, key by key") {
        Settings user;
        user.cadence_days = std::vector<int>{1, 1};
        user.dream_days = 2;
        user.skip_weekends = false;
        user.channel_plan = std::vector<Channel>{Channel::email};
        Settings file;
        file.cadence_days = std::vector<int>{5};
        file.skip_weekends = true;
        const Rules rules = rules_from(file, user);
        CHECK(rules.cadence_days == std::vector<int>{5}); // the file's wins
        CHECK(rules.skip_weekends);                       // even when it is the default
        CHECK(rules.dream_days == 2);                     // the user's fills the gap
        CHECK(rules.channel_plan == std::vector<Channel>{Channel::email});
        CHECK(rules.nurture_days == 90); // neither: built in
        const Rules no_file = rules_from(std::nullopt, user);
        CHECK(no_file.cadence_days == std::vector<int>{1, 1});
        CHECK_FALSE(no_file.skip_weekends);
    }
}

TEST_CASE("suggested_channel") {
    const Rules rules; // call, email, call, linkedin, video
    const auto after = [](std::initializer_list<std::pair<Channel, Outcome>> touches) {
        Prospect result = test::prospect(1, "Ann Lee", date(2026, 11, 2));
        for (const auto& [channel, outcome] : touches) {
            result.attempts.push_back(attempt("2026-11-02", channel, outcome));
        }
        return result;
    };
    constexpr auto ok = Outcome::connected;
    SUBCASE("the plan, touch by touch") {
        CHECK(suggested_channel(after({}), rules) == Channel::call);
        CHECK(suggested_channel(after({{Channel::call, ok}}), rules) == Channel::email);
        CHECK(suggested_channel(after({{Channel::call, ok}, {Channel::email, ok}}), rules) ==
              Channel::call);
        const Prospect three =
            after({{Channel::call, ok}, {Channel::email, ok}, {Channel::call, ok}});
        CHECK(suggested_channel(three, rules) == Channel::linkedin);
        Prospect four = three;
        four.attempts.push_back(attempt("2026-11-03", Channel::linkedin, ok));
        CHECK(suggested_channel(four, rules) == Channel::video);
    }
    SUBCASE("a call that did not reach the person is not repeated") {
        for (const Outcome missed : {Outcome::no_answer, Outcome::voicemail}) {
            const Prospect p = after({{Channel::call, ok}, {Channel::call, missed}});
            CHECK(suggested_channel(p, rules) == Channel::linkedin);
        }
    }
    SUBCASE("after a connected call the plan is followed") {
        CHECK(suggested_channel(after({{Channel::call, ok}, {Channel::call, ok}}), rules) ==
              Channel::call);
    }
    SUBCASE("a plan of one channel falls back to another") {
        Rules calls;
        calls.channel_plan = {Channel::call};
        const Prospect p = after({{Channel::call, Outcome::no_answer}});
        CHECK(suggested_channel(p, calls) == Channel::email);
    }
}

TEST_CASE("touch_label") {
    CHECK(touch_label(1) == "touch 1 of 5");
    CHECK(touch_label(4) == "touch 4 of 5");
    CHECK(touch_label(5) == "touch 5 of 5");
    CHECK(touch_label(6) == "touch 6");
    CHECK(touch_label(7) == "touch 7");
}

TEST_CASE("lost_on") {
    Prospect p = test::prospect(1, "Ivy", date(2026, 8, 1));
    p.status = Status::lost;
    SUBCASE("set lost by hand, never touched: the day added") {
        CHECK(lost_on(p) == date(2026, 8, 1));
    }
    SUBCASE("set lost by hand after touches: the last touch") {
        p.attempts = {attempt("2026-08-03"), attempt("2026-08-10")};
        CHECK(lost_on(p) == date(2026, 8, 10));
    }
    SUBCASE("the touch that lost it, even when touched again since") {
        p.attempts = {attempt("2026-08-03"), attempt("2026-09-10", Channel::email, Outcome::lost),
                      attempt("2026-11-20")};
        CHECK(lost_on(p) == date(2026, 9, 10));
    }
}
