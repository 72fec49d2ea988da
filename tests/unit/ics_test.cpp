#include "core/agenda.hpp"
#include "render/export_view.hpp"
#include "render/ics.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace followup;
using namespace followup::render;
using followup::test::date;

namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find("\r\n", start);
        REQUIRE_MESSAGE(end != std::string::npos, "a line without CRLF");
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

// Undoes the folding: a line starting with a space continues the one before.
std::vector<std::string> unfold(const std::string& text) {
    std::vector<std::string> out;
    for (const std::string& line : split_lines(text)) {
        if (!line.empty() && line[0] == ' ') {
            REQUIRE(!out.empty());
            out.back() += line.substr(1);
        } else {
            out.push_back(line);
        }
    }
    return out;
}

} // namespace

TEST_CASE("ics_escape_text") {
    CHECK(ics_escape_text("plain text") == "plain text");
    CHECK(ics_escape_text("a,b;c\\d") == "a\\,b\\;c\\\\d");
    SUBCASE("line breaks of every kind become \\n") {
        CHECK(ics_escape_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
    }
    SUBCASE("control characters TEXT cannot hold become spaces; tabs and UTF-8 stay") {
        CHECK(ics_escape_text("a\x01"
                              "b\x7f"
                              "c\td") == "a b c\td");
        CHECK(ics_escape_text("Björn 陈伟") == "Björn 陈伟");
    }
}

TEST_CASE("ics_fold_line") {
    SUBCASE("a short line is ended with CRLF") {
        CHECK(ics_fold_line("BEGIN:VEVENT") == "BEGIN:VEVENT\r\n");
    }
    SUBCASE("75 octets fit on one line; 76 fold") {
        const std::string exact(75, 'x');
        CHECK(ics_fold_line(exact) == exact + "\r\n");
        CHECK(ics_fold_line(exact + "y") == exact + "\r\n y\r\n");
    }
    SUBCASE("no line is longer than 75 octets, and unfolding gives the line back") {
        std::string line = "DESCRIPTION:";
        for (int i = 0; i < 40; ++i) {
            line += "Ångström 陈伟 ";
        }
        const std::string folded = ics_fold_line(line);
        for (const std::string& part : split_lines(folded)) {
            CHECK(part.size() <= 75);
        }
        CHECK(unfold(folded) == std::vector<std::string>{line});
    }
    SUBCASE("a fold never splits a UTF-8 sequence") {
        // 74 ASCII octets, then a 3-octet character that would straddle octet 75.
        const std::string line = std::string(74, 'a') + "陈";
        CHECK(ics_fold_line(line) == std::string(74, 'a') + "\r\n 陈\r\n");
    }
}

TEST_CASE("render_ics") {
    const std::vector<IcsEvent> events = {{"followup-1-20261102@followup", date(2026, 11, 30),
                                           "Call: Ann Lee (Acme), touch 3 of 5",
                                           "Line one.\nLine two; with, punctuation."}};
    const std::string text = render_ics(events, date(2026, 11, 25));
    const auto lines = unfold(text);
    CHECK(lines == std::vector<std::string>{
                       "BEGIN:VCALENDAR",
                       "VERSION:2.0",
                       "PRODID:-//followup//followup//EN",
                       "CALSCALE:GREGORIAN",
                       "METHOD:PUBLISH",
                       "X-WR-CALNAME:Follow-ups",
                       "BEGIN:VEVENT",
                       "UID:followup-1-20261102@followup",
                       "DTSTAMP:20261125T000000Z",
                       "DTSTART;VALUE=DATE:20261130",
                       "DTEND;VALUE=DATE:20261201",
                       "SUMMARY:Call: Ann Lee (Acme)\\, touch 3 of 5",
                       "DESCRIPTION:Line one.\\nLine two\\; with\\, punctuation.",
                       "CATEGORIES:followup",
                       "TRANSP:TRANSPARENT",
                       "END:VEVENT",
                       "END:VCALENDAR",
                   });
    SUBCASE("an all-day event at the end of a month and of a year ends the next day") {
        const auto last =
            unfold(render_ics({{"u", date(2026, 12, 31), "s", "d"}}, date(2026, 12, 1)));
        CHECK(std::find(last.begin(), last.end(), "DTEND;VALUE=DATE:20270101") != last.end());
    }
    SUBCASE("no events is still a calendar") {
        CHECK(unfold(render_ics({}, date(2026, 11, 25))).size() == 7);
    }
}

TEST_CASE("due_events") {
    Pipeline pipeline;
    Prospect ann = test::prospect(1, "Ann Lee", date(2026, 11, 2));
    ann.company = "Acme";
    ann.email = "ann@acme.com";
    ann.attempts.push_back(test::attempt("2026-11-20", Channel::call, Outcome::no_answer));
    ann.attempts.push_back(test::attempt("2026-11-24", Channel::email, Outcome::no_answer));
    Prospect late = test::prospect(2, "Late, Larry", date(2026, 11, 2)); // never touched
    Prospect won = test::prospect(3, "Wendy Won", date(2026, 11, 2));
    won.status = Status::won;
    Prospect far = test::prospect(4, "Far Away", date(2026, 11, 2));
    far.next = date(2027, 3, 1);
    pipeline.prospects = {ann, late, won, far};
    const Date today = date(2026, 11, 25);
    const Agenda agenda = build_agenda(pipeline, Rules{}, today, 30);
    const auto events = due_events(agenda);

    REQUIRE(events.size() == 2); // won is never due; the far one is past 30 days
    SUBCASE("overdue touches land on today; the rest on their due day, in date order") {
        CHECK(events[0].uid == "followup-2-20261102@followup");
        CHECK(events[0].start == today);
        CHECK(events[1].uid == "followup-1-20261102@followup");
        CHECK(events[1].start == date(2026, 11, 30)); // 11-24 + 4 days... the 28th is a Saturday
    }
    SUBCASE("the summary says how, who and which touch") {
        CHECK(events[0].summary == "Call: Late, Larry, touch 1 of 5");
        CHECK(events[1].summary == "Call: Ann Lee (Acme), touch 3 of 5");
    }
    SUBCASE("the description says when it was due, and how to log it") {
        CHECK(events[0].description.find("Touch 1 of 5 with #2 Late, Larry: 23 days overdue (it "
                                         "was due 2026-11-02).") == 0);
        CHECK(events[0].description.find("Being abandoned before the fifth touch") !=
              std::string::npos);
        CHECK(events[1].description.find("Last touch: 2026-11-24 email, no-answer.") !=
              std::string::npos);
        CHECK(events[1].description.find("Email: ann@acme.com") != std::string::npos);
        CHECK(events[1].description.find("When done: followup log 1 --channel call") !=
              std::string::npos);
    }
    SUBCASE("the UID stays the same on another day") {
        const auto later = due_events(build_agenda(pipeline, Rules{}, date(2026, 11, 27), 30));
        REQUIRE(later.size() == 2);
        CHECK(later[1].uid == events[1].uid);
    }
}

TEST_CASE("touches_table") {
    Pipeline pipeline;
    Prospect ann = test::prospect(1, "Ann Lee", date(2026, 11, 2));
    ann.company = "Acme";
    Attempt first = test::attempt("2026-11-20T09:05:30+01:00", Channel::call, Outcome::voicemail);
    first.note = "left a message";
    Attempt second = test::attempt("2026-11-24", Channel::email, Outcome::replied);
    second.value = "case study";
    ann.attempts = {first, second};
    pipeline.prospects = {ann, test::prospect(2, "=Bo", date(2026, 11, 3))};
    const Table table = touches_table(pipeline);
    CHECK(render_csv(table) ==
          "prospect_id,name,company,email,status,touch,date,time,channel,outcome,value,note\r\n"
          "1,Ann Lee,Acme,,active,1,2026-11-20,09:05,call,voicemail,,left a message\r\n"
          "1,Ann Lee,Acme,,active,2,2026-11-24,,email,replied,case study,\r\n"
          "2,'=Bo,,,active,,,,,,,\r\n");
}
