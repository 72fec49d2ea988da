#include "core/lookup.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

using namespace followup;
using followup::test::date;

namespace {

Pipeline sample_pipeline() {
    Pipeline pipeline;
    auto add = [&](std::int64_t id, std::string name, std::optional<std::string> company,
                   std::optional<std::string> email) {
        Prospect p = test::prospect(id, std::move(name), date(2026, 11, 2));
        p.company = std::move(company);
        p.email = std::move(email);
        pipeline.prospects.push_back(std::move(p));
    };
    add(1, "Ann Lee", "Acme", "ann@acme.com");
    add(2, "Annabel Stone", "Stone & Co", "annabel@stone.example");
    add(3, "Bob Annson", "Globex", "BOB@Globex.com");
    add(12, "Carla Diaz", "Initech", std::nullopt);
    add(20, "Ann Leeds", std::nullopt, "leeds@acme.com");
    add(21, "Björn Ångström", "Nordlicht GmbH", std::nullopt);
    add(22, "Zoë Müller", "Straßenbau AG", std::nullopt);
    return pipeline;
}

std::vector<std::int64_t> ids(const std::vector<const Prospect*>& found) {
    std::vector<std::int64_t> out;
    for (const Prospect* p : found) {
        out.push_back(p->id);
    }
    return out;
}

using Ids = std::vector<std::int64_t>;

} // namespace

TEST_CASE("find_prospects") {
    const Pipeline pipeline = sample_pipeline();
    const auto find = [&](std::string_view query) {
        return ids(find_prospects(pipeline, query));
    };

    SUBCASE("an id") {
        CHECK(find("12") == Ids{12});
        CHECK(find("1") == Ids{1});
    }
    SUBCASE("an id with #") {
        CHECK(find("#12") == Ids{12});
    }
    SUBCASE("an unknown id names nobody, never a name containing the digits") {
        CHECK(find("99").empty());
        CHECK(find("#99").empty());
        CHECK(find("0").empty());
    }
    SUBCASE("the result points into the pipeline") {
        const auto found = find_prospects(pipeline, "#12");
        REQUIRE(found.size() == 1);
        CHECK(found[0] == &pipeline.prospects[3]);
    }
    SUBCASE("an email address, ignoring case") {
        CHECK(find("ANN@ACME.COM") == Ids{1});
        CHECK(find("bob@globex.com") == Ids{3});
    }
    SUBCASE("an unknown email address names nobody") {
        CHECK(find("nobody@acme.com").empty());
        CHECK(find("acme.com@").empty());
    }
    SUBCASE("an exact full name wins over substring matches") {
        CHECK(find("Ann Lee") == Ids{1});
        CHECK(find("ann lee") == Ids{1});
        CHECK(find("ann leeds") == Ids{20});
    }
    SUBCASE("a substring of the name") {
        CHECK(find("diaz") == Ids{12});
        CHECK(find("Bel St") == Ids{2});
    }
    SUBCASE("a substring of the company") {
        CHECK(find("globex") == Ids{3});
        CHECK(find("INITECH") == Ids{12});
        CHECK(find("stone") == Ids{2}); // in both name and company: once
    }
    SUBCASE("an ambiguous query returns every match in id order") {
        CHECK(find("ann") == Ids{1, 2, 3, 20});
        CHECK(find("ann le") == Ids{1, 20});
        CHECK(find("acme") == Ids{1});
    }
    SUBCASE("two people with the same name are both returned") {
        Pipeline twins = sample_pipeline();
        twins.prospects.push_back(test::prospect(21, "ANN LEE", date(2026, 11, 3)));
        CHECK(ids(find_prospects(twins, "Ann Lee")) == Ids{1, 21});
    }
    SUBCASE("no match") {
        CHECK(find("zed").empty());
        CHECK(find("12abc").empty());
        CHECK(find("#").empty());
    }
    SUBCASE("an empty query returns none") {
        CHECK(find("").empty());
        CHECK(find_prospects(Pipeline{}, "ann").empty());
    }
}

TEST_CASE("find_prospects without accents") {
    const Pipeline pipeline = sample_pipeline();
    SUBCASE("a name typed without its accents") {
        CHECK(ids(find_prospects(pipeline, "bjorn")) == Ids{21});
        CHECK(ids(find_prospects(pipeline, "ANGSTROM")) == Ids{21});
        CHECK(ids(find_prospects(pipeline, "bjorn angstrom")) == Ids{21});
        CHECK(ids(find_prospects(pipeline, "zoe muller")) == Ids{22});
    }
    SUBCASE("or with them, in any case") {
        CHECK(ids(find_prospects(pipeline, "BJÖRN")) == Ids{21});
        CHECK(ids(find_prospects(pipeline, "ångström")) == Ids{21});
    }
    SUBCASE("a company: ß is ss") {
        CHECK(ids(find_prospects(pipeline, "strassenbau")) == Ids{22});
    }
    SUBCASE("accents are not invented: an o is not an ø elsewhere") {
        CHECK(find_prospects(pipeline, "bjarn").empty());
    }
}
