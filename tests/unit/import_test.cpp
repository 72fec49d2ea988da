#include "core/error.hpp"
#include "core/import.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace followup;
using followup::test::date;

namespace {

const Date k_today = date(2026, 11, 25);

// Rows numbered as a spreadsheet would: the first is row 1.
std::vector<ImportRow> rows(std::vector<std::vector<std::string>> cells) {
    std::vector<ImportRow> out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        out.push_back({i + 1, std::move(cells[i])});
    }
    return out;
}

ImportColumns columns_of(const std::vector<ImportRow>& input,
                         ImportKind kind = ImportKind::prospects,
                         const std::vector<ColumnMap>& maps = {}) {
    return match_columns(input, kind, maps, "in.csv");
}

ImportPlan plan(const std::vector<ImportRow>& input, const Pipeline& pipeline = {},
                ImportKind kind = ImportKind::prospects, const std::vector<ColumnMap>& maps = {}) {
    return plan_import(input, columns_of(input, kind, maps), pipeline, k_today);
}

// The field of each column, "" for the ignored ones.
std::vector<std::string> fields(const ImportColumns& columns) {
    return columns.fields;
}

// The Error that matching throws: its message and kind.
std::pair<std::string, ErrorKind> match_error(const std::vector<ImportRow>& input,
                                              ImportKind kind = ImportKind::prospects,
                                              const std::vector<ColumnMap>& maps = {}) {
    try {
        match_columns(input, kind, maps, "in.csv");
    } catch (const Error& error) {
        return {error.what(), error.kind()};
    }
    return {"", ErrorKind::failure};
}

Pipeline pipeline_with(std::vector<Prospect> prospects) {
    Pipeline pipeline;
    std::int64_t last = 0;
    for (const Prospect& p : prospects) {
        last = std::max(last, p.id);
    }
    pipeline.next_id = last + 1;
    pipeline.prospects = std::move(prospects);
    return pipeline;
}

Prospect person(std::int64_t id, std::string name, std::optional<std::string> company = {},
                std::optional<std::string> email = {}) {
    Prospect p = test::prospect(id, std::move(name), date(2026, 11, 1));
    p.company = std::move(company);
    p.email = std::move(email);
    return p;
}

std::vector<std::size_t> rows_of(const std::vector<RowReason>& reasons) {
    std::vector<std::size_t> out;
    for (const RowReason& reason : reasons) {
        out.push_back(reason.row);
    }
    return out;
}

} // namespace

TEST_CASE("parse_column_map") {
    const auto map = parse_column_map(" Work Email = email ");
    REQUIRE(map);
    CHECK(map->column == "Work Email");
    CHECK(map->field == "email");
    SUBCASE("the last '=' splits, and the field is matched in lower case") {
        const auto odd = parse_column_map("a=b=NAME");
        REQUIRE(odd);
        CHECK(odd->column == "a=b");
        CHECK(odd->field == "name");
    }
    SUBCASE("an empty field ignores the column") {
        const auto ignore = parse_column_map("Lead Source=");
        REQUIRE(ignore);
        CHECK(ignore->field.empty());
    }
    SUBCASE("no '=' or no column is not a map") {
        CHECK_FALSE(parse_column_map("email"));
        CHECK_FALSE(parse_column_map("=email"));
    }
}

TEST_CASE("match_columns") {
    SUBCASE("HubSpot's headers") {
        const auto c =
            columns_of(rows({{"Record ID", "First Name", "Last Name", "Email", "Phone Number",
                              "Company Name", "Lifecycle Stage", "Create Date"}}));
        CHECK(fields(c) == std::vector<std::string>{"", "first_name", "last_name", "email", "phone",
                                                    "company", "", ""});
    }
    SUBCASE("Salesforce's headers") {
        const auto c = columns_of(rows({{"First Name", "Last Name", "Title", "Account Name",
                                         "Mailing City", "Phone", "Mobile", "Email"}}));
        CHECK(fields(c) == std::vector<std::string>{"first_name", "last_name", "", "company", "",
                                                    "phone", "phone", "email"});
    }
    SUBCASE("LinkedIn's connections, under the notes it puts above the header") {
        const auto input = rows({{"Notes:"},
                                 {"When exporting your connection data, you may notice..."},
                                 {"First Name", "Last Name", "URL", "Email Address", "Company",
                                  "Position", "Connected On"},
                                 {"Ann", "Lee", "https://x", "", "Acme", "VP", "12 Nov 2026"}});
        const auto c = columns_of(input);
        CHECK(c.header_index == 2);
        CHECK(fields(c) ==
              std::vector<std::string>{"first_name", "last_name", "", "email", "company", "", ""});
        const auto p = plan(input);
        CHECK(p.rows_read == 1);
        REQUIRE(p.prospects.size() == 1);
        CHECK(p.prospects[0].name == "Ann Lee");
    }
    SUBCASE("case, spaces, '_' and '-' do not matter") {
        const auto c = columns_of(rows({{"  FULL_NAME ", "e-mail", "company-name", "TAGS"}}));
        CHECK(fields(c) == std::vector<std::string>{"name", "email", "company", "tags"});
    }
    SUBCASE("German, French and Spanish headers") {
        CHECK(fields(columns_of(rows({{"Vorname", "Nachname", "Firma", "Telefon"}}))) ==
              std::vector<std::string>{"first_name", "last_name", "company", "phone"});
        CHECK(fields(columns_of(rows({{"Prénom", "Nom", "Société", "Courriel"}}))) ==
              std::vector<std::string>{"first_name", "last_name", "company", "email"});
        CHECK(fields(columns_of(rows({{"Nombre", "Apellidos", "Empresa"}}))) ==
              std::vector<std::string>{"first_name", "last_name", "company"});
    }
    SUBCASE("two columns for one field: the first with text in a row wins") {
        const auto input = rows({{"Name", "Phone", "Mobile Phone"},
                                 {"Ann", "+1 555 0100", "+1 555 0111"},
                                 {"Bob", "", "+1 555 0122"}});
        CHECK(fields(columns_of(input)) == std::vector<std::string>{"name", "phone", "phone"});
        const auto p = plan(input);
        REQUIRE(p.prospects.size() == 2);
        CHECK(p.prospects[0].phone == "+1 555 0100");
        CHECK(p.prospects[1].phone == "+1 555 0122");
    }
    SUBCASE("--map names a column by hand, and it wins over the alias") {
        const auto c =
            columns_of(rows({{"Name", "Email", "Work Email", "Org"}}), ImportKind::prospects,
                       {{"work email", "email"}, {"ORG", "company"}});
        // The field --map gave "Work Email" is taken by no other column.
        CHECK(fields(c) == std::vector<std::string>{"name", "", "email", "company"});
    }
    SUBCASE("--map COLUMN= ignores a column") {
        const auto c =
            columns_of(rows({{"Name", "Notes"}}), ImportKind::prospects, {{"Notes", ""}});
        CHECK(fields(c) == std::vector<std::string>{"name", ""});
    }
    SUBCASE("a --map column finds the header row too") {
        const auto c = columns_of(rows({{"exported 2026-11-25"}, {"Person", "Org"}}),
                                  ImportKind::prospects, {{"Org", "company"}});
        CHECK(c.header_index == 1);
    }
    SUBCASE("touches: their own fields, the prospect by id, email or name") {
        const auto c =
            columns_of(rows({{"prospect_id", "name", "company", "email", "status", "touch", "date",
                              "time", "channel", "outcome", "value", "note"}}),
                       ImportKind::attempts);
        CHECK(fields(c) == std::vector<std::string>{"prospect_id", "name", "company", "email", "",
                                                    "", "date", "time", "channel", "outcome",
                                                    "value", "note"});
    }
}

TEST_CASE("match_columns refuses, with what to do") {
    SUBCASE("an unknown --map field is a usage error listing the fields") {
        const auto [message, kind] =
            match_error(rows({{"Name"}}), ImportKind::prospects, {{"Name", "nom"}});
        CHECK(kind == ErrorKind::usage);
        CHECK(message.find("unknown field 'nom' (valid: name, first_name") != std::string::npos);
    }
    SUBCASE("a --map column that is not in the header") {
        const auto [message, kind] =
            match_error(rows({{"Name", "Mail"}}), ImportKind::prospects, {{"Email", "email"}});
        CHECK(kind == ErrorKind::usage);
        CHECK(message == "--map \"Email=email\": no column 'Email' in in.csv (columns: 'Name', "
                         "'Mail')");
    }
    SUBCASE("two columns mapped to one field") {
        const auto [message, kind] = match_error(rows({{"Name", "A", "B"}}), ImportKind::prospects,
                                                 {{"A", "email"}, {"B", "email"}});
        CHECK(kind == ErrorKind::usage);
        CHECK(message == "--map: both 'A' and 'B' are mapped to email");
    }
    SUBCASE("no column for the name") {
        const auto [message, kind] = match_error(rows({{"Company", "Phone"}, {"Acme", "1"}}));
        CHECK(kind == ErrorKind::failure);
        CHECK(message.find("in.csv: no column for the name") == 0);
        CHECK(message.find("'Company', 'Phone'") != std::string::npos);
        CHECK(message.find("--map") != std::string::npos);
    }
    SUBCASE("touches without a date, channel or outcome column") {
        const auto [message, kind] = match_error(rows({{"Email", "Date"}}), ImportKind::attempts);
        CHECK(kind == ErrorKind::failure);
        CHECK(message.find("the channel (Channel), nor for the outcome") != std::string::npos);
    }
    SUBCASE("an empty file") {
        CHECK(match_error({}).first.find("in.csv: the file is empty") == 0);
    }
}

TEST_CASE("plan_import of prospects") {
    SUBCASE("every field read, trimmed, and dates as CRMs write them") {
        const auto p =
            plan(rows({{"Name", "Company", "Email", "Phone", "Tags", "Status", "Dream", "Notes",
                        "Created", "Next"},
                       {" Ann  Lee ", "Acme", "ann@acme.com", "+1 555", "saas; smb,saas", "Nurture",
                        "yes", "met at\r\nthe fair", "2026-11-02 14:23", "2026-12-01"}}));
        REQUIRE(p.prospects.size() == 1);
        const Prospect& ann = p.prospects[0];
        CHECK(ann.name == "Ann Lee");
        CHECK(ann.company == "Acme");
        CHECK(ann.email == "ann@acme.com");
        CHECK(ann.phone == "+1 555");
        CHECK(ann.tags == std::vector<std::string>{"saas", "smb"});
        CHECK(ann.status == Status::nurture);
        CHECK(ann.dream);
        CHECK(ann.notes == "met at\nthe fair");
        CHECK(ann.created == date(2026, 11, 2));
        CHECK(ann.next == date(2026, 12, 1));
        CHECK(p.prospect_rows == std::vector<std::size_t>{2});
    }
    SUBCASE("first and last name make the name; empty cells are absent fields") {
        const auto p = plan(rows({{"First Name", "Last Name", "Company", "Email"},
                                  {"Ann", "Lee", "", ""},
                                  {"", "Solo", "X", ""},
                                  {"Cher", "", "", ""}}));
        REQUIRE(p.prospects.size() == 3);
        CHECK(p.prospects[0].name == "Ann Lee");
        CHECK_FALSE(p.prospects[0].company);
        CHECK_FALSE(p.prospects[0].email);
        CHECK(p.prospects[1].name == "Solo");
        CHECK(p.prospects[2].name == "Cher");
        CHECK(p.prospects[0].created == k_today);
        CHECK(p.prospects[0].status == Status::active);
    }
    SUBCASE("a name column wins over first and last name") {
        const auto p =
            plan(rows({{"Full Name", "First Name", "Last Name"}, {"Dr Ann Lee", "Ann", "Lee"}}));
        CHECK(p.prospects.at(0).name == "Dr Ann Lee");
    }
    SUBCASE("the guard a CSV writer puts before formulas is taken off") {
        const auto p = plan(rows({{"name", "company"}, {"'=SUM(A1:A9)", "'@Risk Ltd"}}));
        CHECK(p.prospects.at(0).name == "=SUM(A1:A9)");
        CHECK(p.prospects.at(0).company == "@Risk Ltd");
    }
    SUBCASE("rows refused, each with its row number and reason") {
        const auto p = plan(rows({{"Name", "Email", "Status", "Dream", "Created"},
                                  {"", "x@y.z", "", "", ""},
                                  {"Bo", "not an address", "", "", ""},
                                  {"Cy", "", "Lead", "", ""},
                                  {"Di", "", "", "maybe", ""},
                                  {"Ed", "", "", "", "11/02/2026"},
                                  {"Fy", "", "", "", "", "surplus"},
                                  {"Gus", "", "", "", "", ""}}));
        CHECK(rows_of(p.rejected) == std::vector<std::size_t>{2, 3, 4, 5, 6, 7});
        CHECK(p.rejected[0].reason == "no name");
        CHECK(p.rejected[1].reason == "email 'not an address' is not an email address");
        CHECK(p.rejected[2].reason ==
              "status 'Lead' is not one of active, nurture, won, lost, dnc");
        CHECK(p.rejected[3].reason == "dream 'maybe' is not yes or no");
        CHECK(p.rejected[4].reason == "created '11/02/2026' is not a date; write it as YYYY-MM-DD");
        CHECK(p.rejected[5].reason.find("6 fields where the header has 5") == 0);
        // An extra empty cell (a trailing separator) is harmless.
        REQUIRE(p.prospects.size() == 1);
        CHECK(p.prospects[0].name == "Gus");
        CHECK(p.rows_read == 7);
    }
}

TEST_CASE("plan_import finds duplicates") {
    const Pipeline pipeline = pipeline_with({person(1, "Ann Lee", "Acme", "ann@acme.com"),
                                             person(2, "Bob Ek"), person(3, "Cy Li", "Zeta")});
    SUBCASE("the same email, ignoring case, is the same person") {
        const auto p = plan(rows({{"Name", "Email"}, {"Annie Lee", "ANN@Acme.com"}}), pipeline);
        CHECK(p.prospects.empty());
        REQUIRE(p.duplicates.size() == 1);
        CHECK(p.duplicates[0].row == 2);
        CHECK(p.duplicates[0].reason ==
              "already in the pipeline as #1 Ann Lee (Acme) (same email)");
    }
    SUBCASE("the same name and company, ignoring case and spacing") {
        const auto p = plan(
            rows({{"Name", "Company"}, {"ann  LEE", "ACME"}, {"bob ek", ""}, {"Cy Li", "Other"}}),
            pipeline);
        CHECK(rows_of(p.duplicates) == std::vector<std::size_t>{2, 3});
        CHECK(p.duplicates[1].reason ==
              "already in the pipeline as #2 Bob Ek (same name and company)");
        // The same name at another company is someone else.
        REQUIRE(p.prospects.size() == 1);
        CHECK(p.prospects[0].company == "Other");
    }
    SUBCASE("a person twice in the file is added once") {
        const auto p = plan(rows({{"Name", "Company", "Email"},
                                  {"Dee", "D", "dee@d.io"},
                                  {"Dee Two", "D", "DEE@D.IO"},
                                  {"Dee", "d", ""}}));
        CHECK(p.prospects.size() == 1);
        REQUIRE(p.duplicates.size() == 2);
        CHECK(p.duplicates[0].reason == "already in this file, row 2 (same email)");
        CHECK(p.duplicates[1].reason == "already in this file, row 2 (same name and company)");
    }
    SUBCASE("importing the same file again adds nothing") {
        const auto input = rows({{"First Name", "Last Name", "Company", "Email"},
                                 {"Eve", "Ng", "E Corp", "eve@e.io"},
                                 {"Fay", "Oh", "", ""}});
        Pipeline copy = pipeline;
        const auto ids = apply_import(copy, plan(input, copy));
        CHECK(ids == std::vector<std::int64_t>{4, 5});
        const auto again = plan(input, copy);
        CHECK(again.prospects.empty());
        CHECK(again.duplicates.size() == 2);
        CHECK(again.rejected.empty());
    }
}

TEST_CASE("apply_import") {
    SUBCASE("prospects get the next ids, in row order, and next_id moves on") {
        Pipeline pipeline = pipeline_with({person(7, "Old")});
        const auto ids = apply_import(pipeline, plan(rows({{"Name"}, {"A"}, {"B"}})));
        CHECK(ids == std::vector<std::int64_t>{8, 9});
        CHECK(pipeline.prospects.back().name == "B");
        CHECK(pipeline.peek_next_id() == 10);
    }
}

TEST_CASE("plan_import of touches") {
    Pipeline pipeline = pipeline_with({person(1, "Ann Lee", "Acme", "ann@acme.com"),
                                       person(2, "Bob Ek", "Zeta"), person(3, "Bob Ek", "Yak")});
    pipeline.prospects[0].attempts.push_back(
        test::attempt("2026-11-18T10:15:00+01:00", Channel::call, Outcome::voicemail));
    const std::vector<std::string> header = {"prospect_id", "email", "name",    "company",
                                             "date",        "time",  "channel", "outcome",
                                             "note",        "value"};
    auto touches = [&](std::vector<std::vector<std::string>> body) {
        body.insert(body.begin(), header);
        return plan(rows(std::move(body)), pipeline, ImportKind::attempts);
    };

    SUBCASE("the prospect by id, email, or name and company") {
        const auto p = touches(
            {{"#2", "", "", "", "2026-11-20", "", "call", "connected", "", ""},
             {"", "ANN@ACME.COM", "", "", "2026-11-21", "", "email", "replied", "", "case study"},
             {"", "", "bob ek", "yak", "2026-11-22", "", "video", "meeting", "demo", ""}});
        REQUIRE(p.touches.size() == 3);
        CHECK(p.touches[0].prospect_id == 2);
        CHECK(p.touches[1].prospect_id == 1);
        CHECK(p.touches[1].attempt.value == "case study");
        CHECK(p.touches[2].prospect_id == 3);
        CHECK(p.touches[2].attempt.channel == Channel::video);
        CHECK(p.touches[2].attempt.outcome == Outcome::meeting);
        CHECK(p.touches[2].attempt.note == "demo");
    }
    SUBCASE("dates with a time in one column, or the time in its own") {
        const auto p =
            touches({{"1", "", "", "", "2026-11-20 09:30", "", "call", "no-answer", "", ""},
                     {"1", "", "", "", "2026-11-21T15:00:00.000Z", "", "call", "no-answer", "", ""},
                     {"1", "", "", "", "2026-11-22", "08:05:09+02:00", "call", "no-answer", "", ""},
                     {"1", "", "", "", "2026-11-23", "", "call", "no-answer", "", ""}});
        REQUIRE(p.touches.size() == 4);
        CHECK(p.touches[0].attempt.at == test::stamp("2026-11-20T09:30:00"));
        CHECK(p.touches[1].attempt.at == test::stamp("2026-11-21T15:00:00Z"));
        CHECK(p.touches[2].attempt.at == test::stamp("2026-11-22T08:05:09+02:00"));
        CHECK(p.touches[3].attempt.at == test::stamp("2026-11-23"));
    }
    SUBCASE("channel and outcome names as CRMs write them") {
        const auto p =
            touches({{"1", "", "", "", "2026-11-20", "", "Phone Call", "Left voicemail", "", ""},
                     {"1", "", "", "", "2026-11-20", "", "E-mail", "No answer", "", ""},
                     {"1", "", "", "", "2026-11-20", "", "LinkedIn", "not_interested", "", ""}});
        REQUIRE(p.touches.size() == 3);
        CHECK(p.touches[0].attempt.channel == Channel::call);
        CHECK(p.touches[0].attempt.outcome == Outcome::voicemail);
        CHECK(p.touches[1].attempt.channel == Channel::email);
        CHECK(p.touches[1].attempt.outcome == Outcome::no_answer);
        CHECK(p.touches[2].attempt.channel == Channel::linkedin);
        CHECK(p.touches[2].attempt.outcome == Outcome::not_interested);
    }
    SUBCASE("rows refused, with the reason") {
        const auto p =
            touches({{"99", "", "", "", "2026-11-20", "", "call", "connected", "", ""},
                     {"", "who@x.io", "", "", "2026-11-20", "", "call", "connected", "", ""},
                     {"", "", "Bob Ek", "", "2026-11-20", "", "call", "connected", "", ""},
                     {"", "", "", "", "2026-11-20", "", "call", "connected", "", ""},
                     {"1", "", "", "", "2026-11-26", "", "call", "connected", "", ""},
                     {"1", "", "", "", "20/11/2026", "", "call", "connected", "", ""},
                     {"1", "", "", "", "2026-11-20", "9am", "call", "connected", "", ""},
                     {"1", "", "", "", "2026-11-20", "", "fax", "connected", "", ""},
                     {"1", "", "", "", "2026-11-20", "", "call", "great", "", ""},
                     {"1", "", "", "", "2026-11-20", "", "call", "", "", ""},
                     {"x1", "", "", "", "2026-11-20", "", "call", "connected", "", ""}});
        CHECK(p.touches.empty());
        REQUIRE(p.rejected.size() == 11);
        CHECK(p.rejected[0].reason.find("no prospect #99 in the pipeline") == 0);
        CHECK(p.rejected[1].reason.find("no prospect with email 'who@x.io'") == 0);
        CHECK(p.rejected[2].reason ==
              "more than one prospect named 'Bob Ek': #2 Bob Ek (Zeta), #3 Bob Ek (Yak); add a "
              "prospect_id column");
        CHECK(p.rejected[3].reason == "no prospect: the id, email and name are all empty");
        CHECK(p.rejected[4].reason ==
              "date 2026-11-26 is in the future; a touch is imported once it has happened");
        CHECK(p.rejected[5].reason == "date '20/11/2026' is not a date; write it as YYYY-MM-DD");
        CHECK(p.rejected[6].reason == "time '9am' is not a time of day; write it as HH:MM");
        CHECK(p.rejected[7].reason.find("channel 'fax' is not one of call, email") == 0);
        CHECK(p.rejected[8].reason.find("outcome 'great' is not one of no-answer") == 0);
        CHECK(p.rejected[9].reason == "no outcome");
        CHECK(p.rejected[10].reason == "prospect_id 'x1' is not an id");
    }
    SUBCASE("a touch already logged is a duplicate: same day, minute, channel, outcome, note and "
            "value") {
        const auto p =
            touches({{"1", "", "", "", "2026-11-18", "10:15", "call", "voicemail", "", ""},
                     {"1", "", "", "", "2026-11-18", "10:16", "call", "voicemail", "", ""},
                     {"1", "", "", "", "2026-11-18", "10:15", "call", "voicemail", "said hi", ""},
                     {"1", "", "", "", "2026-11-18", "", "call", "voicemail", "", ""},
                     {"1", "", "", "", "2026-11-18", "10:16", "call", "voicemail", "", ""}});
        CHECK(rows_of(p.duplicates) == std::vector<std::size_t>{2, 6});
        CHECK(p.duplicates[0].reason == "already in the pipeline: touch 1 on #1 Ann Lee (Acme)");
        CHECK(p.duplicates[1].reason == "already in this file, row 3");
        CHECK(p.touches.size() == 3);
    }
    SUBCASE("applied oldest first, so the latest touch sets the status; re-import adds nothing") {
        const auto input = rows({header,
                                 {"2", "", "", "", "2026-11-24", "", "meeting", "won", "", ""},
                                 {"2", "", "", "", "2026-11-20", "", "call", "connected", "", ""}});
        pipeline.prospects[1].next = date(2026, 11, 30);
        const auto first = plan(input, pipeline, ImportKind::attempts);
        apply_import(pipeline, first);
        const Prospect& bob = *pipeline.find_by_id(2);
        REQUIRE(bob.attempts.size() == 2);
        CHECK(bob.attempts[0].outcome == Outcome::connected);
        CHECK(bob.status == Status::won);
        CHECK_FALSE(bob.next); // a date set by hand lasts until the next touch
        const auto again = plan(input, pipeline, ImportKind::attempts);
        CHECK(again.touches.empty());
        CHECK(again.duplicates.size() == 2);
    }
    SUBCASE("an older touch slots in and keeps the date set by hand") {
        pipeline.prospects[0].next = date(2026, 12, 1);
        apply_import(pipeline,
                     touches({{"1", "", "", "", "2026-11-10", "", "email", "no-answer", "", ""}}));
        const Prospect& ann = *pipeline.find_by_id(1);
        CHECK(ann.attempts.front().channel == Channel::email);
        CHECK(ann.next == date(2026, 12, 1));
    }
}

TEST_CASE("plan_import passes over what is not data") {
    SUBCASE("Salesforce's notes under the table, below a blank row") {
        std::vector<ImportRow> input = {
            {1, {"First Name", "Last Name", "Account Name"}},
            {2, {"Ann", "Lee", "Acme"}},
            {4, {"Confidential Information - Do Not Distribute"}},
            {5, {"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."}}};
        const auto p = plan(input);
        CHECK(p.prospects.size() == 1);
        CHECK(rows_of(p.passed_over) == std::vector<std::size_t>{4, 5});
        CHECK(p.passed_over[0].reason == "a note under the table");
        SUBCASE("without the blank row above, a row of one cell is a row") {
            input[2].number = 3;
            const auto q = plan(input);
            CHECK(q.passed_over.empty());
            CHECK(q.prospects.size() == 3);
        }
    }
    SUBCASE("a touches file's rows without a touch (untouched prospects in an export)") {
        const Pipeline pipeline = pipeline_with({person(1, "Ann Lee")});
        const auto p = plan(rows({{"prospect_id", "name", "touch", "date", "channel", "outcome"},
                                  {"1", "Ann Lee", "", "", "", ""},
                                  {"1", "Ann Lee", "1", "2026-11-20", "call", "voicemail"}}),
                            pipeline, ImportKind::attempts);
        CHECK(rows_of(p.passed_over) == std::vector<std::size_t>{2});
        CHECK(p.passed_over[0].reason == "no touch in this row");
        CHECK(p.touches.size() == 1);
        CHECK(p.rejected.empty());
    }
}
