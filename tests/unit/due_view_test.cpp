#include "render/due_view.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace followup;
using followup::test::date;

TEST_CASE("due_table: the coaching lines line up, whatever the id's digits and the name's width") {
    // A name in two-column characters (CJK), one with combining-free accents, and ids of
    // one, two and four digits: each label is measured, not counted in bytes.
    const std::vector<Prospect> prospects = {
        test::prospect(7, "Zoë Park", date(2026, 11, 2)),
        test::prospect(42, "王小明", date(2026, 11, 2)),
        test::prospect(1234, "Al", date(2026, 11, 2)),
    };
    Agenda agenda;
    agenda.today = date(2026, 11, 16);
    for (const Prospect& p : prospects) {
        DueEntry entry;
        entry.prospect = &p;
        entry.due = DueDate{date(2026, 11, 16), DueReason::first_touch};
        agenda.due.push_back(entry);
    }
    agenda.due[0].advice = {"first advice", "second advice"};
    agenda.due[2].advice = {"only advice"};
    // #42 has no advice: it takes no line, and its label does not widen the column.
    const std::string table = render::due_table(agenda, 0, false);
    const std::string coaching = table.substr(table.find("How to make them count"));
    CHECK(coaching == "How to make them count\n"
                      "  #7 Zoë Park  first advice\n"
                      "               second advice\n"
                      "  #1234 Al     only advice\n");

    agenda.due[1].advice = {"wide"};
    const std::string wider = render::due_table(agenda, 0, false);
    CHECK(wider.substr(wider.find("How to make them count")) == "How to make them count\n"
                                                                "  #7 Zoë Park  first advice\n"
                                                                "               second advice\n"
                                                                "  #42 王小明   wide\n"
                                                                "  #1234 Al     only advice\n");
}

TEST_CASE("due_table: a long agenda (written on two threads) keeps its sections in order") {
    // Enough due and abandoned prospects for the sections under the table to be written
    // on a second thread: the report must read as if written top to bottom.
    std::vector<Prospect> prospects;
    for (int id = 1; id <= 1500; ++id) {
        prospects.push_back(
            test::prospect(id, "Prospect " + std::to_string(id), date(2026, 11, 2)));
    }
    Agenda agenda;
    agenda.today = date(2026, 11, 16);
    for (std::size_t i = 0; i < 1200; ++i) {
        DueEntry entry;
        entry.prospect = &prospects[i];
        entry.due = DueDate{date(2026, 11, 2), DueReason::first_touch};
        entry.days_overdue = 14;
        entry.advice = {"advice for " + prospects[i].name};
        agenda.due.push_back(entry);
    }
    for (std::size_t i = 1200; i < 1500; ++i) {
        agenda.abandoned.push_back({&prospects[i], "never touched, added 14 days ago"});
    }
    const std::string report = render::due_table(agenda, 0, false);

    std::vector<std::string> lines;
    for (std::size_t start = 0; start < report.size();) {
        const std::size_t end = report.find('\n', start);
        lines.push_back(report.substr(start, end - start));
        start = end + 1;
    }
    REQUIRE(lines.size() == 1 + 1 + 1200 + 1 + 1 + 1200 + 1 + 1 + 1 + 300);
    CHECK(lines[0] == "Due (1200): 0 today, 1200 overdue");
    CHECK(lines[2].find("Prospect 1 ") != std::string::npos);
    CHECK(lines[1201].find("Prospect 1200 ") != std::string::npos);
    CHECK(lines[1202].empty());
    CHECK(lines[1203] == "How to make them count");
    CHECK(lines[1204].find("#1 Prospect 1 ") != std::string::npos);
    CHECK(lines[1204].ends_with("advice for Prospect 1"));
    CHECK(lines[2403].ends_with("advice for Prospect 1200"));
    CHECK(lines[2404].empty());
    CHECK(lines[2405] == "Abandoned before the fifth touch (300)");
    CHECK(lines[2407].find("Prospect 1201 ") != std::string::npos);
    CHECK(lines.back().find("Prospect 1500 ") != std::string::npos);
}
