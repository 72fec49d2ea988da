#include "render/list_view.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <optional>
#include <string>
#include <vector>

using namespace followup;
using followup::test::attempt;
using followup::test::date;

namespace {

// `count` prospects with ids from `first_id`; every third is won, every fifth tagged vip.
std::vector<Prospect> prospects(std::int64_t first_id, int count) {
    std::vector<Prospect> result;
    for (int i = 0; i < count; ++i) {
        const std::int64_t id = first_id + i;
        Prospect p = test::prospect(id, "Prospect " + std::to_string(id), date(2026, 11, 2));
        p.company = "Acme";
        p.status = id % 3 == 0 ? Status::won : Status::active;
        if (id % 5 == 0) {
            p.tags = {"vip"};
        }
        p.attempts.push_back(attempt("2026-11-09T10:00:00+01:00"));
        result.push_back(std::move(p));
    }
    return result;
}

struct Written {
    std::vector<std::string> parts;
    std::string all() const {
        std::string text;
        for (const std::string& part : parts) {
            text += part;
        }
        return text;
    }
};

Written list(const std::vector<Prospect>& pipeline, render::Format format,
             std::string_view tag = {}, std::optional<Status> status = std::nullopt) {
    const Rules rules;
    const render::ListQuery query{
        status.has_value(), status.value_or(Status::active), tag, format, rules,
        date(2026, 11, 16)};
    Written written;
    render::write_list(pipeline, query, false,
                       [&written](std::string_view text) { written.parts.emplace_back(text); });
    return written;
}

std::size_t lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

TEST_CASE("write_list") {
    SUBCASE("CSV goes out in batches of rows, in id order, under one header") {
        const Written written = list(prospects(1, 600), render::Format::csv);
        CHECK(written.parts.size() >= 3); // 256, 256, then the rest
        const std::string text = written.all();
        CHECK(lines(text) == 601);
        CHECK(text.starts_with("id,name,company,email,phone,tags,status,dream,created,"));
        CHECK(text.find("\n1,Prospect 1,Acme,") < text.find("\n2,Prospect 2,Acme,"));
        // 600 is won: no next due date. Lines end as RFC 4180 has them.
        CHECK(text.ends_with("\n599,Prospect 599,Acme,,,,active,false,2026-11-02,1,2026-11-09,"
                             "2026-11-12,false,\r\n"
                             "600,Prospect 600,Acme,,,vip,won,false,2026-11-02,1,2026-11-09,,"
                             "false,\r\n"));
    }
    SUBCASE("on two threads, the same text as the two halves listed one after the other") {
        // 2,600 prospects are listed on two threads; 1,300 on one.
        const std::vector<Prospect> whole = prospects(1, 2600);
        const std::vector<Prospect> first(whole.begin(), whole.begin() + 1300);
        const std::vector<Prospect> second(whole.begin() + 1300, whole.end());
        for (const render::Format format : {render::Format::csv, render::Format::tsv}) {
            const std::string second_text = list(second, format).all();
            const std::string second_rows = second_text.substr(second_text.find('\n') + 1);
            CHECK(list(whole, format).all() == list(first, format).all() + second_rows);
        }
        const std::string table = list(whole, render::Format::table).all();
        CHECK(lines(table) == 2601);
        CHECK(table.find("\n1299  ") < table.find("\n1300  "));
        CHECK(table.find("\n1300  ") < table.find("\n1301  "));
        CHECK(table.find("\n2600  ") != std::string::npos);
    }
    SUBCASE("the status and the tag choose the rows") {
        const std::vector<Prospect> pipeline = prospects(1, 30);
        CHECK(lines(list(pipeline, render::Format::csv, "vip").all()) == 1 + 6);
        CHECK(lines(list(pipeline, render::Format::csv, {}, Status::won).all()) == 1 + 10);
        CHECK(lines(list(pipeline, render::Format::csv, "vip", Status::won).all()) == 1 + 2);
    }
    SUBCASE("JSON: one array of every row") {
        const std::string json = list(prospects(1, 3), render::Format::json).all();
        CHECK(json.starts_with("[\n  {\n    \"id\": 1,\n    \"name\": \"Prospect 1\","));
        CHECK(json.ends_with("\"abandoned_reason\": null\n  }\n]\n"));
    }
    SUBCASE("an empty list says why it is empty") {
        CHECK(list({}, render::Format::table).all() ==
              "No prospects yet; 'followup add NAME' adds the first.\n");
        CHECK(list(prospects(1, 2), render::Format::table, "nosuch").all() ==
              "No prospects match.\n");
        CHECK(list({}, render::Format::csv).all() ==
              "id,name,company,email,phone,tags,status,dream,created,touches,last_touch,"
              "next_due,abandoned,abandoned_reason\r\n");
    }
}
