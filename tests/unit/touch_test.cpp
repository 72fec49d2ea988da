#include "core/touch.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

using namespace followup;
using followup::test::attempt;
using followup::test::date;

namespace {

Prospect ann(Status status = Status::active) {
    Prospect result = test::prospect(1, "Ann Lee", date(2026, 11, 2));
    result.status = status;
    return result;
}

Status status_after(Prospect prospect, Outcome outcome) {
    record_attempt(prospect, attempt("2026-11-20", Channel::call, outcome), std::nullopt);
    return prospect.status;
}

std::vector<std::string> times(const Prospect& prospect) {
    std::vector<std::string> out;
    for (const Attempt& a : prospect.attempts) {
        out.push_back(format_timestamp(a.at));
    }
    return out;
}

} // namespace

TEST_CASE("record_attempt") {
    SUBCASE("the first touch is number 1") {
        Prospect p = ann();
        CHECK(record_attempt(p, attempt("2026-11-02T09:00"), std::nullopt) == 1);
        REQUIRE(p.attempts.size() == 1);
        CHECK(p.attempts[0].at == test::stamp("2026-11-02T09:00"));
        CHECK(record_attempt(p, attempt("2026-11-05"), std::nullopt) == 2);
    }
    SUBCASE("won and lost close the prospect") {
        CHECK(status_after(ann(), Outcome::won) == Status::won);
        CHECK(status_after(ann(), Outcome::lost) == Status::lost);
        CHECK(status_after(ann(Status::nurture), Outcome::won) == Status::won);
    }
    SUBCASE("not interested moves to nurture") {
        CHECK(status_after(ann(), Outcome::not_interested) == Status::nurture);
    }
    SUBCASE("a dream client is never let go") {
        Prospect dream = ann();
        dream.dream = true;
        CHECK(status_after(dream, Outcome::not_interested) == Status::active);
    }
    SUBCASE("dnc stays dnc") {
        CHECK(status_after(ann(Status::dnc), Outcome::not_interested) == Status::dnc);
        CHECK(status_after(ann(Status::dnc), Outcome::connected) == Status::dnc);
    }
    SUBCASE("a conversation makes nurture or lost active again") {
        for (const Outcome outcome : {Outcome::connected, Outcome::replied, Outcome::meeting}) {
            CAPTURE(to_string(outcome));
            CHECK(status_after(ann(Status::nurture), outcome) == Status::active);
            CHECK(status_after(ann(Status::lost), outcome) == Status::active);
            CHECK(status_after(ann(Status::won), outcome) == Status::won);
        }
    }
    SUBCASE("no answer, voicemail and objection change nothing") {
        for (const Outcome outcome : {Outcome::no_answer, Outcome::voicemail, Outcome::objection}) {
            CAPTURE(to_string(outcome));
            CHECK(status_after(ann(), outcome) == Status::active);
            CHECK(status_after(ann(Status::nurture), outcome) == Status::nurture);
            CHECK(status_after(ann(Status::lost), outcome) == Status::lost);
        }
    }
    SUBCASE("a backdated touch is inserted in time order") {
        Prospect p = ann();
        record_attempt(p, attempt("2026-11-02"), std::nullopt);
        record_attempt(p, attempt("2026-11-09"), std::nullopt);
        CHECK(record_attempt(p, attempt("2026-11-05"), std::nullopt) == 2);
        CHECK(times(p) == std::vector<std::string>{"2026-11-02", "2026-11-05", "2026-11-09"});
        CHECK(record_attempt(p, attempt("2026-11-01"), std::nullopt) == 1);
        CHECK(times(p).front() == "2026-11-01");
    }
    SUBCASE("on the same day: by time, a date alone first, equal ones after") {
        Prospect p = ann();
        record_attempt(p, attempt("2026-11-05"), std::nullopt);
        record_attempt(p, attempt("2026-11-05T10:00"), std::nullopt);
        CHECK(record_attempt(p, attempt("2026-11-05T09:00"), std::nullopt) == 2);
        CHECK(record_attempt(p, attempt("2026-11-05T10:00", Channel::email), std::nullopt) == 4);
        CHECK(p.attempts[3].channel == Channel::email);
        CHECK(times(p) == std::vector<std::string>{"2026-11-05", "2026-11-05T09:00:00",
                                                   "2026-11-05T10:00:00", "2026-11-05T10:00:00"});
    }
    SUBCASE("next is replaced") {
        Prospect p = ann();
        p.next = date(2026, 11, 20);
        record_attempt(p, attempt("2026-11-05"), std::nullopt);
        CHECK_FALSE(p.next);
        record_attempt(p, attempt("2026-11-06"), date(2026, 12, 1));
        CHECK(p.next == date(2026, 12, 1));
    }
    SUBCASE("the attempt is stored as given") {
        Prospect p = ann();
        Attempt a = attempt("2026-11-05T09:30:00+01:00", Channel::video, Outcome::meeting);
        a.note = "demo";
        a.value = "case study";
        record_attempt(p, a, std::nullopt);
        REQUIRE(p.attempts.size() == 1);
        CHECK(p.attempts[0] == a);
    }
}
