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
