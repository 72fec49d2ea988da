#include "core/agenda.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace followup;
using followup::test::attempt;
using followup::test::date;

namespace {

std::vector<std::int64_t> due_ids(const Agenda& agenda) {
    std::vector<std::int64_t> ids;
    for (const DueEntry& entry : agenda.due) {
        ids.push_back(entry.prospect->id);
    }
    return ids;
}

// Today is Monday 2026-11-16. Ids in order, as a loaded pipeline keeps them.
Pipeline sample_pipeline() {
    Pipeline pipeline;
    auto add = [&](std::int64_t id, Date created, std::vector<const char*> touches,
                   Status status = Status::active) {
        Prospect p = test::prospect(id, "Prospect " + std::to_string(id), created);
        p.status = status;
        for (const char* at : touches) {
            p.attempts.push_back(attempt(at));
        }
        pipeline.prospects.push_back(std::move(p));
    };
    add(1, date(2026, 11, 2), {"2026-11-09"}); // due 11-12: 4 days overdue
    add(2, date(2026, 11, 2), {});             // due 11-02: 14 days overdue
    add(3, date(2026, 11, 2), {});             // due 11-02: 14 days overdue
    add(4, date(2026, 10, 27), {});            // due 10-27: 20, abandoned
    add(5, date(2026, 10, 1), {"2026-10-01"}, Status::won);
    add(6, date(2026, 10, 1), {}, Status::dnc);
    add(7, date(2026, 11, 2), {"2026-11-02", "2026-11-05"}, Status::lost); // due in 2027
    add(8, date(2026, 11, 2), {"2026-11-15"});                             // due Wednesday 11-18
    add(9, date(2026, 11, 2), {"2026-11-12"}); // Sunday 11-15 -> due today
    return pipeline;
}

} // namespace

TEST_CASE("build_agenda") {
    const Pipeline pipeline = sample_pipeline();
    const Rules rules;
    const Date today = date(2026, 11, 16);

    SUBCASE("most overdue first, ties by id") {
        const Agenda agenda = build_agenda(pipeline, rules, today, 0);
        CHECK(agenda.today == today);
        CHECK(due_ids(agenda) == std::vector<std::int64_t>{4, 2, 3, 1, 9});
        REQUIRE(agenda.due.size() == 5);
        CHECK(agenda.due[0].days_overdue == 20);
        CHECK(agenda.due[0].due.date == date(2026, 10, 27));
        CHECK(agenda.due[1].days_overdue == 14);
        CHECK(agenda.due[2].days_overdue == 14);
        CHECK(agenda.due[3].days_overdue == 4);
        CHECK(agenda.due[4].days_overdue == 0);
        CHECK(agenda.due[4].due.date == today);
    }
    SUBCASE("entries carry the suggested channel and the abandoned flag") {
        const Agenda agenda = build_agenda(pipeline, rules, today, 0);
        REQUIRE(agenda.due.size() == 5);
        CHECK(agenda.due[0].abandoned);       // #4, 20 days past due
        CHECK_FALSE(agenda.due[1].abandoned); // #2, exactly 14 days
        CHECK(agenda.due[0].suggested_channel == Channel::call);
        CHECK(agenda.due[3].suggested_channel == Channel::email); // #1 after a missed call
    }
    SUBCASE("within_days looks ahead with negative days_overdue") {
        CHECK(due_ids(build_agenda(pipeline, rules, today, 1)) ==
              std::vector<std::int64_t>{4, 2, 3, 1, 9});
        const Agenda ahead = build_agenda(pipeline, rules, today, 2);
        CHECK(due_ids(ahead) == std::vector<std::int64_t>{4, 2, 3, 1, 9, 8});
        REQUIRE(ahead.due.size() == 6);
        CHECK(ahead.due[5].days_overdue == -2);
        CHECK(ahead.due[5].due.date == date(2026, 11, 18));
    }
    SUBCASE("the abandoned list, by id") {
        const Agenda agenda = build_agenda(pipeline, rules, today, 0);
        REQUIRE(agenda.abandoned.size() == 2);
        CHECK(agenda.abandoned[0].prospect->id == 4);
        CHECK(agenda.abandoned[0].reason == "never touched, added 20 days ago");
        CHECK(agenda.abandoned[1].prospect->id == 7);
        CHECK(agenda.abandoned[1].reason == "closed lost after 2 touches");
    }
    SUBCASE("won and dnc are left out, even looking a year ahead") {
        const Agenda agenda = build_agenda(pipeline, rules, today, 400);
        const auto ids = due_ids(agenda);
        CHECK(std::find(ids.begin(), ids.end(), 5) == ids.end());
        CHECK(std::find(ids.begin(), ids.end(), 6) == ids.end());
        CHECK(std::find(ids.begin(), ids.end(), 7) != ids.end()); // lost: due after nurture
        CHECK(ids.size() == 7);
    }
    SUBCASE("entries point into the pipeline") {
        const Agenda agenda = build_agenda(pipeline, rules, today, 0);
        REQUIRE_FALSE(agenda.due.empty());
        CHECK(agenda.due[0].prospect == &pipeline.prospects[3]);
    }
    SUBCASE("an empty pipeline") {
        const Agenda agenda = build_agenda(Pipeline{}, rules, today, 7);
        CHECK(agenda.due.empty());
        CHECK(agenda.abandoned.empty());
    }
}
